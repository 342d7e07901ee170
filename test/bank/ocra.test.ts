import { expect } from '@open-wc/testing';
import { utf8 } from '../../src/bank/bytes.js';
import { OcraError, ocra, ocraTimeStep, parseOcraSuite, verifyOcra, type OcraInput } from '../../src/bank/ocra.js';

// RFC 6287 Appendix C: the keys are the ASCII digits "1234567890" repeated to 20, 32 and 64
// bytes, the PIN is "1234" (its SHA-1 hash given below), and T = 0x132d0b6 minutes.
const key20 = utf8('12345678901234567890');
const key32 = utf8('12345678901234567890123456789012');
const key64 = utf8('1234567890123456789012345678901234567890123456789012345678901234');
const pin = '1234';
const pinSha1 = '7110eda4d09e062aa5e4a390b0a572ac0d2c0220';
const rfcTime = 0x132d0b6 * 60_000;

interface Vector {
  suite: string;
  key: Uint8Array;
  input: OcraInput;
  response: string;
}

const appendixC: Record<string, Vector[]> = {
  'C.1 one-way, OCRA-1:HOTP-SHA1-6:QN08': [
    ['00000000', '237653'],
    ['11111111', '243178'],
    ['22222222', '653583'],
    ['33333333', '740991'],
    ['44444444', '608993'],
    ['55555555', '388898'],
    ['66666666', '816933'],
    ['77777777', '224598'],
    ['88888888', '750600'],
    ['99999999', '294470'],
  ].map(([question, response]) => ({ suite: 'OCRA-1:HOTP-SHA1-6:QN08', key: key20, input: { question: question! }, response: response! })),

  'C.1 one-way, OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1': [
    '65347737', '86775851', '78192410', '71565254', '10104329',
    '65983500', '70069104', '91771096', '75011558', '08522129',
  ].map((response, counter) => ({
    suite: 'OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1',
    key: key32,
    input: { counter, question: '12345678', password: pin },
    response,
  })),

  'C.1 one-way, OCRA-1:HOTP-SHA256-8:QN08-PSHA1': [
    ['00000000', '83238735'],
    ['11111111', '01501458'],
    ['22222222', '17957585'],
    ['33333333', '86776967'],
    ['44444444', '86807031'],
  ].map(([question, response]) => ({
    suite: 'OCRA-1:HOTP-SHA256-8:QN08-PSHA1',
    key: key32,
    input: { question: question!, password: pin },
    response: response!,
  })),

  'C.1 one-way, OCRA-1:HOTP-SHA512-8:C-QN08': [
    ['00000000', '07016083'],
    ['11111111', '63947962'],
    ['22222222', '70123924'],
    ['33333333', '25341727'],
    ['44444444', '33203315'],
    ['55555555', '34205738'],
    ['66666666', '44343969'],
    ['77777777', '51946085'],
    ['88888888', '20403879'],
    ['99999999', '31409299'],
  ].map(([question, response], counter) => ({
    suite: 'OCRA-1:HOTP-SHA512-8:C-QN08',
    key: key64,
    input: { counter, question: question! },
    response: response!,
  })),

  'C.1 one-way, OCRA-1:HOTP-SHA512-8:QN08-T1M': [
    ['00000000', '95209754'],
    ['11111111', '55907591'],
    ['22222222', '22048402'],
    ['33333333', '24218844'],
    ['44444444', '36209546'],
  ].map(([question, response]) => ({
    suite: 'OCRA-1:HOTP-SHA512-8:QN08-T1M',
    key: key64,
    input: { question: question!, time: rfcTime },
    response: response!,
  })),

  'C.2 mutual, server, OCRA-1:HOTP-SHA256-8:QA08': [
    ['CLI22220', 'SRV11110', '28247970'],
    ['CLI22221', 'SRV11111', '01984843'],
    ['CLI22222', 'SRV11112', '65387857'],
    ['CLI22223', 'SRV11113', '03351211'],
    ['CLI22224', 'SRV11114', '83412541'],
  ].map(([client, server, response]) => ({
    suite: 'OCRA-1:HOTP-SHA256-8:QA08',
    key: key32,
    input: { question: [client!, server!] },
    response: response!,
  })),

  'C.2 mutual, client, OCRA-1:HOTP-SHA256-8:QA08': [
    ['SRV11110', 'CLI22220', '15510767'],
    ['SRV11111', 'CLI22221', '90175646'],
    ['SRV11112', 'CLI22222', '33777207'],
    ['SRV11113', 'CLI22223', '95285278'],
    ['SRV11114', 'CLI22224', '28934924'],
  ].map(([server, client, response]) => ({
    suite: 'OCRA-1:HOTP-SHA256-8:QA08',
    key: key32,
    input: { question: [server!, client!] },
    response: response!,
  })),

  'C.2 mutual, server, OCRA-1:HOTP-SHA512-8:QA08': [
    ['CLI22220', 'SRV11110', '79496648'],
    ['CLI22221', 'SRV11111', '76831980'],
    ['CLI22222', 'SRV11112', '12250499'],
    ['CLI22223', 'SRV11113', '90856481'],
    ['CLI22224', 'SRV11114', '12761449'],
  ].map(([client, server, response]) => ({
    suite: 'OCRA-1:HOTP-SHA512-8:QA08',
    key: key64,
    input: { question: [client!, server!] },
    response: response!,
  })),

  'C.2 mutual, client, OCRA-1:HOTP-SHA512-8:QA08-PSHA1': [
    ['SRV11110', 'CLI22220', '18806276'],
    ['SRV11111', 'CLI22221', '70020315'],
    ['SRV11112', 'CLI22222', '01600026'],
    ['SRV11113', 'CLI22223', '18951020'],
    ['SRV11114', 'CLI22224', '32528969'],
  ].map(([server, client, response]) => ({
    suite: 'OCRA-1:HOTP-SHA512-8:QA08-PSHA1',
    key: key64,
    input: { question: [server!, client!], password: pin },
    response: response!,
  })),

  'C.3 plain signature, OCRA-1:HOTP-SHA256-8:QA08': [
    ['SIG10000', '53095496'],
    ['SIG11000', '04110475'],
    ['SIG12000', '31331128'],
    ['SIG13000', '76028668'],
    ['SIG14000', '46554205'],
  ].map(([question, response]) => ({ suite: 'OCRA-1:HOTP-SHA256-8:QA08', key: key32, input: { question: question! }, response: response! })),

  'C.3 plain signature with time, OCRA-1:HOTP-SHA512-8:QA10-T1M': [
    ['SIG1000000', '77537423'],
    ['SIG1100000', '31970405'],
    ['SIG1200000', '10235557'],
    ['SIG1300000', '95213541'],
    ['SIG1400000', '65360607'],
  ].map(([question, response]) => ({
    suite: 'OCRA-1:HOTP-SHA512-8:QA10-T1M',
    key: key64,
    input: { question: question!, time: rfcTime },
    response: response!,
  })),
};

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string) => new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('OCRA against every test vector of RFC 6287 Appendix C', () => {
  for (const [table, vectors] of Object.entries(appendixC)) {
    describe(table, () => {
      for (const { suite, key, input, response } of vectors) {
        it(`gives ${response} for ${JSON.stringify(input)}`, async () => {
          expect(await ocra(suite, key, input)).to.equal(response);
        });
      }
    });
  }

  it('has all 70 vectors of the appendix', () => {
    expect(Object.values(appendixC).flat()).to.have.length(70);
  });

  it('gives the same response for the PIN and for its stored SHA-1 hash (the appendix gives the hash)', async () => {
    const input = { counter: 0, question: '12345678' };
    expect(await ocra('OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1', key32, { ...input, passwordHash: fromHex(pinSha1) })).to.equal('65347737');
  });

  it('takes the time as milliseconds: any moment in the RFC minute gives its response', async () => {
    const suite = 'OCRA-1:HOTP-SHA512-8:QN08-T1M';
    expect(ocraTimeStep(suite, rfcTime + 59_999)).to.equal(0x132d0b6);
    expect(await ocra(suite, key64, { question: '00000000', time: rfcTime + 59_999 })).to.equal('95209754');
    expect(await ocra(suite, key64, { question: '00000000', time: rfcTime + 60_000 })).not.to.equal('95209754');
  });
});

