// The reference bank's transfer confirmation (取引認証), on DemoBank with an injected clock: the
// rules of DESIGN.md's <otp-confirm> as DemoHostAdapter and the reference server both follow them.
import { expect } from '@open-wc/testing';
import { Secret } from 'otpauth';
import type { OtpPayee } from '../../src/adapters/types.js';
import { DemoBank, type DemoBankOptions } from '../../src/bank/demo-bank.js';
import { demoKeypadCode, demoKeypadTokens, demoTokenCode } from '../../src/bank/demo-data.js';
import { totpCode, totpStep } from '../../src/bank/totp.js';
import { canonicalTransaction } from '../../src/bank/transactions.js';
import { checkTransaction } from '../../src/confirm/transaction.js';
import { failsWith, failure } from '../adapters/failure.js';

// Ten seconds into a minute (the keypad token's step) and twenty into a soft token's 30 s step.
const start = 28_333_334 * 60_000 + 10_000;
const holder = { contractId: '2345678901', password: 'Passw0rd!' }; // VSST87654321 bound, keypad KT20260001
const newcomer = { contractId: '1234567890', password: 'Passw0rd!' }; // no token
const keypad = 'KT20260001';
const payee: OtpPayee = { bank: 'デモ銀行', branch: '本店営業部', accountType: '普通', account: '1234567', name: 'ヤマダ タロウ' };
const other: OtpPayee = { ...payee, account: '7654321', name: 'ワルモノ ジロウ' };
const yen = (value: string) => ({ value, currency: 'JPY' });
/** A bank that issued no keypad tokens: the holder's soft token is their strongest way. */
const softTokenOnly: DemoBankOptions = { keypadTokens: [] };

function setup(options: DemoBankOptions = {}) {
  const clock = { now: start };
  const bank = new DemoBank({ now: () => clock.now, ...options });
  const at = (seconds: number) => (clock.now = start + seconds * 1000);
  const transfer = async (to: OtpPayee = payee, amount = '12345') =>
    (await bank.createTransfer({ ...holder, payee: to, amount: yen(amount) })).transaction;
  const code = (steps = 0) => demoTokenCode('VSST87654321', clock.now + steps * 30_000);
  const keyed = (account: string, minutes = 0) => demoKeypadCode(keypad, account, clock.now + minutes * 60_000);
  const wrongFor = (right: string) => (right === '00000000'.slice(0, right.length) ? '1'.repeat(right.length) : '0'.repeat(right.length));
  return { bank, clock, at, transfer, code, keyed, wrongFor };
}

