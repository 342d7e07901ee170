// `npm test`: make sure the browsers (and oathtool) are there, then run the Node tests
// (test/node-tests: servers, raw sockets, property tests; node:test through tsx) and the browser
// tests (@web/test-runner). On a Debian machine as root, missing pieces are installed with apt;
// elsewhere we say what to install. Extra arguments go to the browser runner
// (e.g. `npm test -- --files test/token-field/*.ts`); `--files` patterns under test/node-tests/
// pick Node tests instead, and a run given only those skips the browsers.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowsers, debianPackages } from './browsers.mjs';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const canApt = process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get') && existsSync('/etc/debian_version');

function missing() {
  const found = findBrowsers();
  const list = [];
  if (!found.chromium) list.push('chromium');
  if (!found.firefox) list.push('firefox');
  if (!onPath('oathtool')) list.push('oathtool');
  return list;
}

let absent = missing();
if (absent.length && canApt) {
  const pkgs = absent.map((n) => debianPackages[n]);
  console.log(`[otp-elements] installing ${pkgs.join(', ')} with apt-get …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  absent = missing();
}

if (absent.length) {
  const help = {
    chromium: 'Chromium or Google Chrome (or set CHROME_PATH; Playwright\'s chromium build also works)',
    firefox: 'Firefox (or set FIREFOX_PATH)',
    oathtool: 'oathtool (Debian/Ubuntu: apt-get install oathtool; macOS: brew install oath-toolkit)',
  };
  const lines = absent.map((n) => `  - ${help[n]}`).join('\n');
  if (process.env.CI || absent.includes('chromium')) {
    console.error(`[otp-elements] cannot run the tests; please install:\n${lines}`);
    process.exit(1);
  }
  console.warn(`[otp-elements] WARNING: running without:\n${lines}\n  CI runs everything; install these to run the full suite locally.`);
}

// The CMS page test loads dist/otp-elements.bundle.js: build it when a fresh clone has none or the
// sources changed since.
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (max, e) => Math.max(max, e.isDirectory() ? newest(`${dir}/${e.name}`) : statSync(`${dir}/${e.name}`).mtimeMs),
    0,
  );
const bundle = 'dist/otp-elements.bundle.js';
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest('src')) {
  console.log('[otp-elements] building dist/ for the CMS page test …');
  const build = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const nodeTestDir = 'test/node-tests';
const { nodePatterns, browserArgs, runBrowsers } = splitFiles(process.argv.slice(2));
const allFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
const nodeFiles = allFiles(nodeTestDir).filter((f) => f.endsWith('.test.ts') && nodePatterns.some((p) => globRegExp(p).test(f)));

const found = findBrowsers();
const env = { ...process.env, OTP_CHROMIUM: found.chromium ?? '', OTP_FIREFOX: found.firefox ?? '' };
const node = nodeFiles.length ? runNodeTests(nodeFiles) : { passed: 0, failed: 0 };

if (!runBrowsers) {
  console.log(`\nTests: ${node.passed} passed, ${node.failed} failed`);
  process.exit(node.failed ? 1 : 0);
}
// The browser runner's closing line counts the Node tests too.
const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...browserArgs], {
  stdio: 'inherit',
  env: { ...env, OTP_NODE_TESTS: `${node.passed} ${node.failed}` },
});
process.exit(node.failed ? 1 : (result.status ?? 1));

/** Runs the Node tests with the spec reporter on screen, and counts them from a TAP copy. */
function runNodeTests(files) {
  console.log(`[otp-elements] Node tests: ${files.length} files`);
  const dir = mkdtempSync(join(tmpdir(), 'otp-node-tests-'));
  const tap = join(dir, 'results.tap');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=3', '--test-timeout=180000', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    { stdio: 'inherit', env },
  );
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  rmSync(dir, { recursive: true, force: true });
  const total = (name) => Number([...summary.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
  const passed = total('pass');
  // A file that did not load, or a run that died, fails even when no test said so.
  const failed = total('fail') + total('cancelled') || (run.status === 0 ? 0 : 1);
  return { passed, failed };
}

/**
 * Splits `--files` patterns: those under test/node-tests/ select Node tests, the rest browser
 * tests. Without `--files`, both run whole. Every other argument goes to the browser runner.
 */
function splitFiles(args) {
  const browserArgs = [];
  const nodePatterns = [];
  const browserPatterns = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--files') {
      browserArgs.push(args[i]);
      continue;
    }
    while (i + 1 < args.length && !args[i + 1].startsWith('--')) {
      const pattern = args[++i];
      (pattern.replace(/^\.\//, '').startsWith(`${nodeTestDir}/`) ? nodePatterns : browserPatterns).push(pattern);
    }
  }
  if (!nodePatterns.length && !browserPatterns.length) return { nodePatterns: ['**'], browserArgs, runBrowsers: true };
  if (browserPatterns.length) browserArgs.push('--files', ...browserPatterns);
  return { nodePatterns, browserArgs, runBrowsers: browserPatterns.length > 0 };
}

/** A glob (`**`, `*`, `?`, `{a,b}`) as a regular expression over paths relative to the root. */
function globRegExp(glob) {
  const source = glob
    .replace(/^\.\//, '')
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/|\*\*|\*|\?|\{([^}]*)\}/g, (token, alternatives) => {
      if (alternatives !== undefined) return `(?:${alternatives.split(',').join('|')})`;
      return { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' }[token];
    });
  return new RegExp(`^${source}$`);
}
