// Two outputs from one source tree:
// - dist/: one ES module per public entry, lit, uqr, otpauth and @simplewebauthn/server (the demo
//   adapter's passkeys) left to the consumer's bundler;
// - dist/otp-elements.bundle.js: a single minified module for CMS pages (lit inside, no otpauth),
//   with lazy chunks beside it for what a page may not use (uqr).
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { rmSync } from 'node:fs';
import { subresourceIntegrity } from './scripts/rollup-sri.mjs';

// Chunk names carry hashes: start from an empty dist/ so old chunks never ship.
rmSync('dist', { recursive: true, force: true });

const entries = {
  index: 'src/index.ts',
  'otp-enroll': 'src/otp-enroll.ts',
  'otp-suspend': 'src/otp-suspend.ts',
  'otp-token-field': 'src/otp-token-field.ts',
  'otp-confirm': 'src/otp-confirm.ts',
  'adapters/fetch': 'src/adapters/fetch.ts',
  'adapters/demo': 'src/adapters/demo.ts',
};

/** The npm package a module belongs to (`uqr`), or undefined for our own sources: a chunk's readable name. */
const packageName = (id) => id?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1].replace('/', '-');

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

// The css`` and html`` templates lose their comments and white space (Lit's own minifier: the
// comments in our styles say why, for readers of the sources, not for browsers).
const literals = () => minifyLiterals({ include: ['src/**/*.ts'], failOnError: true });

export default [
  {
    input: entries,
    // @simplewebauthn/server: an optional peer, like otpauth, for the demo bank's passkeys only.
    external: [/^lit(\/|$)/, /^@lit\//, /^uqr$/, /^otpauth$/, /^@simplewebauthn\//],
    plugins: [literals(), nodeResolve(), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
    },
  },
  {
    input: 'src/index.ts',
    // A bundle that pulled in otpauth would ship the demo bank to production pages.
    external: (id) => id === 'otpauth',
    // The bundle itself holds everything its first load needs, and also exports what the lazy
    // chunks take from it (Lit, shared modules) under short extra names: one file on first load,
    // not a facade in front of a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [literals(), nodeResolve(), ts(), terser({ format: { comments: false } }), subresourceIntegrity()],
    // One file for a page author to paste. Every `import()` in src becomes a chunk beside it
    // (dist/otp-elements.*.js), which the browser resolves from the bundle's own URL, so a CMS
    // page still has one <script> tag and hosts one folder, and loads the chunk on first use
    // only (the QR encoder: in mode="provision").
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'otp-elements.bundle.js',
      chunkFileNames: (chunk) => `otp-elements.${packageName(chunk.facadeModuleId) ?? chunk.name}-[hash].js`,
    },
  },
];
