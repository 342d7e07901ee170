import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoHostAdapter, demoTokenCode } from '../../src/adapters/demo.js';
import { FetchHostAdapter } from '../../src/adapters/fetch.js';
import { createTestBank, faultEndpoint } from '../bank/test-bank.js';
import { recording } from '../wizard/adapters.js';
import {
  alertText,
  authenticate,
  buttonLabels,
  codeDescription,
  codeField,
  contractIdInput,
  deepActiveElement,
  headingText,
  mount,
  primaryButton,
  secondaryButton,
  shadow,
  stepShown,
  tokenIdInput,
  type,
  type MountOptions,
  type Wizard,
} from '../wizard/helpers.js';
import { demoTokenId } from './driver.js';

/** An enroll wizard on its register step, for customer 1234567890 of a fresh demo bank. */
async function atRegister(o: MountOptions = {}, contractId = '1234567890'): Promise<Wizard> {
  const el = await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0 }), ...o });
  await authenticate(el, contractId, 'Passw0rd!', 'register');
  return el;
}

const tokenIdError = (el: Wizard): string => shadow(el).querySelector('#token-id-error')!.textContent!.trim();
const fieldMessage = (field: HTMLElement): string => field.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim();
const hints = (el: Wizard): string[] => [...shadow(el).querySelectorAll('.hint')].map((h) => h.textContent!.trim());
const codeHint = '※トークンに表示されている6桁の数字を入力してください。(30秒間に数字が変更されます。)';

/** A six-digit code that is not `code`. */
const otherThan = (code: string): string => String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');

