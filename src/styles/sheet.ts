/**
 * A constructed style sheet from a CSS literal: what every element gives `static styles`
 * (ReactiveElement adopts it as it is) and `addStyles`. Every browser the elements support adopts
 * constructed sheets, and a strict CSP allows them: nothing inline is written. It takes no values,
 * so the literal is all the CSS there is, and unlike Lit's `css` tag it needs no code to join
 * values: a page with only the token field does not load that tag. The name holds "css", so the
 * build minifies the literal as it does a `css` one.
 */
export function cssSheet(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings[0]);
  return sheet;
}
