import { expect } from '@open-wc/testing';
import { normalizeContractId, normalizeTokenId, tokenIdRegExp } from '../../src/wizard/normalize.js';

describe('wizard input normalization', () => {
  it('trims a contract ID and makes full-width letters and digits half-width', () => {
    expect(normalizeContractId('　１２３４ＡＢｃ５６７ ')).to.equal('1234ABc567');
  });

  it('upper-cases a token ID and drops spaces and hyphens of every width', () => {
    expect(normalizeTokenId('ｖｓｓｔ－１２３４ ５６７８')).to.equal('VSST12345678');
    expect(normalizeTokenId(' vsst-1234\u30005678ー')).to.equal('VSST12345678');
  });

  it('checks token IDs against the default pattern, also when the given one is broken', () => {
    expect(tokenIdRegExp(null).test('VSST12345678')).to.equal(true);
    expect(tokenIdRegExp('([').test('VSST1234567')).to.equal(false);
    expect(tokenIdRegExp('^[0-9]{6}$').test('123456')).to.equal(true);
  });
});
