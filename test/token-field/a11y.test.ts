import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/otp-token-field.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { errorOf, errorText, inner, mount, type } from './helpers.js';

/** The texts the inner input's aria-describedby points to, in order; each id must resolve. */
function describedBy(el: OtpTokenField): string[] {
  const ids = inner(el).getAttribute('aria-describedby')!.split(/\s+/);
  return ids.map((id) => {
    const target = el.shadowRoot!.getElementById(id);
    if (!target) throw new Error(`aria-describedby names #${id}, which is not in the shadow root`);
    return target.textContent!.trim();
  });
}

describe('otp-token-field: accessibility', () => {
  it('is accessible when empty', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field label="ワンタイムパスワード"></otp-token-field>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible when filled', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field lang="en" label="Code"></otp-token-field>`);
    await type(el, '123456');
    expect(el.value).to.equal('123456');
    await expect(el).to.be.accessible();
  });

  it('is accessible when invalid and saying so', async () => {
    const form = await mount<HTMLFormElement>(html`<form><otp-token-field required label="Code"></otp-token-field></form>`);
    const el = form.querySelector('otp-token-field')!;
    await type(el, '12');
    form.requestSubmit();
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(errorText(el)).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('is accessible when disabled', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field disabled label="Code" value="123"></otp-token-field>`);
    expect(inner(el).disabled).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('renders one native input for one-time codes, without maxlength', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const inputs = el.shadowRoot!.querySelectorAll('input');
    expect(inputs).to.have.length(1);
    const input = inputs[0];
    expect(input.getAttribute('part')).to.equal('input');
    expect(input.type).to.equal('text');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('enterkeyhint')).to.equal('done');
    expect(input.getAttribute('spellcheck')).to.equal('false');
    expect(input.getAttribute('autocapitalize')).to.equal('off');
    expect(input.getAttribute('autocorrect')).to.equal('off');
    expect(input.hasAttribute('maxlength')).to.be.false;
  });

  it('is named by an outside <label for> and focused by a real click on it', async () => {
    const root = await mount<HTMLElement>(
      html`<div><label for="otp">確認コード</label><otp-token-field id="otp"></otp-token-field></div>`,
    );
    const el = root.querySelector('otp-token-field')!;
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-label')).to.equal('確認コード');
    const box = root.querySelector('label')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + 4), Math.round(box.y + box.height / 2)] });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await expect(root).to.be.accessible();
  });

  it('is named and labelled visibly by the label attribute', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field label="One-time password"></otp-token-field>`);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.getAttribute('part')).to.equal('label');
    expect(label.textContent).to.equal('One-time password');
    expect(label.control).to.equal(inner(el));
    expect(inner(el).hasAttribute('aria-label')).to.be.false;
  });

  it('has a localized accessible name when nothing names it', async () => {
    const ja = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    expect(inner(ja).getAttribute('aria-label')).to.equal('ワンタイムパスワード');
    const en = await mount<OtpTokenField>(html`<otp-token-field lang="en-US"></otp-token-field>`);
    expect(inner(en).getAttribute('aria-label')).to.equal('One-time password');
  });

  it('takes the accessible name from strings.label', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field .strings=${{ label: '認証番号' }}></otp-token-field>`);
    expect(inner(el).getAttribute('aria-label')).to.equal('認証番号');
  });

  it('focuses the inner input through the host (delegatesFocus)', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ type: '1' });
    expect(el.value).to.equal('1');
  });

  it('ties the error element to the input and announces it politely', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    const error = errorOf(el);
    expect(error.getAttribute('part')).to.equal('error');
    expect(inner(el).getAttribute('aria-describedby')).to.equal(error.id);
    expect(error.getAttribute('aria-live')).to.equal('polite');
  });

  it('shows its description under the box and ties it, with the error, to the input’s accessible description', async () => {
    const hint = '※トークンに表示されている数字を入力してください。(30秒間に数字が変更されます。)';
    const form = await mount<HTMLFormElement>(html`<form><otp-token-field required description=${hint}></otp-token-field></form>`);
    const el = form.querySelector('otp-token-field')!;
    const description = el.shadowRoot!.querySelector<HTMLElement>('[part="description"]')!;
    expect(description.textContent).to.equal(hint);
    expect(description.getBoundingClientRect().top).to.be.at.least(inner(el).getBoundingClientRect().bottom);
    form.requestSubmit();
    await el.updateComplete;
    expect(describedBy(el)).to.deep.equal([errorText(el), hint]);
    expect(errorText(el)).to.equal('ワンタイムパスワードを入力してください。');
    await expect(el).to.be.accessible();

    el.description = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="description"]')).to.equal(null);
    expect(inner(el).getAttribute('aria-describedby')).to.equal(errorOf(el).id);
  });

  it('marks a required field with aria-required', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field required></otp-token-field>`);
    expect(inner(el).getAttribute('aria-required')).to.equal('true');
    el.required = false;
    await el.updateComplete;
    expect(inner(el).hasAttribute('aria-required')).to.be.false;
  });
});