describe('DemoBank transfers: making one', () => {
  it('makes a transaction the element accepts, with the ways the customer has, strongest first', async () => {
    const { bank, transfer } = setup();
    const transaction = await transfer();
    expect(transaction).to.match(/^[\w-]{43}$/);
    const tx = await bank.getTransaction({ transaction });
    expect(tx).to.deep.equal({
      id: transaction,
      payee,
      amount: yen('12345'),
      fee: yen('110'),
      methods: ['challenge'],
      digits: 6,
      challengeDigits: 8,
      challenge: '1234567',
      expiresIn: 300,
    });
    expect(checkTransaction(tx)).to.deep.equal(tx);
  });

  it('checks the password as a login does, and counts a wrong one', async () => {
    const { bank } = setup();
    const error = await failsWith(bank.createTransfer({ ...holder, password: 'wrong', payee, amount: yen('1') }), 'invalid-credentials');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('refuses a customer with nothing to confirm with', async () => {
    const { bank } = setup();
    await failsWith(bank.createTransfer({ ...newcomer, payee, amount: yen('1') }), 'not-registered');
  });

  it('offers only the keypad token once the soft token is suspended', async () => {
    const { bank, transfer } = setup();
    const { session } = await bank.authenticate({ flow: 'suspend', ...holder });
    await bank.suspend({ session });
    const tx = await bank.getTransaction({ transaction: await transfer() });
    expect(tx.methods).to.deep.equal(['challenge']);
  });

  it('refuses what the element would refuse to show, an account that is not 7 digits, and currencies but yen', async () => {
    const { bank } = setup();
    const refused = [
      { payee: { ...payee, name: 'ヤマダ\u202eタロウ' }, amount: yen('1') },
      { payee: { ...payee, bank: '' }, amount: yen('1') },
      { payee: { ...payee, account: '123456' }, amount: yen('1') },
      { payee: { ...payee, account: '１２３４５６７' }, amount: yen('1') },
      { payee, amount: yen('0') },
      { payee, amount: yen('1.5') },
      { payee, amount: yen('-1') },
      { payee, amount: { value: '10.00', currency: 'USD' } },
      { payee: 'ヤマダ' as unknown as OtpPayee, amount: yen('1') },
    ];
    for (const request of refused) await failsWith(bank.createTransfer({ ...holder, ...request }), 'unknown');
  });

  it('answers a copy: what a caller changes in an answer is not the transaction', async () => {
    const { bank, transfer } = setup();
    const transaction = await transfer();
    const first = await bank.getTransaction({ transaction });
    first.payee.account = '7654321';
    first.methods.push('passkey');
    expect((await bank.getTransaction({ transaction })).payee.account).to.equal('1234567');
    expect((await bank.getTransaction({ transaction })).methods).to.deep.equal(['challenge']);
  });

  it('counts the time left down from when it was made', async () => {
    const { bank, at, transfer } = setup();
    const transaction = await transfer();
    at(100.5);
    expect((await bank.getTransaction({ transaction })).expiresIn).to.equal(199);
  });
});

describe('DemoBank transfers: the code way (the bound soft token)', () => {
  it('confirms with the current code, once', async () => {
    const { bank, transfer, code } = setup(softTokenOnly);
    const transaction = await transfer();
    expect(await bank.confirmTransaction({ transaction, method: 'code', otp: code() })).to.deep.equal({ resultCode: '00001' });
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: code(1) }), 'transaction-closed');
    await failsWith(bank.getTransaction({ transaction }), 'transaction-closed');
  });

  it('refuses for transaction B the code that confirmed transaction A', async () => {
    const { bank, transfer, code } = setup(softTokenOnly);
    const [a, b] = [await transfer(), await transfer(other)];
    const otp = code();
    await bank.confirmTransaction({ transaction: a, method: 'code', otp });
    const error = await failsWith(bank.confirmTransaction({ transaction: b, method: 'code', otp }), 'invalid-otp');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('refuses a wrong code with the attempts left, and takes the right one after', async () => {
    const { bank, transfer, code, wrongFor } = setup(softTokenOnly);
    const transaction = await transfer();
    const error = await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: wrongFor(code()) }), 'invalid-otp');
    expect(error.remainingAttempts).to.equal(4);
    expect(await bank.confirmTransaction({ transaction, method: 'code', otp: code() })).to.have.property('resultCode');
  });
});

describe('DemoBank transfers: the challenge way (the keypad token, OCRA over the payee\'s account)', () => {
  it('confirms with the response to the account number, this minute or the one before, once per minute', async () => {
    const { bank, at, transfer, keyed } = setup();
    const transaction = await transfer();
    const response = await keyed('1234567');
    at(70); // the next minute: the response of the one before still counts
    expect(await bank.confirmTransaction({ transaction, method: 'challenge', otp: response })).to.have.property('resultCode');
    // The same minute's response does not confirm a second transfer to the same payee.
    const again = await transfer();
    await failsWith(bank.confirmTransaction({ transaction: again, method: 'challenge', otp: response }), 'invalid-otp');
    at(130);
    expect(await bank.confirmTransaction({ transaction: again, method: 'challenge', otp: await keyed('1234567') })).to.have.property('resultCode');
  });

  it('refuses a response two minutes old', async () => {
    const { bank, at, transfer, keyed } = setup();
    const transaction = await transfer();
    const response = await keyed('1234567');
    at(130);
    await failsWith(bank.confirmTransaction({ transaction, method: 'challenge', otp: response }), 'invalid-otp');
  });

  it('refuses for transfer B (another payee) the response keyed for transfer A\'s payee', async () => {
    const { bank, transfer, keyed } = setup();
    const [a, b] = [await transfer(), await transfer(other)];
    const forA = await keyed('1234567');
    expect(forA).not.to.equal(await keyed('7654321'));
    await failsWith(bank.confirmTransaction({ transaction: b, method: 'challenge', otp: forA }), 'invalid-otp');
    expect(await bank.confirmTransaction({ transaction: a, method: 'challenge', otp: forA })).to.have.property('resultCode');
  });

  it('refuses the soft token\'s code on the challenge way, and a way the transaction does not offer', async () => {
    const { bank, transfer, code } = setup({ codeWithStrongerWays: true });
    const transaction = await transfer();
    await failsWith(bank.confirmTransaction({ transaction, method: 'challenge', otp: code() }), 'invalid-otp');
    await failsWith(bank.confirmTransaction({ transaction, method: 'passkey' }), 'unknown');
    await failsWith(bank.confirmTransaction({ transaction, method: 'code' }), 'unknown');
  });
});

