import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/otp-token-field.js';
import { OtpTokenField } from '../../src/otp-token-field.js';
import { caret, errorText, inner, mount, press, record, tabAway, type } from './helpers.js';

async function inForm(template: unknown): Promise<{ form: HTMLFormElement; el: OtpTokenField }> {
  const form = await mount<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${template}</form>`);
  const el = form.querySelector('otp-token-field')!;
  await el.updateComplete;
  return { form, el };
}

describe('otp-token-field: form association', () => {
  it('is a form-associated custom element', () => {
    expect((OtpTokenField as unknown as { formAssociated: boolean }).formAssociated).to.be.true;
  });

  it('submits the typed code under its name', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp"></otp-token-field>`);
    await type(el, '012345');
    expect(new FormData(form).get('otp')).to.equal('012345');
    expect(el.form).to.equal(form);
  });

  it('submits an empty string when empty, like a native input', async () => {
    const { form } = await inForm(html`<otp-token-field name="otp"></otp-token-field>`);
    expect(new FormData(form).get('otp')).to.equal('');
  });

  it('follows the name property through the name attribute', async () => {
    const { form, el } = await inForm(html`<otp-token-field value="123456"></otp-token-field>`);
    expect(el.name).to.equal('');
    el.name = 'code';
    expect(el.getAttribute('name')).to.equal('code');
    expect(new FormData(form).get('code')).to.equal('123456');
  });

  it('takes its initial value from the value attribute, cleaned', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp" value="０１２-345"></otp-token-field>`);
    expect(el.value).to.equal('012345');
    expect(inner(el).value).to.equal('012345');
    expect(new FormData(form).get('otp')).to.equal('012345');
  });

  it('restores the value attribute on form reset, after typing', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp" value="111"></otp-token-field>`);
    caret(el, 3);
    await press(el, 'Backspace');
    await sendKeys({ type: '999' });
    expect(el.value).to.equal('11999');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('111');
    expect(inner(el).value).to.equal('111');
    expect(new FormData(form).get('otp')).to.equal('111');
  });

  it('resets to empty without a value attribute and hides a shown error', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp" required></otp-token-field>`);
    await type(el, '12');
    await tabAway(el);
    expect(errorText(el)).to.not.equal('');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(errorText(el)).to.equal('');
    expect(inner(el).hasAttribute('aria-invalid')).to.be.false;
  });

  it('never reflects the value property to the value attribute', async () => {
    const { el } = await inForm(html`<otp-token-field></otp-token-field>`);
    el.value = '１２ab34';
    expect(el.value).to.equal('1234');
    await el.updateComplete;
    expect(inner(el).value).to.equal('1234');
    expect(el.hasAttribute('value')).to.be.false;
    await type(el, '56');
    expect(el.hasAttribute('value')).to.be.false;
  });

  it('ignores a later value attribute once the value was set, until reset', async () => {
    const { form, el } = await inForm(html`<otp-token-field value="111"></otp-token-field>`);
    el.value = '222';
    el.setAttribute('value', '333');
    await el.updateComplete;
    expect(el.value).to.equal('222');
    form.reset();
    expect(el.value).to.equal('333');
  });

  it('follows the value attribute while the value is untouched', async () => {
    const { el } = await inForm(html`<otp-token-field value="111"></otp-token-field>`);
    el.setAttribute('value', '222');
    await el.updateComplete;
    expect(el.value).to.equal('222');
    expect(el.defaultValue).to.equal('222');
  });

  it('cuts a programmatic value to the code length, whichever is set first', async () => {
    const el = document.createElement('otp-token-field');
    el.value = '12345678';
    el.digits = 8;
    document.body.append(el);
    await el.updateComplete;
    expect(el.value).to.equal('12345678');
    el.digits = 6;
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    el.digits = 8;
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    el.remove();
  });
});

