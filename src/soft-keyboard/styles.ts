import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--otp-keyboard-gap, 0.25rem);
    --_radius: var(--otp-keyboard-radius, var(--otp-radius, 4px));
    --_min: var(--otp-keyboard-key-min-size, 2.5rem);
    display: block;
    position: relative;
    font-family: var(--otp-font-family, system-ui, sans-serif);
    color: var(--otp-keyboard-key-color, var(--otp-color-text, #1a1a1a));
  }

  /* Fingers need bigger keys than a mouse. */
  @media (pointer: coarse) {
    :host {
      --_min: var(--otp-keyboard-key-min-size, 2.75rem);
    }
  }

  :host(:not([open])) {
    display: none;
  }

  [part~='base'] {
    display: grid;
    gap: calc(var(--_gap) * 2);
    padding: calc(var(--_gap) * 2);
    background: var(--otp-keyboard-background, var(--otp-color-surface, #fff));
    border: 1px solid var(--otp-keyboard-border-color, var(--otp-color-border, #767676));
    border-radius: var(--_radius);
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
    border: 1px solid var(--otp-keyboard-key-border-color, var(--otp-color-border, #767676));
    border-radius: var(--_radius);
    cursor: pointer;
    /* No double-tap zoom, so no click delay on touch screens. */
    touch-action: manipulation;
    user-select: none;
    -webkit-user-select: none;
  }

  [part~='character-key'] {
    font-family: var(--otp-keyboard-key-font-family, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
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
    outline: var(--otp-focus-ring, 3px solid var(--otp-color-primary, #0b5394));
    outline-offset: 2px;
  }

  [aria-pressed='true'] {
    color: var(--otp-keyboard-pressed-color, var(--otp-color-on-primary, #fff));
    background: var(--otp-keyboard-pressed-background, var(--otp-color-primary, #0b5394));
    border-color: var(--otp-keyboard-pressed-background, var(--otp-color-primary, #0b5394));
  }

  @media (forced-colors: active) {
    [aria-pressed='true'] {
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
`;
