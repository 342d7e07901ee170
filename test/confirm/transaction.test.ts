import { expect } from '@open-wc/testing';
import { OtpError } from '../../src/adapters/otp-error.js';
import { checkTransaction, codeDigits, passkeyRequestOptions } from '../../src/confirm/transaction.js';
import { base64urlOf, validTransaction } from './transactions.js';

/** `validTransaction()` with `change` applied to a copy. */
function edited(change: (tx: Record<string, any>) => void): unknown {
  const tx = structuredClone(validTransaction()) as Record<string, any>;
  change(tx);
  return tx;
}

/** Checks that `value` is refused as `unknown`, naming `field` and nothing of the value. */
function expectRefused(value: unknown, field: string): void {
  let error: unknown;
  try {
    checkTransaction(value);
  } catch (thrown) {
    error = thrown;
  }
  expect(error).to.be.instanceOf(OtpError);
  expect((error as OtpError).code).to.equal('unknown');
  expect((error as OtpError).message).to.equal(`transaction field "${field}" is missing or malformed`);
}

describe('checkTransaction: a well-formed transaction', () => {
  it('keeps every field as the bank sent it', () => {
    const tx = validTransaction();
    expect(checkTransaction(tx)).to.deep.equal(tx);
  });

  it('freezes the result all the way down', () => {
    const tx = checkTransaction(validTransaction());
    const objects = [tx, tx.payee, tx.amount, tx.fee, tx.methods, tx.passkey, tx.passkey!.allowCredentials, tx.passkey!.allowCredentials![0], tx.passkey!.allowCredentials![0]!.transports];
    expect(objects.every((o) => Object.isFrozen(o))).to.equal(true);
  });

  it('neither freezes nor shares what it was given', () => {
    const given = validTransaction();
    const tx = checkTransaction(given);
    given.payee.name = 'ワルモノ';
    given.methods.push('code');
    expect(Object.isFrozen(given.payee)).to.equal(false);
    expect(tx.payee.name).to.equal('ヤマダ タロウ');
    expect(tx.methods).to.deep.equal(['passkey', 'challenge', 'code']);
  });

  it('takes the smallest transaction: the code way, no branch, account type or fee, 6 digits by default', () => {
    const tx = checkTransaction({
      id: 't1',
      payee: { bank: 'デモ銀行', account: '7654321', name: 'スズキ ハナコ' },
      amount: { value: '1', currency: 'JPY' },
      expiresIn: 60,
      methods: ['code'],
    });
    expect(tx).to.deep.equal({
      id: 't1',
      payee: { bank: 'デモ銀行', account: '7654321', name: 'スズキ ハナコ' },
      amount: { value: '1', currency: 'JPY' },
      expiresIn: 60,
      methods: ['code'],
      digits: 6,
    });
    expect(Object.keys(tx)).not.to.include('fee');
  });

  it('leaves out fields it does not know, passkey extensions included', () => {
    const tx = checkTransaction(
      edited((t) => {
        t.memo = '<img src=x onerror=alert(1)>';
        t.payee.iban = 'JP00';
        t.passkey.extensions = { appid: 'https://evil.example' };
        t.passkey.allowCredentials[0].extra = 1;
      }),
    );
    expect(tx).to.deep.equal(validTransaction());
  });

  it('takes whole seconds, rounding down', () => {
    expect(checkTransaction(edited((t) => (t.expiresIn = 299.7))).expiresIn).to.equal(299);
    expect(checkTransaction(edited((t) => (t.expiresIn = 0))).expiresIn).to.equal(0);
    expect(checkTransaction(edited((t) => (t.expiresIn = 86_400))).expiresIn).to.equal(86_400);
  });

  it('takes digits 6, 7 and 8', () => {
    for (const digits of [6, 7, 8]) expect(checkTransaction(edited((t) => (t.digits = digits))).digits).to.equal(digits);
  });

  it('asks the challenge way for its own code length where the bank gives one, else for digits', () => {
    const keypad = checkTransaction(edited((t) => ((t.digits = 6), (t.challengeDigits = 8))));
    expect([codeDigits(keypad, 'challenge'), codeDigits(keypad, 'code')]).to.deep.equal([8, 6]);
    const same = checkTransaction(edited((t) => (t.digits = 7)));
    expect(Object.keys(same)).not.to.include('challengeDigits');
    expect([codeDigits(same, 'challenge'), codeDigits(same, 'code')]).to.deep.equal([7, 7]);
  });

  it('takes an object without a prototype, as some JSON parsers make', () => {
    const tx = Object.assign(Object.create(null), validTransaction());
    expect(checkTransaction(tx).id).to.equal('t');
  });

  it('takes Japanese names with full-width, half-width katakana and ideographic spaces', () => {
    const tx = checkTransaction(edited((t) => (t.payee = { bank: 'ﾃﾞﾓｷﾞﾝｺｳ', branch: '本店\u3000営業部', account: '０１２３４５６', name: 'カ）デモショウジ' })));
    expect(tx.payee.branch).to.equal('本店\u3000営業部');
  });

  it('takes dollars with cents and a fee of zero', () => {
    const tx = checkTransaction(edited((t) => ((t.amount = { value: '12345.50', currency: 'USD' }), (t.fee = { value: '0.00', currency: 'USD' }))));
    expect(tx.amount.value).to.equal('12345.50');
  });

  it('takes a passkey request with new transports it does not know, as browsers ignore them', () => {
    const tx = checkTransaction(edited((t) => (t.passkey.allowCredentials[0].transports = ['usb', 'future-radio'])));
    expect(tx.passkey!.allowCredentials![0]!.transports).to.deep.equal(['usb', 'future-radio']);
  });

  it('gives request options the platform parses (parseRequestOptionsFromJSON)', () => {
    const checked = checkTransaction(validTransaction()).passkey!;
    const options = passkeyRequestOptions(checked);
    expect(Object.isFrozen(options)).to.equal(false);
    expect(options).to.deep.equal(checked);
    const parsed = PublicKeyCredential.parseRequestOptionsFromJSON(options);
    expect(new Uint8Array(parsed.challenge as ArrayBuffer)).to.have.length(32);
    expect(parsed.allowCredentials![0]!.type).to.equal('public-key');
  });
});

