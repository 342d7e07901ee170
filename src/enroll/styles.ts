import { css } from 'lit';

export const registerStyles = css`
  otp-token-field {
    justify-self: start;
  }
`;
