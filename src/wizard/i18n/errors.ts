// The shape of what every element says for each adapter error code. The messages are in the
// wizards' ja.ts and en.ts (English loads on first use); <otp-confirm> takes them and rewords
// the codes of its own flow.
import type { OtpErrorCode } from '../../adapters/otp-error.js';

/** What an adapter error message may mention. */
export interface ErrorTextParams {
  /** Attempts left before the lockout, when the bank said. */
  remainingAttempts?: number;
  /** The wait before trying again, already worded for the language (e.g. "15 分後", "in 15 minutes"). */
  wait?: string;
}

/** The message for each adapter error code. */
export type ErrorMessages = Record<OtpErrorCode, (params: ErrorTextParams) => string>;
