import type { CompleteTextKey, WizardStrings } from '../../wizard/i18n/strings.js';
import type { PasskeyStrings } from './passkey-strings.js';

/**
 * Every text of `<otp-enroll>`: the shared wizard's, those of its register step, and those of
 * passkeys needed before the passkey step's module loads. The passkey step's own texts and the
 * results that follow it (`PasskeyStrings`) load with that module; they can be given here all the same.
 */
export interface EnrollStrings extends WizardStrings, Partial<PasskeyStrings> {
  registerHeading: string;
  /** Lines under the register heading. */
  registerIntro: readonly string[];
  tokenIdLabel: string;
  /** Where to find the token ID. */
  tokenIdHint: string;
  tokenIdRequired: string;
  /**
   * The token ID does not match the default pattern (four letters and eight digits): says the
   * format, with an example.
   */
  tokenIdFormat: string;
  /**
   * The token ID does not match a custom `token-id-pattern`. The element cannot describe an
   * arbitrary pattern: give this text in `strings` to say your format.
   */
  tokenIdInvalid: string;
  /** Label of the code field when one code is asked (`codes="1"`). */
  otpLabel: string;
  /** Labels of the two code fields with `codes="2"`: the code shown now, and the one after it. */
  otpCurrentLabel: string;
  otpNextLabel: string;
  /** The hint under the code: how many digits, and that they change every `period` seconds. */
  otpHint: (digits: number, period: number) => string;
  /** The hint under the second code field. */
  nextOtpHint: string;
  /** A code field was left empty. */
  otpRequired: string;
  /** A code has fewer than `digits` digits. */
  otpIncomplete: (digits: number) => string;
  /** The same code was entered twice. */
  sameCode: string;
  /** Registering replaces the token already bound (device change, 機種変更), shown masked. */
  replaceNotice: (currentTokenId: string) => string;
  /** mode="provision": the lines under the register heading. */
  provisionIntro: readonly string[];
  /** mode="provision": shown while the bank issues the key. */
  provisioning: string;
  /** The button that tries again after a failure: asks for the key again (mode="provision"), or loads the register step again. */
  retryProvision: string;
  /** Accessible name of the QR code. */
  qrLabel: string;
  /** Names of the issuer, the account and the key, as the authenticator app will show the entry. */
  issuerLabel: string;
  accountLabel: string;
  secretLabel: string;
  /** How to enter the key by hand. */
  secretHint: string;
  /** The button that copies the key. */
  copySecret: string;
  /** Said once the key was copied, or could not be. */
  secretCopied: string;
  copyFailed: string;
  /** mode="provision": the hint under the code: how many digits, changing every `period` seconds. */
  appOtpHint: (digits: number, period: number) => string;
  /** mode="provision", phone layout: the button that opens the key in the authenticator app on this device. */
  openInApp: string;
  /** The register button (登録). */
  register: string;
  /** The phone's cancel button on the register step (中止). */
  cancel: string;

  /** `passkey="offer"`: the trail entry of the passkey step, between the token and the result. */
  passkeyTrail: string;
  /** The passkey step's heading. */
  passkeyHeading: string;
  /** The passkey step's button that opens the device's prompt again (or loads the step again). */
  passkeyRetry: string;
  /** `passkey="offer"`: the button that goes on without a passkey (今はしない). */
  passkeySkip: string;
  /**
   * `mode="passkey"`: the title (also the authenticate step's heading) and the authenticate
   * step's lines; its trail is `trail`'s first and last entries around `passkeyTrail`.
   */
  passkeyTitle: string;
  passkeyAuthenticateIntro: readonly string[];
}

/** The register step's own texts (code fields and `mode="provision"` included). */
export type RegisterTextKey =
  | 'registerIntro'
  | 'tokenIdLabel'
  | 'tokenIdHint'
  | 'tokenIdRequired'
  | 'tokenIdFormat'
  | 'tokenIdInvalid'
  | 'otpLabel'
  | 'otpCurrentLabel'
  | 'otpNextLabel'
  | 'otpHint'
  | 'nextOtpHint'
  | 'otpRequired'
  | 'otpIncomplete'
  | 'sameCode'
  | 'replaceNotice'
  | 'provisionIntro'
  | 'provisioning'
  | 'qrLabel'
  | 'issuerLabel'
  | 'accountLabel'
  | 'secretLabel'
  | 'secretHint'
  | 'copySecret'
  | 'secretCopied'
  | 'copyFailed'
  | 'appOtpHint'
  | 'openInApp'
  | 'register';

/**
 * The texts that load with the register step's module (and the passkey step's, which asks a code
 * too): the step's own and the result's. The first load has every other text of `EnrollStrings`.
 */
export type RegisterStrings = Pick<EnrollStrings, RegisterTextKey | CompleteTextKey>;

/** `<otp-enroll>`'s texts in its first load (the Japanese table, or the English chunk). */
export type EnrollFirstStrings = Omit<EnrollStrings, keyof RegisterStrings>;