describe('DemoBank transfers: time, decline, handles', () => {
  it('refuses any code after expiry, without counting it, and says so on get and decline too', async () => {
    const { bank, at, transfer, code } = setup({ ...softTokenOnly, transactionTtlSeconds: 120 });
    const transaction = await transfer();
    at(120);
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: code() }), 'transaction-expired');
    await failsWith(bank.getTransaction({ transaction }), 'transaction-expired');
    await failsWith(bank.declineTransaction({ transaction }), 'transaction-expired');
    // Nothing was counted: the next wrong code still has four attempts after it.
    const next = await transfer();
    const error = await failsWith(bank.confirmTransaction({ transaction: next, method: 'code', otp: 'x' }), 'invalid-otp');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('declines once; a declined transfer cannot be confirmed', async () => {
    const { bank, transfer, code } = setup(softTokenOnly);
    const transaction = await transfer();
    expect(await bank.declineTransaction({ transaction })).to.deep.equal({});
    await failsWith(bank.declineTransaction({ transaction }), 'transaction-closed');
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: code() }), 'transaction-closed');
  });

  it('answers expired past the time limit, for a declined transfer too, before and after the bank forgets it', async () => {
    const { bank, at, transfer, code } = setup(softTokenOnly);
    const transaction = await transfer();
    await bank.declineTransaction({ transaction });
    at(300);
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: code() }), 'transaction-expired');
    await transfer(); // a new transfer makes the bank forget expired ones
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: code() }), 'transaction-expired');
  });

  it('answers a handle it never made as an expired one', async () => {
    const { bank } = setup();
    const unknown = await failure(bank.getTransaction({ transaction: 'never-made' }));
    const { transaction } = await setup().bank.createTransfer({ ...holder, payee, amount: yen('1') });
    const elsewhere = await failure(bank.getTransaction({ transaction }));
    expect([unknown.code, elsewhere.code, unknown.message]).to.deep.equal(['transaction-expired', 'transaction-expired', elsewhere.message]);
  });
});

describe('DemoBank transfers: codes count toward the common lockout, before they are checked', () => {
  it('locks the customer after five wrong codes on transfers, for logins too', async () => {
    const { bank, transfer, wrongFor, code } = setup({ codeWithStrongerWays: true, lockoutSeconds: 60 });
    const transaction = await transfer();
    const wrong = wrongFor(code());
    const left = [];
    for (let i = 0; i < 4; i++) left.push((await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: wrong }), 'invalid-otp')).remainingAttempts);
    expect(left).to.deep.equal([4, 3, 2, 1]);
    await failsWith(bank.confirmTransaction({ transaction, method: 'challenge', otp: '00000000' }), 'locked');
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: code() }), 'locked');
    await failsWith(bank.authenticate({ flow: 'suspend', ...holder }), 'locked');
  });

  it('checks at most five of 50 keypad responses sent at once, locks, and never confirms the right one among them', async () => {
    const { bank, transfer, keyed, wrongFor } = setup();
    const transaction = await transfer();
    const right = await keyed('1234567');
    const responses = Array.from({ length: 50 }, (_, i) => (i === 3 ? right : wrongFor(right)));
    let results: PromiseSettledResult<unknown>[] = [];
    const checked = await keypadChecks(async () => {
      results = await Promise.allSettled(responses.map((otp) => bank.confirmTransaction({ transaction, method: 'challenge', otp })));
    });
    expect(checked).to.equal(5);
    // The sixth arrived while the first five were checked: it locked, and they are answered so.
    expect(results.every((r) => r.status === 'rejected' && (r.reason as { code: string }).code === 'locked')).to.equal(true);
    expect(bank.inspect(holder.contractId)?.lockedFor).to.equal(300);
  });

  it('confirms once when the right response arrives twice at once', async () => {
    const { bank, transfer, keyed } = setup();
    const transaction = await transfer();
    const otp = await keyed('1234567');
    const results = await Promise.allSettled([0, 1].map(() => bank.confirmTransaction({ transaction, method: 'challenge', otp })));
    const codes = results.map((r) => (r.status === 'fulfilled' ? 'confirmed' : (r.reason as { code: string }).code));
    expect(codes.sort()).to.deep.equal(['confirmed', 'transaction-closed']);
  });

  it('uses a keypad response for one of two transfers to the same payee sent at once', async () => {
    const { bank, transfer, keyed } = setup();
    const [a, b] = [await transfer(), await transfer()];
    const otp = await keyed('1234567');
    const results = await Promise.allSettled([a, b].map((transaction) => bank.confirmTransaction({ transaction, method: 'challenge', otp })));
    const codes = results.map((r) => (r.status === 'fulfilled' ? 'confirmed' : (r.reason as { code: string }).code));
    expect(codes.sort()).to.deep.equal(['confirmed', 'invalid-otp']);
  });

  it('answers closed to a confirmation whose check ends after a decline', async () => {
    const { bank, transfer, keyed } = setup();
    const transaction = await transfer();
    const confirming = bank.confirmTransaction({ transaction, method: 'challenge', otp: await keyed('1234567') });
    await bank.declineTransaction({ transaction });
    await failsWith(confirming, 'transaction-closed');
  });
});