describe('otp-token-field: validity', () => {
  it('is valueMissing when required and empty, with a Japanese message by default', async () => {
    const { el } = await inForm(html`<otp-token-field required></otp-token-field>`);
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('ワンタイムパスワードを入力してください。');
  });

  it('answers checkValidity() with an invalid event but without showing the error', async () => {
    const { el } = await inForm(html`<otp-token-field required></otp-token-field>`);
    const invalid = record(el, 'invalid');
    expect(el.checkValidity()).to.be.false;
    await el.updateComplete;
    expect(invalid).to.have.length(1);
    expect(errorText(el)).to.equal('');
    expect(inner(el).hasAttribute('aria-invalid')).to.be.false;
  });

  it('is valid when empty and not required', async () => {
    const { el } = await inForm(html`<otp-token-field></otp-token-field>`);
    expect(el.validity.valid).to.be.true;
    expect(el.willValidate).to.be.true;
  });

  it('is tooShort after five typed digits, with a message in English under lang="en"', async () => {
    const { el } = await inForm(html`<otp-token-field lang="en"></otp-token-field>`);
    await type(el, '12345');
    expect(el.validity.tooShort).to.be.true;
    expect(el.validity.valueMissing).to.be.false;
    expect(el.validationMessage).to.equal('Enter all 6 digits of the one-time password.');
  });

  it('says how many digits an 8-digit field needs, in Japanese', async () => {
    const { el } = await inForm(html`<otp-token-field digits="8"></otp-token-field>`);
    await type(el, '1234567');
    expect(el.validity.tooShort).to.be.true;
    expect(el.validationMessage).to.equal('ワンタイムパスワードは8桁の数字で入力してください。');
  });

  it('follows the closest lang ancestor and its changes', async () => {
    const root = await mount<HTMLElement>(html`<div lang="en"><otp-token-field required></otp-token-field></div>`);
    const el = root.querySelector('otp-token-field')!;
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Enter the one-time password.');
    root.setAttribute('lang', 'ja');
    await Promise.resolve(); // the lang observer reports in a microtask
    await el.updateComplete;
    expect(el.validationMessage).to.equal('ワンタイムパスワードを入力してください。');
  });

  it('follows lang inside another component’s shadow root, also when put back after every field left', async () => {
    const outer = await mount<HTMLElement>(html`<div></div>`);
    const section = document.createElement('section');
    section.lang = 'ja';
    const el = document.createElement('otp-token-field');
    el.required = true;
    section.append(el);
    outer.attachShadow({ mode: 'open' }).append(section);
    await el.updateComplete;
    expect(el.validationMessage).to.equal('ワンタイムパスワードを入力してください。');
    section.lang = 'en';
    await waitUntil(() => el.validationMessage === 'Enter the one-time password.', 'the message turns English');
    // With no field on the page the shared lang observer stops; the field put back is watched again.
    section.remove();
    outer.shadowRoot!.append(section);
    section.lang = 'ja';
    await waitUntil(() => el.validationMessage === 'ワンタイムパスワードを入力してください。', 'the message turns Japanese');
  });

  it('connects on a page that named an element "host" (document.host is that element, not a shadow host)', async () => {
    const named = document.createElement('img');
    named.name = 'host';
    document.body.append(named);
    try {
      const root = await mount<HTMLElement>(html`<div lang="en"><otp-token-field required></otp-token-field></div>`);
      const el = root.querySelector('otp-token-field')!;
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Enter the one-time password.');
    } finally {
      named.remove();
    }
  });

  it('uses strings overrides for validation messages', async () => {
    const { el } = await inForm(
      html`<otp-token-field .strings=${{ tooShort: (n: number) => `${n} digits please` }}></otp-token-field>`,
    );
    await type(el, '1');
    expect(el.validationMessage).to.equal('6 digits please');
  });

  it('is valid with all digits', async () => {
    const { el } = await inForm(html`<otp-token-field required></otp-token-field>`);
    await type(el, '123456');
    expect(el.validity.valid).to.be.true;
    expect(el.validationMessage).to.equal('');
  });

  it('anchors the browser\'s validation on the inner input', async () => {
    const { el } = await inForm(html`<otp-token-field required></otp-token-field>`);
    expect(el.reportValidity()).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await el.updateComplete;
    expect(errorText(el)).to.equal('ワンタイムパスワードを入力してください。');
  });

  it('carries a page-set custom error until cleared', async () => {
    const { el } = await inForm(html`<otp-token-field value="123456"></otp-token-field>`);
    el.setCustomValidity('コードが違います。');
    expect(el.validity.customError).to.be.true;
    expect(el.validationMessage).to.equal('コードが違います。');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('コードが違います。');
    el.setCustomValidity('');
    expect(el.validity.valid).to.be.true;
  });

  it('does not show an error in a fresh field that was only focused and left', async () => {
    const { el } = await inForm(html`<otp-token-field required></otp-token-field>`);
    el.focus();
    await tabAway(el);
    expect(errorText(el)).to.equal('');
    expect(inner(el).hasAttribute('aria-invalid')).to.be.false;
  });

  it('shows the error once the user typed an incomplete code and left', async () => {
    const { el } = await inForm(html`<otp-token-field lang="en"></otp-token-field>`);
    await type(el, '12345');
    expect(errorText(el)).to.equal('');
    await tabAway(el);
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(errorText(el)).to.equal('Enter all 6 digits of the one-time password.');
  });

  it('hides the shown error while the user edits again, and clears it when valid', async () => {
    const { el } = await inForm(html`<otp-token-field></otp-token-field>`);
    await type(el, '123');
    await tabAway(el);
    expect(errorText(el)).to.not.equal('');
    caret(el, 3);
    await type(el, '4');
    expect(errorText(el)).to.equal('');
    await type(el, '56');
    await tabAway(el);
    expect(errorText(el)).to.equal('');
    expect(inner(el).hasAttribute('aria-invalid')).to.be.false;
  });

  it('shows the error after a submit attempt on an untouched empty required field', async () => {
    const { form, el } = await inForm(html`<otp-token-field required></otp-token-field>`);
    const submits = record(form, 'submit');
    form.requestSubmit();
    await el.updateComplete;
    expect(submits).to.have.length(0);
    expect(errorText(el)).to.equal('ワンタイムパスワードを入力してください。');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('otp-token-field: disabled', () => {
  it('is left out of the form data, validation and focus when disabled', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp" value="123" required disabled></otp-token-field>`);
    expect(new FormData(form).has('otp')).to.be.false;
    expect(el.willValidate).to.be.false;
    expect(form.checkValidity()).to.be.true;
    expect(inner(el).disabled).to.be.true;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('comes back into the form when enabled again', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp" value="123" disabled></otp-token-field>`);
    el.disabled = false;
    await el.updateComplete;
    expect(new FormData(form).get('otp')).to.equal('123');
    expect(inner(el).disabled).to.be.false;
  });

  it('is disabled by a disabled fieldset (formDisabledCallback)', async () => {
    const { form, el } = await inForm(
      html`<fieldset disabled><otp-token-field name="otp" value="123"></otp-token-field></fieldset>`,
    );
    expect(new FormData(form).has('otp')).to.be.false;
    expect(inner(el).disabled).to.be.true;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(null);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(inner(el).disabled).to.be.false;
    expect(new FormData(form).get('otp')).to.equal('123');
  });

  it('cannot be tabbed to when disabled', async () => {
    const root = await mount<HTMLElement>(
      html`<div><button>before</button><otp-token-field disabled></otp-token-field><button>after</button></div>`,
    );
    root.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('after');
  });
});

describe('otp-token-field: Enter submits', () => {
  it('submits its form with Enter once the code is complete, committing the change first', async () => {
    const { form, el } = await inForm(
      html`<otp-token-field name="otp" required></otp-token-field><button name="go" value="1">送信</button>`,
    );
    const seen = record(el, 'change');
    await type(el, '123456');
    const submitted = oneEvent(form, 'submit') as Promise<Event> as Promise<SubmitEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(seen).to.have.length(1);
    expect(event.submitter).to.equal(form.querySelector('button'));
    expect(new FormData(form, event.submitter).get('otp')).to.equal('123456');
  });

  it('clicks the default button, as implicit submission does: the page\'s click handler on it runs first', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp"></otp-token-field><button>送信</button>`);
    const button = form.querySelector('button')!;
    const seen: string[] = [];
    button.addEventListener('click', () => seen.push(`click ${el.value}`));
    form.addEventListener('submit', () => seen.push('submit'));
    await type(el, '123456');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => seen.length === 2, 'the click, then the submit');
    expect(seen).to.deep.equal(['click 123456', 'submit']);
  });

  it('submits a form without a submit button', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp"></otp-token-field>`);
    await type(el, '123456');
    const submitted = oneEvent(form, 'submit') as Promise<Event> as Promise<SubmitEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await submitted).submitter).to.equal(null);
  });

  it('does not submit an incomplete code and shows why', async () => {
    const { form, el } = await inForm(html`<otp-token-field name="otp"></otp-token-field><button>送信</button>`);
    const submits = record(form, 'submit');
    await type(el, '123');
    await press(el, 'Enter');
    expect(submits).to.have.length(0);
    expect(errorText(el)).to.equal('ワンタイムパスワードは6桁の数字で入力してください。');
  });

  it('does not submit when the form\'s default button is disabled', async () => {
    const { form, el } = await inForm(html`<otp-token-field></otp-token-field><button disabled>送信</button>`);
    const submits = record(form, 'submit');
    await type(el, '123456');
    await press(el, 'Enter');
    expect(submits).to.have.length(0);
  });
});
