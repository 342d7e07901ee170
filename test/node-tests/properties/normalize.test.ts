// The wizard's contract-ID and token-ID normalizers under any text: nothing throws, the output
// keeps its form (half-width, trimmed, upper case, no separators), and normalizing twice
// changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultTokenIdPattern, normalizeContractId, normalizeTokenId, toHalfWidth, tokenIdRegExp } from '../../../src/wizard/normalize.js';
import { numRuns } from './runs.js';

const fullWidth = fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c));
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fullWidth, fc.constantFrom(' ', '\u3000', '-', 'ー', '\u2212', '\t'), fc.string({ maxLength: 2 })), { maxLength: 40 }).map((p) => p.join('')),
);

describe('contract-ID and token-ID normalizers: properties', () => {
  it('toHalfWidth: leaves no full-width ASCII or ideographic space, keeps the length, and is idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const half = toHalfWidth(input);
        assert.doesNotMatch(half, /[\uFF01-\uFF5E\u3000]/);
        assert.equal(half.length, input.length);
        assert.equal(toHalfWidth(half), half);
      }),
      { numRuns },
    );
  });

  it('normalizeContractId: trimmed, half-width, idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const id = normalizeContractId(input);
        assert.equal(id, id.trim());
        assert.doesNotMatch(id, /[\uFF01-\uFF5E]/);
        assert.equal(normalizeContractId(id), id);
      }),
      { numRuns },
    );
  });

  it('normalizeTokenId: no space or dash of any width, upper case, idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const id = normalizeTokenId(input);
        assert.doesNotMatch(id, /[\s\-\u2010-\u2015\u2212\u30FC\uFF70\uFF01-\uFF5E]/);
        assert.equal(id, id.toUpperCase());
        assert.equal(normalizeTokenId(id), id);
      }),
      { numRuns },
    );
  });

  it('normalizeTokenId: a VIP token ID written any usual way becomes the ID the default pattern accepts', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const digit = fc.constantFrom(...'0123456789');
    const id = fc.tuple(fc.array(letter, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 8, maxLength: 8 })).map(([l, d]) => l.join('') + d.join(''));
    const styled = (c: string, wide: boolean, lower: boolean) => {
      const cased = lower ? c.toLowerCase() : c;
      return wide ? String.fromCharCode(cased.charCodeAt(0) + 0xfee0) : cased;
    };
    fc.assert(
      fc.property(id, fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.constantFrom('', '', ' ', '-', 'ー', '\u3000')), { minLength: 12, maxLength: 12 }), (canonical, styles) => {
        const written = [...canonical].map((c, i) => styled(c, styles[i]![0], styles[i]![1]) + styles[i]![2]).join('');
        const normalized = normalizeTokenId(written);
        assert.equal(normalized, canonical);
        assert.ok(tokenIdRegExp(defaultTokenIdPattern).test(normalized));
      }),
      { numRuns },
    );
  });

  it('tokenIdRegExp: any token-id-pattern gives a RegExp, never an exception', () => {
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), (pattern) => {
        assert.ok(tokenIdRegExp(pattern) instanceof RegExp);
      }),
      { numRuns },
    );
  });
});
