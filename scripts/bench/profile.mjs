// `node scripts/bench/profile.mjs [tag] [count] [options]`: where a first render of `tag` (default
// otp-enroll; `count` elements at once, default 1) spends its time and memory, on fresh pages
// built and served as the browser bench builds them (browser.mjs). Evidence for performance
// work, not a benchmark: it reports, the bench measures.
//
//   (default)         over --runs=N fresh pages (default 7), medians from a Chromium trace of
//                     the main thread: the render's time in the page, its thread CPU time, the
//                     CPU time of style and of layout, the wall time spent waiting for font
//                     lookups (a synchronous call to the browser process each), and the count of
//                     font strikes (a font at one size and weight) the layout asked for.
//   --cpu-profile     one render under V8's sampling profiler: functions by self time;
//                     --callers=NAME adds who calls the functions named NAME.
//   --heap            JS heap held per live element, by constructor (a heap snapshot with
//                     `count` more elements minus one without them, after as many as the bench
//                     makes first (201, or count + 1): one-time costs, the JIT's code and V8's
//                     number-to-string cache, are not counted as theirs).
//   --attrs=JSON      attributes for the element (default: `endpoint` for our wizards), e.g.
//                     --attrs='{"lang":"en"}'.
//   --readable        built without minifying, so that profiles name every function.
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowsers } from '../browsers.mjs';
import { buildPages, openPage } from './browser.mjs';
import { buildSettings } from './sizes.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [tag = 'otp-enroll', count = '1'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const attributes = { ...(tag.startsWith('otp-') ? { endpoint: '/api/otp' } : {}), ...JSON.parse(option('attrs') ?? '{}') };
if (process.argv.includes('--readable')) buildSettings.minify = false;

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ms = (us) => (us / 1000).toFixed(2).padStart(8);
const render = (page, n) => page.evaluate(([t, c, a]) => window.bench.render(t, c, a), [tag, n, attributes]);

/** Sums of `dur` (wall) or `tdur` (thread CPU) over the outermost events named `name`. */
function total(events, name, field) {
  let end = 0;
  let sum = 0;
  for (const e of events.filter((e) => e.name === name)) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    sum += e[field] ?? 0;
  }
  return sum;
}

async function traced(browser, served) {
  const { page, close } = await openPage(browser, served, tag);
  try {
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink', 'fonts'] });
    const { ms: inPage } = await render(page, Number(count));
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const { pid, tid } = traceEvents.find((e) => e.name === 'FunctionCall');
    const events = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    return {
      'in the page (ms)': inPage * 1000,
      'thread CPU (ms)': total(events, 'ThreadControllerImpl::RunTask', 'tdur'),
      'style CPU (ms)': total(events, 'Document::updateStyle', 'tdur'),
      'layout CPU (ms)': total(events, 'LocalFrameView::performLayout', 'tdur'),
      'font lookups, wall (ms)': total(events, 'FontCache::GetFontPlatformData', 'dur'),
      'font strikes': events.filter((e) => e.name === 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike').length,
    };
  } finally {
    await close();
  }
}

async function cpuProfile(browser, served) {
  const { page, close } = await openPage(browser, served, tag);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await render(page, Number(count));
  const { profile } = await cdp.send('Profiler.stop');
  await close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n])));
  const interval = (profile.endTime - profile.startTime) / profile.samples.length;
  const frame = ({ callFrame: f }) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  const bySelf = new Map();
  const callers = new Map();
  const callee = option('callers');
  for (const id of profile.samples) {
    const node = byId.get(id);
    bySelf.set(frame(node), (bySelf.get(frame(node)) ?? 0) + 1);
    if (node.callFrame.functionName !== callee) continue;
    const chain = [];
    for (let p = parent.get(node.id); p && chain.length < 4; p = parent.get(p.id)) chain.push(frame(p));
    callers.set(chain.join(' < '), (callers.get(chain.join(' < ')) ?? 0) + 1);
  }
  const print = (title, counts) => {
    console.log(title);
    for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms(n * interval)}  ${name}`);
  };
  print('self time (ms):', bySelf);
  if (callee) print(`\ncallers of ${callee} (ms):`, callers);
}

/** The JS heap by constructor: count and bytes of each kind of object, from a heap snapshot. */
async function heapByConstructor(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields.length;
  const types = snapshot.meta.node_types[0];
  const kinds = new Map();
  for (let i = 0; i < nodes.length; i += fields) {
    const type = types[nodes[i]];
    // Blink's own objects live outside the JS heap, which is what the bench measures.
    if (type === 'native') continue;
    const name = type === 'object' ? strings[nodes[i + 1]] : type === 'closure' ? `closure ${strings[nodes[i + 1]]}` : `(${type}) ${type === 'array' ? strings[nodes[i + 1]] : ''}`;
    const kind = kinds.get(name) ?? { count: 0, bytes: 0 };
    kind.count++;
    kind.bytes += nodes[i + 3];
    kinds.set(name, kind);
  }
  return kinds;
}

async function heap(browser, served) {
  const { page, close } = await openPage(browser, served, tag);
  const cdp = await page.context().newCDPSession(page);
  const n = Number(count) > 1 ? Number(count) : 100;
  const keep = (c) => page.evaluate(([t, k, a]) => window.bench.keep(t, k, a), [tag, c, attributes]);
  // As the bench: one-time costs (compiled code, the number-to-string cache) are paid first.
  await keep(Math.max(201, 1 + n));
  const before = await heapByConstructor(cdp);
  await keep(n);
  const after = await heapByConstructor(cdp);
  await close();
  const grown = [...after]
    .map(([name, { count: c, bytes }]) => [name, (c - (before.get(name)?.count ?? 0)) / n, (bytes - (before.get(name)?.bytes ?? 0)) / n])
    .filter(([, , bytes]) => bytes > 0)
    .sort((a, b) => b[2] - a[2]);
  console.log(`JS heap per live ${tag}: ${grown.reduce((sum, [, , bytes]) => sum + bytes, 0).toFixed(0)} bytes\n  bytes   count  constructor`);
  for (const [name, c, bytes] of grown.slice(0, 30)) console.log(`${bytes.toFixed(0).padStart(7)} ${c.toFixed(2).padStart(7)}  ${name}`);
}

const browser = await chromium.launch({ executablePath: findBrowsers().chromium, headless: true, args: [...chromiumArgs, '--headless'] });
try {
  const served = await buildPages();
  if (process.argv.includes('--heap')) await heap(browser, served);
  else if (process.argv.includes('--cpu-profile')) await cpuProfile(browser, served);
  else {
    const runs = [];
    for (let i = 0; i < Number(option('runs') ?? 7); i++) runs.push(await traced(browser, served));
    console.log(`${tag} ×${count}, ${JSON.stringify(attributes)}: medians of ${runs.length} fresh pages`);
    for (const name of Object.keys(runs[0])) {
      const value = median(runs.map((r) => r[name]));
      console.log(`${name.endsWith('(ms)') ? ms(value) : String(value).padStart(8)}  ${name}`);
    }
  }
} finally {
  await browser.close();
}
