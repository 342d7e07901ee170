import type { CSSResult } from 'lit';

/** Copies of sheets for documents other than this one, by document. */
const copies = new WeakMap<Document, Map<CSSResult, CSSStyleSheet>>();

/**
 * Adds style sheets that came with a lazily loaded module to a shadow root that already has its
 * element's own (after them, as if they had been listed last in `static styles`). Every browser
 * the elements support adopts constructed style sheets, so nothing inline is written (strict CSP).
 */
export function addStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const sheets = styles.map((style) => sheetFor(root.ownerDocument, style)).filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/**
 * Lit's sheet for `style`, made in this document; for an element moved into another one (an
 * iframe's), a copy made there once: a document adopts only the sheets made in its own window.
 */
function sheetFor(doc: Document, style: CSSResult): CSSStyleSheet {
  const view = doc.defaultView;
  if (doc === document || !view) return style.styleSheet!;
  let sheets = copies.get(doc);
  if (!sheets) copies.set(doc, (sheets = new Map()));
  let copy = sheets.get(style);
  if (!copy) {
    copy = new view.CSSStyleSheet();
    copy.replaceSync(style.cssText);
    sheets.set(style, copy);
  }
  return copy;
}