describe('DemoBank transfers: a stolen password replaces the soft token (the device-change flow)', () => {
  /** What an attacker with the password alone does: binds a token of their own; answers its code at any time. */
  async function replaceToken(bank: DemoBank, now: () => number): Promise<(timeMs: number) => string> {
    const { session } = await bank.authenticate({ flow: 'enroll', ...holder });
    const { uri } = await bank.provision({ session });
    const secret = Secret.fromBase32(new URL(uri).searchParams.get('secret')!).bytes;
    await bank.registerToken({ session, otp: totpCode(secret, totpStep(now())) });
    return (timeMs) => totpCode(secret, totpStep(timeMs));
  }

  it('the new token confirms no transfer for 24 h: none can be made where it is the only way', async () => {
    const { bank, clock, at } = setup(softTokenOnly);
    await replaceToken(bank, () => clock.now);
    await failsWith(bank.createTransfer({ ...holder, payee: other, amount: yen('5000000') }), 'not-registered');
    at(86_399);
    await failsWith(bank.createTransfer({ ...holder, payee: other, amount: yen('5000000') }), 'not-registered');
    at(86_400);
    expect((await bank.getTransaction({ transaction: (await bank.createTransfer({ ...holder, payee, amount: yen('1') })).transaction })).methods).to.deep.equal(['code']);
  });

  it('a transfer made before the replacement is not confirmed by the new token\'s code', async () => {
    const { bank, clock, at, transfer } = setup(softTokenOnly);
    const transaction = await transfer(other);
    const codeOf = await replaceToken(bank, () => clock.now);
    at(30); // the next step: the binding used this one
    const error = await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: codeOf(clock.now) }), 'invalid-otp');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('where the code is offered beside the keypad token, the new token still cannot confirm; the keypad token can', async () => {
    const { bank, clock, at, transfer, keyed } = setup({ codeWithStrongerWays: true });
    const codeOf = await replaceToken(bank, () => clock.now);
    const transaction = await transfer(other);
    expect((await bank.getTransaction({ transaction })).methods).to.deep.equal(['challenge']);
    at(30);
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: codeOf(clock.now) }), 'unknown');
    expect(await bank.confirmTransaction({ transaction, method: 'challenge', otp: await keyed(other.account) })).to.have.property('resultCode');
  });

  it('a hold of 0 s (an option) lets the new token confirm at once', async () => {
    const { bank, clock, at, transfer } = setup({ ...softTokenOnly, newCredentialHoldSeconds: 0 });
    const codeOf = await replaceToken(bank, () => clock.now);
    const transaction = await transfer(other);
    at(30);
    expect(await bank.confirmTransaction({ transaction, method: 'code', otp: codeOf(clock.now) })).to.have.property('resultCode');
  });
});

describe('DemoBank transfers: the weakest way offered is the transaction\'s strength', () => {
  it('does not offer the soft token\'s code beside the keypad token, and refuses it', async () => {
    const { bank, transfer, code } = setup();
    const transaction = await transfer();
    expect((await bank.getTransaction({ transaction })).methods).to.deep.equal(['challenge']);
    await failsWith(bank.confirmTransaction({ transaction, method: 'code', otp: code() }), 'unknown');
  });

  it('offers it beside the keypad token when the bank says so (codeWithStrongerWays)', async () => {
    const { bank, transfer, code } = setup({ codeWithStrongerWays: true });
    const transaction = await transfer();
    expect((await bank.getTransaction({ transaction })).methods).to.deep.equal(['challenge', 'code']);
    expect(await bank.confirmTransaction({ transaction, method: 'code', otp: code() })).to.have.property('resultCode');
  });
});

