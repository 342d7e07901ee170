// `npm start`: the demo pages and the reference bank on one origin, http://localhost:8000/demo/
// (or the next free port; PORT fixes one). TypeScript is compiled on the fly (esbuild); the
// bank answers under /api/bank. Pass --open (`npm start -- --open`) to open a browser.
//   HOST             the address to listen on (default 127.0.0.1: this machine only)
//   ALLOWED_ORIGINS  comma-separated origins of pages elsewhere (a CMS) that may call the bank
//   PASSKEY_RP_ID    the passkeys' relying party ID (default localhost)
//   PASSKEY_ORIGINS  comma-separated page origins a passkey may be made on (default: the demo's own on that host)
// Only what the demo needs is served, with a bank's page headers (demo/server/site.ts); see
// docs/security.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const { PORT, HOST, ALLOWED_ORIGINS, PASSKEY_RP_ID, PASSKEY_ORIGINS } = process.env;

// The CMS demo page loads the single-file bundle, as a page author would. What the build prints
// (the bundle's Subresource Integrity, for a bank's CDN) is for `npm run build`, not for a first
// look at the demo: it stays in dist/integrity.json (docs/cms.md), and only a failure is shown.
if (!existsSync(new URL('../dist/otp-elements.bundle.js', import.meta.url))) {
  console.log('[otp-elements] building dist/ for the CMS demo page …');
  const rollup = 'node_modules/rollup/dist/bin/rollup';
  const build = spawnSync(process.execPath, [rollup, '-c', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) console.warn('[otp-elements] the build failed: demo/cms.html will not work, the other pages will.');
}

const server = await tsImport('../demo/server/index.ts', import.meta.url);
const { DemoBank, PortBusyError, bankPath, createBankHandler, createSite, parseOrigins, passkeySettings, runtimePackages, serve } = server;
const packages = await runtimePackages(root);

let allowedOrigins;
let passkeys;
try {
  allowedOrigins = parseOrigins(ALLOWED_ORIGINS);
  passkeys = { rpId: PASSKEY_RP_ID || undefined, origins: parseOrigins(PASSKEY_ORIGINS, 'PASSKEY_ORIGINS') };
  passkeySettings([], passkeys);
} catch (error) {
  console.error(`[otp-elements] ${error.message}`);
  process.exit(1);
}

// The dev server only compiles and serves files here (middleware mode): it would listen on
// every interface and serve whatever lies under the root. Our own server (serve) stands in front.
const files = await startDevServer({
  config: {
    rootDir: root,
    port: 0,
    middlewareMode: true,
    // Lit's production build: no "Lit is in dev mode" warning in the demo's console.
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});

let started;
try {
  started = await serve({
    host: HOST || '127.0.0.1',
    port: PORT ? Number(PORT) : 8000,
    scan: !PORT,
    allowedOrigins,
    log: (line) => console.log(`[otp-elements] ${line}`),
    handler: ({ origins }) =>
      createSite({
        bank: createBankHandler({
          bank: new DemoBank({ passkeys: passkeySettings(origins, passkeys) }),
          basePath: bankPath,
          origins,
          log: (line) => console.log(`[bank] ${line}`),
        }),
        bankPath,
        files: files.koaApp.callback(),
        packages,
      }),
  });
} catch (error) {
  if (!(error instanceof PortBusyError)) throw error;
  console.error(`[otp-elements] ${error.message}: stop what uses it, or choose another port with PORT=…`);
  await files.stop();
  process.exit(1);
}

const { port, origins } = started.reach;
if (HOST) {
  console.warn(`\n[otp-elements] WARNING: HOST=${HOST}: the demo and its bank listen on ${HOST}:${port}.`);
  console.warn('[otp-elements] WARNING: on any address but loopback, other machines can reach them. Use it on a trusted network only.\n');
}
console.log(`[otp-elements] demo: http://localhost:${port}/demo/ (its bank answers under ${bankPath}; Ctrl+C stops)`);
if (allowedOrigins.length) console.log(`[otp-elements] pages allowed to call the bank: ${origins.join(', ')}`);

if (process.argv.includes('--open')) {
  // The dev server's own dependency for opening a browser.
  const open = createRequire(createRequire(import.meta.url).resolve('@web/dev-server'))('open');
  await open(`http://localhost:${port}/demo/`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    started.server.closeAllConnections();
    await Promise.all([files.stop(), new Promise((resolve) => started.server.close(resolve))]);
    process.exit(0);
  });
}