describe('<otp-enroll> register step', () => {
  it('shows the token ID upper-case, half-width and without spaces or hyphens once the customer leaves it', async () => {
    const el = await atRegister();
    await type(tokenIdInput(el), 'ｖｓｓｔ-1234 ５６７８');
    await sendKeys({ press: 'Tab' });
    expect(tokenIdInput(el).value).to.equal('VSST12345678');
  });

  it('refuses a token ID of the wrong shape beside the field, saying the format, before any call, and focuses it', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await mount('otp-enroll', { adapter });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    await type(tokenIdInput(el), 'VSST1234');
    await type(codeField(el), demoTokenCode(demoTokenId));
    primaryButton(el).click();
    await el.updateComplete;
    expect(tokenIdError(el)).to.equal('トークンIDの形式が正しくありません。英字4文字と数字8桁で入力してください（例：VSST12345678）。');
    expect(tokenIdInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(tokenIdInput(el).getAttribute('aria-describedby')).to.contain('token-id-error');
    expect(deepActiveElement()).to.equal(tokenIdInput(el));
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate']);
  });

  it('follows token-id-pattern, words its refusal with the integrator’s text, then ties the bank’s invalid-token-id to the field', async () => {
    const el = await atRegister({ attributes: { 'token-id-pattern': '^[0-9]{6}$' } });
    await type(tokenIdInput(el), '12345');
    await type(codeField(el), '123456');
    primaryButton(el).click();
    await el.updateComplete;
    // A custom pattern cannot be described by the element: the generic text, until `strings` says the format.
    expect(tokenIdError(el)).to.equal('トークンIDの形式が正しくありません。トークンに表示されているとおりに入力してください。');
    el.strings = { tokenIdInvalid: 'トークンIDは数字6桁です。' };
    await el.updateComplete;
    expect(tokenIdError(el)).to.equal('トークンIDは数字6桁です。');

    tokenIdInput(el).select();
    await type(tokenIdInput(el), '123456');
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    expect((await failed).detail).to.deep.equal({ flow: 'enroll', step: 'register', code: 'invalid-token-id', remainingAttempts: 4 });
    await el.updateComplete;
    const message = 'トークンIDが正しくありません。トークンに表示されているトークンIDをご確認ください。あと4回誤って入力されますと、一定時間ご利用いただけなくなります。';
    expect(alertText(el)).to.equal(message);
    expect(tokenIdError(el)).to.equal(message);
    expect(tokenIdInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(tokenIdInput(el));
  });

  it('lets the code field refuse an incomplete code before any call', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await mount('otp-enroll', { adapter });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    await type(tokenIdInput(el), demoTokenId);
    await type(codeField(el), '123');
    primaryButton(el).click();
    await el.updateComplete;
    await codeField(el).updateComplete;
    expect(fieldMessage(codeField(el))).to.equal('ワンタイムパスワードは6桁の数字で入力してください。');
    expect(adapter.calls).to.have.length(1);
  });

  it('with codes="2" asks for the current and the next code, clearly labelled, and sends both', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await mount('otp-enroll', { adapter, attributes: { codes: '2' } });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    const labels = [...shadow(el).querySelectorAll('label[for="otp"], label[for="next-otp"]')].map((l) => l.textContent);
    expect(labels).to.deep.equal(['ワンタイムパスワード（現在の表示）', 'ワンタイムパスワード（次の表示）']);
    const now = Date.now();
    const [otp, nextOtp] = [demoTokenCode(demoTokenId, now), demoTokenCode(demoTokenId, now + 30_000)];
    await type(tokenIdInput(el), demoTokenId);
    await type(codeField(el), otp!);
    await type(codeField(el, 'next-otp'), nextOtp!);
    const shown = stepShown(el, 'complete');
    primaryButton(el).click();
    await shown;
    expect(adapter.calls[1]!.request).to.deep.include({ tokenId: demoTokenId, otp, nextOtp });
  });

  it('with codes="2" refuses the same code twice before any call', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await mount('otp-enroll', { adapter, attributes: { codes: '2' } });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    const code = demoTokenCode(demoTokenId);
    await type(tokenIdInput(el), demoTokenId);
    await type(codeField(el), code);
    await type(codeField(el, 'next-otp'), code);
    primaryButton(el).click();
    await el.updateComplete;
    await codeField(el, 'next-otp').updateComplete;
    expect(fieldMessage(codeField(el, 'next-otp'))).to.equal(
      '同じワンタイムパスワードが入力されています。数字が変わるのを待ち、次に表示された数字を入力してください。',
    );
    expect(adapter.calls).to.have.length(1);
    await type(codeField(el, 'next-otp'), '');
    await sendKeys({ press: 'Backspace' });
    await codeField(el, 'next-otp').updateComplete;
    expect(codeField(el, 'next-otp').validity.customError).to.equal(false);
  });

  it('says that registering replaces the token in use (機種変更), and does', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 0 });
    const el = await atRegister({ adapter }, '2345678901');
    expect(shadow(el).querySelector('[part="notice"]')!.textContent).to.equal(
      '現在ご利用中のトークン（VSST****4321）が登録されています。登録すると、新しいトークンに切り替わります（機種変更）。',
    );
    await type(tokenIdInput(el), demoTokenId);
    await type(codeField(el), demoTokenCode(demoTokenId));
    const shown = stepShown(el, 'complete');
    primaryButton(el).click();
    await shown;
    expect(adapter.bank.inspect('2345678901')?.tokenId).to.equal(demoTokenId);
  });

  it('tells a wrong code with the attempts left, clears the code and keeps the token ID', async () => {
    const el = await atRegister();
    await type(tokenIdInput(el), demoTokenId);
    await type(codeField(el), otherThan(demoTokenCode(demoTokenId)));
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    expect((await failed).detail).to.deep.equal({ flow: 'enroll', step: 'register', code: 'invalid-otp', remainingAttempts: 4 });
    await el.updateComplete;
    expect(alertText(el)).to.contain('ワンタイムパスワードが正しくありません。').and.contain('あと4回');
    expect(codeField(el).value).to.equal('');
    expect(tokenIdInput(el).value).to.equal(demoTokenId);
  });

  it('tells that the token is already registered', async () => {
    const el = await atRegister({}, '2345678901');
    await type(tokenIdInput(el), 'VSST87654321');
    await type(codeField(el), '123456');
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    expect((await failed).detail.code).to.equal('already-registered');
    await el.updateComplete;
    expect(alertText(el)).to.equal('このトークンはすでに登録されています。');
  });

  it('ends the flow with ログイン画面に戻る on desktop and 中止 on a phone', async () => {
    for (const [layout, labels] of [
      ['desktop', ['登録', 'ログイン画面に戻る']],
      ['mobile', ['中止', '登録']],
    ] as const) {
      const el = await atRegister({ layout });
      expect(buttonLabels(el)).to.deep.equal(labels);
      const cancel = oneEvent(el, 'otp-cancel');
      const restart = stepShown(el, 'authenticate');
      secondaryButton(el).click();
      expect((await cancel).detail).to.deep.equal({ flow: 'enroll', step: 'register' });
      await restart;
      expect(contractIdInput(el).value).to.equal('');
    }
  });

  it('gives the code input the seed’s hint as its accessible description, also beside an error', async () => {
    const el = await atRegister();
    const field = codeField(el);
    expect(field.description).to.equal(codeHint);
    expect(codeDescription(field)).to.equal(codeHint);
    // Shown once, by the field, not again beside it.
    expect(hints(el)).not.to.include(codeHint);
    await type(tokenIdInput(el), demoTokenId);
    primaryButton(el).click();
    await el.updateComplete;
    expect(codeDescription(field)).to.equal(`ワンタイムパスワードを入力してください。 ${codeHint}`);
  });

  it('with codes="2" describes each code input by its own hint', async () => {
    const el = await atRegister({ attributes: { codes: '2' } });
    expect(codeDescription(codeField(el))).to.equal(codeHint);
    expect(codeDescription(codeField(el, 'next-otp'))).to.equal('※数字が変わるのを待ち、次に表示された数字を入力してください。');
  });

  it('passes digits to the code field and names the period in its description, in Japanese and English', async () => {
    const ja = await atRegister({ attributes: { digits: '8', period: '60' } });
    expect(codeField(ja).digits).to.equal(8);
    expect(codeDescription(codeField(ja))).to.equal('※トークンに表示されている8桁の数字を入力してください。(60秒間に数字が変更されます。)');
    const en = await atRegister({ lang: 'en', attributes: { period: '60' } });
    // The field renders once its own English texts are there.
    await codeField(en).updateComplete;
    expect(headingText(en)).to.equal('Register the one-time password you will use');
    expect(codeDescription(codeField(en))).to.equal('Enter the 6 digits your token shows. They change every 60 seconds.');
  });

  it('uses the adapter property over the endpoint attribute', async () => {
    const bank = await createTestBank();
    const el = await mount('otp-enroll', { attributes: { endpoint: faultEndpoint('reset') } });
    el.adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    expect((await bank.requests()).map((r) => r.url)).to.deep.equal([`${bank.endpoint}/authenticate`]);
  });
});
