// `npm run analyze`: custom-elements.json from the JSDoc in src/. Modules are sorted by path
// because the analyzer lists them in the file system's order, which differs between machines,
// and CI fails on any difference from the committed file.
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'otp-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
