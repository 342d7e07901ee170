import { css } from 'lit';

export const registerStyles = css`
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

  /* mode="provision": the QR code beside the key where the width allows, else above it. */
  .key {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 1rem 1.5rem;
    margin-block: 1rem;
  }
  .qr {
    display: block;
    flex: none;
    inline-size: min(100%, var(--otp-enroll-qr-size, 12rem));
    block-size: auto;
    aspect-ratio: 1;
    /* Scanners need dark modules on a light ground: no theme or forced colours apply here. */
    background: #fff;
    fill: #000;
    forced-color-adjust: none;
  }
  .key-text {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .key-details {
    margin: 0;
  }
  .key-details > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    padding-block: 0.25rem;
  }
  .key-details dt {
    min-inline-size: 5rem;
    font-weight: 600;
  }
  .key-details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .secret {
    font-family: var(--_mono);
    font-size: 1.0625rem;
    letter-spacing: 0.05em;
    word-spacing: 0.3em;
  }
  .copy {
    margin-block-start: 0.75rem;
    min-block-size: var(--_target-small);
    padding-block: 0.25rem;
    font-size: 0.875rem;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid currentColor;
  }
  .copy-status {
    margin: 0.375rem 0 0;
    font-size: 0.875rem;
  }
  /* Kept in the tree when empty, so that screen readers announce what appears in it. */
  .copy-status:empty {
    margin: 0;
  }

  /* The passkey step: what a passkey is (its ending looks like a notice: wizard styles). */
  .points {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
`;