describe('DemoBank transfers: the keypad token binds the whole 7-digit account number', () => {
  it('does not take the response for 0123456 on a transfer to 1975296 (the same OCRA question under QN)', async () => {
    const { bank, transfer, keyed } = setup();
    const transaction = await transfer({ bank: '別の銀行', account: '1975296', name: 'ミュール' }, '9999999');
    expect((await bank.getTransaction({ transaction })).challenge).to.equal('1975296');
    expect(await keyed('0123456')).not.to.equal(await keyed('1975296'));
    await failsWith(bank.confirmTransaction({ transaction, method: 'challenge', otp: await keyed('0123456') }), 'invalid-otp');
    expect(await bank.confirmTransaction({ transaction, method: 'challenge', otp: await keyed('1975296') })).to.have.property('resultCode');
  });

  it('refuses a keypad token whose suite pads numbers (QN, QH): it could not tell such accounts apart', () => {
    const [token] = demoKeypadTokens;
    for (const suite of ['OCRA-1:HOTP-SHA256-8:QN08-T1M', 'OCRA-1:HOTP-SHA256-8:QH08-T1M', 'OCRA-1:HOTP-SHA256-8:QA06-T1M']) {
      expect(() => new DemoBank({ keypadTokens: [{ ...token!, suite }] }), suite).to.throw(TypeError, /7-digit account/);
    }
  });
});

describe('DemoBank transfers: keypad responses are used once per question and step', () => {
  it('confirms two honest transfers to two payees in the same minute', async () => {
    const { bank, at, transfer, keyed } = setup();
    const [a, b] = [await transfer(), await transfer(other)];
    expect(await bank.confirmTransaction({ transaction: a, method: 'challenge', otp: await keyed(payee.account) })).to.have.property('resultCode');
    at(30);
    expect(await bank.confirmTransaction({ transaction: b, method: 'challenge', otp: await keyed(other.account) })).to.have.property('resultCode');
  });
});

describe('DemoBank transfers: a code whose check ends neither way is not counted', () => {
  it('four right responses that find their transfer declined, then one typo, leave four attempts', async () => {
    const { bank, transfer, keyed, wrongFor } = setup();
    for (let i = 0; i < 4; i++) {
      const transaction = await transfer();
      const confirming = bank.confirmTransaction({ transaction, method: 'challenge', otp: await keyed(payee.account) });
      await bank.declineTransaction({ transaction });
      await failsWith(confirming, 'transaction-closed');
    }
    const transaction = await transfer();
    const error = await failsWith(bank.confirmTransaction({ transaction, method: 'challenge', otp: wrongFor(await keyed(payee.account)) }), 'invalid-otp');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('a wrong response that finds its transfer declined still counts', async () => {
    const { bank, transfer, keyed, wrongFor } = setup();
    const wrong = wrongFor(await keyed(payee.account));
    const declined = await transfer();
    const confirming = bank.confirmTransaction({ transaction: declined, method: 'challenge', otp: wrong });
    await bank.declineTransaction({ transaction: declined });
    await failsWith(confirming, 'transaction-closed');
    const error = await failsWith(bank.confirmTransaction({ transaction: await transfer(), method: 'challenge', otp: wrong }), 'invalid-otp');
    expect(error.remainingAttempts).to.equal(3);
  });
});

describe('DemoBank transfers: evidence', () => {
  it('keeps each confirmation with its way and the transaction\'s canonical JSON', async () => {
    const { bank, clock, transfer, keyed } = setup();
    const transaction = await transfer();
    const { resultCode } = await bank.confirmTransaction({ transaction, method: 'challenge', otp: await keyed(payee.account) });
    expect(bank.confirmationEvidence(resultCode!)).to.deep.equal({
      resultCode,
      contractId: holder.contractId,
      method: 'challenge',
      at: clock.now,
      transaction: canonicalTransaction({ id: transaction, payee, amount: yen('12345'), fee: yen('110') }),
    });
    expect(bank.confirmationEvidence('99999')).to.equal(undefined);
  });
});

/** Counts the keypad responses `work` makes the bank check (each check imports the token's key once), through the real WebCrypto. */
async function keypadChecks(work: () => Promise<unknown>): Promise<number> {
  const subtle = crypto.subtle;
  const importKey = subtle.importKey;
  let count = 0;
  subtle.importKey = function (this: SubtleCrypto, ...args: unknown[]) {
    if ((args[2] as { name?: string }).name === 'HMAC') count++;
    return (importKey as (...a: unknown[]) => Promise<CryptoKey>).apply(this, args);
  } as SubtleCrypto['importKey'];
  try {
    await work();
  } finally {
    // Back to the prototype's method.
    delete (subtle as Partial<SubtleCrypto>).importKey;
  }
  return count;
}
