// The demo bank's customers and soft tokens. All of it is public on purpose: the demo page shows
// these accounts and renders the tokens as live code displays, so anyone can try every flow.
import { Secret } from 'otpauth';
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
    purpose: 'Token VSST87654321 bound: suspension (利用停止) and device change (機種変更).',
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
