// A rollup plugin for the CMS bundle's output: the Subresource Integrity of
// dist/otp-elements.bundle.js and of every chunk it loads (the lazy parts beside it), written to
// dist/integrity.json and printed as a ready <script> tag, with an import map that gives the
// chunks their integrity (docs/cms.md). CDN_BASE sets the URL the files are served from.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function subresourceIntegrity({ base = process.env.CDN_BASE ?? 'https://cdn.bank.example/otp-elements/' } = {}) {
  const url = base.replace(/\/?$/, '/');
  return {
    name: 'otp-subresource-integrity',
    writeBundle(options, bundle) {
      const dir = options.dir ?? join(options.file, '..');
      const entry = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry);
      // The entry first, then what it imports, statically or on first use.
      const files = [entry.fileName];
      for (const name of files) {
        const chunk = bundle[name];
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) if (!files.includes(next)) files.push(next);
      }
      const hashes = Object.fromEntries(files.map((name) => [name, sri(readFileSync(join(dir, name)))]));
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);

      const lines = ['', `Subresource Integrity (${join(dir, 'integrity.json')}), for files served from ${url} (CDN_BASE):`, ''];
      const chunks = files.slice(1);
      if (chunks.length) {
        const importMap = JSON.stringify({ integrity: Object.fromEntries(chunks.map((name) => [url + name, hashes[name]])) });
        lines.push(
          `<!-- Before any module script. Under a CSP, allow this inline import map with script-src ${cspHash(importMap)} -->`,
          `<script type="importmap">${importMap}</script>`,
        );
      }
      lines.push(`<script type="module" src="${url}${entry.fileName}" integrity="${hashes[entry.fileName]}" crossorigin="anonymous"></script>`, '');
      console.log(lines.join('\n'));
    },
  };
}