describe('parseOcraSuite', () => {
  it('reads every part of a suite', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA256-8:C-QH40-PSHA512-S128-T30S')).to.deep.equal({
      text: 'OCRA-1:HOTP-SHA256-8:C-QH40-PSHA512-S128-T30S',
      hash: 'SHA256',
      digits: 8,
      counter: true,
      challenge: { format: 'H', maxLength: 40 },
      password: 'SHA512',
      sessionLength: 128,
      timeStep: 30,
    });
  });

  it('reads the bare minimum, a challenge, with nothing else set', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA1-6:QA04')).to.deep.equal({
      text: 'OCRA-1:HOTP-SHA1-6:QA04',
      hash: 'SHA1',
      digits: 6,
      counter: false,
      challenge: { format: 'A', maxLength: 4 },
    });
  });

  it('reads time steps in seconds, minutes and hours at their bounds', () => {
    const step = (g: string) => parseOcraSuite(`OCRA-1:HOTP-SHA1-6:QN08-T${g}`).timeStep;
    expect([step('1S'), step('59S'), step('1M'), step('59M'), step('1H'), step('48H')]).to.deep.equal([
      1, 59, 60, 59 * 60, 3600, 48 * 3600,
    ]);
  });

  it('reads every digit count the RFC allows: 0 and 4 to 10', () => {
    for (const digits of [0, 4, 5, 6, 7, 8, 9, 10]) {
      expect(parseOcraSuite(`OCRA-1:HOTP-SHA512-${digits}:QN08`).digits).to.equal(digits);
    }
  });

  it('reads session lengths 001 to 512', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA1-6:QN08-S001').sessionLength).to.equal(1);
    expect(parseOcraSuite('OCRA-1:HOTP-SHA1-6:QN08-S512').sessionLength).to.equal(512);
  });

  const malformed: [string, string][] = [
    ['', 'empty'],
    ['OCRA-2:HOTP-SHA1-6:QN08', 'another version'],
    ['ocra-1:hotp-sha1-6:qn08', 'lower case'],
    ['OCRA-1:HOTP-MD5-6:QN08', 'an unknown hash'],
    ['OCRA-1:HOTP-SHA1-3:QN08', 'three digits'],
    ['OCRA-1:HOTP-SHA1-11:QN08', 'eleven digits'],
    ['OCRA-1:HOTP-SHA1-06:QN08', 'a digit count with a leading zero'],
    ['OCRA-1:HOTP-SHA1-6:', 'no DataInput'],
    ['OCRA-1:HOTP-SHA1-6:C', 'no challenge'],
    ['OCRA-1:HOTP-SHA1-6:QN03', 'a challenge length under 04'],
    ['OCRA-1:HOTP-SHA1-6:QN65', 'a challenge length over 64'],
    ['OCRA-1:HOTP-SHA1-6:QN8', 'a one-digit challenge length'],
    ['OCRA-1:HOTP-SHA1-6:QX08', 'an unknown challenge format'],
    ['OCRA-1:HOTP-SHA1-6:QN08-C', 'the counter after the challenge'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1M-PSHA1', 'the PIN after the time'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1M-S064', 'the session after the time'],
    ['OCRA-1:HOTP-SHA1-6:QN08-QN08', 'two challenges'],
    ['OCRA-1:HOTP-SHA1-6:QN08-P', 'a bare P'],
    ['OCRA-1:HOTP-SHA1-6:QN08-PMD5', 'an unknown PIN hash'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S', 'a bare S'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S64', 'a two-digit session length'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S000', 'session length 000'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S513', 'session length 513'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T', 'a bare T'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T0S', 'a zero time step'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T0H', 'zero hours'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T60S', '60 seconds'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T60M', '60 minutes'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T49H', '49 hours'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T01M', 'a step with a leading zero'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1D', 'days'],
    ['OCRA-1:HOTP-SHA1-6:QN08-', 'a trailing dash'],
    [' OCRA-1:HOTP-SHA1-6:QN08', 'a leading space'],
  ];
  for (const [suite, what] of malformed) {
    it(`refuses ${what}: ${JSON.stringify(suite)}`, () => {
      expect(() => parseOcraSuite(suite)).to.throw(OcraError);
    });
  }

  it('refuses a value that is not text with OcraError', () => {
    expect(() => parseOcraSuite(42 as unknown as string)).to.throw(OcraError);
  });
});

