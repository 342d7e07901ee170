import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/otp-token-field.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { caret, errorText, inner, mount, press, record, tabAway, type } from './helpers.js';

const field = (lang = 'ja') => mount<OtpTokenField>(html`<otp-token-field lang=${lang}></otp-token-field>`);

describe('otp-token-field: typing', () => {
  it('takes typed ASCII digits, keeping leading zeros', async () => {
    const el = await field();
    await type(el, '007123');
    expect(el.value).to.equal('007123');
    expect(inner(el).value).to.equal('007123');
  });

  it('turns typed full-width １２３４５６ into 123456', async () => {
    const el = await field();
    await type(el, '１２３４５６');
    expect(el.value).to.equal('123456');
    expect(inner(el).value).to.equal('123456');
  });

  it('drops typed spaces and hyphens: "123 456" and "123-456"', async () => {
    const a = await field();
    await type(a, '123 456');
    expect(a.value).to.equal('123456');
    const b = await field();
    await type(b, '123-456');
    expect(b.value).to.equal('123456');
  });

  it('drops a typed ideographic space: "123　456"', async () => {
    const el = await field();
    await type(el, '123　456');
    expect(el.value).to.equal('123456');
    expect(inner(el).value).to.equal('123456');
  });

  it('drops typed leading and trailing spaces: " 123456 "', async () => {
    const el = await field();
    await type(el, ' 123456 ');
    expect(el.value).to.equal('123456');
  });

  it('refuses a typed letter: it does not appear and a hint says why', async () => {
    const el = await field();
    await type(el, '12a');
    expect(el.value).to.equal('12');
    expect(inner(el).value).to.equal('12');
    expect(errorText(el)).to.equal('数字のみ入力できます。');
  });

  it('shows the refused-letter hint in English under lang="en"', async () => {
    const el = await field('en');
    await type(el, 'x');
    expect(el.value).to.equal('');
    expect(errorText(el)).to.equal('Only digits can be entered.');
  });

  it('refuses a typed emoji', async () => {
    const el = await field();
    await type(el, '1😀');
    expect(el.value).to.equal('1');
    expect(inner(el).value).to.equal('1');
    expect(errorText(el)).to.equal('数字のみ入力できます。');
  });

  it('refuses typed Arabic-Indic digits like letters', async () => {
    const el = await field();
    await type(el, '١٢٣');
    expect(el.value).to.equal('');
    expect(errorText(el)).to.equal('数字のみ入力できます。');
  });

  it('clears the hint with the next accepted digit', async () => {
    const el = await field();
    await type(el, 'a');
    expect(errorText(el)).to.not.equal('');
    await type(el, '1');
    expect(errorText(el)).to.equal('');
  });

  it('treats 12345 as incomplete: tooShort and no otp-filled', async () => {
    const el = await field();
    const filled = record(el, 'otp-filled');
    await type(el, '12345');
    expect(el.value).to.equal('12345');
    expect(el.validity.tooShort).to.be.true;
    expect(filled).to.have.length(0);
  });

  it('refuses a seventh typed digit with a hint, keeping the six', async () => {
    const el = await field();
    await type(el, '1234567');
    expect(el.value).to.equal('123456');
    expect(inner(el).value).to.equal('123456');
    expect(errorText(el)).to.equal('ワンタイムパスワードは6桁です。');
  });

  it('takes eight digits with digits="8" and refuses the ninth', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field digits="8"></otp-token-field>`);
    await type(el, '123456789');
    expect(el.value).to.equal('12345678');
  });

  it('treats digits outside 6–8 as 6', async () => {
    for (const digits of ['5', '9', 'x']) {
      const el = await mount<OtpTokenField>(html`<otp-token-field digits=${digits}></otp-token-field>`);
      await type(el, '12345678');
      expect(el.value, digits).to.equal('123456');
    }
  });

  it('inserts a digit typed in the middle at the caret', async () => {
    const el = await field();
    await type(el, '1256');
    caret(el, 2);
    await sendKeys({ type: '3' });
    expect(el.value).to.equal('12356');
    expect(inner(el).selectionStart).to.equal(3);
  });

  it('puts the caret after a full-width digit typed in the middle', async () => {
    const el = await field();
    await type(el, '1256');
    caret(el, 2);
    await sendKeys({ type: '３４' });
    expect(el.value).to.equal('123456');
    expect(inner(el).selectionStart).to.equal(4);
  });

  it('keeps the caret where it was when a letter is refused in the middle', async () => {
    const el = await field();
    await type(el, '1256');
    caret(el, 2);
    await sendKeys({ type: 'z' });
    expect(el.value).to.equal('1256');
    expect(inner(el).selectionStart).to.equal(2);
  });

  it('replaces selected digits with a typed one', async () => {
    const el = await field();
    await type(el, '123456');
    caret(el, 2, 4);
    await sendKeys({ type: '9' });
    expect(el.value).to.equal('12956');
    expect(inner(el).selectionStart).to.equal(3);
  });

  it('deletes with Backspace and Delete, keeping the caret', async () => {
    const el = await field();
    await type(el, '123456');
    caret(el, 3);
    await press(el, 'Backspace');
    expect(el.value).to.equal('12456');
    expect(inner(el).selectionStart).to.equal(2);
    await press(el, 'Delete');
    expect(el.value).to.equal('1256');
    expect(inner(el).selectionStart).to.equal(2);
  });

  it('fires one composed input event from the host per accepted change', async () => {
    const el = await field();
    const root = el.getRootNode();
    const heard = record(el, 'input');
    const outside = record(root, 'input');
    await type(el, '1a2 ');
    expect(heard).to.have.length(2);
    expect(heard.every((e) => e.composed && e.bubbles && e.target === el)).to.be.true;
    expect(outside).to.have.length(2);
    await press(el, 'Backspace');
    expect(heard).to.have.length(3);
  });

  it('fires change when the user leaves the field after changing it', async () => {
    const el = await field();
    const changes = record(el, 'change');
    await type(el, '12');
    expect(changes).to.have.length(0);
    await tabAway(el);
    expect(changes).to.have.length(1);
    expect(changes[0].bubbles).to.be.true;
    el.focus();
    await tabAway(el);
    expect(changes).to.have.length(1);
  });

  it('selects its digits with select()', async () => {
    const el = await field();
    await type(el, '123456');
    el.select();
    expect([inner(el).selectionStart, inner(el).selectionEnd]).to.deep.equal([0, 6]);
    await sendKeys({ type: '9' });
    expect(el.value).to.equal('9');
  });

  it('keeps the caret where it was after a refused seventh digit equal to the next one, so a correction hits the digit meant', async () => {
    const el = await field();
    await type(el, '123456');
    caret(el, 0);
    await sendKeys({ type: '1' });
    await el.updateComplete;
    expect(inner(el).selectionStart).to.equal(0);
    await press(el, 'Delete');
    await sendKeys({ type: '9' });
    expect(el.value).to.equal('923456');
  });

  it('keeps the selection a refused letter was typed over', async () => {
    const el = await field();
    await type(el, '123456');
    caret(el, 1, 4);
    await sendKeys({ type: 'a' });
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect([inner(el).selectionStart, inner(el).selectionEnd]).to.deep.equal([1, 4]);
    expect(errorText(el)).to.equal('数字のみ入力できます。');
  });
});
