// `npm run bench -- --browser [--runs=N]`: what the elements cost a page in headless Chromium,
// each time given as a multiple of a bare Lit element built and measured the same way in the
// same run (the floors in scripts/bench/floors/), so that a slower machine moves both alike.
//
// - Every page is built by one esbuild run with the same settings (minified, code splitting,
//   production Lit: see buildSettings in sizes.mjs) and served from memory, cross-origin
//   isolated so that performance.now() is precise to 5 µs.
// - Each measurement gets a fresh browser context and page; the measurements of one run are
//   interleaved in an order that rotates from run to run; each figure is the median of
//   `runs` (≥ 20) runs, with the middle half of the runs (p25–p75) beside it.
// - Renders are timed in the page (harness.js); typing sends real key presses and reads the
//   main thread's script, style and layout time from Chromium's counters (wall time) and from
//   a trace (thread CPU time, which a busy machine does not inflate); heap is V8's used heap
//   (CDP Runtime.getHeapUsage after a forced garbage collection) with 301 live elements minus
//   with 201, per element.
//
// The table goes to the console and, with the machine and versions, into docs/performance.md
// between its bench markers. A benchmark reports; it never fails on a number.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../browsers.mjs';
import { byFolder, bundleByModule } from './modules.mjs';
import { KB, buildEntries, builtFirstLoad, kb, root } from './sizes.mjs';

const BUNDLE = 'dist/otp-elements.bundle.js';
// localhost: a trustworthy origin, so that the pages can be cross-origin isolated. Nothing
// listens there; every request is answered from memory.
const ORIGIN = 'http://localhost';
const DOC = join(root, 'docs/performance.md');
const MARKS = ['<!-- bench:browser:start -->', '<!-- bench:browser:end -->'];

// Our elements as shipped: the package's entries in dist/, whose html`` and css`` literals the
// build has minified. Built from src/, each template would carry its indentation: 40 more
// white-space text nodes in a first <otp-enroll> (53 text nodes instead of 13) for the browser to
// clone, insert and style, that no page gets.
const pages = {
  'lit-floor': 'scripts/bench/floors/lit-floor.js',
  'lit-field-floor': 'scripts/bench/floors/lit-field-floor.js',
  'otp-token-field': 'dist/otp-token-field.js',
  'otp-enroll': 'dist/otp-enroll.js',
  'otp-suspend': 'dist/otp-suspend.js',
};

// The wizards as a CMS page writes them; a Japanese page, the default language.
const wizard = { endpoint: '/api/otp' };
const field = { label: 'ワンタイムパスワード' };
const KEYS = '123456';

/** One measurement: the page it needs and what it runs there (in harness.js, or heap over CDP). */
const measurements = {
  'type:lit-field-floor': { page: 'lit-field-floor', run: (p) => typing(p, 'lit-field-floor', true) },
  'type:otp-token-field': { page: 'otp-token-field', run: (p) => typing(p, 'otp-token-field', true) },
  'cpu:lit-field-floor': { page: 'lit-field-floor', run: (p) => typingCpu(p, 'lit-field-floor') },
  'cpu:otp-token-field': { page: 'otp-token-field', run: (p) => typingCpu(p, 'otp-token-field') },
  'typecold:lit-field-floor': { page: 'lit-field-floor', run: (p) => typing(p, 'lit-field-floor', false) },
  'typecold:otp-token-field': { page: 'otp-token-field', run: (p) => typing(p, 'otp-token-field', false) },
  'render:lit-floor': { page: 'lit-floor', run: (p) => p.evaluate(() => window.bench.render('lit-floor', 1)) },
  'render:otp-enroll': { page: 'otp-enroll', run: (p) => p.evaluate((a) => window.bench.render('otp-enroll', 1, a), wizard) },
  'render:otp-suspend': { page: 'otp-suspend', run: (p) => p.evaluate((a) => window.bench.render('otp-suspend', 1, a), wizard) },
  'render100:lit-floor': { page: 'lit-floor', run: (p) => p.evaluate(() => window.bench.render('lit-floor', 100)) },
  'render100:otp-enroll': { page: 'otp-enroll', run: (p) => p.evaluate((a) => window.bench.render('otp-enroll', 100, a), wizard) },
  'heap:lit-floor': { page: 'lit-floor', run: (p) => heapPerElement(p, 'lit-floor', {}) },
  'heap:otp-enroll': { page: 'otp-enroll', run: (p) => heapPerElement(p, 'otp-enroll', wizard) },
};

