// The reference bank's transaction routes (POST /transfers, /transactions/get|confirm|decline)
// under any sequence of calls, codes and clock moves, over HTTP, against a model of DESIGN.md's
// rules written apart from the bank: a transaction never changes, expires, is confirmed or
// declined once; a soft-token code counts in its 30 s step ±1, a keypad response (OCRA over the
// payee's account) in its minute or the next, each (account, step) once; every code on an open transaction
// is counted before it is checked, and a right one resets the count.
//
// Each run makes its transfers through POST /transfers, which hashes the password (PBKDF2, about
// 0.1 s), so the runs are fewer than elsewhere (runs.ts): a fiftieth, at least 100.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createBankHandler, type BankHandler } from '../../../demo/server/bank-handler.js';
import { DemoBank } from '../../../src/bank/demo-bank.js';
import { demoKeypadCode, demoTokens } from '../../../src/bank/demo-data.js';
import { totpCode } from '../../../src/bank/totp.js';
import { Secret } from 'otpauth';
import { postJson } from '../helpers.js';
import { numRuns } from './runs.js';

const runs = Math.max(100, Math.round(numRuns / 50));
const holder = { contractId: '2345678901', password: 'Passw0rd!' };
const tokenSecret = Secret.fromBase32(demoTokens.find((t) => t.tokenId === 'VSST87654321')!.secret).bytes;
const keypad = 'KT20260001';
const maxFailures = 1_000_000;
const ttlSeconds = 300;

