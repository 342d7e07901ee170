import type { WizardStrings } from '../../wizard/i18n/translation.js';

/** Every text of `<otp-enroll>`: the shared wizard's and those of its register step. */
export interface EnrollStrings extends WizardStrings {
  registerHeading: string;
  /** Lines under the register heading. */
  registerIntro: readonly string[];
  tokenIdLabel: string;
  /** Where to find the token ID. */
  tokenIdHint: string;
  tokenIdRequired: string;
  /** The token ID does not match `token-id-pattern`. */
  tokenIdInvalid: string;
  /** Label of the code field when one code is asked (`codes="1"`). */
  otpLabel: string;
  /** Labels of the two code fields with `codes="2"`: the code shown now, and the one after it. */
  otpCurrentLabel: string;
  otpNextLabel: string;
  /** The hint under the code: the digits change every `period` seconds. */
  otpHint: (period: number) => string;
  /** The hint under the second code field. */
  nextOtpHint: string;
  /** The same code was entered twice. */
  sameCode: string;
  /** Registering replaces the token already bound (device change, 機種変更), shown masked. */
  replaceNotice: (currentTokenId: string) => string;
  /** The register button (登録). */
  register: string;
  /** The phone's cancel button on the register step (中止). */
  cancel: string;
}
