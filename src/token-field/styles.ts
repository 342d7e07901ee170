import { css } from '@lit/reactive-element';

// A bank's code box: large monospace digits spaced apart, so the customer can compare them
// with the token at a glance. The input is as wide as the code (`--_digits` is set from
// `digits` through the CSSOM, which a strict CSP allows). Letter spacing also follows the last
// digit, so it comes off the end padding to keep the digits centred. `:host(:disabled)`, unlike
// `[disabled]`, also matches inside a disabled fieldset.
export const styles = css`
  :host {
    display: inline-block;
    color: var(--otp-color-text, #1a1a1a);
    font-family: var(--otp-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  :host(:disabled),
  input:disabled {
    cursor: not-allowed;
  }
  label {
    display: block;
    margin-block-end: 0.375rem;
    font-weight: 600;
  }
  input {
    --_space: var(--otp-field-letter-spacing, 0.5em);
    inline-size: calc(var(--_digits, 6) * (1ch + var(--_space)));
    margin: 0;
    padding-block: 0.4em;
    padding-inline: 0.6em calc(0.6em - var(--_space));
    font-family: var(--otp-field-font-family, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: var(--otp-field-font-size, 1.75rem);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    letter-spacing: var(--_space);
    color: inherit;
    background: var(--otp-field-background, var(--otp-color-surface, #fff));
    border: var(--otp-field-border-width, 2px) solid var(--otp-field-border-color, var(--otp-color-border, #767676));
    border-radius: var(--otp-field-radius, var(--otp-radius, 6px));
    outline: none;
  }
  input:focus {
    border-color: var(--otp-field-focus-border-color, var(--otp-color-primary, #0b5394));
    outline: var(--otp-field-focus-ring, var(--otp-focus-ring, 3px solid #0b539466));
    outline-offset: 1px;
  }
  input[aria-invalid='true'] {
    border-color: var(--otp-field-error-color, var(--otp-color-danger, #b3261e));
  }
  input:disabled {
    color: var(--otp-color-muted, #5f6368);
    background: var(--otp-field-disabled-background, #f1f3f4);
    border-style: dashed;
  }
  #error,
  #description {
    max-inline-size: 20em;
    font-size: 0.875rem;
  }
  #error {
    color: var(--otp-field-error-color, var(--otp-color-danger, #b3261e));
  }
  #error:not(:empty),
  #description {
    margin-block-start: 0.375rem;
  }
  #description {
    color: var(--otp-color-muted, #5f6368);
  }
`;
