// Where the bytes of the CMS bundle's first load are, by source module: esbuild builds
// src/index.ts as the shipped bundle is built (minified, `import()` split into chunks, otpauth
// left out); its metafile gives the minified bytes of each module, and its source map tells
// which output bytes came from which module. gzip is not additive, so a module's gzip cost is
// measured as what gzip saves when that module's bytes are cut out of the output.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildEntries } from './sizes.mjs';

// Packages ship source maps of their own, which esbuild would follow back to their TypeScript
// sources; the output is attributed to the files the metafile names instead.
const ownMapsOnly = {
  name: 'own-maps-only',
  setup(b) {
    b.onLoad({ filter: /node_modules.*\.m?js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, ''),
      loader: 'js',
    }));
  },
};

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one source-map segment (base64 VLQ). */
function decodeSegment(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/**
 * For each byte offset of `code`, the index of the source it came from (-1: none, e.g. the
 * glue esbuild writes). A segment owns the bytes up to the next segment on its line. The
 * output is minified: one byte per character except in the few non-ASCII strings, which are
 * mapped through their UTF-16 columns to UTF-8 offsets.
 */
function sourceOfEachByte(code, map) {
  const text = Buffer.from(code).toString('utf8');
  // UTF-8 offset of each UTF-16 index of `text`.
  const byteAt = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    byteAt[i + 1] = byteAt[i] + (unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit < 0xe000 ? 2 : 3);
  }
  const owner = new Int32Array(code.length).fill(-1);
  let source = 0;
  let lineStart = 0;
  for (const line of map.mappings.split(';')) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    let column = 0;
    const marks = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [dColumn, dSource] = decodeSegment(segment);
      column += dColumn;
      if (dSource !== undefined) source += dSource;
      marks.push({ column, source: dSource === undefined ? -1 : source });
    }
    marks.forEach((mark, i) => {
      const next = i + 1 < marks.length ? marks[i + 1].column : end - lineStart;
      owner.fill(mark.source, byteAt[lineStart + mark.column], byteAt[lineStart + next]);
    });
    lineStart = end + 1;
  }
  return owner;
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * The modules of the bundle's first load, largest first: `{module, minified, gzip}` where
 * `gzip` is the module's marginal cost (whole first load minus the same without it), plus the
 * lazy chunks and their sizes.
 */
export async function bundleByModule() {
  const { files, metafile, loads } = await buildEntries({ index: 'src/index.ts' }, { external: ['otpauth'], sourcemap: 'external', plugins: [ownMapsOnly] });
  const load = loads.index;
  const rows = new Map();
  let total = 0;
  for (const out of load.first) {
    const code = files.get(out);
    const map = JSON.parse(Buffer.from(files.get(`${out}.map`)).toString('utf8'));
    const owner = sourceOfEachByte(code, map);
    const whole = gzip(code);
    total += whole;
    const sources = map.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[out].inputs)) {
      if (!bytesInOutput) continue;
      const index = sources.indexOf(input);
      const kept = index === -1 ? code : code.filter((_, i) => owner[i] !== index);
      const row = rows.get(input) ?? { module: input, minified: 0, gzip: 0 };
      row.minified += bytesInOutput;
      row.gzip += whole - gzip(kept);
      rows.set(input, row);
    }
  }
  const lazy = load.lazy.map((out) => ({
    chunk: out,
    modules: Object.keys(metafile.outputs[out].inputs),
    minified: files.get(out).length,
    gzip: gzip(files.get(out)),
  }));
  return { modules: [...rows.values()].sort((a, b) => b.gzip - a.gzip), firstLoad: load.size, gzipTotal: total, lazy };
}

/** Sums the rows by folder (`src/wizard`, `node_modules/lit-html`, …) for a short summary. */
export function byFolder(modules) {
  const groups = new Map();
  for (const { module, minified, gzip: cost } of modules) {
    const folder = module.startsWith('node_modules/')
      ? module.split('/').slice(0, module.startsWith('node_modules/@') ? 3 : 2).join('/')
      : module.split('/').slice(0, -1).join('/');
    const group = groups.get(folder) ?? { folder, minified: 0, gzip: 0 };
    group.minified += minified;
    group.gzip += cost;
    groups.set(folder, group);
  }
  return [...groups.values()].sort((a, b) => b.gzip - a.gzip);
}