describe('ocra inputs', () => {
  const refuses = (suite: string, input: OcraInput, key: Uint8Array = key20) => async () => {
    const error = await rejection(ocra(suite, key, input));
    expect(error).to.be.instanceOf(OcraError);
  };

  it('refuses a counter the suite does not take', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '1234', counter: 1 }));
  it('refuses a missing counter', refuses('OCRA-1:HOTP-SHA1-6:C-QN08', { question: '1234' }));
  it('refuses a negative counter', refuses('OCRA-1:HOTP-SHA1-6:C-QN08', { question: '1234', counter: -1 }));
  it('refuses a counter of 2^64', refuses('OCRA-1:HOTP-SHA1-6:C-QN08', { question: '1234', counter: 2n ** 64n }));
  it('refuses a fractional counter', refuses('OCRA-1:HOTP-SHA1-6:C-QN08', { question: '1234', counter: 1.5 }));
  it('refuses a numeric challenge with a letter', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '1234a' }));
  it('refuses full-width digits', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '１２３４' }));
  it('refuses a challenge longer than the suite allows', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '123456789' }));
  it('refuses an empty challenge', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '' }));
  it('refuses three challenges', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: ['1', '2', '3'] }));
  it('refuses a hex challenge with a g', refuses('OCRA-1:HOTP-SHA1-6:QH08', { question: '12g4' }));
  it('refuses an alphanumeric challenge with a space', refuses('OCRA-1:HOTP-SHA1-6:QA08', { question: 'SIG 1000' }));
  it('refuses a missing PIN', refuses('OCRA-1:HOTP-SHA1-6:QN08-PSHA1', { question: '1234' }));
  it('refuses both PIN and hash', refuses('OCRA-1:HOTP-SHA1-6:QN08-PSHA1', { question: '1234', password: pin, passwordHash: fromHex(pinSha1) }));
  it('refuses a PIN hash of another length', refuses('OCRA-1:HOTP-SHA1-6:QN08-PSHA256', { question: '1234', passwordHash: fromHex(pinSha1) }));
  it('refuses a PIN the suite does not take', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '1234', password: pin }));
  it('refuses missing session information', refuses('OCRA-1:HOTP-SHA1-6:QN08-S064', { question: '1234' }));
  it('refuses session information longer than the suite says', refuses('OCRA-1:HOTP-SHA1-6:QN08-S004', { question: '1234', session: 'abcde' }));
  it('refuses session information the suite does not take', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '1234', session: 'a' }));
  it('refuses a missing time', refuses('OCRA-1:HOTP-SHA1-6:QN08-T1M', { question: '1234' }));
  it('refuses a time the suite does not take', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '1234', time: 0 }));
  it('refuses a time that is not a number', refuses('OCRA-1:HOTP-SHA1-6:QN08-T1M', { question: '1234', time: NaN }));
  it('refuses a time before the epoch', refuses('OCRA-1:HOTP-SHA1-6:QN08-T1M', { question: '1234', time: -1 }));
  it('refuses an empty key', refuses('OCRA-1:HOTP-SHA1-6:QN08', { question: '1234' }, new Uint8Array()));
  it('refuses a malformed suite by rejecting, not by throwing', async () => {
    expect(await rejection(ocra('OCRA-1:HOTP-SHA1-6:QN08-', key20, { question: '1234' }))).to.be.instanceOf(OcraError);
  });

  it('never names a secret in its message', async () => {
    const error = (await rejection(ocra('OCRA-1:HOTP-SHA1-6:QN08-PSHA256', key20, { question: '1234', password: '987654', passwordHash: new Uint8Array(32) }))) as Error;
    expect(error.message).not.to.contain('987654');
  });

  it('takes a counter up to 2^64 − 1 as a bigint', async () => {
    const response = await ocra('OCRA-1:HOTP-SHA1-6:C-QN08', key20, { question: '1234', counter: 2n ** 64n - 1n });
    expect(response).to.match(/^[0-9]{6}$/);
  });

  it('takes the counter as a bigint too', async () => {
    const suite = 'OCRA-1:HOTP-SHA512-8:C-QN08';
    expect(await ocra(suite, key64, { question: '11111111', counter: 1n })).to.equal('63947962');
  });

  it('pads session information with zeros to the left: short text equals the same text behind zero bytes', async () => {
    const suite = 'OCRA-1:HOTP-SHA256-8:QN08-S064';
    const padded = new Uint8Array(64);
    padded.set(utf8('session'), 64 - 7);
    expect(await ocra(suite, key32, { question: '1234', session: 'session' })).to.equal(
      await ocra(suite, key32, { question: '1234', session: padded }),
    );
  });

  it('takes a numeric challenge by its value: leading zeros do not change it, as in the RFC', async () => {
    const suite = 'OCRA-1:HOTP-SHA1-6:QN08';
    expect(await ocra(suite, key20, { question: '00001234' })).to.equal(await ocra(suite, key20, { question: '1234' }));
  });

  it('takes a hex challenge as its digits, in either case', async () => {
    const suite = 'OCRA-1:HOTP-SHA1-6:QH08';
    // The RFC's numeric 11111111 is hex A98AC7: the same DataInput but for the suite's text.
    expect(await ocra(suite, key20, { question: 'a98ac7' })).to.equal(await ocra(suite, key20, { question: 'A98AC7' }));
  });

  it('gives the whole HMAC as hex for t = 0', async () => {
    expect(await ocra('OCRA-1:HOTP-SHA1-0:QN08', key20, { question: '1234' })).to.match(/^[0-9a-f]{40}$/);
    expect(await ocra('OCRA-1:HOTP-SHA512-0:QN08', key64, { question: '1234' })).to.match(/^[0-9a-f]{128}$/);
  });

  it('takes a parsed suite as well as its text', async () => {
    const suite = parseOcraSuite('OCRA-1:HOTP-SHA1-6:QN08');
    expect(await ocra(suite, key20, { question: '99999999' })).to.equal('294470');
  });

  it('hashes the PIN it is given, as the appendix hash shows', async () => {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', utf8(pin)));
    expect(hex(hash)).to.equal(pinSha1);
  });
});

