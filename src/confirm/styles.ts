import { staticCss } from '../styles/static-css.js';
import { completeStyles } from '../wizard/complete-styles.js';
import { wizardStyles } from '../wizard/styles.js';

// The wizards' frame (panel, header, heading, alert regions, fields, buttons); a result's message
// and reference (the wizards load them with a later step; this screen is already a chunk of its
// own); then what only a transfer has: its details, the countdown, the ways, the digits to key
// in, the decline.

export const confirmStyles = [
  ...wizardStyles,
  completeStyles,
  staticCss`
    .details {
      margin: 0 0 1rem;
      border-block-start: 1px solid var(--_rule);
    }
    .details > div {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_rule);
    }
    .details dt {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .details dd {
      margin: 0;
      /* The bank's text as it is: long names wrap, nothing is cut. */
      overflow-wrap: anywhere;
      font-weight: 700;
    }
    .details .account {
      font-family: var(--_mono);
      letter-spacing: 0.05em;
    }
    .details .amount dd {
      font-size: 1.375rem;
      font-variant-numeric: tabular-nums;
    }

    .time-left {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .clock {
      color: var(--_text);
      font-size: 1rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }

    .methods {
      margin: 0 0 1rem;
      padding: 0;
      border: 0;
    }
    .methods legend {
      margin-block-end: 0.375rem;
      padding: 0;
      font-weight: 700;
    }
    .methods label {
      display: flex;
      gap: 0.625rem;
      align-items: center;
      min-block-size: var(--_target);
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .methods label + label {
      margin-block-start: 0.5rem;
    }
    /* A border, not a shadow: forced colours keep borders, so the chosen way still shows. */
    .methods label:has(:checked) {
      padding-inline-start: calc(0.75rem - 3px);
      border-color: var(--_primary);
      border-inline-start-width: 4px;
    }
    .methods input {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0;
      accent-color: var(--_primary);
    }
    .methods input:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }

    .way-note {
      padding: 0.625rem 0.875rem;
      font-size: 0.875rem;
      background: var(--otp-wizard-note-background, #f3f6fa);
      border-inline-start: 4px solid var(--_border);
      border-radius: var(--_radius);
    }
    .challenge-steps {
      margin: 0 0 1rem;
      padding-inline-start: 1.5rem;
    }
    .challenge-steps > li + li {
      margin-block-start: 0.75rem;
    }
    .challenge {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0.5rem 0 0.25rem;
      font-family: var(--otp-confirm-challenge-font-family, var(--_mono));
      font-size: var(--otp-confirm-challenge-font-size, 2rem);
      font-weight: 700;
      line-height: 1.2;
      letter-spacing: 0.15em;
    }
    .challenge .group {
      padding: 0.125rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .decline {
      margin-block-start: 1.5rem;
      padding-block-start: 1rem;
      border-block-start: 1px solid var(--_rule);
    }
    .decline p {
      margin-block-end: 0.5rem;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    [part~='decline-button'],
    [part~='decline-confirm-button'] {
      color: var(--_danger);
      background: var(--_surface);
      border: 1px solid currentColor;
    }
    .decline .decline-check {
      color: inherit;
      font-size: 1rem;
      font-weight: 700;
    }
    .decline-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    [part~='decline-keep-button'] {
      color: var(--_primary);
      background: var(--_surface);
      border: 1px solid currentColor;
    }

    /* The desktop layout, as the wizards mark it (see their styles). */
    :host(:state(desktop)) {
      .details > div {
        grid-template-columns: minmax(8rem, 12rem) minmax(0, 1fr);
        column-gap: 1.5rem;
      }
      .decline {
        text-align: center;
      }
      .decline-actions {
        justify-content: center;
      }
    }
  `,
];
