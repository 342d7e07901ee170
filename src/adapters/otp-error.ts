/** Every way an adapter call can fail, as the elements tell the customer. */
export type OtpErrorCode =
  | 'invalid-credentials'
  | 'invalid-otp'
  | 'invalid-token-id'
  | 'already-registered'
  | 'not-registered'
  /** The bank refused a new passkey (e.g. already registered, or made without user verification). */
  | 'passkey-rejected'
  | 'locked'
  | 'session-expired'
  | 'transaction-expired'
  | 'transaction-closed'
  | 'network'
  | 'timeout'
  | 'unavailable'
  | 'unknown';

export const otpErrorCodes: readonly OtpErrorCode[] = [
  'invalid-credentials',
  'invalid-otp',
  'invalid-token-id',
  'already-registered',
  'not-registered',
  'passkey-rejected',
  'locked',
  'session-expired',
  'transaction-expired',
  'transaction-closed',
  'network',
  'timeout',
  'unavailable',
  'unknown',
];

export interface OtpErrorOptions {
  /** Attempts left before the customer is locked out, when the bank says. */
  remainingAttempts?: number;
  /** Seconds to wait before trying again (`locked`, or a rate limit). */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The one error type an `OtpHostAdapter` throws. The elements show a localized message for
 * `code`; `message` is for developers only and is never shown to the customer.
 */
export class OtpError extends Error {
  override readonly name = 'OtpError';
  readonly code: OtpErrorCode;
  readonly remainingAttempts?: number;
  readonly retryAfter?: number;

  constructor(code: OtpErrorCode, message: string = code, options: OtpErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.remainingAttempts !== undefined) this.remainingAttempts = options.remainingAttempts;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }

  /** Anything thrown that is not an `OtpError` counts as `unknown`; its message is dropped. */
  static from(error: unknown): OtpError {
    return error instanceof OtpError ? error : new OtpError('unknown', 'unexpected adapter failure');
  }
}

export function isOtpErrorCode(value: unknown): value is OtpErrorCode {
  return typeof value === 'string' && (otpErrorCodes as readonly string[]).includes(value);
}
