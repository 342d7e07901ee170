import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

/**
 * A style literal, made as Lit's `css` tag makes one but without the tag's code for joining
 * values, which none of our literals has: a page with only the token field loads less. The text
 * is a literal in our sources, never a value from a page or a bank, so `unsafeCSS` (Lit's own, that
 * ReactiveElement already carries) is safe here. As with `css`, the style sheet is made when an
 * element first adopts it, not when the module loads: a server render or a jsdom test can import
 * the elements. The name holds "css", so the build minifies the literal as it does a `css` one.
 */
export const staticCss = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
