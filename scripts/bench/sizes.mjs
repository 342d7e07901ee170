// What a page downloads before the elements can run: the "first load" of a module, its
// statically imported chunks, measured raw, gzip -9 and brotli q11 (KB = 1024 bytes). Chunks
// reached only through `import()` load on first use and are not part of it.
//
// Shared by the browser bench (scripts/bench/browser.mjs) and the size budget
// (scripts/size-budget.mjs), so that both count the same bytes the same way.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const KB = 1024;

/** Sizes of one response body. */
export const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

/** Sizes of several responses: each file is compressed on its own, as a server sends it. */
export function measureAll(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const bytes of files) {
    const size = measure(bytes);
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return total;
}

export const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/**
 * The relative imports of one built ES module file, by kind, read by esbuild's parser (no
 * bundling: every import is left external and only recorded).
 */
async function importsOf(file) {
  const found = [];
  await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-imports',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            found.push({ path: args.path, kind: args.kind });
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return found;
}

/**
 * An already built file (e.g. dist/otp-elements.bundle.js) and what it loads: `first` holds the
 * file and every relative module it imports statically, `lazy` the chunks it reaches only
 * through `import()`. Bare imports (a package the page must provide) are listed in `bare`.
 */
export async function builtGraph(file) {
  const first = [];
  const lazy = new Set();
  const bare = new Set();
  const visit = async (path) => {
    if (first.includes(path)) return;
    first.push(path);
    for (const { path: spec, kind } of await importsOf(path)) {
      if (!spec.startsWith('.')) bare.add(spec);
      else if (kind === 'dynamic-import') lazy.add(join(dirname(path), spec));
      else await visit(join(dirname(path), spec));
    }
  };
  await visit(join(root, file));
  const names = (paths) => [...paths].map((p) => relative(root, p));
  return { first: names(first), lazy: names([...lazy].filter((p) => !first.includes(p))), bare: [...bare] };
}

/** The first load of an already built file, measured. */
export async function builtFirstLoad(file) {
  const graph = await builtGraph(file);
  return { ...graph, size: measureAll(graph.first.map((f) => readFileSync(join(root, f)))) };
}

/**
 * The settings every measured build shares, the bench's pages included: esbuild, one minified
 * ES module per entry with code splitting (so `import()` becomes a chunk, as in the shipped
 * bundle), Lit in its production build (esbuild picks no `development` export condition).
 */
export const buildSettings = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'silent',
};

/**
 * Builds `entries` ({name: path}) in memory as a consumer's bundler would. Returns the output
 * files by path, the metafile, and for each entry name its first load (entry chunk and the
 * chunks it imports statically) and its lazy chunks.
 */
export async function buildEntries(entries, { external = [], outdir = join(root, '.bench-out'), sourcemap = false, plugins = [] } = {}) {
  const result = await build({ ...buildSettings, entryPoints: entries, external, outdir, write: false, metafile: true, sourcemap, plugins });
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const loads = {};
  for (const [out, meta] of Object.entries(outputs)) {
    if (!meta.entryPoint) continue;
    const first = [];
    const lazy = new Set();
    const visit = (path) => {
      if (first.includes(path)) return;
      first.push(path);
      for (const i of outputs[path].imports) {
        if (i.external) continue;
        if (i.kind === 'dynamic-import') lazy.add(i.path);
        else visit(i.path);
      }
    };
    visit(out);
    const name = Object.keys(entries).find((n) => join(root, out) === join(outdir, `${n}.js`));
    loads[name] = {
      first,
      lazy: [...lazy].filter((p) => !first.includes(p)),
      size: measureAll(first.map((p) => files.get(p))),
    };
  }
  return { files, metafile: result.metafile, loads };
}
