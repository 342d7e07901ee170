// `npm run check:package`: the package as a consumer gets it. Packs it (`npm pack` runs prepack,
// the full build), checks the tarball's contents, installs it into a scratch project in a temp
// directory (from the npm cache where it can: `--prefer-offline`), and type-checks there:
// - an import of every export of package.json, under moduleResolution bundler, node16 and nodenext;
// - scripts/package-consumer/: a React 19 page using <otp-enroll> with typed props and events,
//   Vue 3 and Svelte uses, each with `@ts-expect-error` lines that only pass while the types are real;
// - react-wrong.tsx, which must FAIL: `adapter={42}` is no host adapter.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'scripts/package-consumer');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'otp-elements-consumer-'));
const problems = [];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0 && !options.mayFail) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  }
  return result;
}

function files(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

try {
  // 1. Pack: the prepack build runs here, as it does for `npm publish`.
  console.log('== npm pack (prepack builds dist/)');
  const packed = run('npm', ['pack', '--pack-destination', scratch, '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = join(scratch, packed.stdout.trim().split('\n').at(-1));
  const listed = new Set(
    run('tar', ['-tzf', tarball])
      .stdout.split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, '')),
  );

  // 2. Contents: every declaration tsc emits, every export's files, the bundle, the manifest, README, LICENSE.
  const required = new Set(['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/otp-elements.bundle.js']);
  for (const source of files(join(root, 'src')).filter((f) => f.endsWith('.ts'))) required.add(`dist/${source.replace(/\.ts$/, '.d.ts')}`);
  for (const target of Object.values(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) required.add(file.replace(/^\.\//, ''));
  }
  for (const file of required) if (!listed.has(file)) problems.push(`the tarball lacks ${file}`);
  for (const file of listed) if (/^(src|test|demo|scripts|examples)\//.test(file)) problems.push(`the tarball ships ${file}`);
  console.log(`tarball: ${relative(scratch, tarball)}, ${listed.size} files, ${(statSync(tarball).size / 1024).toFixed(0)} KB; ${required.size} required files checked`);

  // 3. A scratch consumer: the tarball and the framework types, nothing from this repository.
  console.log('== install the tarball into a scratch consumer');
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-consumer', private: true, type: 'module' }));
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, '@types/react@^19', 'vue@^3.5', 'svelte@^5'],
    { cwd: scratch, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  cpSync(fixtures, scratch, { recursive: true });

  // One import per export; JSON (custom-elements.json) needs import attributes, which node16 lacks.
  const specifiers = Object.keys(pkg.exports).map((key) => `${pkg.name}${key.slice(1)}`);
  const imports = (json) =>
    specifiers
      .map((s, i) =>
        s.endsWith('.json')
          ? json
            ? `import json${i} from '${s}' with { type: 'json' };\nexport { json${i} };`
            : ''
          : `export * as m${i} from '${s}';`,
      )
      .join('\n');
  writeFileSync(join(scratch, 'exports.ts'), `${imports(true)}\n`);
  writeFileSync(join(scratch, 'exports-node16.ts'), `${imports(false)}\n`);

  const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', types: [] };
  const configs = {
    bundler: { module: 'ESNext', moduleResolution: 'Bundler', resolveJsonModule: true, files: ['exports.ts', 'react.tsx', 'vue.ts', 'svelte.ts'] },
    node16: { module: 'Node16', moduleResolution: 'Node16', files: ['exports-node16.ts', 'react.tsx', 'vue.ts', 'svelte.ts'] },
    nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext', resolveJsonModule: true, files: ['exports.ts', 'react.tsx', 'vue.ts', 'svelte.ts'] },
    wrong: { module: 'ESNext', moduleResolution: 'Bundler', files: ['react-wrong.tsx'] },
  };
  for (const [name, { files: list, ...options }] of Object.entries(configs)) {
    writeFileSync(join(scratch, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...base, ...options }, files: list }, null, 2));
  }

  // 4. Type-check as the consumer.
  for (const name of ['bundler', 'node16', 'nodenext']) {
    const result = run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: scratch, mayFail: true });
    if (result.status === 0) console.log(`type-check (${name}): ${configs[name].files.join(', ')}: clean`);
    else problems.push(`type-check (moduleResolution ${name}) failed:\n${result.stdout}`);
  }
  const wrong = run(process.execPath, [tsc, '-p', 'tsconfig.wrong.json'], { cwd: scratch, mayFail: true });
  if (wrong.status !== 0 && /react-wrong\.tsx\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'OtpHostAdapter/.test(wrong.stdout)) {
    console.log('type-check (react-wrong.tsx): fails as it must: adapter={42} is no OtpHostAdapter');
  } else problems.push(`react-wrong.tsx must fail with "number is not assignable to OtpHostAdapter"; tsc said:\n${wrong.stdout || '(nothing)'}`);
} finally {
  if (!problems.length) rmSync(scratch, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\npackage check failed (scratch consumer kept in ${scratch}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('package check: passed');
