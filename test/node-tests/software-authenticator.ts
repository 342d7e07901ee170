// A passkey authenticator in software, for the Node tests of the reference bank: it makes the
// registration a browser would send (`credential.toJSON()`, attestation "none") for any
// challenge, origin and RP ID, with any flags, so a test can make the ones no honest browser
// sends, and a passkey the bank starts with that signs assertions (webauthn.get). Keys are
// P-256 (ES256); CBOR is @simplewebauthn/server's own encoder.
// End-to-end registrations by a real browser prompt: test/enroll/passkey-device.test.ts.
import { createHash, generateKeyPairSync, sign, webcrypto } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '../../src/webauthn/json.js';

export const base64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

export interface Ceremony {
  /** The challenge of the bank's options, base64url. */
  challenge: string;
  /** The page origin the client data names; default http://localhost. */
  origin?: string;
  /** Whose passkey it is: the RP ID hashed into the authenticator data; default localhost. */
  rpId?: string;
  /** Flags: user present (default true), user verified (default true). */
  userPresent?: boolean;
  userVerified?: boolean;
  /** The client data's type; default webauthn.create. */
  type?: string;
  /** The credential ID; default 16 random bytes. */
  credentialId?: Uint8Array;
}

/** Makes a new passkey (a fresh key pair) and answers the registration for `ceremony`. */
export async function register(ceremony: Ceremony): Promise<RegistrationResponseJSON> {
  const { challenge, origin = 'http://localhost', rpId = 'localhost', userPresent = true, userVerified = true, type = 'webauthn.create' } = ceremony;
  const credentialId = ceremony.credentialId ?? webcrypto.getRandomValues(new Uint8Array(16));
  const { publicKey } = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const point = new Uint8Array(await webcrypto.subtle.exportKey('raw', publicKey));
  // COSE_Key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y.
  const coseKey = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, point.slice(1, 33)],
      [-3, point.slice(33)],
    ]),
  );
  const flags = (userPresent ? 0x01 : 0) | (userVerified ? 0x04 : 0) | 0x40;
  const length = new Uint8Array([credentialId.length >> 8, credentialId.length & 0xff]);
  const authenticatorData = concat(createHash('sha256').update(rpId).digest(), [flags], new Uint8Array(4), new Uint8Array(16), length, credentialId, coseKey);
  const attestationObject = isoCBOR.encode(
    new Map<string, string | Uint8Array | Map<string, string>>([
      ['fmt', 'none'],
      ['attStmt', new Map<string, string>()],
      ['authData', authenticatorData],
    ]),
  );
  const clientData = new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  const id = base64url(credentialId);
  return {
    id,
    rawId: id,
    type: 'public-key',
    response: {
      clientDataJSON: base64url(clientData),
      attestationObject: base64url(attestationObject),
      authenticatorData: base64url(authenticatorData),
      transports: ['internal'],
    },
    clientExtensionResults: {},
    authenticatorAttachment: 'platform',
  };
}

/** A passkey a bank can start with (`SeededPasskey` fields), and its signature over any challenge. */
export interface SoftwarePasskey {
  /** The credential ID, base64url. */
  id: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  /** The assertion a browser would send for `challenge` on `origin`, with user verification; the counter grows each time. */
  sign(challenge: string, origin: string, rpId?: string): AuthenticationResponseJSON;
}

export function softwarePasskey(): SoftwarePasskey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { x, y } = publicKey.export({ format: 'jwk' });
  const coseKey = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(x!, 'base64url')],
      [-3, Buffer.from(y!, 'base64url')],
    ]),
  );
  const id = base64url(webcrypto.getRandomValues(new Uint8Array(16)));
  let counter = 0;
  return {
    id,
    publicKey: base64url(coseKey),
    sign(challenge, origin, rpId = 'localhost') {
      const count = ++counter;
      const authenticatorData = concat(createHash('sha256').update(rpId).digest(), [0x05], [count >>> 24, (count >>> 16) & 0xff, (count >>> 8) & 0xff, count & 0xff]);
      const clientData = new TextEncoder().encode(JSON.stringify({ type: 'webauthn.get', challenge, origin, crossOrigin: false }));
      // ES256 signs authenticatorData ‖ SHA-256(clientDataJSON), DER-encoded (Node's default).
      const signature = sign('sha256', concat(authenticatorData, createHash('sha256').update(clientData).digest()), privateKey);
      return {
        id,
        rawId: id,
        type: 'public-key',
        response: { clientDataJSON: base64url(clientData), authenticatorData: base64url(authenticatorData), signature: base64url(signature) },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
  };
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
