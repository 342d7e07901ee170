// mode="provision": the bank issues the new token's key as an `otpauth://totp/…` URI; the customer
// adds it to an authenticator app by scanning a QR code or typing the Base32 key. The key is a
// secret: it lives in the element's memory and on its screen, nowhere else.
import { OtpError } from '../adapters/otp-error.js';
import type { OtpHostAdapter } from '../adapters/types.js';
import { loadQrEncoder, type QrCode } from './qr-code.js';

/** What the register step shows of an `otpauth://totp/…` URI. */
export interface OtpauthKey {
  /** Base32, upper case, without padding or spaces. */
  readonly secret: string;
  /** The bank as the app will name the entry (the `issuer` parameter, else the label's prefix). */
  readonly issuer?: string;
  /** The account as the app will name the entry (the label after `issuer:`). */
  readonly account: string;
  /** Code length; the Key URI format's default is 6. */
  readonly digits: number;
  /** Seconds per code; the Key URI format's default is 30. */
  readonly period: number;
}

/** The key as the register step shows it: read from the URI, and drawn as a QR code. */
export interface IssuedKey extends OtpauthKey {
  readonly qr: QrCode;
  /** The URI itself, to open in an authenticator app on this device (memory only, never an attribute). */
  readonly uri: string;
}

const totpUri = /^otpauth:\/\/totp\/([^?#]*)\?([^#]*)$/i;

/**
 * Reads an `otpauth://totp/LABEL?secret=…` URI (Google's Key URI format). Undefined for anything
 * the element cannot offer: another scheme or type, no Base32 secret, or a code length the code
 * field does not take (6 to 8 digits).
 */
export function parseOtpauthUri(uri: string): OtpauthKey | undefined {
  const match = totpUri.exec(uri.trim());
  if (!match) return undefined;
  let label: string;
  try {
    label = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  const params = new URLSearchParams(match[2]);
  const secret = (params.get('secret') ?? '').replace(/[\s=]/g, '').toUpperCase();
  const digits = Number(params.get('digits') ?? 6);
  const period = Number(params.get('period') ?? 30);
  if (!/^[A-Z2-7]+$/.test(secret) || !(digits >= 6 && digits <= 8 && Number.isInteger(digits)) || !(period >= 1 && Number.isInteger(period))) {
    return undefined;
  }
  const colon = label.indexOf(':');
  const issuer = params.get('issuer')?.trim() || (colon > 0 ? label.slice(0, colon).trim() : '');
  const account = label.slice(colon + 1).trim();
  return { secret, ...(issuer ? { issuer } : {}), account, digits, period };
}

/** "PKR4QZXOG3YZ…" → ["PKR4", "QZXO", "G3YZ", …]: easier to read out and type. */
export function groupSecret(secret: string, size = 4): string[] {
  return secret.match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
}

/**
 * Asks the adapter for a key and draws it. An adapter without `provision()` cannot serve
 * mode="provision": that is `unavailable`, the code for a service the backend does not offer
 * (not `unknown`, which stands for failures nobody foresaw). A URI the element cannot read is
 * `unknown`. Error messages never hold the URI.
 */
export async function issueKey(adapter: OtpHostAdapter, session: string, signal: AbortSignal): Promise<IssuedKey> {
  if (!adapter.provision) throw new OtpError('unavailable', 'mode="provision" needs an adapter with provision()');
  // The encoder loads while the bank answers.
  const [{ uri }, encodeQr] = await Promise.all([adapter.provision({ session }, { signal }), loadQrEncoder()]);
  const key = parseOtpauthUri(uri);
  if (!key) throw new OtpError('unknown', 'provision() returned no otpauth://totp URI the element can show');
  return { ...key, qr: encodeQr(uri), uri };
}
