import { staticCss } from '../styles/static-css.js';

export const confirmStyles = staticCss`
  .current-token {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_rule);
    border-radius: var(--_panel-radius);
  }
  .current-token dt {
    font-weight: 700;
  }
  .current-token dd {
    margin: 0;
    font-family: var(--otp-wizard-token-font-family, var(--_mono));
    letter-spacing: 0.05em;
  }
  .points {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .points li + li {
    margin-block-start: 0.5rem;
  }
`;
