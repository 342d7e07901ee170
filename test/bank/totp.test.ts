import { expect } from '@open-wc/testing';
import { timingSafeEqual, utf8 } from '../../src/bank/bytes.js';
import { matchTotp, type TotpAlgorithm } from '../../src/bank/totp.js';

// RFC 6238 Appendix B: the seed of each algorithm is the ASCII digits "1234567890" repeated to
// the hash's length; codes have 8 digits, steps are 30 s.
const seeds: Record<TotpAlgorithm, string> = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
};

const vectors: [time: number, code: string, algorithm: TotpAlgorithm][] = [
  [59, '94287082', 'SHA1'],
  [59, '46119246', 'SHA256'],
  [59, '90693936', 'SHA512'],
  [1111111109, '07081804', 'SHA1'],
  [1111111109, '68084774', 'SHA256'],
  [1111111109, '25091201', 'SHA512'],
  [1111111111, '14050471', 'SHA1'],
  [1111111111, '67062674', 'SHA256'],
  [1111111111, '99943326', 'SHA512'],
  [1234567890, '89005924', 'SHA1'],
  [1234567890, '91819424', 'SHA256'],
  [1234567890, '93441116', 'SHA512'],
  [2000000000, '69279037', 'SHA1'],
  [2000000000, '90698825', 'SHA256'],
  [2000000000, '38618901', 'SHA512'],
  [20000000000, '65353130', 'SHA1'],
  [20000000000, '77737706', 'SHA256'],
  [20000000000, '47863826', 'SHA512'],
];

const exact = (algorithm: TotpAlgorithm) => ({ algorithm, digits: 8, period: 30, window: 0 });

describe('TOTP verification against RFC 6238 Appendix B', () => {
  for (const [time, code, algorithm] of vectors) {
    it(`accepts ${code} for ${algorithm} at T=${time} as step ${Math.floor(time / 30)}`, () => {
      expect(matchTotp(utf8(seeds[algorithm]), code, time * 1000, exact(algorithm))).to.equal(Math.floor(time / 30));
    });
  }

  it('refuses an RFC code one step later when no drift window is allowed', () => {
    expect(matchTotp(utf8(seeds.SHA1), '94287082', (59 + 30) * 1000, exact('SHA1'))).to.equal(undefined);
  });

  it('refuses an RFC code with one digit changed', () => {
    expect(matchTotp(utf8(seeds.SHA256), '46119247', 59 * 1000, exact('SHA256'))).to.equal(undefined);
  });

  it('refuses an RFC code under another algorithm', () => {
    expect(matchTotp(utf8(seeds.SHA1), '90693936', 59 * 1000, exact('SHA1'))).to.equal(undefined);
  });

  it('refuses a code of a step already used, and accepts it when the used step is older', () => {
    const params = { ...exact('SHA1'), window: 1 };
    expect(matchTotp(utf8(seeds.SHA1), '07081804', 1111111109_000, params, 37037036)).to.equal(undefined);
    expect(matchTotp(utf8(seeds.SHA1), '07081804', 1111111109_000, params, 37037035)).to.equal(37037036);
  });
});

describe('timingSafeEqual', () => {
  it('is true for equal bytes', () => {
    expect(timingSafeEqual(utf8('123456'), utf8('123456'))).to.equal(true);
  });

  it('is false when any byte differs, first or last', () => {
    expect(timingSafeEqual(utf8('023456'), utf8('123456'))).to.equal(false);
    expect(timingSafeEqual(utf8('123457'), utf8('123456'))).to.equal(false);
  });

  it('is false for different lengths, a prefix included', () => {
    expect(timingSafeEqual(utf8('12345'), utf8('123456'))).to.equal(false);
  });
});
