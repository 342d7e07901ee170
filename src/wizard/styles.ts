import { staticCss } from '../styles/static-css.js';
import { tokens } from '../styles/tokens.js';

export const wizardStyles = [
  ...tokens,
  staticCss`
  /* The type scale, few steps on purpose (each size and weight a first step shows is a font the
     browser looks up, synchronously, in the middle of layout): title 22 px (18 on a phone) and
     heading 18, bold; text 16; labels and buttons 16 bold; small text (trail, step position,
     hints, field errors, the keyboard toggle) 14, never less. One bold, 700: Meiryo, Noto Sans CJK
     JP and Hiragino Kaku Gothic ProN have no 600 and drew it as their bold anyway. */
  :host {
    --_panel-border: var(--otp-wizard-border-color, var(--otp-color-border, #c4cad3));
    --_rule: var(--otp-wizard-rule-color, #e3e7ed);
    --_panel-radius: var(--otp-wizard-radius, var(--otp-radius, 6px));
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }

  /* Japanese lines break between phrases, not before a lone 「す。」, where the engine can. */
  @supports (word-break: auto-phrase) {
    .frame:lang(ja) {
      word-break: auto-phrase;
    }
  }
  /* The language shown (the frame's lang) picks the stack, also on a page that sets none. */
  .frame {
    font-family: var(--_font);
  }
  .probe {
    block-size: 0;
  }

  .panel {
    background: var(--otp-wizard-background, var(--_surface));
    border: 1px solid var(--_panel-border);
    border-radius: var(--_panel-radius);
    overflow: hidden;
  }
  .header {
    padding: 0.75rem 1rem;
    background: var(--otp-wizard-header-background, #f3f6fa);
    border-block-end: 3px solid var(--otp-wizard-accent-color, var(--_primary));
  }
  .title {
    margin: 0;
    color: var(--otp-wizard-title-color, var(--_primary));
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.4;
  }
  .trail {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* The separators, as at the bank (> on a phone, >> on desktop), drawn but not read: the empty
     alternative text keeps them out of the accessibility tree. An inline block, so the current
     entry's underline and colour stay off it. */
  .trail li + li::before {
    /* Before Firefox 128 (no alternative text for content) the first declaration counts: the
       separator is drawn, and read. */
    content: '>';
    content: '>' / '';
    display: inline-block;
    margin-inline-end: 0.5rem;
    color: var(--_muted);
  }
  /* Marked by colour and a thick underline, not by weight: one font fewer to look up. */
  .trail [aria-current='step'] {
    color: var(--otp-wizard-current-step-color, var(--_primary));
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.3em;
  }

  .step {
    padding: 1rem 1rem 1.25rem;
  }
  .heading {
    margin: 0 0 0.75rem;
    padding-inline-start: 0.625rem;
    border-inline-start: 4px solid var(--_primary);
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.4;
  }
  /* The heading takes focus on each step change, so that screen readers announce the new step
     and Tab goes on from its top. After a keyboard action it shows the same indicator as every
     control (WCAG 2.4.7, 1.4.11); after a click, none. */
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .position {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 400;
  }
  .position:empty {
    display: none;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .intro,
  .hint {
    color: var(--_muted);
  }
  /* An intro's (or a message's) lines are one text, a line break between them (see lines()). */
  .intro,
  .message {
    white-space: pre-line;
  }
  .hint {
    margin: 0.375rem 0 0;
    font-size: 0.875rem;
  }
  .error:not(:empty) {
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    color: var(--_danger);
    background: var(--otp-wizard-error-background, #fdf3f2);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_panel-radius);
  }
  .session-warning:not(:empty) {
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    background: var(--otp-wizard-notice-background, #fff8e1);
    border: 1px solid var(--otp-wizard-notice-border-color, #e0c46c);
    border-inline-start-width: 4px;
    border-radius: var(--_panel-radius);
  }
  .session-warning p {
    margin: 0 0 0.5rem;
  }

  .fields {
    margin-block: 1rem;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
    row-gap: 0.25rem;
    padding-block: 0.5rem;
  }
  .field > label,
  ::slotted(label) {
    font-weight: 700;
  }
  .field input,
  ::slotted(input) {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_target);
    margin: 0;
    padding: 0.5rem 0.75rem;
    color: inherit;
    font: inherit;
    background: var(--otp-input-background, var(--_surface));
    border: 1px solid var(--otp-input-border-color, var(--_border));
    border-radius: var(--otp-input-radius, var(--_radius));
  }
  .field input:focus,
  ::slotted(input:focus) {
    border-color: var(--_primary);
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .field input[aria-invalid='true'],
  ::slotted(input[aria-invalid='true']) {
    border-color: var(--_danger);
  }
  .field-error,
  ::slotted(span) {
    color: var(--_danger);
    font-size: 0.875rem;
  }

  .keyboard {
    margin-block-end: 1rem;
  }
  .keyboard otp-soft-keyboard {
    margin-block-start: 0.5rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: 1.5rem;
  }
  .actions button {
    flex: 1 1 0;
  }
  button {
    min-block-size: var(--_target);
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 700;
    border-radius: var(--otp-button-radius, var(--_radius));
    cursor: pointer;
  }
  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [part~='primary-button'] {
    color: var(--_on-primary);
    background: var(--_primary);
    border: 1px solid var(--_primary);
  }
  [part~='secondary-button'],
  [part='keyboard-toggle'],
  [part='extend-button'] {
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid currentColor;
  }
  [part='keyboard-toggle'] {
    min-block-size: var(--_target-small);
    padding-block: 0.25rem;
    font-size: 0.875rem;
    font-weight: 400;
  }
  [part='keyboard-toggle'][aria-expanded='true'] {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  @media (forced-colors: active) {
    /* Forced colours flatten both states to one button look: the open state keeps a system
       highlight, so it still reads as pressed. */
    [part='keyboard-toggle'][aria-expanded='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* The desktop layout: from the wizard's own width (layout="auto") or layout="desktop", as the
     layout controller decides and marks with a custom state, so the template (button order,
     labels) and the styles always agree. Mobile is the base. */
  :host(:state(desktop)) {
    .header {
      padding: 1rem 2rem;
    }
    .title {
      font-size: 1.375rem;
    }
    .trail li + li::before {
      content: '>>';
      content: '>>' / '';
    }
    .step {
      padding: 1.5rem 2rem 2rem;
    }
    .field {
      grid-template-columns: minmax(8rem, 13rem) minmax(0, 1fr);
      column-gap: 1.5rem;
      padding-block: 0.875rem;
      border-block-end: 1px solid var(--_rule);
    }
    .fields {
      border-block-start: 1px solid var(--_rule);
    }
    .field > label,
    ::slotted(label) {
      grid-column: 1;
      grid-row: 1 / span 3;
      align-self: start;
      padding-block-start: 0.625rem;
    }
    .field > :not(label),
    ::slotted(:not(label)) {
      grid-column: 2;
    }
    .field input,
    ::slotted(input) {
      max-inline-size: 22rem;
    }
    .actions {
      justify-content: center;
    }
    .actions button {
      flex: 0 1 12rem;
    }
  }
`,
];
