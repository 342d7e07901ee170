// `npm run example:react` / `npm run example:vue`: an example app from a fresh clone, in one
// command. Installs the root's dependencies if missing, builds the package if it is not built,
// installs the example (its own package.json: otp-elements is copied in from this repository,
// as a consumer installs it, by `install-links`), then runs its Vite dev server.
// `npm run example:react -- build` builds the example into examples/react/dist/ instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, task = 'dev'] = process.argv.slice(2);
const dir = `${root}examples/${name}`;
if (!name || !existsSync(`${dir}/package.json`) || !['dev', 'build'].includes(task)) {
  console.error('usage: node scripts/example.mjs <react|vue> [dev|build]');
  process.exit(2);
}

function npm(cwd, ...args) {
  const result = spawnSync('npm', args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const quiet = ['--no-audit', '--no-fund', '--prefer-offline'];
if (!existsSync(`${root}node_modules/.package-lock.json`)) npm(root, 'ci', ...quiet);
if (!existsSync(`${root}dist/types/react.d.ts`)) npm(root, 'run', 'build');
// Each time: the copy of otp-elements in the example must be the package as built now.
npm(dir, 'ci', ...quiet);
npm(dir, 'run', task);