describe('verifyOcra', () => {
  // The bank's suite: an 8-digit code over the payee's account number, minute steps.
  const suite = 'OCRA-1:HOTP-SHA256-8:QN08-T1M';
  const minute = 60_000;
  const now = 29_000_000 * minute + 12_345;
  const at = (time: number) => ocra(suite, key32, { question: '1234567', time });

  it('accepts the response of the current minute and returns its step', async () => {
    expect(await verifyOcra(suite, key32, await at(now), { question: '1234567' }, { timeMs: now })).to.equal(29_000_000);
  });

  it('accepts the response of the previous minute', async () => {
    expect(await verifyOcra(suite, key32, await at(now - minute), { question: '1234567' }, { timeMs: now })).to.equal(29_000_000 - 1);
  });

  it('refuses the response of two minutes ago and of the next minute', async () => {
    expect(await verifyOcra(suite, key32, await at(now - 2 * minute), { question: '1234567' }, { timeMs: now })).to.equal(undefined);
    expect(await verifyOcra(suite, key32, await at(now + minute), { question: '1234567' }, { timeMs: now })).to.equal(undefined);
  });

  it('refuses a response for another challenge (another payee account)', async () => {
    expect(await verifyOcra(suite, key32, await at(now), { question: '7654321' }, { timeMs: now })).to.equal(undefined);
  });

  it('refuses a step already used, and an older one', async () => {
    const response = await at(now - minute);
    expect(await verifyOcra(suite, key32, response, { question: '1234567' }, { timeMs: now, usedStep: 29_000_000 - 1 })).to.equal(undefined);
    expect(await verifyOcra(suite, key32, await at(now), { question: '1234567' }, { timeMs: now, usedStep: 29_000_000 })).to.equal(undefined);
    expect(await verifyOcra(suite, key32, await at(now), { question: '1234567' }, { timeMs: now, usedStep: 29_000_000 - 1 })).to.equal(29_000_000);
  });

  it('checks the RFC vector at its own minute and the minute after, not two after', async () => {
    const rfc = 'OCRA-1:HOTP-SHA512-8:QN08-T1M';
    const check = (timeMs: number) => verifyOcra(rfc, key64, '95209754', { question: '00000000' }, { timeMs });
    expect([await check(rfcTime), await check(rfcTime + minute), await check(rfcTime + 2 * minute)]).to.deep.equal([
      0x132d0b6,
      0x132d0b6,
      undefined,
    ]);
  });

  it('refuses a suite without a time step with OcraError', async () => {
    const error = await rejection(verifyOcra('OCRA-1:HOTP-SHA1-6:QN08', key20, '237653', { question: '00000000' }, { timeMs: now }));
    expect(error).to.be.instanceOf(OcraError);
  });

  it('refuses a response that is not text with OcraError', async () => {
    const error = await rejection(verifyOcra(suite, key32, 12345678 as unknown as string, { question: '1234567' }, { timeMs: now }));
    expect(error).to.be.instanceOf(OcraError);
  });
});
