import { css } from 'lit';

export const confirmStyles = css`
  .current-token {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--otp-wizard-rule-color, #e3e7ed);
    border-radius: var(--otp-wizard-radius, var(--otp-radius, 6px));
  }
  .current-token dt {
    font-weight: 600;
  }
  .current-token dd {
    margin: 0;
    font-family: var(--otp-wizard-token-font-family, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
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
