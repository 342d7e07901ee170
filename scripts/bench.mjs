// `npm run bench`: what the package costs a page and how fast its hot pure code paths are.
// `node scripts/bench.mjs --sizes-only` (CI, after `npm run build`): the size table alone.
// `npm run bench -- --browser`: also the elements in headless Chromium (scripts/bench/browser.mjs).
//
// Sizes: each piece minified by esbuild as one ES module, then gzip (level 9) and brotli
// (quality 11). KB = 1024 bytes. The field is measured as shipped (dist/, template literals
// minified by the build), like the size budget. The goal for <otp-token-field> with Lit is
// 6.5 KB gzip (issue 12); it is tracked here, not gated (the size budget gates): over the goal
// prints a warning and the run still succeeds. A piece whose source is missing is reported and skipped.
//
// Timings (full mode only): median time per operation over N samples, each sample long enough
// (≥ 20 ms) for the clock to be precise, after a warm-up. Numbers vary by machine; compare runs
// on one machine. Nothing here asserts a speed: tests never time anything.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildEntries } from './bench/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizesOnly = process.argv.includes('--sizes-only');
const KB = 1024;
const FIELD_GOAL = 6.5 * KB;

// ---------------------------------------------------------------------------------------------
// Sizes

// package.json's "sideEffects" names the registration modules of dist/, so esbuild would treat
// every file under src/ as free of side effects and drop bare imports such as
// `import './otp-token-field.js'` (a registration). Our own sources keep their side effects here,
// as their dist/ counterparts do.
const sourceSideEffects = {
  name: 'source-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const result = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      if (result.errors.length || !result.path.startsWith(join(root, 'src'))) return result;
      return { ...result, sideEffects: true };
    });
  },
};

/** One minified ES module of `entry` (a file, or `{contents}`), as bytes. */
async function bundle(entry, { external = [] } = {}) {
  const input = typeof entry === 'string' ? { entryPoints: [join(root, entry)] } : { stdin: { ...entry, resolveDir: root, loader: 'ts' } };
  const result = await build({
    ...input,
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    external,
    plugins: [sourceSideEffects],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

const trivialLitElement = {
  contents: `import { LitElement, html, css } from 'lit';
class BenchLit extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p>\${this.title}</p>\`; }
}
customElements.define('bench-lit', BenchLit);`,
};

/** The pieces measured: `source` builds the bytes, or says why it cannot (missing, not built). */
const pieces = [
  {
    name: '<otp-token-field> + Lit',
    goal: FIELD_GOAL,
    needs: 'dist/otp-token-field.js',
    // Its first load: the English texts are a chunk of their own, loaded on first use.
    size: async () => (await buildEntries({ entry: 'dist/otp-token-field.js' })).loads.entry.size,
  },
  {
    name: 'Lit alone (trivial element)',
    source: () => bundle(trivialLitElement),
  },
  {
    name: '<otp-token-field> without Lit',
    needs: 'dist/otp-token-field.js',
    size: async () => (await buildEntries({ entry: 'dist/otp-token-field.js' }, { external: ['lit', 'lit/*', '@lit/*'] })).loads.entry.size,
  },
  existsSync(join(root, 'dist/otp-elements.bundle.js'))
    ? {
        name: 'dist/otp-elements.bundle.js',
        source: async () => readFileSync(join(root, 'dist/otp-elements.bundle.js')),
      }
    : {
        // Not built: the same module the build makes (Lit inside, otpauth left out), by esbuild.
        name: 'bundle from src/index.ts (not built)',
        needs: 'src/index.ts',
        source: () => bundle('src/index.ts', { external: ['otpauth'] }),
      },
  {
    name: 'demo adapter (otpauth external)',
    needs: 'src/adapters/demo.ts',
    source: () => bundle('src/adapters/demo.ts', { external: ['otpauth'] }),
  },
  {
    name: 'demo adapter + otpauth',
    needs: 'src/adapters/demo.ts',
    source: () => bundle('src/adapters/demo.ts'),
  },
];

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));

function printTable(headers, rows, rightAligned) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], rightAligned.includes(i))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

