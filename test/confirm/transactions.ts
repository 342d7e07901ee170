// A well-formed transaction for the tests: every field set, every way offered.
import { base64url } from '../../src/bank/bytes.js';
import type { OtpTransaction } from '../../src/confirm/transaction.js';

/** base64url of `length` bytes 0, 1, 2, … */
export function base64urlOf(length: number): string {
  return base64url(Uint8Array.from({ length }, (_, i) => i));
}

export function validTransaction(): OtpTransaction {
  return {
    id: 't', // the handle the element's tests mount with: the bank answers about the transaction asked for
    payee: { bank: 'デモ銀行', branch: '本店営業部', accountType: '普通', account: '1234567', name: 'ヤマダ タロウ' },
    amount: { value: '12345', currency: 'JPY' },
    fee: { value: '110', currency: 'JPY' },
    expiresIn: 300,
    methods: ['passkey', 'challenge', 'code'],
    digits: 8,
    challenge: '1234567',
    passkey: {
      challenge: base64urlOf(32),
      rpId: 'localhost',
      allowCredentials: [{ id: base64urlOf(16), type: 'public-key', transports: ['internal', 'hybrid'] }],
      userVerification: 'required',
      timeout: 300_000,
      hints: ['client-device'],
    },
  };
}