describe('otp-token-field: rendering', () => {
  it('is as wide as its code: an 8-digit box is wider than a 6-digit one', async () => {
    const root = await mount<HTMLElement>(
      html`<div><otp-token-field></otp-token-field><otp-token-field digits="8"></otp-token-field></div>`,
    );
    const [six, eight] = root.querySelectorAll('otp-token-field');
    await eight.updateComplete;
    expect(inner(eight).offsetWidth).to.be.greaterThan(inner(six).offsetWidth);
  });

  it('shows the digits in a monospace font', async () => {
    const el = await mount<OtpTokenField>(html`<otp-token-field></otp-token-field>`);
    expect(getComputedStyle(inner(el)).fontFamily).to.match(/monospace/);
  });

  it('takes its look from the --otp-field-* custom properties', async () => {
    const el = await mount<OtpTokenField>(
      html`<otp-token-field style="--otp-field-border-color: rgb(1, 2, 3); --otp-field-font-size: 40px"></otp-token-field>`,
    );
    const style = getComputedStyle(inner(el));
    expect(style.borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(style.fontSize).to.equal('40px');
  });

  it('takes its defaults from the shared theme tokens, which a page may set', async () => {
    const root = await mount<HTMLElement>(
      html`<div><otp-token-field></otp-token-field><otp-token-field style="--otp-color-border: rgb(4, 5, 6); --otp-color-text: rgb(7, 8, 9)"></otp-token-field></div>`,
    );
    const [plain, themed] = root.querySelectorAll('otp-token-field');
    expect(getComputedStyle(inner(plain)).borderTopColor).to.equal('rgb(118, 118, 118)');
    expect(getComputedStyle(inner(themed)).borderTopColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(themed).color).to.equal('rgb(7, 8, 9)');
  });

  it('exposes the complete and user-invalid custom states', async () => {
    const form = await mount<HTMLFormElement>(html`<form><otp-token-field required></otp-token-field></form>`);
    const el = form.querySelector('otp-token-field')!;
    await el.updateComplete;
    expect(el.matches(':state(complete)')).to.be.false;
    expect(el.matches(':state(user-invalid)')).to.be.false;
    form.requestSubmit();
    await el.updateComplete;
    expect(el.matches(':state(user-invalid)')).to.be.true;
    await type(el, '123456');
    expect(el.matches(':state(complete)')).to.be.true;
    expect(el.matches(':state(user-invalid)')).to.be.false;
  });
});

describe('otp-token-field: disabled look', () => {
  it('shows the not-allowed cursor when disabled by itself or by a fieldset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><otp-token-field disabled></otp-token-field><fieldset disabled><otp-token-field></otp-token-field></fieldset><otp-token-field></otp-token-field></form>`,
    );
    const [own, byFieldset, enabled] = form.querySelectorAll('otp-token-field');
    expect(getComputedStyle(own).cursor).to.equal('not-allowed');
    expect(getComputedStyle(byFieldset).cursor).to.equal('not-allowed');
    expect(getComputedStyle(enabled).cursor).to.not.equal('not-allowed');
  });
});
