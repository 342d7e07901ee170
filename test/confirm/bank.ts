// A reference bank's transfers for the <otp-confirm> tests: the portal's part (POST /transfers)
// and the customer's tokens, at the bank's own time.
import type { OtpPayee } from '../../src/adapters/types.js';
import { demoKeypadCode, demoTokenCode } from '../../src/bank/demo-data.js';
import type { TestBank } from '../bank/test-bank.js';

/** The demo customer with a bound soft token (VSST87654321) and a keypad token (KT20260001). */
export const holder = { contractId: '2345678901', password: 'Passw0rd!' } as const;
export const payee: OtpPayee = { bank: 'デモ銀行', branch: '本店営業部', accountType: '普通', account: '1234567', name: 'ヤマダ タロウ' };
export const otherPayee: OtpPayee = { ...payee, account: '7654321', name: 'スズキ ハナコ' };

/** Makes a transfer at `bank` as the portal's form would, and returns its handle. */
export async function createTransfer(bank: TestBank, to: OtpPayee = payee, value = '12345'): Promise<string> {
  const response = await fetch(`${bank.endpoint}/transfers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...holder, payee: to, amount: { value, currency: 'JPY' } }),
  });
  const answer = (await response.json()) as { transaction?: string; error?: string };
  if (!answer.transaction) throw new Error(`POST /transfers: ${response.status} ${answer.error}`);
  return answer.transaction;
}

/** The code the holder's soft token shows at the bank's time. */
export async function tokenCode(bank: TestBank, steps = 0): Promise<string> {
  return demoTokenCode('VSST87654321', (await bank.now()) + steps * 30_000);
}

/** What the holder's keypad token shows for `account` keyed in, at the bank's time. */
export async function keypadCode(bank: TestBank, account: string = payee.account): Promise<string> {
  return demoKeypadCode('KT20260001', account, await bank.now());
}
