// The demo bank's customers and soft tokens. All of it is public on purpose: the demo page shows
// these accounts and renders the tokens as live code displays, so anyone can try every flow.
import { Secret } from 'otpauth';
import { ocra } from './ocra.js';
import { totpCode, totpStep } from './totp.js';

/** A customer of the demo bank, as the demo page lists it. */
export interface DemoCustomer {
  /** 契約者ID. */
  contractId: string;
  /** ログインパスワード (the bank keeps only a salted hash of it). */
  password: string;
  /** The soft token already bound to the contract, if any. */
  tokenId?: string;
  /** What the account is for on the demo page. */
  purpose: string;
}

/** A soft token the demo bank knows: VIP-style ID and its Base32 TOTP secret. */
export interface DemoToken {
  /** Four letters and eight digits, as printed in the VIP Access app. */
  tokenId: string;
  /** Base32 secret (SHA-1, 6 digits, 30 s). */
  secret: string;
}

export const demoCustomers: readonly DemoCustomer[] = [
  {
    contractId: '1234567890',
    password: 'Passw0rd!',
    purpose: 'No token yet: registration (利用登録), in either mode.',
  },
  {
    contractId: '2345678901',
    password: 'Passw0rd!',
    tokenId: 'VSST87654321',
    purpose: 'Token VSST87654321 bound and keypad token KT20260001 issued: suspension (利用停止), device change (機種変更) and transfers (振込).',
  },
];

export const demoTokens: readonly DemoToken[] = [
  { tokenId: 'VSST12345678', secret: 'PKR4QZXOG3YZOWXBB4IC7QAPQ6HKBCI2' },
  { tokenId: 'VSMT23456789', secret: 'XIUW522CRYDEAO7YNX44R34HX2MHQ7HK' },
  { tokenId: 'VSST87654321', secret: 'DHDTXQ6VG7LEGMICQUUAGKKDNL53KDBB' },
];

/**
 * The code the demo token `tokenId` shows at `timeMs` (default now), as its app would.
 * @throws Error if the token is not one of `demoTokens`.
 */
export function demoTokenCode(tokenId: string, timeMs: number = Date.now()): string {
  const token = demoTokens.find((t) => t.tokenId === tokenId);
  if (!token) throw new Error(`not a demo token: ${tokenId}`);
  return totpCode(Secret.fromBase32(token.secret).bytes, totpStep(timeMs));
}

/**
 * A keypad token (トランザクション認証): the customer keys in the digits the bank shows (the
 * payee's account number) and types back the code it computes, an OCRA response (RFC 6287).
 */
export interface DemoKeypadToken {
  /** The serial printed on the token. */
  serial: string;
  /** The contract the bank issued it to. */
  contractId: string;
  /** The OCRA suite it computes. */
  suite: string;
  /** Its key, in hex. */
  key: string;
}

export const demoKeypadTokens: readonly DemoKeypadToken[] = [
  {
    serial: 'KT20260001',
    contractId: '2345678901',
    suite: 'OCRA-1:HOTP-SHA256-8:QA08-T1M',
    key: 'e7f2a09a45050d06d2f2cc275b77d80e4eaeef96ddca8f88a472157332578964',
  },
];

/** The key bytes of a keypad token's hex key. */
export function keypadKey(token: DemoKeypadToken): Uint8Array {
  return Uint8Array.from(token.key.match(/../g)!, (byte) => parseInt(byte, 16));
}

/**
 * The code the demo keypad token `serial` shows for `challenge` at `timeMs` (default now), as the
 * token would. Rejects for a serial that is not one of `demoKeypadTokens`, or a challenge its
 * suite does not take (OcraError).
 */
export async function demoKeypadCode(serial: string, challenge: string, timeMs: number = Date.now()): Promise<string> {
  const token = demoKeypadTokens.find((t) => t.serial === serial);
  if (!token) throw new Error(`not a demo keypad token: ${serial}`);
  return ocra(token.suite, keypadKey(token), { question: challenge, time: timeMs });
}
