// The token field's edit engine under any input: whatever is typed, pasted or set, the value
// stays ASCII digits within the code's length, nothing throws, and nothing is silently cut.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SCAN_LIMIT, applyEdit, clean, diff, readCode, sanitize, typedDigits } from '../../../src/token-field/code-edit.js';
import { numRuns } from './runs.js';

const digitsOnly = /^[0-9]*$/;
const asciiDigit = fc.constantFrom(...'0123456789');
const fullWidthDigit = fc.constantFrom(...'０１２３４５６７８９');
const separator = fc.constantFrom(' ', '\u00A0', '\u3000', '-', '\u2010', '\u2212', 'ー', '－');
const invisible = fc.constantFrom('\u200B', '\u200E', '\u2060', '\uFEFF', '\u00AD');
/** Any text, weighted towards the characters the rules treat specially. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(asciiDigit, fullWidthDigit, separator, invisible, fc.string({ maxLength: 2 })), { maxLength: 40 }).map((parts) => parts.join('')),
);
const max = fc.constantFrom(6, 7, 8);
/** A field's value (digits, at most `max`) and a selection in it. */
const fieldState = max.chain((n) =>
  fc
    .array(asciiDigit, { maxLength: n })
    .map((d) => d.join(''))
    .chain((value) =>
      fc.tuple(fc.nat(value.length), fc.nat(value.length)).map(([a, b]) => ({ value, start: Math.min(a, b), end: Math.max(a, b), max: n })),
    ),
);

describe('code edit engine: properties', () => {
  it('sanitize: any value becomes ASCII digits only, at most SCAN_LIMIT of them, and stays so', () => {
    // As for a native input's value: a value that cannot become text at all (an object whose
    // toString is not a function) throws the platform's TypeError, as `input.value = …` does.
    const convertible = fc.anything().filter((value) => {
      try {
        String(value);
        return true;
      } catch {
        return false;
      }
    });
    fc.assert(
      fc.property(fc.oneof(convertible, text), (value) => {
        const once = sanitize(value);
        assert.match(once, digitsOnly);
        assert.ok(once.length <= SCAN_LIMIT);
        assert.equal(sanitize(once), once);
      }),
      { numRuns },
    );
  });

  it('clean: keeps digits in order, ASCII for full-width, drops only what is invisible', () => {
    fc.assert(
      fc.property(text, (input) => {
        const cleaned = clean(input);
        assert.ok(cleaned.length <= Math.min(input.length, SCAN_LIMIT));
        assert.doesNotMatch(cleaned, /[\uFF10-\uFF19\u200B\u200E\u2060\uFEFF\u00AD]/);
        const digits = (s: string) => s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[^0-9]/g, '');
        assert.equal(digits(cleaned), digits(input.slice(0, SCAN_LIMIT)));
      }),
      { numRuns },
    );
  });

  it('typedDigits: digits and separators give the digits in order; anything else refuses the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(asciiDigit, fullWidthDigit, separator, invisible), { maxLength: 30 }), fc.option(fc.constantFrom('a', 'Z', '٣', '.', '+', 'あ')), (parts, intruder) => {
        const typed = parts.join('') + (intruder ?? '');
        const expected = parts.map((p) => (/[０-９]/.test(p) ? String.fromCharCode(p.charCodeAt(0) - 0xfee0) : p)).filter((p) => /[0-9]/.test(p)).join('');
        assert.equal(typedDigits(typed), intruder === null ? expected : 'notDigit');
      }),
      { numRuns },
    );
  });

  it('readCode: finds a code grouped any way inside any digit-free message, and never more than max digits', () => {
    const message = fc.string({ maxLength: 60 }).map((s) => s.replace(/[0-9０-９]/g, ''));
    const grouped = max.chain((n) =>
      fc.tuple(fc.array(asciiDigit, { minLength: n, maxLength: n }), fc.nat(n), separator).map(([d, cut, sep]) => ({
        code: d.join(''),
        written: cut > 0 && cut < n ? d.slice(0, cut).join('') + sep + d.slice(cut).join('') : d.join(''),
        n,
      })),
    );
    fc.assert(
      fc.property(message, grouped, message, (before, { code, written, n }, after) => {
        // A separator at a seam would join the code to the message: keep the seams apart.
        assert.equal(readCode(`${before} ${written} ${after}`, n), code);
      }),
      { numRuns },
    );
    fc.assert(
      fc.property(text, max, (input, n) => {
        const code = readCode(input, n);
        if (code !== 'noCode') {
          assert.match(code, /^[0-9]+$/);
          assert.ok(code.length <= n);
        }
      }),
      { numRuns },
    );
  });

  it('applyEdit: the value stays ASCII digits within max, the caret within it, or the edit is refused and nothing changes', () => {
    fc.assert(
      fc.property(fieldState, text, fc.constantFrom('typed' as const, 'pasted' as const), ({ value, start, end, max: n }, input, kind) => {
        const result = applyEdit(value, start, end, input, n, kind);
        if ('refused' in result) {
          assert.ok(['notDigit', 'tooMany', 'noCode'].includes(result.refused));
          return;
        }
        assert.match(result.value, digitsOnly);
        assert.ok(result.value.length <= n);
        assert.ok(result.caret >= 0 && result.caret <= result.value.length);
      }),
      { numRuns },
    );
  });

  it('applyEdit: typed digits that fit are inserted at the selection, exactly', () => {
    fc.assert(
      fc.property(fieldState, fc.array(asciiDigit, { maxLength: 8 }), ({ value, start, end, max: n }, typed) => {
        const digits = typed.join('');
        const expected = value.slice(0, start) + digits + value.slice(end);
        const result = applyEdit(value, start, end, digits, n, 'typed');
        assert.deepEqual(result, expected.length <= n ? { value: expected, caret: start + digits.length } : { refused: 'tooMany' });
      }),
      { numRuns },
    );
  });

  it('diff: the range and text it finds turn `before` into `after`, wherever the caret is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.nat(20), (before, after, at) => {
        const { start, end, text: inserted } = diff(before, after, Math.min(at, after.length));
        assert.ok(start >= 0 && start <= end && end <= before.length);
        assert.equal(before.slice(0, start) + inserted + before.slice(end), after);
      }),
      { numRuns },
    );
  });
});