/**
 * What typing KEYS costs the page, with real key presses (CDP Input events, as a keyboard
 * sends them, so the browser's own editing runs): the main thread's script, style and layout
 * time from Chromium's Performance.getMetrics counters, from a settled page until the last key's
 * updates are done and a frame is laid out. `warm`: the same keys were first typed into another
 * field on the page, so the code runs compiled, as it does after the first few keys.
 */
async function typing(page, tag, warm) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    return (m.ScriptDuration + m.RecalcStyleDuration + m.LayoutDuration) * 1000;
  };
  const fresh = () => page.evaluate(([t, a]) => window.bench.field(t, a), [tag, field]);
  if (warm) {
    await fresh();
    await page.keyboard.type(KEYS);
  }
  await fresh();
  await page.evaluate(() => window.bench.typed());
  const before = await busy();
  await page.keyboard.type(KEYS);
  const value = await page.evaluate(() => window.bench.typed());
  return { ms: (await busy()) - before, value };
}

// Trace events of the main thread's script, style and layout work.
const SCRIPT_STYLE_LAYOUT = new Set(['FunctionCall', 'RunMicrotasks', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout']);

/**
 * Typing KEYS warm, measured in the renderer main thread's CPU time from a trace: `ms` is its
 * script, style and layout work (the outermost such events, as Chromium's counters count them),
 * `all` everything its tasks did (the browser's own editing, events, updates, paint). Thread
 * time does not run while the thread waits for a core, so it holds on a busy machine.
 */
async function typingCpu(page, tag) {
  const fresh = () => page.evaluate(([t, a]) => window.bench.field(t, a), [tag, field]);
  await fresh();
  await page.keyboard.type(KEYS);
  await fresh();
  await page.evaluate(() => window.bench.typed());
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  await page.keyboard.type(KEYS);
  const value = await page.evaluate(() => window.bench.typed());
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  // The page's main thread: the one that dispatched the key events.
  const { pid, tid } = traceEvents.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const events = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const threadMs = (list) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  let end = 0;
  const outermost = events.filter((e) => {
    if (!SCRIPT_STYLE_LAYOUT.has(e.name) || e.ts < end) return false;
    end = e.ts + e.dur;
    return true;
  });
  return { ms: threadMs(outermost), all: threadMs(events.filter((e) => e.name === 'ThreadControllerImpl::RunTask')), value };
}

/**
 * Bytes of V8 heap each live element holds: 201 elements first, then 100 more. The first ones
 * take the one-time costs out: the module's objects, the code V8 compiles and optimizes once
 * making an element has run often (`profile.mjs --heap` shows 2.4 KB of compiled code "per
 * element" between 1 and 101 elements, 0.3 KB between 101 and 201), and V8's number-to-string
 * cache, one table for the whole page that grows once from 1 KB to 64 KB at its first collision:
 * a page that has turned some 130 numbers into strings (a wizard turns one, for its fields' ids)
 * has paid it. With 101 first, that growth landed among the 100 measured: 0.65 KB "per element".
 */
async function heapPerElement(page, tag, attributes) {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(([t, a]) => window.bench.keep(t, 201, a), [tag, attributes]);
  const before = await used();
  await page.evaluate(([t, a]) => window.bench.keep(t, 100, a), [tag, attributes]);
  const after = await used();
  return { bytes: (after - before) / 100 };
}

function newestMtime(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (max, e) => Math.max(max, e.isDirectory() ? newestMtime(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
    0,
  );
}

/** What ships is measured as built (dist/): build it when it is missing or older than src/. */
function ensureBuilt() {
  const file = join(root, BUNDLE);
  if (existsSync(file) && statSync(file).mtimeMs >= newestMtime(join(root, 'src'))) return;
  console.log(`building ${BUNDLE} …`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('rollup failed');
}

/** The pages, built and held in memory: path → [content type, bytes]. */
export async function buildPages() {
  ensureBuilt();
  const { files } = await buildEntries(pages, { outdir: join(root, 'bench') });
  const served = new Map([...files].map(([path, bytes]) => [`/${path}`, ['text/javascript', Buffer.from(bytes)]]));
  served.set('/harness.js', ['text/javascript', readFileSync(join(root, 'scripts/bench/harness.js'))]);
  for (const name of Object.keys(pages)) {
    const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/harness.js"></script><script type="module" src="/bench/${name}.js"></script></head><body></body></html>`;
    served.set(`/${name}.html`, ['text/html', Buffer.from(html)]);
  }
  return served;
}

export async function openPage(browser, served, name) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.route(`${ORIGIN}/**`, (route) => {
    const found = served.get(new URL(route.request().url()).pathname);
    if (!found) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      contentType: found[0],
      body: found[1],
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    });
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/${name}.html`);
  await page.waitForFunction((tag) => window.bench && customElements.get(tag), name);
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the bench page is not cross-origin isolated');
  return { page, close: () => context.close() };
}

const median = (sorted) => (sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: median(sorted), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), runs: sorted.length };
}

async function runMeasurements(runs, only) {
  const path = findBrowsers().chromium;
  if (!path) throw new Error('no Chromium found (set CHROME_PATH)');
  const browser = await chromium.launch({ executablePath: path, headless: true, args: [...chromiumArgs, '--headless'] });
  const version = browser.version();
  const served = await buildPages();
  const names = Object.keys(measurements).filter((n) => !only || only.split(',').some((prefix) => n.startsWith(prefix)));
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const checks = {};
  try {
    for (let run = 0; run < runs; run++) {
      process.stdout.write(`\rbrowser runs: ${run + 1}/${runs}`);
      // Rotate the order, so no measurement always comes first after a browser pause.
      const order = names.map((_, i) => names[(i + run) % names.length]);
      for (const name of order) {
        const { page, close } = await openPage(browser, served, measurements[name].page);
        try {
          const result = await measurements[name].run(page);
          samples[name].push(result.ms ?? result.bytes);
          if (result.all !== undefined) (samples[`${name}.all`] ??= []).push(result.all);
          checks[name] ??= result.value ?? result.text;
        } finally {
          await close();
        }
      }
    }
  } finally {
    process.stdout.write('\n');
    await browser.close();
  }
  return { version, stats: Object.fromEntries(Object.entries(samples).map(([n, values]) => [n, summarize(values)])), checks };
}

const ms = (s) => `${s.median.toFixed(2)} ms (${s.p25.toFixed(2)}–${s.p75.toFixed(2)})`;
const times = (a, b) => `${(a.median / b.median).toFixed(1)}×`;

/** The issue's table: [measure, result, goal, met]. */
function rows({ bundle, field, stats: s }) {
  const within = (value, goal) => (value <= goal ? 'met' : 'not met');
  const typing = s['type:otp-token-field'].median / s['type:lit-field-floor'].median;
  const render = s['render:otp-enroll'].median / s['render:lit-floor'].median;
  const hundred = s['render100:otp-enroll'].median / s['render100:lit-floor'].median;
  const heap = s['heap:otp-enroll'].median;
  return [
    [`\`${BUNDLE}\`, first load`, `${kb(bundle.size.gzip)} gzip, ${kb(bundle.size.brotli)} brotli (${bundle.first.length} file)`, '≤ 20 KB gzip; aim 18', within(bundle.size.gzip, 20 * KB)],
    ['`<otp-token-field>` alone with Lit', `${kb(field.size.gzip)} gzip, ${kb(field.size.brotli)} brotli`, '≤ 6.5 KB gzip', within(field.size.gzip, 6.5 * KB)],
    ['field: 6 typed keys, event dispatch incl. updates', `${typing.toFixed(1)}× the Lit field floor: ${ms(s['type:otp-token-field'])} vs ${ms(s['type:lit-field-floor'])}`, '≤ 1.5×', within(typing, 1.5)],
    ['(also) the same in main-thread CPU time (trace)', `${times(s['cpu:otp-token-field'], s['cpu:lit-field-floor'])} the Lit field floor: ${ms(s['cpu:otp-token-field'])} vs ${ms(s['cpu:lit-field-floor'])}`, '—', ''],
    ['(also) field: 6 typed keys, main-thread CPU time of everything (editing, events, updates, style, layout, paint)', `${times(s['cpu:otp-token-field.all'], s['cpu:lit-field-floor.all'])} the Lit field floor: ${ms(s['cpu:otp-token-field.all'])} vs ${ms(s['cpu:lit-field-floor.all'])}`, '—', ''],
    ['(also) field: the first 6 keys typed on a fresh page', `${times(s['typecold:otp-token-field'], s['typecold:lit-field-floor'])} the Lit field floor: ${ms(s['typecold:otp-token-field'])} vs ${ms(s['typecold:lit-field-floor'])}`, '—', ''],
    ['`<otp-enroll>` first render (create → content laid out)', `${render.toFixed(1)}× the Lit floor: ${ms(s['render:otp-enroll'])} vs ${ms(s['render:lit-floor'])}`, '≤ 3×', within(render, 3)],
    ['100 `<otp-enroll>` at once', `${hundred.toFixed(1)}× the Lit floor ×100: ${ms(s['render100:otp-enroll'])} vs ${ms(s['render100:lit-floor'])}`, '≤ 8×', within(hundred, 8)],
    ['heap per live `<otp-enroll>`', `${kb(heap)} (Lit floor: ${kb(s['heap:lit-floor'].median)})`, '≤ 4 KB', within(heap, 4 * KB)],
    ['(also) `<otp-suspend>` first render', `${times(s['render:otp-suspend'], s['render:lit-floor'])} the Lit floor: ${ms(s['render:otp-suspend'])}`, '—', ''],
  ];
}

function markdownTable(headers, body) {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function modulesSection({ modules, firstLoad, lazy }) {
  const top = modules.slice(0, 20).map((m) => [`\`${m.module}\``, kb(m.minified), kb(m.gzip)]);
  const folders = byFolder(modules).map((f) => [`\`${f.folder}\``, kb(f.minified), kb(f.gzip)]);
  const chunks = lazy.map((c) => [`\`${c.modules.join('`, `')}\``, kb(c.minified), kb(c.gzip)]);
  return `### The bundle by module

esbuild's build of \`src/index.ts\` with the settings above (first load ${kb(firstLoad.gzip)} gzip; the
shipped bundle is made by rollup and terser, see the first row). "gzip" is each module's marginal
cost: the first load's gzip size minus the same without that module's bytes (gzip is not
additive, so the rows add up to a little less than the whole).

By folder:

${markdownTable(['folder', 'minified', 'gzip'], folders)}

The 20 largest modules:

${markdownTable(['module', 'minified', 'gzip'], top)}

Loaded on first use (lazy chunks beside the bundle):

${markdownTable(['chunk holds', 'minified', 'gzip'], chunks)}`;
}

function writeDoc(section) {
  const block = `${MARKS[0]}\n${section}\n${MARKS[1]}`;
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n\n';
  const [start, end] = [current.indexOf(MARKS[0]), current.indexOf(MARKS[1])];
  const next = start === -1 ? `${current.trimEnd()}\n\n${block}\n` : `${current.slice(0, start)}${block}${current.slice(end + MARKS[1].length)}`;
  writeFileSync(DOC, next);
}

export async function browserBench(argv) {
  const runs = Math.max(20, Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 25));
  // --only=PREFIX[,PREFIX] (e.g. --only=type,cpu): those measurements alone, printed, docs untouched.
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
  const { version, stats, checks } = await runMeasurements(runs, only);
  if (only) {
    for (const [name, s] of Object.entries(stats)) console.log(`${name.padEnd(28)} ${name.startsWith('heap') ? kb(s.median) : ms(s)}`);
    return;
  }
  const bundle = await builtFirstLoad(BUNDLE);
  // As shipped: the package's entry (template literals minified by the build), as the size budget measures it.
  const { loads } = await buildEntries({ 'otp-token-field': 'dist/otp-token-field.js' });
  const field = loads['otp-token-field'];
  const byModule = await bundleByModule();

  const table = rows({ bundle, field, stats });
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim()}, ${cpu.length} cores; Chromium ${version}; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`;
  console.log(`\nBrowser (${machine}; ${runs} runs, medians with p25–p75)\n`);
  const width = Math.max(...table.map((r) => r[0].length));
  for (const [measure, result, goal, met] of table) console.log(`${measure.padEnd(width)}  ${result}  [goal ${goal}${met ? `: ${met}` : ''}]`);
  console.log(`\nchecks: typed value ${JSON.stringify(checks['type:otp-token-field'])} (floor ${JSON.stringify(checks['type:lit-field-floor'])}); <otp-enroll> shows ${JSON.stringify(checks['render:otp-enroll'])}`);
  console.log(`bundle first load: ${bundle.first.join(', ')}; lazy: ${bundle.lazy.join(', ') || 'none'}`);

  writeDoc(`## Latest run

${machine}; ${runs} runs per figure; times are medians with the middle half of the runs (p25–p75)
in brackets. Written by \`npm run bench -- --browser\`.

${markdownTable(['measure', 'result', 'goal', ''], table)}

${modulesSection(byModule)}`);
  console.log(`\nwritten to ${DOC.slice(root.length)}`);
}
