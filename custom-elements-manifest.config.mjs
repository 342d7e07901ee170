// `npm run analyze`: custom-elements.json, the package's public API, from the JSDoc in src/ and
// the exports of package.json (scripts/cem-public-api.mjs says what is kept and how types are
// spelled), and the framework typings in dist/types/. Modules are sorted by path because the analyzer lists them in the file system's
// order, which differs between machines, and CI fails on any difference from the committed file.
import { frameworkTypesPlugin } from './scripts/cem-framework-types.mjs';
import { publicApiPlugin } from './scripts/cem-public-api.mjs';

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicApiPlugin(),
    // React, Vue and Svelte typings in dist/types/, from the public manifest.
    frameworkTypesPlugin(),
    {
      name: 'otp-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
