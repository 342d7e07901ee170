import { staticCss } from '../styles/static-css.js';

/**
 * The result step's rules. Not in a first load: every flow's action steps bring them with their
 * module (`LoadedStep.styles`), as the result follows an action step.
 */
export const completeStyles = staticCss`
  .message {
    font-size: 1.0625rem;
    font-weight: 700;
  }
  .result-code {
    font-variant-numeric: tabular-nums;
  }
  .note {
    padding: 0.75rem 1rem;
    background: var(--otp-wizard-note-background, #f3f6fa);
    border-radius: var(--_panel-radius);
  }
`;
