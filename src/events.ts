import type { OtpErrorCode } from './adapters/otp-error.js';
import type { ConfirmMethod, OtpFlow } from './adapters/types.js';

// Event details are plain data: never an element, the password, a code, the session or a passkey
// credential. `<otp-confirm>` adds `transaction`: the handle the page itself gave it.

export interface OtpStepDetail {
  flow: OtpFlow;
  step: string;
  index: number;
  /** `<otp-confirm>`: the transaction's handle. */
  transaction?: string;
}

export interface OtpCompleteDetail {
  flow: OtpFlow;
  tokenId?: string;
  resultCode?: string;
  /** `<otp-confirm>`: the transaction's handle. */
  transaction?: string;
  /** `<otp-confirm>`: the way the customer confirmed. */
  method?: ConfirmMethod;
}

export interface OtpErrorDetail {
  flow: OtpFlow;
  step: string;
  code: OtpErrorCode;
  remainingAttempts?: number;
  retryAfter?: number;
  /** `<otp-confirm>`: the transaction's handle. */
  transaction?: string;
}

export interface OtpCancelDetail {
  flow: OtpFlow;
  step: string;
  /** `<otp-confirm>`: the transaction's handle. */
  transaction?: string;
  /** `<otp-confirm>`: `declined`, the customer said the transfer is not theirs and the bank stopped it. */
  reason?: 'declined';
}

export interface OtpReturnDetail {
  flow: OtpFlow;
  /** `<otp-confirm>`: the transaction's handle. */
  transaction?: string;
}

export interface OtpFilledDetail {
  value: string;
}

/** The events of the flows (wizards and `<otp-confirm>`), by type. */
export interface OtpFlowEvents {
  'otp-step': OtpStepDetail;
  'otp-complete': OtpCompleteDetail;
  'otp-error': OtpErrorDetail;
  'otp-cancel': OtpCancelDetail;
  'otp-return': OtpReturnDetail;
}

/**
 * A flow event: bubbles and is composed, so the page hears it; `detail` is plain data. Made out
 * here because the manifest analyzer would list a `new CustomEvent(type)` in an element class as
 * an event named "type"; the elements' `@fires` tags list the real ones.
 */
export function flowEvent<K extends keyof OtpFlowEvents>(type: K, detail: OtpFlowEvents[K], cancelable = false): CustomEvent<OtpFlowEvents[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
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
