// The demo bank's passkeys: the options of a new one and the check of what the browser made,
// both by @simplewebauthn/server (a maintained FIDO2 library: no attestation or signature is
// checked by hand here), and the passkeys each contract holds. Which session may ask, and
// which challenge it was given, is the bank's (demo-bank.ts).
//
// The library is imported on first use: in the browser (DemoHostAdapter) it is a chunk of its
// own, about 83 KB gzip, that a page loads only when a passkey is made.
import { OtpError } from '../adapters/otp-error.js';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '../webauthn/json.js';
import { fromBase64url, randomBytes } from './bytes.js';
import type { TransactionPasskeys } from './transactions.js';

export interface PasskeySettings {
  /**
   * The relying party ID: the registrable domain of the bank's pages, or a host under it
   * (`bank.example.jp`); `localhost` for the demo. Never an IP address: WebAuthn refuses them.
   */
  rpId: string;
  /** The exact page origins a passkey may be made on, e.g. `https://www.bank.example.jp`. */
  origins: readonly string[];
  /** The bank's name, as the device's prompt shows it; default "otp-elements demo bank". */
  rpName?: string;
  /** How long the device's prompt stays open, in milliseconds; default 120,000. */
  timeoutMs?: number;
  /** Passkeys the bank starts with (tests, demos): as if each contract had registered them. */
  credentials?: readonly SeededPasskey[];
}

/** A passkey a bank starts with. */
export interface SeededPasskey {
  contractId: string;
  /** The credential ID, base64url. */
  id: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  /** The signature counter last seen; default 0. */
  counter?: number;
}

/** A passkey the bank keeps: enough to verify the customer's signatures later. */
interface StoredPasskey {
  /** The credential ID, base64url. */
  id: string;
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports?: string[];
  /** When it was registered (ms since the epoch); -Infinity for one the bank started with. */
  registeredAt: number;
}

/** The most passkeys one contract keeps (a memory bound); a further one is refused. */
export const maxPasskeysPerContract = 10;
/** EdDSA, ES256, RS256: what platform authenticators make. */
const algorithms = [-8, -7, -257];

const rejected = (why: string) => new OtpError('passkey-rejected', why);

/**
 * The passkeys of every contract, the two WebAuthn steps of making one, and the check of a
 * signature by one (the passkey way of `<otp-confirm>`). Options ask for a discoverable passkey
 * on the customer's device with user verification, and exclude the contract's passkeys already
 * kept; a registration or a signature is verified against the challenge the caller gives, the
 * configured origins and RP ID, and must carry user verification.
 */
export class PasskeyRegistry implements TransactionPasskeys {
  readonly #settings?: PasskeySettings;
  readonly #byContract = new Map<string, StoredPasskey[]>();
  /** Every kept credential ID, whichever contract holds it: a credential is registered once. */
  readonly #ids = new Set<string>();
  /** The WebAuthn user handle of each contract: random, so the authenticator never holds the contract ID as the handle. */
  readonly #handles = new Map<string, Uint8Array<ArrayBuffer>>();

  /** @param settings without them, the bank offers no passkeys (`unavailable`) */
  constructor(settings?: PasskeySettings) {
    this.#settings = settings;
    for (const { contractId, id, publicKey, counter = 0 } of settings?.credentials ?? []) {
      this.#byContract.set(contractId, [...this.#passkeysOf(contractId), { id, publicKey: fromBase64url(publicKey), counter, registeredAt: -Infinity }]);
      this.#ids.add(id);
    }
  }

  /** Whether the bank offers passkeys at all. */
  get offered(): boolean {
    return this.#settings !== undefined;
  }

  /**
   * The options of a new passkey for `contractId`, with a fresh random challenge (the caller
   * binds it to the session).
   * @throws OtpError `unavailable` when passkeys are not configured, or the library cannot load
   */
  async options(contractId: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const settings = this.#configured();
    const { generateRegistrationOptions } = await library();
    let handle = this.#handles.get(contractId);
    if (!handle) this.#handles.set(contractId, (handle = randomBytes(32)));
    const options = await generateRegistrationOptions({
      rpName: settings.rpName ?? 'otp-elements demo bank',
      rpID: settings.rpId,
      userID: handle,
      // Passkey managers store and sync these and show them in lists: never the whole contract ID.
      userName: maskContractId(contractId),
      userDisplayName: maskContractId(contractId),
      timeout: settings.timeoutMs ?? 120_000,
      attestationType: 'none',
      excludeCredentials: this.#passkeysOf(contractId).map(({ id, transports }) => ({ id, ...(transports ? { transports } : {}) })),
      authenticatorSelection: { authenticatorAttachment: 'platform', residentKey: 'required', userVerification: 'required' },
      preferredAuthenticatorType: 'localDevice',
      supportedAlgorithmIDs: algorithms,
    });
    return options as PublicKeyCredentialCreationOptionsJSON;
  }

