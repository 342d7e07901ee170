import { expect, html } from '@open-wc/testing';
import '../../src/otp-token-field.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { caret, clipboardPaste, dispatchPaste, errorText, inner, mount, record, type } from './helpers.js';

const field = (lang = 'ja') => mount<OtpTokenField>(html`<otp-token-field lang=${lang}></otp-token-field>`);

describe('otp-token-field: paste', () => {
  it('reads "Your code is 123456." from a real clipboard paste', async () => {
    const el = await field();
    await clipboardPaste(el, 'Your code is 123456.');
    expect(el.value).to.equal('123456');
    expect(inner(el).value).to.equal('123456');
  });

  it('reads "Your code is 123456." from a paste event', async () => {
    const el = await field();
    const event = await dispatchPaste(el, 'Your code is 123456.');
    expect(event.defaultPrevented).to.be.true;
    expect(el.value).to.equal('123456');
  });

  it('turns a pasted full-width １２３４５６ into 123456 (real clipboard)', async () => {
    const el = await field();
    await clipboardPaste(el, '１２３４５６');
    expect(el.value).to.equal('123456');
  });

  it('drops one separator inside a pasted code: "123 456", "123-456", "123　456", " 123456 "', async () => {
    for (const text of ['123 456', '123-456', '123　456', ' 123456 ', '123‐456', '123−456']) {
      const el = await field();
      await dispatchPaste(el, text);
      expect(el.value, JSON.stringify(text)).to.equal('123456');
    }
  });

  it('drops a real clipboard\'s ideographic space: "123　456"', async () => {
    const el = await field();
    await clipboardPaste(el, '123　456');
    expect(el.value).to.equal('123456');
  });

  it('drops zero-width spaces, bidi marks and a BOM around and inside a pasted code', async () => {
    const el = await field();
    await dispatchPaste(el, '\uFEFF\u2066１２\u200B3\u200C4\u200D5\u20606\u200E\u200F\u202A\u202C\u2069');
    expect(el.value).to.equal('123456');
  });

  it('refuses "1234567" with a hint, keeping what it had, never truncating', async () => {
    const el = await field();
    await type(el, '99');
    await clipboardPaste(el, '1234567');
    expect(el.value).to.equal('99');
    expect(inner(el).value).to.equal('99');
    expect(errorText(el)).to.equal('貼り付けた内容からワンタイムパスワードを読み取れませんでした。');
  });

  it('refuses two codes "123456 654321" with an English hint under lang="en"', async () => {
    const el = await field('en');
    await dispatchPaste(el, '123456 654321');
    expect(el.value).to.equal('');
    expect(errorText(el)).to.equal('No single one-time password was found in the pasted text.');
  });

  it('refuses pasted letters and emoji without digits', async () => {
    for (const text of ['abcdef', '😀😀', '١٢٣٤٥٦']) {
      const el = await field();
      await dispatchPaste(el, text);
      expect(el.value, text).to.equal('');
      expect(errorText(el), text).to.not.equal('');
    }
  });

  it('inserts a pasted "34" into "12|56" with the caret after the 4 (real clipboard)', async () => {
    const el = await field();
    await type(el, '1256');
    caret(el, 2);
    await clipboardPaste(el, '34');
    expect(el.value).to.equal('123456');
    expect(inner(el).selectionStart).to.equal(4);
    expect(inner(el).selectionEnd).to.equal(4);
  });

  it('inserts a pasted full-width "３-４" into "12|56" with the caret after the 4', async () => {
    const el = await field();
    await type(el, '1256');
    caret(el, 2);
    await dispatchPaste(el, '３-４');
    expect(el.value).to.equal('123456');
    expect(inner(el).selectionStart).to.equal(4);
  });

  it('replaces a partly typed value with a pasted whole code', async () => {
    const el = await field();
    await type(el, '12');
    await clipboardPaste(el, '987 654');
    expect(el.value).to.equal('987654');
    expect(inner(el).selectionStart).to.equal(6);
  });

  it('refuses a pasted part that would make the code too long, with a hint', async () => {
    const el = await field();
    await type(el, '12345');
    await dispatchPaste(el, '67');
    expect(el.value).to.equal('12345');
    expect(errorText(el)).to.equal('ワンタイムパスワードは6桁です。');
  });

  it('handles a 10,000-character paste by reading only its start', async () => {
    const el = await field();
    await dispatchPaste(el, `Your code is 123456. ${'x'.repeat(10_000)}`);
    expect(el.value).to.equal('123456');
    const other = await field();
    await dispatchPaste(other, `${'x'.repeat(10_000)}123456`);
    expect(other.value).to.equal('');
    expect(errorText(other)).to.not.equal('');
  });

  it('refuses a real 10,000-digit clipboard paste and keeps what it had', async () => {
    const el = await field();
    await type(el, '1');
    await clipboardPaste(el, '7'.repeat(10_000));
    expect(el.value).to.equal('1');
    expect(inner(el).value).to.equal('1');
  });

  it('fires input and otp-filled once for a pasted code, nothing for a refused one', async () => {
    const el = await field();
    const seen = record(el, 'input', 'otp-filled');
    await dispatchPaste(el, 'abc');
    expect(seen).to.have.length(0);
    await clipboardPaste(el, 'code: 123456');
    expect(seen.map((e) => e.type)).to.deep.equal(['input', 'otp-filled']);
  });
});