async function sizes() {
  const rows = [];
  const warnings = [];
  for (const piece of pieces) {
    if (piece.needs && !existsSync(join(root, piece.needs))) {
      rows.push([piece.name, '—', '—', '—', `skipped: ${piece.needs} missing`]);
      continue;
    }
    let size;
    try {
      size = piece.size ? await piece.size() : measure(await piece.source());
    } catch (error) {
      const first = error.errors?.[0];
      const why = first ? `${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}` : error.message;
      rows.push([piece.name, '—', '—', '—', `skipped: does not build: ${why}`]);
      continue;
    }
    let note = '';
    if (piece.goal) {
      const over = size.gzip > piece.goal;
      note = `goal ≤ ${kb(piece.goal)} gzip: ${over ? 'OVER' : 'met'} (${over ? '+' : ''}${kb(size.gzip - piece.goal)})`;
      if (over) warnings.push(`${piece.name} is ${kb(size.gzip)} gzip, over its ${kb(piece.goal)} goal.`);
    }
    rows.push([piece.name, kb(size.raw), kb(size.gzip), kb(size.brotli), note]);
  }
  console.log('Sizes (esbuild minified ES module; gzip -9; brotli q11; KB = 1024 bytes)\n');
  printTable(['piece', 'minified', 'gzip', 'brotli', 'note'], rows, [1, 2, 3]);
  for (const w of warnings) console.warn(`\nWARNING: ${w} The goal is tracked, not enforced.`);
}

// ---------------------------------------------------------------------------------------------
// Timings

/** Median milliseconds per call of `fn` (sync or async) over `samples` samples. */
async function time(fn, { samples = 15, minSampleMs = 20, warmupMs = 200 } = {}) {
  // Warm up, and learn how many calls fill one sample.
  let calls = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < warmupMs || calls < 3) {
    await fn();
    calls++;
  }
  const perCall = (performance.now() - warmStart) / calls;
  const iterations = Math.max(1, Math.ceil(minSampleMs / perCall));
  const results = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) await fn();
    results.push((performance.now() - start) / iterations);
  }
  results.sort((a, b) => a - b);
  const mid = results.length >> 1;
  const median = results.length % 2 ? results[mid] : (results[mid - 1] + results[mid]) / 2;
  return { median, samples, iterations };
}

/** A TypeScript module of src/ through tsx, or undefined (with the reason) when it is not there. */
async function load(path) {
  const file = join(root, path);
  if (!existsSync(file)) return { missing: `${path} missing` };
  const { tsImport } = await import('tsx/esm/api');
  return { module: await tsImport(file, import.meta.url) };
}

/** A short note on what a benchmarked call returned. */
function describe(result) {
  if (result === undefined) return 'returns undefined';
  if (typeof result === 'number') return `returns ${result}`;
  if (result && typeof result === 'object' && 'refused' in result) return `refused: ${result.refused}`;
  if (result && typeof result === 'object' && 'value' in result) return `value "${result.value}"`;
  return `returns ${JSON.stringify(result)}`;
}

