import { expect } from '@open-wc/testing';
import {
  SCAN_LIMIT,
  applyEdit,
  clean,
  codeLength,
  diff,
  readCode,
  sanitize,
  typedDigits,
} from '../../src/token-field/code-edit.js';

describe('normalize: codeLength', () => {
  it('accepts 6, 7 and 8 and maps anything else to 6', () => {
    expect([6, 7, 8, '7', '8'].map(codeLength)).to.deep.equal([6, 7, 8, 7, 8]);
    expect([5, 9, 0, -7, 6.5, NaN, '', 'abc', null, undefined].map(codeLength)).to.deep.equal(Array(10).fill(6));
  });
});

describe('normalize: clean', () => {
  it('maps full-width digits to ASCII', () => {
    expect(clean('０１２３４５６７８９')).to.equal('0123456789');
  });

  it('drops zero-width spaces, word joiner, bidi marks, bidi embeddings and isolates, soft hyphen and BOM', () => {
    const invisible = [
      '\u200B', '\u200C', '\u200D', '\u2060', '\u200E', '\u200F',
      '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
      '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\u061C',
    ];
    for (const ch of invisible) expect(clean(`12${ch}34`), `U+${ch.charCodeAt(0).toString(16)}`).to.equal('1234');
  });

  it('keeps other characters, including digits of other scripts', () => {
    expect(clean('a٣۳३ -')).to.equal('a٣۳३ -');
  });

  it('looks at no more than SCAN_LIMIT characters', () => {
    expect(clean('1'.repeat(10_000))).to.have.length(SCAN_LIMIT);
  });
});

describe('normalize: sanitize (values set by script)', () => {
  it('keeps only ASCII digits after mapping full-width ones, in order', () => {
    expect(sanitize('１２ab34')).to.equal('1234');
    expect(sanitize(' 012-345 ')).to.equal('012345');
  });

  it('turns null, undefined and numbers into strings', () => {
    expect(sanitize(null)).to.equal('');
    expect(sanitize(undefined)).to.equal('');
    expect(sanitize(123456)).to.equal('123456');
  });

  it('drops Arabic-Indic digits', () => {
    expect(sanitize('١٢٣')).to.equal('');
  });
});

