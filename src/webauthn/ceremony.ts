// The browser's passkey prompts, and every way one can end, as plain outcomes a step can word
// for the customer. Loaded on first use (a dynamic import), never with a page's first load.
// Nothing here logs, stores or rethrows what the browser gave: the credential goes back to the
// caller only, to be sent to the bank.
import { OtpError } from '../adapters/otp-error.js';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from './json.js';

/** How a passkey prompt ended. */
export type PasskeyOutcome<C> =
  /** The passkey was made (create) or signed (get): `credential` goes to the bank. */
  | { readonly kind: 'done'; readonly credential: C }
  /**
   * `NotAllowedError`: the customer closed the prompt, it timed out, or the device could not
   * verify the customer. Browsers deliberately do not say which.
   */
  | { readonly kind: 'not-allowed' }
  /** `InvalidStateError` (create): this authenticator already holds one of the account's passkeys. */
  | { readonly kind: 'exists' }
  /** The bank asked for user verification and the authenticator says it did none. */
  | { readonly kind: 'no-user-verification' }
  /** The prompt ended on a device that has no user-verifying platform authenticator (no screen lock, fingerprint or face). */
  | { readonly kind: 'no-authenticator' }
  /** `NotSupportedError` or `ConstraintError`: the authenticator cannot make a passkey of the kind asked. */
  | { readonly kind: 'unsupported' }
  /** Any other ending the browser reports. */
  | { readonly kind: 'failed' }
  /** Our own signal aborted the prompt (the element left the page): nothing to say. */
  | { readonly kind: 'aborted' };

export type PasskeyEnding = PasskeyOutcome<never>['kind'];

/**
 * Opens the device's prompt to make a passkey with the bank's options.
 * @throws OtpError `unknown` when the options cannot be used on this page (malformed, or an RP ID
 *   that is not this site's): the bank's fault, not the customer's.
 */
export function createPasskey(options: PublicKeyCredentialCreationOptionsJSON, signal: AbortSignal): Promise<PasskeyOutcome<RegistrationResponseJSON>> {
  return prompt(
    () => navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options), signal }),
    options.authenticatorSelection?.userVerification,
    signal,
  );
}

/**
 * Opens the device's prompt to sign the bank's challenge with a passkey (to confirm a
 * transaction, or to sign in). Same outcomes as `createPasskey`, but for `exists`.
 * @throws OtpError `unknown`, as `createPasskey`.
 */
export function getPasskey(options: PublicKeyCredentialRequestOptionsJSON, signal: AbortSignal): Promise<PasskeyOutcome<AuthenticationResponseJSON>> {
  return prompt(
    () => navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options), signal }),
    options.userVerification,
    signal,
  );
}

async function prompt<C extends RegistrationResponseJSON | AuthenticationResponseJSON>(
  open: () => Promise<Credential | null>,
  userVerification: string | undefined,
  signal: AbortSignal,
): Promise<PasskeyOutcome<C>> {
  let credential: Credential | null;
  try {
    credential = await open();
  } catch (error) {
    return ending(error, signal);
  }
  if (signal.aborted) return { kind: 'aborted' };
  if (typeof (credential as PublicKeyCredential | null)?.toJSON !== 'function') return { kind: 'failed' };
  const json = (credential as PublicKeyCredential).toJSON() as C;
  // A browser enforces "required" itself; an authenticator that ignored it is refused here too,
  // before anything reaches the bank.
  if (userVerification === 'required' && !userVerified(json.response.authenticatorData)) return { kind: 'no-user-verification' };
  return { kind: 'done', credential: json };
}

/** The outcome an exception of `navigator.credentials` stands for. */
async function ending(error: unknown, signal: AbortSignal): Promise<PasskeyOutcome<never>> {
  if (signal.aborted) return { kind: 'aborted' };
  const name = error instanceof DOMException || error instanceof TypeError ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
      return (await platformAuthenticator()) ? { kind: 'not-allowed' } : { kind: 'no-authenticator' };
    case 'InvalidStateError':
      return { kind: 'exists' };
    case 'NotSupportedError':
    case 'ConstraintError':
      return { kind: 'unsupported' };
    case 'SecurityError':
    case 'TypeError':
    case 'EncodingError':
      // The options do not parse, or name an RP ID this page's origin cannot use.
      throw new OtpError('unknown', `the bank's passkey options cannot be used on this page (${name})`);
    case 'AbortError':
      return { kind: 'aborted' };
    default:
      return { kind: 'failed' };
  }
}

/** Whether the device has a user-verifying platform authenticator; when it cannot be told, assume so (the plainer message). */
async function platformAuthenticator(): Promise<boolean> {
  try {
    return await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return true;
  }
}

/** The UV bit (flags byte 32 of the authenticator data); true when the data is not given, as the bank checks it anyway. */
function userVerified(authenticatorData: string | undefined): boolean {
  if (authenticatorData === undefined) return true;
  // 44 base64 characters hold bytes 0–32: the RP ID hash and the flags.
  const head = authenticatorData.slice(0, 44).replace(/-/g, '+').replace(/_/g, '/');
  try {
    return (atob(head).charCodeAt(32) & 0x04) !== 0;
  } catch {
    return false;
  }
}
