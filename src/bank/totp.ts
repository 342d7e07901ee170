// TOTP (RFC 6238) verification as the bank does it. otpauth computes the codes; the matching,
// the time window and the no-replay rule are ours.
import { HOTP, Secret } from 'otpauth';
import { timingSafeEqual, utf8 } from './bytes.js';

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

/** What the bank and a soft token agree on. */
export interface TotpParameters {
  algorithm: TotpAlgorithm;
  digits: number;
  /** Seconds per time step. */
  period: number;
  /** Steps accepted on either side of the current one, for clock drift. */
  window: number;
}

/** VIP-style soft tokens: SHA-1, 6 digits, 30 s steps, ±1 step. */
export const softTokenTotp: TotpParameters = { algorithm: 'SHA1', digits: 6, period: 30, window: 1 };

/** The time step `timeMs` (milliseconds since the epoch) falls in. */
export function totpStep(timeMs: number, period: number = softTokenTotp.period): number {
  return Math.floor(timeMs / 1000 / period);
}

/** The code a token with `secret` shows during time step `step`. */
export function totpCode(secret: Uint8Array, step: number, parameters: TotpParameters = softTokenTotp): string {
  return HOTP.generate({
    secret: new Secret({ buffer: secret.slice().buffer }),
    algorithm: parameters.algorithm,
    digits: parameters.digits,
    counter: step,
  });
}

/**
 * The time step whose code is `code`, among the steps within the window around `timeMs` that come
 * after `usedStep` (the last step this token already used: each code counts once, and an older
 * one never again). Every candidate is computed and compared in constant time, so how long the
 * answer takes says nothing about which step came close.
 */
export function matchTotp(
  secret: Uint8Array,
  code: string,
  timeMs: number,
  parameters: TotpParameters = softTokenTotp,
  usedStep = -1,
): number | undefined {
  const given = utf8(code);
  const now = totpStep(timeMs, parameters.period);
  let matched: number | undefined;
  for (let step = Math.max(0, now - parameters.window); step <= now + parameters.window; step++) {
    const equal = timingSafeEqual(given, utf8(totpCode(secret, step, parameters)));
    if (equal && step > usedStep) matched = step;
  }
  return matched;
}