describe('normalize: typedDigits', () => {
  it('keeps ASCII and full-width digits', () => {
    expect(typedDigits('12')).to.equal('12');
    expect(typedDigits('１２３')).to.equal('123');
  });

  it('drops every kind of separator', () => {
    for (const sep of [' ', '\u00A0', '\u202F', '\u3000', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u30FC', '\uFF0D']) {
      expect(typedDigits(`1${sep}2`), `U+${sep.charCodeAt(0).toString(16)}`).to.equal('12');
    }
  });

  it('refuses letters, punctuation, emoji and other scripts\' digits', () => {
    for (const text of ['a', '1a', 'ア', '.', '+', '😀', '1😀', '١', '۳', '३', '\t', '\n']) {
      expect(typedDigits(text), JSON.stringify(text)).to.equal('notDigit');
    }
  });

  it('reads only separators or invisible characters as no digits', () => {
    expect(typedDigits(' ')).to.equal('');
    expect(typedDigits('\u200B')).to.equal('');
  });
});

describe('normalize: readCode (pasted text)', () => {
  const six = (text: string) => readCode(text, 6);

  it('reads a bare code, keeping leading zeros', () => {
    expect(six('123456')).to.equal('123456');
    expect(six('000123')).to.equal('000123');
  });

  it('reads codes grouped by one space, ideographic space, hyphen or dash', () => {
    for (const text of ['123 456', '123　456', '123-456', '123–456', '123ー456', '123－456', '12 34 56', '１２３ ４５６']) {
      expect(six(text), text).to.equal('123456');
    }
  });

  it('reads a code with surrounding spaces and newlines', () => {
    expect(six(' 123456 ')).to.equal('123456');
    expect(six('\n123456\r\n')).to.equal('123456');
  });

  it('reads the code out of a message', () => {
    expect(six('Your code is 123456.')).to.equal('123456');
    expect(six('認証コード：１２３４５６です')).to.equal('123456');
    expect(six('code: "123-456"')).to.equal('123456');
  });

  it('reads a code wrapped in bidi marks and zero-width spaces', () => {
    expect(six('\u2066123\u200B456\u2069')).to.equal('123456');
    expect(six('\uFEFF123456\u200E')).to.equal('123456');
  });

  it('reads a partial code, so that it can be inserted into a partly filled field', () => {
    expect(six('34')).to.equal('34');
    expect(six('x 7 y')).to.equal('7');
  });

  it('refuses a run longer than the code instead of truncating it', () => {
    expect(six('1234567')).to.equal('noCode');
    expect(six('123 4567')).to.equal('noCode');
    expect(readCode('12345678', 8)).to.equal('12345678');
    expect(readCode('123456789', 8)).to.equal('noCode');
  });

  it('refuses two codes or a code with another number', () => {
    expect(six('123456 654321')).to.equal('noCode');
    expect(six('123456\n654321')).to.equal('noCode');
    expect(six('123  456')).to.equal('noCode');
    expect(six('123 - 456')).to.equal('noCode');
    expect(six('Code 123456, valid for 5 minutes')).to.equal('noCode');
  });

  it('refuses text without digits, and other scripts\' digits', () => {
    expect(six('')).to.equal('noCode');
    expect(six('abc')).to.equal('noCode');
    expect(six('😀')).to.equal('noCode');
    expect(six('١٢٣٤٥٦')).to.equal('noCode');
  });

  it('does not join runs across letters or punctuation', () => {
    expect(six('123a456')).to.equal('noCode');
    expect(six('123.456')).to.equal('noCode');
    expect(six('123\t456')).to.equal('noCode');
  });

  it('reads only the first SCAN_LIMIT characters of a long paste', () => {
    expect(six(`Your code is 123456. ${'x'.repeat(10_000)}`)).to.equal('123456');
    expect(six(`${'x'.repeat(10_000)} 123456`)).to.equal('noCode');
  });

  it('refuses a run cut by the scan limit, since it may go on', () => {
    const pad = 'x'.repeat(SCAN_LIMIT - 3);
    expect(six(`${pad}123456`)).to.equal('noCode');
    expect(six(`${pad}12 ${'3'.repeat(100)}`)).to.equal('noCode');
    expect(six('1'.repeat(10_000))).to.equal('noCode');
  });

  it('reads a run that ends exactly at the scan limit when nothing follows', () => {
    const text = `${'x'.repeat(SCAN_LIMIT - 6)}123456`;
    expect(text).to.have.length(SCAN_LIMIT);
    expect(six(text)).to.equal('123456');
  });
});

describe('normalize: applyEdit', () => {
  it('inserts typed digits at the caret', () => {
    expect(applyEdit('1256', 2, 2, '3', 6, 'typed')).to.deep.equal({ value: '12356', caret: 3 });
  });

  it('replaces the selection with typed digits', () => {
    expect(applyEdit('123456', 2, 4, '9', 6, 'typed')).to.deep.equal({ value: '12956', caret: 3 });
  });

  it('deletes the selection with empty text', () => {
    expect(applyEdit('123456', 2, 4, '', 6, 'typed')).to.deep.equal({ value: '1256', caret: 2 });
  });

  it('changes nothing when only separators are typed, even over a selection', () => {
    expect(applyEdit('123456', 2, 4, ' ', 6, 'typed')).to.deep.equal({ value: '123456', caret: 4 });
  });

  it('refuses a typed letter, whatever is selected', () => {
    expect(applyEdit('12', 2, 2, 'a', 6, 'typed')).to.deep.equal({ refused: 'notDigit' });
    expect(applyEdit('12', 0, 2, 'a', 6, 'typed')).to.deep.equal({ refused: 'notDigit' });
  });

  it('refuses a seventh typed digit instead of dropping it', () => {
    expect(applyEdit('123456', 6, 6, '7', 6, 'typed')).to.deep.equal({ refused: 'tooMany' });
    expect(applyEdit('1234567', 7, 7, '8', 8, 'typed')).to.deep.equal({ value: '12345678', caret: 8 });
  });

  it('accepts a typed digit over a selection in a full field', () => {
    expect(applyEdit('123456', 5, 6, '7', 6, 'typed')).to.deep.equal({ value: '123457', caret: 6 });
  });

  it('does not treat six typed digits as a whole code: they go in at the caret', () => {
    expect(applyEdit('', 0, 0, '１２３４５６', 6, 'typed')).to.deep.equal({ value: '123456', caret: 6 });
    expect(applyEdit('1', 1, 1, '234567', 6, 'typed')).to.deep.equal({ refused: 'tooMany' });
  });

  it('inserts a pasted partial code in the middle with the caret after it', () => {
    expect(applyEdit('1256', 2, 2, '34', 6, 'pasted')).to.deep.equal({ value: '123456', caret: 4 });
  });

  it('replaces the whole value with a pasted whole code, wherever the caret is', () => {
    expect(applyEdit('12', 2, 2, 'Your code is 654321.', 6, 'pasted')).to.deep.equal({ value: '654321', caret: 6 });
    expect(applyEdit('111111', 0, 0, '222 222', 6, 'pasted')).to.deep.equal({ value: '222222', caret: 6 });
  });

  it('refuses a pasted partial code that does not fit', () => {
    expect(applyEdit('12345', 5, 5, '67', 6, 'pasted')).to.deep.equal({ refused: 'tooMany' });
  });

  it('refuses a paste without a single code and leaves the value to the caller', () => {
    expect(applyEdit('12', 2, 2, '123456 654321', 6, 'pasted')).to.deep.equal({ refused: 'noCode' });
    expect(applyEdit('12', 2, 2, 'abc', 6, 'pasted')).to.deep.equal({ refused: 'noCode' });
  });
});

describe('normalize: diff', () => {
  it('finds an insertion', () => {
    expect(diff('1256', '123456', 4)).to.deep.equal({ start: 2, end: 2, text: '34' });
  });

  it('finds a deletion', () => {
    expect(diff('123456', '1256', 2)).to.deep.equal({ start: 2, end: 4, text: '' });
  });

  it('finds a replacement of everything', () => {
    expect(diff('12', '１２３-４５６', 7)).to.deep.equal({ start: 0, end: 2, text: '１２３-４５６' });
  });

  it('finds a replaced selection', () => {
    expect(diff('123456', '12９56', 3)).to.deep.equal({ start: 2, end: 4, text: '９' });
  });

  it('finds no change', () => {
    expect(diff('123', '123', 3)).to.deep.equal({ start: 3, end: 3, text: '' });
  });

  it('keeps repeated digits apart from the insertion', () => {
    expect(diff('11', '111', 3)).to.deep.equal({ start: 2, end: 2, text: '1' });
  });

  it('finds a digit typed before the same digit where the caret says it went', () => {
    expect(diff('123456', '1123456', 1)).to.deep.equal({ start: 0, end: 0, text: '1' });
    expect(diff('112233', '1122233', 3)).to.deep.equal({ start: 2, end: 2, text: '2' });
    expect(diff('112233', '1122233', 5)).to.deep.equal({ start: 4, end: 4, text: '2' });
  });
});