  /**
   * Verifies `credential` (anything the client sent) as a registration made with `challenge` on
   * one of the configured origins for the RP ID, with user verification, and keeps it for
   * `contractId` as registered at `at` (ms since the epoch).
   * @throws OtpError `passkey-rejected` for any credential that does not verify, that is already
   *   kept (for this contract or another), or past `maxPasskeysPerContract`
   */
  async register(contractId: string, credential: unknown, challenge: string, at: number): Promise<void> {
    const settings = this.#configured();
    const { verifyRegistrationResponse } = await library();
    let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verification = await verifyRegistrationResponse({
        response: credential as RegistrationResponseJSON as Parameters<typeof verifyRegistrationResponse>[0]['response'],
        expectedChallenge: challenge,
        expectedOrigin: [...settings.origins],
        expectedRPID: settings.rpId,
        requireUserVerification: true,
        supportedAlgorithmIDs: algorithms,
      });
    } catch {
      // The library says why (origin, RP ID, challenge, flags, format): the customer needs only the refusal.
      throw rejected('the registration does not verify');
    }
    if (!verification.verified) throw rejected('the registration does not verify');
    const { id, publicKey, counter, transports } = verification.registrationInfo.credential;
    if ((credential as RegistrationResponseJSON).id !== id) throw rejected('the credential ID is not the authenticator data\'s');
    if (this.#ids.has(id)) throw rejected('this passkey is already registered');
    const kept = this.#passkeysOf(contractId);
    if (kept.length >= maxPasskeysPerContract) throw rejected('this contract holds the most passkeys it may');
    kept.push({ id, publicKey, counter, registeredAt: at, ...(transports ? { transports } : {}) });
    this.#byContract.set(contractId, kept);
    this.#ids.add(id);
  }

  /** How many passkeys `contractId` holds. */
  count(contractId: string): number {
    return this.#passkeysOf(contractId).length;
  }

  holds(contractId: string, registeredBy: number): boolean {
    return this.#settings !== undefined && this.#settledOf(contractId, registeredBy).length > 0;
  }

  requestOptions(contractId: string, challenge: string, registeredBy: number): PublicKeyCredentialRequestOptionsJSON {
    const settings = this.#configured();
    return {
      challenge,
      rpId: settings.rpId,
      allowCredentials: this.#settledOf(contractId, registeredBy).map(({ id, transports }) => ({ id, type: 'public-key', ...(transports ? { transports } : {}) })),
      userVerification: 'required',
      timeout: settings.timeoutMs ?? 120_000,
    } as PublicKeyCredentialRequestOptionsJSON;
  }

  async verify(contractId: string, credential: unknown, challenge: string, registeredBy: number): Promise<boolean> {
    const settings = this.#configured();
    const passkey = this.#settledOf(contractId, registeredBy).find((p) => p.id === (credential as AuthenticationResponseJSON).id);
    if (!passkey) return false;
    const { verifyAuthenticationResponse } = await library();
    let newCounter: number;
    try {
      const { verified, authenticationInfo } = await verifyAuthenticationResponse({
        response: credential as Parameters<typeof verifyAuthenticationResponse>[0]['response'],
        expectedChallenge: challenge,
        expectedOrigin: [...settings.origins],
        expectedRPID: settings.rpId,
        credential: { id: passkey.id, publicKey: passkey.publicKey, counter: passkey.counter },
        requireUserVerification: true,
      });
      if (!verified) return false;
      newCounter = authenticationInfo.newCounter;
    } catch {
      // A malformed or forged signature: refused, its reason not told.
      return false;
    }
    // Checked again after the wait: another signature may have moved the counter on meanwhile,
    // and a counter (where the authenticator keeps one) only grows.
    if ((newCounter !== 0 || passkey.counter !== 0) && newCounter <= passkey.counter) return false;
    passkey.counter = newCounter;
    return true;
  }

  #passkeysOf(contractId: string): StoredPasskey[] {
    return this.#byContract.get(contractId) ?? [];
  }

  /** The contract's passkeys registered at or before `registeredBy`. */
  #settledOf(contractId: string, registeredBy: number): StoredPasskey[] {
    return this.#passkeysOf(contractId).filter((passkey) => passkey.registeredAt <= registeredBy);
  }

  #configured(): PasskeySettings {
    if (!this.#settings) throw new OtpError('unavailable', 'this bank has no passkey settings (RP ID and origins)');
    return this.#settings;
  }
}

/** "2345678901" → "******8901": enough for the customer to tell their contracts apart in a passkey list. */
export function maskContractId(contractId: string): string {
  return `${'*'.repeat(Math.max(contractId.length - 4, 0))}${contractId.slice(-4)}`;
}

/** @simplewebauthn/server, loaded once on first use. */
let loaded: Promise<typeof import('@simplewebauthn/server')> | undefined;
function library(): Promise<typeof import('@simplewebauthn/server')> {
  loaded ??= import('@simplewebauthn/server').catch((error: unknown) => {
    loaded = undefined;
    throw new OtpError('unavailable', 'the passkey library (@simplewebauthn/server) could not be loaded', { cause: error });
  });
  return loaded;
}
