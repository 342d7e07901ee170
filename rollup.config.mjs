// Two outputs from one source tree:
// - dist/: one ES module per public entry, lit, uqr and otpauth left to the consumer's bundler;
// - dist/otp-elements.bundle.js: a single minified module for CMS pages (lit and uqr inside, no otpauth).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { rmSync } from 'node:fs';

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

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

export default [
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^uqr$/, /^otpauth$/],
    plugins: [nodeResolve(), ts()],
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
    plugins: [nodeResolve(), ts(), terser({ format: { comments: false } })],
    // One file for a page author to paste: the QR encoder, lazily imported in mode="provision", goes inside it too.
    output: { file: 'dist/otp-elements.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