const formatTime = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(2)} µs`);

/** Benchmarks: each returns its cases, or a reason it cannot run yet. */
const suites = [
  {
    name: 'token-field normalizer',
    async cases() {
      const { module, missing } = await load('src/token-field/code-edit.ts');
      if (missing) return missing;
      const { applyEdit } = module;
      if (typeof applyEdit !== 'function') return 'src/token-field/code-edit.ts exports no applyEdit';
      // A message with one code in it, padded to 10,000 characters: what a careless paste of a
      // whole e-mail or SMS thread looks like.
      const message = 'ワンタイムパスワードは 123-456 です。Your code is shown above. ';
      const huge = (message + 'x'.repeat(10_000)).slice(0, 10_000);
      const short = 'Your code is 123456';
      return [
        ['paste of 10,000 characters (code first)', () => applyEdit('', 0, 0, huge, 6, 'pasted')],
        ['paste of 10,000 characters (code at the end)', () => applyEdit('', 0, 0, 'x'.repeat(9_990) + ' 123456', 6, 'pasted')],
        ['paste of "Your code is 123456"', () => applyEdit('', 0, 0, short, 6, 'pasted')],
        ['typed digit into 5 digits', () => applyEdit('12345', 5, 5, '６', 6, 'typed')],
      ];
    },
  },
  {
    name: 'DemoBank TOTP verification',
    async cases() {
      const { module, missing } = await load('src/bank/index.ts');
      if (missing) return missing;
      const { matchTotp, totpCode, totpStep, softTokenTotp, DemoBank, demoCustomers, demoTokens } = module;
      if (typeof matchTotp !== 'function' || typeof totpCode !== 'function') return 'src/bank/index.ts exports no matchTotp/totpCode';
      const { Secret } = await import('otpauth');
      const token = demoTokens[0];
      const secret = Secret.fromBase32(token.secret).bytes;
      const now = Date.UTC(2026, 0, 1, 9, 0, 10);
      const good = totpCode(secret, totpStep(now));
      const wrong = good === '000000' ? '000001' : '000000';
      const cases = [
        ['matchTotp, right code (±1 step: 3 HMACs)', () => matchTotp(secret, good, now, softTokenTotp)],
        ['matchTotp, wrong code', () => matchTotp(secret, wrong, now, softTokenTotp)],
      ];
      // The whole registration at the bank: authenticate (PBKDF2) then registerToken (TOTP).
      const customer = demoCustomers.find((c) => !c.tokenId);
      if (typeof DemoBank === 'function' && customer) {
        cases.push([
          'DemoBank authenticate + registerToken (PBKDF2 + TOTP)',
          async () => {
            const bank = new DemoBank({ now: () => now });
            const { session } = await bank.authenticate({ flow: 'enroll', contractId: customer.contractId, password: customer.password });
            await bank.registerToken({ session, tokenId: token.tokenId, otp: good });
          },
          { samples: 7, minSampleMs: 100, warmupMs: 300 },
        ]);
      }
      return cases;
    },
  },
];

async function timings() {
  console.log('\nTimings (median per operation; ops/s = 1 / median)\n');
  const rows = [];
  for (const suite of suites) {
    let cases;
    try {
      cases = await suite.cases();
    } catch (error) {
      cases = `cannot load: ${error.message}`;
    }
    if (typeof cases === 'string') {
      rows.push([suite.name, '—', '—', '—', `not connected: ${cases}`]);
      continue;
    }
    for (const [name, fn, options] of cases) {
      // One call first, to show what the timed path returns (a benchmark of a failing path
      // would measure the wrong thing) and to skip a case that throws.
      let outcome;
      try {
        outcome = describe(await fn());
      } catch (error) {
        rows.push([`${suite.name}: ${name}`, '—', '—', '—', `fails: ${error.message}`]);
        continue;
      }
      const { median, samples, iterations } = await time(fn, options);
      rows.push([`${suite.name}: ${name}`, formatTime(median), Math.round(1000 / median).toLocaleString('en'), `${samples} × ${iterations}`, outcome]);
    }
  }
  printTable(['benchmark', 'median', 'ops/s', 'samples × calls', 'result'], rows, [1, 2, 3]);
}

console.log(`otp-elements bench (${relative(process.cwd(), root) || '.'}; Node ${process.version})\n`);
await sizes();
if (!sizesOnly) await timings();
if (!sizesOnly) await (await import('./bench/rate-limit.mjs')).rateLimitBench(printTable);
if (process.argv.includes('--browser')) await (await import('./bench/browser.mjs')).browserBench(process.argv);
