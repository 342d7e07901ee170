import type { CSSResult } from 'lit';

/**
 * Adds style sheets that came with a lazily loaded module to a shadow root that already has its
 * element's own (after them, as if they had been listed last in `static styles`). Every browser
 * the elements support adopts constructed style sheets, so nothing inline is written (strict CSP).
 */
export function addStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const sheets = styles.map((style) => style.styleSheet!).filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
