import type { OtpErrorCode } from './adapters/otp-error.js';
import type { OtpFlow } from './adapters/types.js';

// Event details are plain data: never an element, the password, a code or the session.

export interface OtpStepDetail {
  flow: OtpFlow;
  step: string;
  index: number;
}

export interface OtpCompleteDetail {
  flow: OtpFlow;
  tokenId?: string;
  resultCode?: string;
}

export interface OtpErrorDetail {
  flow: OtpFlow;
  step: string;
  code: OtpErrorCode;
  remainingAttempts?: number;
  retryAfter?: number;
}

export interface OtpCancelDetail {
  flow: OtpFlow;
  step: string;
}

export interface OtpReturnDetail {
  flow: OtpFlow;
}

export interface OtpFilledDetail {
  value: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'otp-step': CustomEvent<OtpStepDetail>;
    'otp-complete': CustomEvent<OtpCompleteDetail>;
    'otp-error': CustomEvent<OtpErrorDetail>;
    'otp-cancel': CustomEvent<OtpCancelDetail>;
    'otp-return': CustomEvent<OtpReturnDetail>;
    'otp-filled': CustomEvent<OtpFilledDetail>;
  }
}