describe('checkTransaction: refuses', () => {
  const long = (n: number) => 'あ'.repeat(n);

  it('anything but a plain object', () => {
    for (const value of [null, undefined, 42, 'tx', [], [validTransaction()], new Date(), new Map()]) expectRefused(value, 'transaction');
  });

  it('an id that is missing, empty, blank, not text or over 256', () => {
    for (const id of [undefined, '', '   ', 42, long(257)]) expectRefused(edited((t) => (t.id = id)), 'id');
    expect(checkTransaction(edited((t) => (t.id = long(256)))).id).to.have.length(256);
  });

  it('a payee that is missing or not an object', () => {
    for (const payee of [undefined, 'デモ銀行', ['デモ銀行']]) expectRefused(edited((t) => (t.payee = payee)), 'payee');
  });

  it('payee names over 128, an account over 256', () => {
    expectRefused(edited((t) => (t.payee.bank = long(129))), 'payee.bank');
    expectRefused(edited((t) => (t.payee.branch = long(129))), 'payee.branch');
    expectRefused(edited((t) => (t.payee.accountType = long(129))), 'payee.accountType');
    expectRefused(edited((t) => (t.payee.name = long(129))), 'payee.name');
    expectRefused(edited((t) => (t.payee.account = long(257))), 'payee.account');
    expect(checkTransaction(edited((t) => ((t.payee.name = long(128)), (t.payee.account = long(256))))).payee.name).to.have.length(128);
  });

  it('a missing payee bank, account or name, and a branch or account type that is not text', () => {
    expectRefused(edited((t) => delete t.payee.bank), 'payee.bank');
    expectRefused(edited((t) => delete t.payee.account), 'payee.account');
    expectRefused(edited((t) => delete t.payee.name), 'payee.name');
    expectRefused(edited((t) => (t.payee.branch = null)), 'payee.branch');
    expectRefused(edited((t) => (t.payee.accountType = 1)), 'payee.accountType');
  });

  // Each of these can make one payee look like another, or hide part of a name.
  const spoofing: [string, string][] = [
    ['\u202E', 'a right-to-left override'],
    ['\u202D', 'a left-to-right override'],
    ['\u2067', 'a right-to-left isolate'],
    ['\u2069', 'a pop directional isolate'],
    ['\u200F', 'a right-to-left mark'],
    ['\u061C', 'an Arabic letter mark'],
    ['\u200B', 'a zero-width space'],
    ['\u200D', 'a zero-width joiner'],
    ['\uFEFF', 'a byte order mark'],
    ['\u00AD', 'a soft hyphen'],
    ['\n', 'a line feed'],
    ['\t', 'a tab'],
    ['\u0000', 'a NUL'],
    ['\u0085', 'a C1 next-line'],
    ['\u2028', 'a line separator'],
    ['\u2029', 'a paragraph separator'],
    ['\uD800', 'a lone surrogate'],
    ['\uE000', 'a private-use character'],
  ];
  for (const [character, what] of spoofing) {
    it(`${what} in any payee field or the id`, () => {
      for (const field of ['bank', 'branch', 'accountType', 'account', 'name']) {
        expectRefused(edited((t) => (t.payee[field] = `ヤマダ${character}タロウ`)), `payee.${field}`);
      }
      expectRefused(edited((t) => (t.id = `tx${character}1`)), 'id');
    });
  }

  it('never puts the value it refused in its message', () => {
    try {
      checkTransaction(edited((t) => (t.payee.name = 'SECRET-LOOKING\u202Eeman')));
    } catch (error) {
      expect((error as Error).message).not.to.contain('SECRET');
    }
  });

  it('amounts that are not plain decimal strings', () => {
    for (const value of [12345, '12,345', '-1', '+1', '1e5', '0012', '12345.', '.5', ' 12345', '12345 ', '１２３４５', 'Infinity', 'NaN', '']) {
      expectRefused(edited((t) => (t.amount.value = value)), 'amount.value');
    }
  });

  it('a zero amount, but not a zero fee', () => {
    expectRefused(edited((t) => (t.amount.value = '0')), 'amount.value');
    expectRefused(edited((t) => (t.amount = { value: '0.00', currency: 'USD' })), 'amount.value');
    expect(checkTransaction(edited((t) => (t.fee.value = '0'))).fee!.value).to.equal('0');
  });

  it('more fraction digits than the currency has: yen none, dollars two', () => {
    expectRefused(edited((t) => (t.amount.value = '12345.0')), 'amount.value');
    expectRefused(edited((t) => (t.amount = { value: '1.005', currency: 'USD' })), 'amount.value');
    expectRefused(edited((t) => (t.fee.value = '110.5')), 'fee.value');
  });

  it('more than 24 integer digits', () => {
    expect(checkTransaction(edited((t) => (t.amount.value = '9'.repeat(24)))).amount.value).to.have.length(24);
    expectRefused(edited((t) => (t.amount.value = '9'.repeat(25))), 'amount.value');
  });

  it('a currency that is not an ISO 4217 code the engine knows', () => {
    for (const currency of ['jpy', 'JP', 'JPYY', 'ABC', '円', 392, undefined]) {
      expectRefused(edited((t) => (t.amount.currency = currency)), 'amount.currency');
    }
    expectRefused(edited((t) => (t.fee.currency = 'yen')), 'fee.currency');
  });

  it('an amount or fee that is not an object', () => {
    expectRefused(edited((t) => (t.amount = '12345')), 'amount');
    expectRefused(edited((t) => (t.fee = 0)), 'fee');
  });

  it('a time left that is negative, over a day, or not a number', () => {
    for (const expiresIn of [-1, 86_401, NaN, Infinity, '300', null, undefined]) expectRefused(edited((t) => (t.expiresIn = expiresIn)), 'expiresIn');
  });

  it('methods that are empty, unknown, repeated or not a list', () => {
    for (const methods of [[], ['sms'], ['code', 'code'], 'code', ['code', 'challenge', 'passkey', 'code'], [null], undefined]) {
      expectRefused(edited((t) => (t.methods = methods)), 'methods');
    }
  });

  it('digits outside 6–8 or not whole', () => {
    for (const digits of [5, 9, 6.5, '6', null]) expectRefused(edited((t) => (t.digits = digits)), 'digits');
    for (const digits of [5, 9, 6.5, '8', null]) expectRefused(edited((t) => (t.challengeDigits = digits)), 'challengeDigits');
  });

  it('a challenge way without its digits, or digits that are not 4–64 ASCII digits', () => {
    expectRefused(edited((t) => delete t.challenge), 'challenge');
    for (const challenge of ['123', '1'.repeat(65), '１２３４５６７', '12345a', '1234 567', 1234567]) {
      expectRefused(edited((t) => (t.challenge = challenge)), 'challenge');
    }
  });

  it('a malformed challenge even when the challenge way is not offered', () => {
    expectRefused(edited((t) => ((t.methods = ['code']), (t.challenge = 'abc'))), 'challenge');
  });

  it('a passkey way without its request, or a request that is not an object', () => {
    expectRefused(edited((t) => delete t.passkey), 'passkey');
    expectRefused(edited((t) => (t.passkey = '{"challenge":"…"}')), 'passkey');
  });

  it('a passkey challenge that is not base64url of at least 16 bytes', () => {
    for (const challenge of [undefined, '', base64urlOf(15), `${base64urlOf(32)}=`, 'abc+/def'.repeat(4), `${base64urlOf(33)}A`, 'x'.repeat(1367), 42]) {
      expectRefused(edited((t) => (t.passkey.challenge = challenge)), 'passkey.challenge');
    }
    expect(checkTransaction(edited((t) => (t.passkey.challenge = base64urlOf(16)))).passkey!.challenge).to.have.length(22);
  });

  it('an rpId that is not a domain', () => {
    for (const rpId of ['https://bank.example', 'bank example', 'bank.example/', '', '-bank.example', 42]) {
      expectRefused(edited((t) => (t.passkey.rpId = rpId)), 'passkey.rpId');
    }
  });

  it('allowed credentials that are not a list of public keys with base64url ids', () => {
    expectRefused(edited((t) => (t.passkey.allowCredentials = {})), 'passkey.allowCredentials');
    expectRefused(edited((t) => (t.passkey.allowCredentials = Array(33).fill(t.passkey.allowCredentials[0]))), 'passkey.allowCredentials');
    expectRefused(edited((t) => (t.passkey.allowCredentials[0].type = 'password')), 'passkey.allowCredentials.0.type');
    expectRefused(edited((t) => (t.passkey.allowCredentials[0].id = 'not base64!')), 'passkey.allowCredentials.0.id');
    expectRefused(edited((t) => (t.passkey.allowCredentials[0].transports = ['USB'])), 'passkey.allowCredentials.0.transports');
    expectRefused(edited((t) => (t.passkey.allowCredentials[0].transports = Array(9).fill('usb'))), 'passkey.allowCredentials.0.transports');
  });

  it('a user verification, timeout or hint outside WebAuthn’s values', () => {
    expectRefused(edited((t) => (t.passkey.userVerification = 'always')), 'passkey.userVerification');
    for (const timeout of [0, 600_001, 1.5, '300000']) expectRefused(edited((t) => (t.passkey.timeout = timeout)), 'passkey.timeout');
    for (const hints of [['telepathy'], ['hybrid', 'hybrid'], 'hybrid']) expectRefused(edited((t) => (t.passkey.hints = hints)), 'passkey.hints');
  });
});
