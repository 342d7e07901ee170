import { staticCss } from '../styles/static-css.js';
import { controlTokens } from '../styles/tokens.js';

// A bank's code box: large monospace digits spaced apart, so the customer can compare them
// with the token at a glance. The input is as wide as the code (`--_digits` is set from
// `digits` through the CSSOM, which a strict CSP allows). Letter spacing also follows the last
// digit, so it comes off the end padding to keep the digits centred. `:host(:disabled)`, unlike
// `[disabled]`, also matches inside a disabled fieldset.
export const styles = [
  controlTokens,
  staticCss`
  :host {
    display: inline-block;
    color: var(--_text);
    font-family: var(--otp-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  :host(:disabled),
  input:disabled {
    cursor: not-allowed;
  }
  form {
    display: contents;
  }
  label {
    display: block;
    margin-block-end: 0.375rem;
    font-weight: 700;
  }
  input {
    --_space: var(--otp-field-letter-spacing, 0.5em);
    --_border-width: var(--otp-field-border-width, 2px);
    /* Border box, as every input of the wizards: the digits, the padding and the border. */
    box-sizing: border-box;
    inline-size: calc(var(--_digits, 6) * (1ch + var(--_space)) + 1.2em - var(--_space) + 2 * var(--_border-width));
    margin: 0;
    padding-block: 0.4em;
    padding-inline: 0.6em calc(0.6em - var(--_space));
    font-family: var(--otp-field-font-family, var(--_mono));
    font-size: var(--otp-field-font-size, 1.75rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    letter-spacing: var(--_space);
    color: inherit;
    background: var(--otp-field-background, var(--_surface));
    min-block-size: var(--_target);
    border: var(--_border-width) solid var(--otp-field-border-color, var(--_border));
    border-radius: var(--otp-field-radius, var(--_radius));
  }
  input:focus {
    border-color: var(--otp-field-focus-border-color, var(--_primary));
    outline: var(--otp-field-focus-ring, var(--_focus));
    outline-offset: 2px;
  }
  input[aria-invalid='true'] {
    border-color: var(--otp-field-error-color, var(--_danger));
  }
  input:disabled {
    color: var(--_muted);
    background: var(--otp-field-disabled-background, #f1f3f4);
    border-style: dashed;
  }
  /* An empty error takes no room. */
  #error:not(:empty),
  #description {
    max-inline-size: 20em;
    margin-block-start: 0.375rem;
    font-size: 0.875rem;
  }
  #error {
    color: var(--otp-field-error-color, var(--_danger));
  }
  #description {
    color: var(--_muted);
  }
`,
];
