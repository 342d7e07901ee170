import { staticCss } from './static-css.js';

/**
 * The design defaults a single control needs (see `tokens` for all of them): each private
 * variable reads the public theme token (`--otp-color-primary`, …) and falls back to the default
 * here. Element styles use only these private variables, or their own public properties that
 * fall back to them.
 */
export const controlTokens = staticCss`
  :host {
    --_primary: var(--otp-color-primary, #0b5394);
    --_text: var(--otp-color-text, #1f2328);
    --_muted: var(--otp-color-muted, #5f6368);
    --_danger: var(--otp-color-danger, #b3261e);
    --_border: var(--otp-color-border, #767676);
    --_surface: var(--otp-color-surface, #fff);
    --_radius: var(--otp-radius, 4px);
    /* A solid ring in the bank colour, 2 px at 2 px off the control: it replaces the surface
       around the control, so it contrasts with it as much as the bank colour does (WCAG 1.4.11). */
    --_focus: var(--otp-focus-ring, 2px solid var(--_primary));
    /* Control heights grow with the customer's text size (rem) but never fall under a target a
       finger can hit (px), even on a page that shrinks its root font (html { font-size: 62.5% }). */
    --_target: max(2.75rem, 44px);
    /* Monospace for codes, keys and token IDs, so that l, 1 and I, or 0 and O, differ. */
    --_mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'BIZ UDGothic', monospace;
  }
`;

/**
 * Every design default of every element, in one place: `controlTokens`, then those only the
 * wizards and the keyboard use. Marked pure, so that a bundle with only the token field leaves it
 * out (a bundler keeps any call it cannot prove free of side effects, `staticCss` included).
 */
export const tokens = /* @__PURE__ */ (() => [
  controlTokens,
  staticCss`
  :host {
    --_on-primary: var(--otp-color-on-primary, #fff);
    /* English in the platform's interface face; Japanese data shown in English (a payee's bank
       and name) falls back to a Japanese face where there is one, not to a Chinese one. */
    --_font: var(
      --otp-font-family,
      system-ui,
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      Meiryo,
      'Noto Sans JP',
      'Noto Sans CJK JP',
      sans-serif
    );
    --_target-small: max(2.25rem, 32px);
  }
  /* Japanese is set in a Japanese face, its Latin letters and digits included: one font for each
     run of text, not a Latin face with a Japanese fallback beside it, so the two scripts match in
     weight and height, and a first render asks for half the fonts (8 lookups, not 16). The frame
     carries the language shown, also on a page that sets none. */
  :host(:lang(ja)),
  .frame:lang(ja) {
    --_font: var(
      --otp-font-family,
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      Meiryo,
      'Noto Sans JP',
      'Noto Sans CJK JP',
      system-ui,
      sans-serif
    );
  }
`,
])();
