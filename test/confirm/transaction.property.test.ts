import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OtpError } from '../../src/adapters/otp-error.js';
import { checkTransaction, type CheckedTransaction, type OtpTransaction } from '../../src/confirm/transaction.js';
import { validTransaction } from './transactions.js';

// The rules as the contract states them, written apart from the validator so that each checks the other.
const hidden = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u;
const shownText = (max: number) => (s: unknown) => typeof s === 'string' && s.length >= 1 && s.length <= max && /\S/.test(s) && !hidden.test(s);
const fractionDigits: Record<string, number> = { JPY: 0, KRW: 0, USD: 2, EUR: 2, BHD: 3 };

/** Fails unless `tx` holds every invariant a checked transaction promises. */
function expectInvariants(tx: CheckedTransaction): void {
  const frozenThrough = (value: unknown): boolean =>
    typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozenThrough));
  expect(frozenThrough(tx), 'frozen').to.equal(true);
  expect(Object.keys(tx).every((k) => ['id', 'payee', 'amount', 'fee', 'expiresIn', 'methods', 'digits', 'challengeDigits', 'challenge', 'passkey'].includes(k))).to.equal(true);
  expect(shownText(256)(tx.id), 'id').to.equal(true);
  const { bank, branch, accountType, account, name } = tx.payee;
  expect([bank, name].every(shownText(128)) && shownText(256)(account), 'payee').to.equal(true);
  expect([branch, accountType].every((s) => s === undefined || shownText(128)(s)), 'payee options').to.equal(true);
  for (const [money, positive] of [[tx.amount, true], ...(tx.fee ? [[tx.fee, false] as const] : [])] as const) {
    const [whole, fraction = ''] = money.value.split('.');
    expect(/^(0|[1-9][0-9]{0,23})$/.test(whole!) && /^[0-9]*$/.test(fraction), money.value).to.equal(true);
    expect(money.value.endsWith('.'), money.value).to.equal(false);
    if (money.currency in fractionDigits) expect(fraction.length).to.be.at.most(fractionDigits[money.currency]!);
    if (positive) expect(/[1-9]/.test(money.value)).to.equal(true);
    expect(new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions().currency).to.equal(money.currency);
  }
  expect(Number.isInteger(tx.expiresIn) && tx.expiresIn >= 0 && tx.expiresIn <= 86_400, 'expiresIn').to.equal(true);
  expect(tx.methods.length >= 1 && new Set(tx.methods).size === tx.methods.length, 'methods').to.equal(true);
  expect(tx.methods.every((m) => ['passkey', 'challenge', 'code'].includes(m)), 'methods').to.equal(true);
  expect([6, 7, 8]).to.include(tx.digits);
  if (tx.challengeDigits !== undefined) expect([6, 7, 8]).to.include(tx.challengeDigits);
  if (tx.methods.includes('challenge') || tx.challenge !== undefined) expect(tx.challenge).to.match(/^[0-9]{4,64}$/);
  if (tx.methods.includes('passkey') || tx.passkey !== undefined) expect(tx.passkey?.challenge).to.match(/^[A-Za-z0-9_-]{22,1366}$/);
}

/** What `checkTransaction` does with `value`: a transaction, or the error it threw. */
function outcome(value: unknown): CheckedTransaction | unknown {
  try {
    return checkTransaction(value);
  } catch (error) {
    return error;
  }
}

function expectCheckedOrUnknown(value: unknown): void {
  const result = outcome(value);
  if (result instanceof Error) {
    expect(result).to.be.instanceOf(OtpError);
    expect((result as OtpError).code).to.equal('unknown');
  } else {
    expectInvariants(result as CheckedTransaction);
  }
}

