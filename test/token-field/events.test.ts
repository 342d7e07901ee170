import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/otp-token-field.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { caret, clipboardPaste, dispatchPaste, errorText, inner, mount, press, record, type } from './helpers.js';

/** What a browser's autofill does: set the whole value, then one input event. */
function autofill(el: OtpTokenField, value: string, inputType?: string): void {
  const input = inner(el);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { inputType, bubbles: true, composed: true }));
}

describe('otp-token-field: otp-filled', () => {
  it('fires otp-filled with the code when the last digit is typed; bubbling, not composed', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const filled = record<CustomEvent<{ value: string }>>(el, 'otp-filled');
    await type(el, '12345');
    expect(filled).to.have.length(0);
    await sendKeys({ type: '6' });
    expect(filled).to.have.length(1);
    expect(filled[0].detail).to.deep.equal({ value: '123456' });
    expect(filled[0].bubbles).to.be.true;
    expect(filled[0].composed).to.be.false;
  });

  it('is heard by the page around a standalone field', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const heard = record(document, 'otp-filled');
    await type(el, '123456');
    expect(heard).to.have.length(1);
  });

  it('stays inside the shadow root of an element that uses the field', async () => {
    const wrapper = await mount<HTMLElement>(html`<div></div>`);
    const root = wrapper.attachShadow({ mode: 'open' });
    const el = document.createElement('otp-token-field');
    root.append(el);
    await el.updateComplete;
    const inside = record(root, 'otp-filled');
    const outside = record(wrapper, 'otp-filled');
    const page = record(document, 'otp-filled');
    await type(el, '123456');
    expect(inside).to.have.length(1);
    expect(outside).to.have.length(0);
    expect(page).to.have.length(0);
  });

  it('fires once per completion: not again for the same code, again after an edit completes it', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const filled = record<CustomEvent<{ value: string }>>(el, 'otp-filled');
    await type(el, '123456');
    await sendKeys({ type: '7' });
    el.select();
    await clipboardPaste(el, '123456');
    expect(filled).to.have.length(1);
    await press(el, 'Backspace');
    await sendKeys({ type: '9' });
    expect(filled.map((e) => e.detail.value)).to.deep.equal(['123456', '123459']);
    await dispatchPaste(el, '000 000');
    expect(filled.map((e) => e.detail.value)).to.deep.equal(['123456', '123459', '000000']);
  });

  it('does not fire for a value set by script', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const seen = record(el, 'otp-filled', 'input', 'change');
    el.value = '123456';
    await el.updateComplete;
    expect(seen).to.have.length(0);
  });

  it('lets a listener submit the form from otp-filled with the new value and validity', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form @submit=${(e: Event) => e.preventDefault()}><otp-token-field name="otp" required></otp-token-field></form>`,
    );
    const el = form.querySelector('otp-token-field')!;
    const submitted: (string | null)[] = [];
    form.addEventListener('submit', () => submitted.push(new FormData(form).get('otp') as string));
    el.addEventListener('otp-filled', () => form.requestSubmit());
    await type(el, '654321');
    expect(submitted).to.deep.equal(['654321']);
  });
});

describe('otp-token-field: autofill', () => {
  it('fires otp-filled exactly once for an autofill with insertReplacementText', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const seen = record(el, 'input', 'otp-filled');
    autofill(el, '123456', 'insertReplacementText');
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(seen.map((e) => e.type)).to.deep.equal(['input', 'otp-filled']);
  });

  it('cleans an autofilled "123-456" sent without inputType and fires otp-filled once', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const filled = record(el, 'otp-filled');
    autofill(el, '１２３-４５６');
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(inner(el).value).to.equal('123456');
    expect(filled).to.have.length(1);
  });

  it('replaces a partly typed value with an autofilled code', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    await type(el, '12');
    autofill(el, '987654', 'insertReplacementText');
    expect(el.value).to.equal('987654');
  });

  it('refuses an autofill that is no single code and restores the input', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    await type(el, '12');
    const seen = record(el, 'input', 'otp-filled');
    autofill(el, '1234567', 'insertReplacementText');
    await el.updateComplete;
    expect(el.value).to.equal('12');
    expect(inner(el).value).to.equal('12');
    expect(seen).to.have.length(0);
    expect(errorText(el)).to.not.equal('');
  });

  it('does not let the inner input\'s own input event reach the page', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const heard = record(el, 'input');
    autofill(el, '12', 'insertReplacementText');
    autofill(el, '12', 'insertReplacementText');
    expect(heard).to.have.length(1);
  });
});

describe('otp-token-field: drop', () => {
  it('reads a code dropped as text like a paste', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    caret(el, 0);
    const input = inner(el);
    input.value = 'コード: 123 456';
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromDrop', bubbles: true, composed: true }));
    expect(el.value).to.equal('123456');
  });
});
