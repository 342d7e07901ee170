// @web/test-runner: TypeScript tests in real headless Chromium and Firefox (ESR on CI).
// `npm test` (scripts/test.mjs) finds the browsers and passes their paths in OTP_CHROMIUM /
// OTP_FIREFOX; the node side of the tests (reference bank, fault routes, oathtool) lives in
// test/node/ and is loaded through tsx.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from './scripts/browsers.mjs';

const { nodePlugins } = await tsImport('./test/node/plugins.ts', import.meta.url);

function browsers() {
  const list = [];
  if (process.env.OTP_CHROMIUM) {
    const chromium = chromeLauncher({
      launchOptions: { executablePath: process.env.OTP_CHROMIUM, headless: true, args: chromiumArgs },
      // One page at a time: a background tab gets no animation frames, resize observations or
      // focus, which stalls fixtures, layout changes and real key presses.
      concurrency: 1,
    });
    chromium.name = 'Chromium';
    list.push(chromium);
  }
  if (process.env.OTP_FIREFOX) {
    const firefox = chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.OTP_FIREFOX, headless: true },
      concurrency: 1,
    });
    firefox.name = 'Firefox';
    list.push(firefox);
  }
  if (!list.length) throw new Error('No browser: run the tests with `npm test`, which finds or installs them.');
  return list;
}

/**
 * Ends the run with one plain line that CI reads: "Tests: N passed, N failed", the Node tests
 * that `npm test` ran before (OTP_NODE_TESTS="passed failed") included.
 */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let [passed = 0, failed = 0] = (process.env.OTP_NODE_TESTS ?? '').split(' ').map(Number);
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that failed to load has no results but must still fail the run.
        if (!s.passed && (!s.testResults || s.errors?.length)) failed += s.errors?.length ? 1 : 0;
      }
      setTimeout(() => console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}

export default {
  // The examples' tests need them built: `npm run test:examples` builds and runs them.
  files: ['test/**/*.test.ts', '!test/node-tests/**', '!test/examples/**'],
  nodeResolve: true,
  browsers: browsers(),
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  reporters: [defaultReporter(), countingReporter()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    ...nodePlugins(),
  ],
};