// Well-formed transactions, generated.
const shown = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) }).filter(shownText(max));
const money = (positive: boolean) =>
  fc
    .record({
      currency: fc.constantFrom(...Object.keys(fractionDigits)),
      whole: fc.bigInt({ min: positive ? 1n : 0n, max: 10n ** 24n - 1n }),
    })
    .chain(({ currency, whole }) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: fractionDigits[currency] }).map((fraction) => ({
        value: fraction ? `${whole}.${fraction}` : String(whole),
        currency,
      })),
    );
const wellFormed: fc.Arbitrary<OtpTransaction> = fc
  .record(
    {
      id: shown(256),
      payee: fc.record(
        { bank: shown(128), branch: shown(128), accountType: shown(128), account: shown(256), name: shown(128) },
        { requiredKeys: ['bank', 'account', 'name'] },
      ),
      amount: money(true),
      fee: money(false),
      expiresIn: fc.integer({ min: 0, max: 86_400 }),
      methods: fc.shuffledSubarray(['passkey', 'challenge', 'code'] as const, { minLength: 1 }),
      digits: fc.integer({ min: 6, max: 8 }),
      challengeDigits: fc.integer({ min: 6, max: 8 }),
      challenge: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 4, maxLength: 64 }),
    },
    { requiredKeys: ['id', 'payee', 'amount', 'expiresIn', 'methods', 'challenge'] },
  )
  .map((tx) => ({ ...tx, passkey: validTransaction().passkey! }));

describe('checkTransaction properties', () => {
  it('never throws anything but OtpError unknown for any JSON value, and what it returns holds every invariant', () => {
    fc.assert(fc.property(fc.jsonValue(), expectCheckedOrUnknown), { numRuns: 2000 });
  });

  it('holds the same for any JavaScript value', () => {
    fc.assert(fc.property(fc.anything({ withMap: true, withSet: true, withDate: true, withNullPrototype: true, withTypedArray: true }), expectCheckedOrUnknown), {
      numRuns: 2000,
    });
  });

  it('accepts every well-formed transaction unchanged, with 6 digits when none are given', () => {
    fc.assert(
      fc.property(wellFormed, (tx) => {
        const checked = checkTransaction(tx);
        expect(checked).to.deep.equal({ digits: 6, ...tx });
        expectInvariants(checked);
      }),
      { numRuns: 500 },
    );
  });

  it('holds the invariants when any one field of a well-formed transaction becomes any JSON value', () => {
    const paths = ['id', 'payee', 'payee.bank', 'payee.branch', 'payee.name', 'payee.account', 'amount', 'amount.value', 'amount.currency', 'fee', 'fee.value', 'expiresIn', 'methods', 'digits', 'challengeDigits', 'challenge', 'passkey', 'passkey.challenge', 'passkey.allowCredentials', 'passkey.timeout'];
    fc.assert(
      fc.property(wellFormed, fc.constantFrom(...paths), fc.jsonValue(), (tx, path, value) => {
        const copy = structuredClone(tx) as unknown as Record<string, Record<string, unknown>>;
        const [outer, inner] = path.split('.') as [string, string | undefined];
        if (inner === undefined) (copy as Record<string, unknown>)[outer] = value;
        else if (copy[outer]) copy[outer]![inner] = value;
        expectCheckedOrUnknown(copy);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a well-formed transaction once any shown string holds a control, format or separator character', () => {
    const unseen = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.constantFrom(0xad, 0x61c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2060, 0x2066, 0x2069, 0xfeff, 0xe000, 0xf8ff, 0xe0001),
    );
    fc.assert(
      fc.property(wellFormed, fc.constantFrom('id', 'bank', 'account', 'name'), unseen, fc.nat(), (tx, field, codePoint, at) => {
        const copy = structuredClone(tx) as unknown as Record<string, string> & { payee: Record<string, string> };
        const target = field === 'id' ? copy : copy.payee;
        const value = target[field]!;
        const i = at % (value.length + 1);
        target[field] = value.slice(0, i) + String.fromCodePoint(codePoint) + value.slice(i);
        expect(outcome(copy)).to.be.instanceOf(OtpError);
      }),
      { numRuns: 1000 },
    );
  });
});
