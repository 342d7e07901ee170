// `npm start`: the demo pages and the reference bank on one origin, http://localhost:8000/demo/
// (or the next free port; PORT fixes one). TypeScript is compiled on the fly (esbuild); the
// bank answers under /api/bank. Pass --open (`npm start -- --open`) to open a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

// The CMS demo page loads the single-file bundle, as a page author would.
if (!existsSync(new URL('../dist/otp-elements.bundle.js', import.meta.url))) {
  console.log('[otp-elements] building dist/ for the CMS demo page …');
  const rollup = 'node_modules/rollup/dist/bin/rollup';
  const build = spawnSync(process.execPath, [rollup, '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) console.warn('[otp-elements] the build failed: demo/cms.html will not work, the other pages will.');
}

const { DemoBank, bankMiddleware, createBankHandler } = await tsImport('../demo/server/index.ts', import.meta.url);
const bank = createBankHandler({
  bank: new DemoBank(),
  basePath: '/api/bank',
  log: (line) => console.log(`[bank] ${line}`),
});

const server = await startDevServer({
  config: {
    rootDir: root,
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
    nodeResolve: { exportConditions: ['production'] },
    middleware: [bankMiddleware(bank)],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
    open: process.argv.includes('--open') ? '/demo/' : false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});

console.log(`[otp-elements] demo: http://localhost:${server.config.port}/demo/`);
console.log('[otp-elements] reference bank: POST /api/bank/{authenticate,tokens,suspend,provision}; Ctrl+C stops');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
