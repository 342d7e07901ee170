import { staticCss } from '../styles/static-css.js';
import { tokens } from '../styles/tokens.js';

export const styles = [
  tokens,
  staticCss`
  :host {
    --_gap: var(--otp-keyboard-gap, 0.25rem);
    --_key-radius: var(--otp-keyboard-radius, var(--_radius));
    --_min: max(24px, var(--otp-keyboard-key-min-size, 2.5rem));
    display: block;
    position: relative;
    font-family: var(--_font);
    color: var(--otp-keyboard-key-color, var(--_text));
  }

  /* Fingers need bigger keys than a mouse. */
  @media (pointer: coarse) {
    :host {
      --_min: max(24px, var(--otp-keyboard-key-min-size, max(2.75rem, 44px)));
    }
  }

  :host(:not([open])) {
    display: none;
  }

  [part~='base'] {
    display: grid;
    gap: calc(var(--_gap) * 2);
    padding: calc(var(--_gap) * 2);
    background: var(--otp-keyboard-background, var(--_surface));
    border: 1px solid var(--otp-keyboard-border-color, var(--_border));
    border-radius: var(--_key-radius);
  }

  /*
   * At most ten columns (each track is at least a tenth of the width), fewer when ten keys of
   * the minimum size do not fit. Arrow keys follow the drawn rows, so reflowing is safe.
   */
  .keys {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(max(var(--_min), (100% - 9 * var(--_gap)) / 10), 1fr));
    gap: var(--_gap);
  }

  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    gap: var(--_gap);
  }

  button {
    min-inline-size: var(--_min);
    min-block-size: var(--_min);
    margin: 0;
    padding: 0.25rem;
    font: inherit;
    font-size: 1.125rem;
    line-height: 1.2;
    color: inherit;
    background: var(--otp-keyboard-key-background, #f4f6f8);
    border: 1px solid var(--otp-keyboard-key-border-color, var(--_border));
    border-radius: var(--_key-radius);
    cursor: pointer;
    /* No double-tap zoom, so no click delay on touch screens. */
    touch-action: manipulation;
    user-select: none;
    -webkit-user-select: none;
  }

  [part~='character-key'] {
    font-family: var(--otp-keyboard-key-font-family, var(--_mono));
  }

  [part~='control-key'] {
    font-size: 1rem;
    background: var(--otp-keyboard-control-key-background, #e3e8ee);
  }

  button:hover {
    background: var(--otp-keyboard-key-hover-background, #dde3ea);
  }

  button:active {
    transform: translateY(1px);
  }

  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  /* As specific as button:hover, and after it: a pressed key under the pointer stays pressed. */
  button[aria-pressed='true'] {
    color: var(--otp-keyboard-pressed-color, var(--_on-primary));
    background: var(--otp-keyboard-pressed-background, var(--_primary));
    border-color: var(--otp-keyboard-pressed-background, var(--_primary));
  }

  @media (forced-colors: active) {
    /* Without forced-color-adjust the browser draws its backplate over the Highlight ground
       and the label vanishes. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }

  .status {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`,
];
