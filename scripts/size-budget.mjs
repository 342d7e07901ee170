// `node scripts/size-budget.mjs` (CI, after `npm run build`): what each entry of size-budget.json
// costs a page (raw, gzip -9, brotli q11), and a failure when one is over its gzip ceiling.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB, buildEntries, builtFirstLoad, kb, root } from './bench/sizes.mjs';

const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));

async function firstLoad(entry) {
  const file = entry.built ?? entry.entry;
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  if (entry.built) return builtFirstLoad(file);
  const { loads } = await buildEntries({ entry: file });
  return loads.entry;
}

const rows = [];
let over = 0;
for (const entry of budget.entries) {
  const { size, first } = await firstLoad(entry);
  const ceiling = entry.gzip * KB;
  const ok = size.gzip <= ceiling;
  if (!ok) over++;
  rows.push([entry.name, kb(size.raw), kb(size.gzip), kb(size.brotli), `≤ ${kb(ceiling)}`, ok ? 'ok' : `OVER by ${kb(size.gzip - ceiling)}`, String(first.length)]);
}

const headers = ['entry', 'raw', 'gzip', 'brotli', 'ceiling (gzip)', '', 'files'];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i > 0 && i < 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log('Size budget (size-budget.json): first load; KB = 1024 bytes\n');
console.log(line(headers));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
