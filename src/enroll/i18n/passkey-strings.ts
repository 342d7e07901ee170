/**
 * The passkey step's own texts, and those of the results that follow it: they load with the
 * step, when it is first shown. Give any of them in `<otp-enroll>`'s `strings` to reword it.
 */
export interface PasskeyStrings {
  /** `passkey="offer"`: lines under the heading. */
  passkeyIntro: readonly string[];
  /** `mode="passkey"`: lines under the heading, while the token's code is asked. */
  passkeyCodeIntro: readonly string[];
  /** What a passkey is, what it protects against, and what the bank never receives. */
  passkeyPoints: readonly string[];
  /** The button that opens the device's prompt (このデバイスにパスキーを登録). */
  passkeyCreate: string;
  /** Said while the device's prompt is open. */
  passkeyPrompting: string;
  // How a prompt that made no passkey ended (see webauthn/ceremony.ts).
  /** Closed, timed out, or the device could not verify the customer (browsers do not say which). */
  passkeyNotAllowed: string;
  /** This device already holds one of the customer's passkeys for the bank. */
  passkeyExists: string;
  /** The device made the passkey without verifying the customer (fingerprint, face, PIN). */
  passkeyNoVerification: string;
  /** The device has no screen lock, fingerprint or face that a passkey can use. */
  passkeyNoAuthenticator: string;
  /** The device or browser cannot make the kind of passkey the bank asks for. */
  passkeyUnsupported: string;
  /** Any other ending the browser reports. */
  passkeyFailed: string;

  /** `passkey="offer"`: the completion message when a passkey was added too. */
  completeWithPasskey: string;
  /** `passkey="offer"`: the completion message when the customer went on without a passkey. */
  completeWithoutPasskey: string;
  /** `mode="passkey"`: the result's heading, message and note. */
  passkeyCompleteHeading: string;
  passkeyCompleteMessage: string;
  passkeyCompleteNote: string;
}