/** One reference bank per run, behind the real handler, on one server for the whole file. */
let current: BankHandler;
let server: Server;
let base = '';
before(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => void current(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/bank`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function freshBank(startMs: number) {
  const clock = { now: startMs };
  // Both ways on every transfer, so that codes and keypad responses meet on one transaction.
  const bank = new DemoBank({ now: () => clock.now, maxFailures, transactionTtlSeconds: ttlSeconds, codeWithStrongerWays: true });
  current = createBankHandler({ bank, origins: [], basePath: '/api/bank', limits: false });
  return clock;
}

async function post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const answer = await postJson(`${base}/${path}`, body);
  return { status: answer.status, body: JSON.parse(answer.body) as Record<string, unknown> };
}

const account = fc.stringMatching(/^[0-9]{7}$/);
const transferInput = fc.record({ account, amount: fc.integer({ min: 1, max: 99_999_999 }).map(String) });

type Otp = { kind: 'step'; offset: -2 | -1 | 0 | 1 } | { kind: 'other-account'; offset: -1 | 0 } | { kind: 'text'; text: string };
type Op =
  | { op: 'advance'; seconds: number }
  | { op: 'transfer'; input: { account: string; amount: string } }
  | { op: 'get'; tx: number }
  | { op: 'decline'; tx: number }
  | { op: 'confirm'; tx: number; method: 'code' | 'challenge'; otp: Otp };

const otp: fc.Arbitrary<Otp> = fc.oneof(
  // Mostly the code the token shows now, often the one before; sometimes the next or a stale one.
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('step' as const), offset: fc.constantFrom(0, 0, 0, -1, -1, 1, -2) as fc.Arbitrary<-2 | -1 | 0 | 1> }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('other-account' as const), offset: fc.constantFrom(-1, 0) as fc.Arbitrary<-1 | 0> }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.oneof(fc.stringMatching(/^[0-9]{6,8}$/), fc.string({ maxLength: 12 })) }) },
);
const txIndex = fc.nat({ max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  // Mostly moments, sometimes past a step, a minute or the transaction's end.
  { weight: 3, arbitrary: fc.record({ op: fc.constant('advance' as const), seconds: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: 41, max: 320 }) }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('transfer' as const), input: transferInput }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('get' as const), tx: txIndex }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('decline' as const), tx: txIndex }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('confirm' as const), tx: txIndex, method: fc.constantFrom('code' as const, 'challenge' as const), otp }) },
);

interface ModelTx {
  handle: string;
  account: string;
  amount: string;
  expiresAt: number;
  state: 'open' | 'confirmed' | 'declined';
}

/** The model: what the rules say the bank must answer. */
class Model {
  readonly txs: ModelTx[] = [];
  tokenUsed = -1;
  /** Per account number keyed in, the last minute whose response was accepted. */
  readonly keypadUsed = new Map<string, number>();
  wrong = 0;
  results = 0;
  constructor(readonly clock: { now: number }) {}

  totpStep = () => Math.floor(this.clock.now / 30_000);
  minute = () => Math.floor(this.clock.now / 60_000);

  /** The answer to a call on `tx` that finds it expired (whatever happened before) or closed, if it does. */
  refusal(tx: ModelTx): [number, string] | undefined {
    if (tx.expiresAt <= this.clock.now) return [410, 'transaction-expired'];
    if (tx.state !== 'open') return [409, 'transaction-closed'];
    return undefined;
  }

  /** The step a code or response is accepted for, by the rules, or undefined. */
  async accepted(tx: ModelTx, method: 'code' | 'challenge', given: string): Promise<{ step: number } | undefined> {
    if (method === 'code') {
      const now = this.totpStep();
      const steps = [now + 1, now, now - 1].filter((s) => s >= 0 && s > this.tokenUsed);
      const step = steps.find((s) => totpCode(tokenSecret, s) === given);
      return step === undefined ? undefined : { step };
    }
    const minute = this.minute();
    for (const m of [minute, minute - 1]) {
      if (m >= 0 && m > (this.keypadUsed.get(tx.account) ?? -1) && (await demoKeypadCode(keypad, tx.account, m * 60_000)) === given) return { step: m };
    }
    return undefined;
  }

  /** What the customer (or an attacker) types for `otp` on `tx`. */
  async typed(tx: ModelTx, method: 'code' | 'challenge', otp: Otp): Promise<string> {
    if (otp.kind === 'text') return otp.text;
    if (method === 'code') return totpCode(tokenSecret, Math.max(0, this.totpStep() + otp.offset));
    const other = tx.account === '0000000' ? '1111111' : '0000000';
    const account = otp.kind === 'other-account' ? other : tx.account;
    return demoKeypadCode(keypad, account, this.clock.now + otp.offset * 60_000);
  }
}

async function apply(model: Model, step: Op): Promise<void> {
  const { clock } = model;
  if (step.op === 'advance') {
    clock.now += step.seconds * 1000;
    return;
  }
  if (step.op === 'transfer') {
    if (model.txs.length >= 3) return;
    const { account, amount } = step.input;
    const payee = { bank: 'デモ銀行', account, name: 'ヤマダ タロウ' };
    const made = await post('transfers', { ...holder, payee, amount: { value: amount, currency: 'JPY' } });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    model.txs.push({ handle: made.body.transaction as string, account, amount, expiresAt: clock.now + ttlSeconds * 1000, state: 'open' });
    return;
  }
  const tx = model.txs[step.tx % model.txs.length]!;
  const refusal = model.refusal(tx);
  const transaction = tx.handle;

  if (step.op === 'get') {
    const answer = await post('transactions/get', { transaction });
    if (refusal) return assert.deepEqual([answer.status, answer.body.error], refusal);
    assert.equal(answer.status, 200);
    // Immutable: what the transfer said, whatever happened since.
    assert.deepEqual(answer.body.payee, { bank: 'デモ銀行', account: tx.account, name: 'ヤマダ タロウ' });
    assert.deepEqual(answer.body.amount, { value: tx.amount, currency: 'JPY' });
    assert.equal(answer.body.challenge, tx.account);
    assert.equal(answer.body.expiresIn, Math.floor((tx.expiresAt - clock.now) / 1000));
    return;
  }
  if (step.op === 'decline') {
    const answer = await post('transactions/decline', { transaction });
    if (refusal) return assert.deepEqual([answer.status, answer.body.error], refusal);
    assert.deepEqual([answer.status, answer.body], [200, {}]);
    tx.state = 'declined';
    return;
  }

  const given = await model.typed(tx, step.method, step.otp);
  const expected = refusal ? undefined : await model.accepted(tx, step.method, given);
  const answer = await post('transactions/confirm', { transaction, method: step.method, otp: given });
  if (refusal) return assert.deepEqual([answer.status, answer.body.error], refusal);
  if (!expected) {
    // Counted before it was checked, and told.
    model.wrong++;
    return assert.deepEqual([answer.status, answer.body], [422, { error: 'invalid-otp', remainingAttempts: maxFailures - model.wrong }]);
  }
  model.wrong = 0;
  model.results++;
  assert.deepEqual([answer.status, answer.body], [200, { resultCode: String(model.results).padStart(5, '0') }]);
  if (step.method === 'code') model.tokenUsed = expected.step;
  else model.keypadUsed.set(tx.account, expected.step);
  tx.state = 'confirmed';
}

describe('reference bank transaction routes: properties', () => {
  it('answers every sequence of transfers, gets, confirmations, declines and clock moves as the rules say', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 59_999 }), transferInput, transferInput, fc.boolean(), fc.array(op, { minLength: 1, maxLength: 20 }), async (offset, first, second, samePayee, ops) => {
        const model = new Model(freshBank(1_800_000_000_000 + offset));
        await apply(model, { op: 'transfer', input: first });
        // Two transfers from the start, often to one payee: one keypad response must not serve both.
        await apply(model, { op: 'transfer', input: samePayee ? { ...second, account: first.account } : second });
        for (const step of ops) await apply(model, step);
      }),
      { numRuns: runs },
    );
  });

  it('takes a keypad response in its minute and the next only, for its payee only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 59_999 }), account, account, fc.integer({ min: 0, max: 59_999 }), fc.integer({ min: 0, max: 180_000 }), async (offset, payeeAccount, keyedAccount, keyedAfter, delay) => {
        const clock = freshBank(1_800_000_000_000 + offset);
        const payee = { bank: 'デモ銀行', account: payeeAccount, name: 'ヤマダ タロウ' };
        const { body } = await post('transfers', { ...holder, payee, amount: { value: '1000', currency: 'JPY' } });
        const keyedAt = clock.now + keyedAfter;
        const response = await demoKeypadCode(keypad, keyedAccount, keyedAt);
        clock.now = keyedAt + delay;
        const answer = await post('transactions/confirm', { transaction: body.transaction, method: 'challenge', otp: response });
        const minutes = Math.floor(clock.now / 60_000) - Math.floor(keyedAt / 60_000);
        const expired = clock.now >= 1_800_000_000_000 + offset + ttlSeconds * 1000;
        // Another account's response could only match by an 8-digit coincidence: computed, not assumed.
        const forPayee = keyedAccount === payeeAccount || response === (await demoKeypadCode(keypad, payeeAccount, keyedAt));
        const status = expired ? 410 : forPayee && minutes <= 1 ? 200 : 422;
        assert.equal(answer.status, status, JSON.stringify({ minutes, forPayee, expired, answer: answer.body }));
      }),
      { numRuns: runs },
    );
  });
});
