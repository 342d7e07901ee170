// Addresses of the demo's documentation page (doc.html), which renders the repository's Markdown.
import type { OtpLang } from '../src/i18n/localize.js';

/** Only the project's own documents: README.md and what is under docs/. */
export function isDocumentPath(path: string): boolean {
  return /^(README\.md|docs\/(?:[\w-]+\/)*[\w-]+\.md)$/.test(path);
}

/** The documentation page for `path` (from the repository root), its chrome in `lang` if given. */
export function docHref(path: string, lang?: OtpLang, hash = ''): string {
  const params = new URLSearchParams({ doc: path });
  if (lang) params.set('lang', lang);
  return `./doc.html?${params}${hash}`;
}
