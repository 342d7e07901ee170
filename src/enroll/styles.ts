import { staticCss } from '../styles/static-css.js';

// Each set comes with the module of the step that shows it (a lazy step's chunk): a page that
// never gets past authenticate never loads them.

/** The register and passkey steps' code fields. */
export const codeFieldStyles = staticCss`
  /* One field anatomy: the code box has the border, radius and height of every input. */
  otp-token-field {
    justify-self: start;
    --otp-field-border-width: 1px;
    --otp-field-radius: var(--otp-input-radius, var(--_radius));
    --otp-field-font-size: 1.25rem;
  }
  /* The height is the inputs' minimum, whatever line height an engine gives a text input. */
  otp-token-field::part(input) {
    padding-block: 0;
  }
  /* The code's hint may use the column's width, as the token ID's hint does. */
  otp-token-field::part(description) {
    max-inline-size: none;
  }
`;

/** The register step's notice that a token is replaced, and how the passkey step's device prompt ended. */
export const noticeStyles = staticCss`
  /* .ending is kept in the tree when empty, so that it is announced. */
  .notice,
  .ending:not(:empty) {
    padding: 0.75rem 1rem;
    background: var(--otp-wizard-notice-background, #fff8e1);
    border: 1px solid var(--otp-wizard-notice-border-color, #e0c46c);
    border-radius: var(--_panel-radius);
  }
`;

/** The passkey step. */
export const passkeyStyles = staticCss`
  /* The passkey step: what a passkey is (its ending looks like a notice: noticeStyles). */
  .points {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
`;
