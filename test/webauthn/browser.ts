// What passkey tests ask of the browser: Chromium's virtual authenticator (a real WebAuthn
// prompt, headless, through the DevTools Protocol: test/node/page-tools.ts), and, in any engine,
// a stand-in for `navigator.credentials` that ends the prompt as a test says, for the ways a
// prompt ends that no virtual authenticator produces on demand.
import { executeServerCommand } from '@web/test-runner-commands';
import type { PageToolCommands, SeededCredential, VirtualAuthenticatorOptions } from '../demo/page-commands.js';

type Commands = PageToolCommands;

/** Runs `body` in a page without WebAuthn (no `PublicKeyCredential`, as in an old browser), then puts it back. */
export async function withoutWebAuthn<T>(body: () => Promise<T> | T): Promise<T> {
  const api = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
  delete (window as unknown as Record<string, unknown>).PublicKeyCredential;
  try {
    return await body();
  } finally {
    Object.defineProperty(window, 'PublicKeyCredential', api);
  }
}

/**
 * Replaces the page's virtual authenticator: by default a platform authenticator that verifies
 * the user and answers at once; `null` for none. False where the browser cannot be asked
 * (Firefox): the caller skips.
 */
export function virtualAuthenticator(options: VirtualAuthenticatorOptions | null = {}, credentials: SeededCredential[] = []): Promise<boolean> {
  return executeServerCommand<Commands['virtual-authenticator']['result'], Commands['virtual-authenticator']['payload']>('virtual-authenticator', { options, credentials });
}

/** Whether the page's virtual authenticator verifies the user from now on. */
export function userVerified(verified: boolean): Promise<boolean> {
  return executeServerCommand<Commands['virtual-authenticator-user-verified']['result'], Commands['virtual-authenticator-user-verified']['payload']>(
    'virtual-authenticator-user-verified',
    { verified },
  );
}

/** The RP ID of each passkey the page's virtual authenticator holds. */
export function passkeysOnDevice(): Promise<string[]> {
  return executeServerCommand<Commands['virtual-authenticator-credentials']['result'], Commands['virtual-authenticator-credentials']['payload']>(
    'virtual-authenticator-credentials',
    {},
  );
}

const encode = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * Authenticator data as base64url: an RP ID hash of zeros, then the flags (user present, and
 * user verified unless `verified` is false).
 */
export function authenticatorData({ verified = true } = {}): string {
  const bytes = new Uint8Array(37);
  bytes[32] = 0x01 | (verified ? 0x04 : 0) | 0x40;
  return encode(bytes);
}

/** A credential as `navigator.credentials.create()` or `get()` resolves, for a stand-in prompt. */
export function fakeCredential(kind: 'create' | 'get', { verified = true } = {}): PublicKeyCredential {
  const id = encode(crypto.getRandomValues(new Uint8Array(16)));
  const response =
    kind === 'create'
      ? { clientDataJSON: 'e30', attestationObject: 'oA', authenticatorData: authenticatorData({ verified }), transports: ['internal'] }
      : { clientDataJSON: 'e30', authenticatorData: authenticatorData({ verified }), signature: 'MEQ' };
  const json = { id, rawId: id, type: 'public-key', response, clientExtensionResults: {}, authenticatorAttachment: 'platform' };
  return Object.assign(Object.create(PublicKeyCredential.prototype) as PublicKeyCredential, { toJSON: () => json });
}

export interface StandIn {
  /** The options each call was given, in order. */
  readonly calls: (CredentialCreationOptions | CredentialRequestOptions)[];
  restore(): void;
}

/**
 * Stands in for `navigator.credentials.create` and `get` (and for whether the device has a
 * platform authenticator) until `restore()`: each call runs `answer`, which resolves to a
 * credential or throws as the browser would.
 */
export function standInPrompt(
  answer: (kind: 'create' | 'get', options: CredentialCreationOptions | CredentialRequestOptions) => Promise<Credential | null>,
  { platformAuthenticator = true } = {},
): StandIn {
  const calls: StandIn['calls'][number][] = [];
  const container = navigator.credentials;
  const define = (name: string, value: unknown) => Object.defineProperty(container, name, { value, configurable: true, writable: true });
  define('create', (options: CredentialCreationOptions) => (calls.push(options), answer('create', options)));
  define('get', (options: CredentialRequestOptions) => (calls.push(options), answer('get', options)));
  const available = Object.getOwnPropertyDescriptor(PublicKeyCredential, 'isUserVerifyingPlatformAuthenticatorAvailable');
  Object.defineProperty(PublicKeyCredential, 'isUserVerifyingPlatformAuthenticatorAvailable', {
    value: async () => platformAuthenticator,
    configurable: true,
    writable: true,
  });
  return {
    calls,
    restore() {
      delete (container as unknown as Record<string, unknown>).create;
      delete (container as unknown as Record<string, unknown>).get;
      if (available) Object.defineProperty(PublicKeyCredential, 'isUserVerifyingPlatformAuthenticatorAvailable', available);
      else delete (PublicKeyCredential as unknown as Record<string, unknown>).isUserVerifyingPlatformAuthenticatorAvailable;
    },
  };
}

/** A prompt that ends as the browser ends one with the DOMException `name`. */
export const failingWith = (name: string) => async (): Promise<never> => {
  throw new DOMException(`test: ${name}`, name);
};

/** Options a test page can use with the virtual authenticator: this page's host as RP ID, a fresh challenge. */
export function creationOptions(overrides: Partial<PublicKeyCredentialCreationOptionsJSON> = {}): PublicKeyCredentialCreationOptionsJSON {
  return {
    rp: { id: location.hostname, name: 'test bank' },
    user: { id: encode(crypto.getRandomValues(new Uint8Array(16))), name: 'customer', displayName: 'customer' },
    challenge: encode(crypto.getRandomValues(new Uint8Array(32))),
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    authenticatorSelection: { authenticatorAttachment: 'platform', residentKey: 'required', userVerification: 'required' },
    timeout: 10_000,
    ...overrides,
  };
}
