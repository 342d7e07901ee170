// sendKeys cannot open an IME, so these tests fire the events a browser fires for a Japanese
// IME, in its order: keydown (keyCode 229) → compositionstart → for each keystroke beforeinput,
// compositionupdate and input (insertCompositionText, isComposing) with the input's text
// changed → Enter (keydown, isComposing) → compositionend.
import { expect, html } from '@open-wc/testing';
import '../../src/otp-token-field.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { caret, dispatchPaste, errorText, inner, mount, record, type } from './helpers.js';

function key(target: HTMLElement, type: 'keydown' | 'keyup', key: string, isComposing: boolean): KeyboardEvent {
  const event = new KeyboardEvent(type, { key, isComposing, bubbles: true, composed: true, cancelable: true });
  // KeyboardEventInit.keyCode is not honoured everywhere; IMEs report 229.
  Object.defineProperty(event, 'keyCode', { value: 229 });
  target.dispatchEvent(event);
  return event;
}

/** Opens a composition at the input's selection and shows each of `updates` as the preedit text. */
function compose(el: OtpTokenField, updates: string[]): () => void {
  const input = inner(el);
  const base = input.value;
  const start = input.selectionStart!;
  const end = input.selectionEnd!;
  key(input, 'keydown', 'Process', false);
  input.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true, composed: true }));
  const show = (text: string) => {
    const init = { data: text, inputType: 'insertCompositionText', isComposing: true, bubbles: true, composed: true };
    input.dispatchEvent(new InputEvent('beforeinput', init));
    input.dispatchEvent(new CompositionEvent('compositionupdate', { data: text, bubbles: true, composed: true }));
    input.value = base.slice(0, start) + text + base.slice(end);
    input.setSelectionRange(start + text.length, start + text.length);
    input.dispatchEvent(new InputEvent('input', init));
  };
  updates.forEach(show);
  /** Confirms the conversion with Enter, as Chromium and Firefox do. */
  return () => {
    const text = updates[updates.length - 1];
    key(input, 'keydown', 'Enter', true);
    input.dispatchEvent(new CompositionEvent('compositionend', { data: text, bubbles: true, composed: true }));
    key(input, 'keyup', 'Enter', false);
  };
}

async function inForm(): Promise<{ form: HTMLFormElement; el: OtpTokenField; submits: Event[] }> {
  const form = await mount<HTMLFormElement>(
    html`<form @submit=${(e: Event) => e.preventDefault()}><otp-token-field name="otp"></otp-token-field></form>`,
  );
  const el = form.querySelector('otp-token-field')!;
  await el.updateComplete;
  el.focus();
  return { form, el, submits: record(form, 'submit') };
}

describe('otp-token-field: IME composition', () => {
  it('rewrites, validates and announces nothing while a composition is open', async () => {
    const { el } = await inForm();
    const seen = record(el, 'input', 'otp-filled', 'change');
    compose(el, ['１', '１２', '１２ａ']);
    await el.updateComplete;
    expect(inner(el).value).to.equal('１２ａ');
    expect(el.value).to.equal('');
    expect(el.validity.valid).to.be.true;
    expect(errorText(el)).to.equal('');
    expect(seen).to.have.length(0);
  });

  it('submits nothing when Enter confirms a conversion', async () => {
    const { el, submits } = await inForm();
    await type(el, '1234');
    const commit = compose(el, ['５', '５６']);
    commit();
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(submits).to.have.length(0);
  });

  it('normalizes committed full-width digits on compositionend, once', async () => {
    const { el } = await inForm();
    const seen = record(el, 'input', 'otp-filled');
    compose(el, ['１２３', '１２３４５６'])();
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(inner(el).value).to.equal('123456');
    expect(inner(el).selectionStart).to.equal(6);
    expect(seen.map((e) => e.type)).to.deep.equal(['input', 'otp-filled']);
  });

  it('inserts committed digits at the caret and puts the caret after them', async () => {
    const { el } = await inForm();
    await type(el, '1256');
    caret(el, 2);
    compose(el, ['３', '３４'])();
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(inner(el).selectionStart).to.equal(4);
  });

  it('drops separators in committed text: "１２３　４５６" and "１２３ー４５６"', async () => {
    for (const text of ['１２３　４５６', '１２３ー４５６']) {
      const { el } = await inForm();
      compose(el, [text])();
      await el.updateComplete;
      expect(el.value, text).to.equal('123456');
    }
  });

  it('refuses committed letters, restores the input and shows the hint', async () => {
    const { el } = await inForm();
    await type(el, '12');
    compose(el, ['ｋ', 'か', '可'])();
    await el.updateComplete;
    expect(el.value).to.equal('12');
    expect(inner(el).value).to.equal('12');
    expect(inner(el).selectionStart).to.equal(2);
    expect(errorText(el)).to.equal('数字のみ入力できます。');
  });

  it('refuses committed digits that would make the code too long', async () => {
    const { el } = await inForm();
    await type(el, '12345');
    compose(el, ['６７'])();
    await el.updateComplete;
    expect(el.value).to.equal('12345');
    expect(inner(el).value).to.equal('12345');
  });

  it('ignores Enter with keyCode 229 after compositionend (Safari\'s order)', async () => {
    const { el, submits } = await inForm();
    await type(el, '12345');
    const input = inner(el);
    compose(el, ['６']);
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '６', bubbles: true, composed: true }));
    const enter = key(input, 'keydown', 'Enter', false);
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(enter.defaultPrevented).to.be.false;
    expect(submits).to.have.length(0);
  });

  it('ignores an input event without isComposing while the composition is open', async () => {
    const { el } = await inForm();
    compose(el, ['１']);
    inner(el).dispatchEvent(new InputEvent('input', { inputType: 'insertCompositionText', data: '１', bubbles: true }));
    await el.updateComplete;
    expect(inner(el).value).to.equal('１');
    expect(el.value).to.equal('');
  });

  it('leaves a paste during a composition to the IME', async () => {
    const { el } = await inForm();
    compose(el, ['１']);
    const paste = await dispatchPaste(el, '123456');
    expect(paste.defaultPrevented).to.be.false;
    expect(el.value).to.equal('');
  });
});
