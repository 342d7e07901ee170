// `npm test`: make sure the browsers (and oathtool) are there, then run @web/test-runner.
// On a Debian machine as root, missing pieces are installed with apt; elsewhere we say what to
// install. Extra arguments go to the runner (e.g. `npm test -- --files test/token-field/*.ts`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

const found = findBrowsers();
const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, OTP_CHROMIUM: found.chromium ?? '', OTP_FIREFOX: found.firefox ?? '' },
  },
);
process.exit(result.status ?? 1);
