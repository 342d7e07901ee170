// The evaluator's demo page, loaded as `npm start` serves it, driven through its DOM.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Secret } from 'otpauth';
import { demoCustomers } from '../../src/bank/demo-data.js';
import { totpCode, totpStep } from '../../src/bank/totp.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { authenticate, recentCodes, register, shadow, skipPasskey, typeInto, waitForStep } from './drive.js';
import { closeDemoPages, openDemoPage, type DemoFrame } from './frame.js';
import { virtualAuthenticator } from '../webauthn/browser.js';

const page = '/demo/index.html';

function liveCode(frame: DemoFrame): string {
  return frame.document.querySelector('#live-code')!.textContent!.replace(/\s/g, '');
}

function selectLiveToken(frame: DemoFrame, tokenId: string): void {
  frame.document.querySelector<HTMLInputElement>(`input[name="live-token"][value="${tokenId}"]`)!.click();
}

function choose(frame: DemoFrame, name: string, value: string): void {
  const control = frame.document.querySelector<HTMLInputElement>(`#controls [name="${name}"][value="${value}"]`)!;
  control.click();
}

function logText(frame: DemoFrame): string {
  return frame.document.querySelector('#event-log')!.textContent!;
}

describe('demo page', function () {
  // Whole pages, several loads and wizard steps each: slow on a busy machine.
  this.timeout(30_000);

  afterEach(closeDemoPages);

  it('loads the three elements, the live token and the credentials with no error, under its CSP', async () => {
    const frame = await openDemoPage(page, 'otp-enroll');
    const doc = frame.document;
    expect(doc.querySelector('otp-enroll')).to.be.instanceOf(frame.window.customElements.get('otp-enroll')!);
    expect(doc.querySelector('otp-suspend')).to.be.instanceOf(frame.window.customElements.get('otp-suspend')!);
    expect(doc.querySelector('#code-form otp-token-field')).to.be.instanceOf(frame.window.customElements.get('otp-token-field')!);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.include("style-src 'self'");
    // No inline handlers or scripts: everything comes from module files.
    expect(doc.querySelectorAll('script:not([src])')).to.have.length(0);
    expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).to.equal(false);

    expect(recentCodes('VSST12345678')).to.include(liveCode(frame));
    selectLiveToken(frame, 'VSMT23456789');
    expect(recentCodes('VSMT23456789')).to.include(liveCode(frame));

    const credentials = doc.querySelector('#creds-body')!.textContent!;
    for (const customer of demoCustomers) expect(credentials).to.include(customer.contractId).and.include(customer.password);
    expect(frame.problems).to.deep.equal([]);
  });

  it('completes a registration with the code the live token shows, and logs its events without secrets', async () => {
    const frame = await openDemoPage(page, 'otp-enroll');
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;

    await authenticate(enroll, '1234567890', 'Passw0rd!');
    await waitForStep(enroll, 'register');
    selectLiveToken(frame, 'VSST12345678');
    const code = liveCode(frame);
    expect(code).to.match(/^\d{6}$/);
    await register(enroll, 'VSST12345678', code);
    await skipPasskey(enroll);
    await waitForStep(enroll, 'complete');

    await waitUntil(() => logText(frame).includes('otp-complete'), 'otp-complete was not logged');
    const entries = [...frame.document.querySelectorAll('#event-log .log__entry')].map((e) => e.getAttribute('data-type'));
    expect(entries).to.include.members(['otp-step', 'otp-complete']);
    const log = logText(frame);
    expect(log).to.include('"tokenId":"VSST12345678"');
    expect(log).not.to.include('Passw0rd!');
    expect(log).not.to.include(code);
    expect(frame.document.querySelectorAll('#event-log .log__leak')).to.have.length(0);
    // The in-browser bank now lists the token for the customer.
    expect(frame.document.querySelector('#creds-body tr')!.textContent).to.include('VSST12345678');
    expect(frame.problems).to.deep.equal([]);
  });

  it('switches language on the stage, and the wizards follow it', async () => {
    const frame = await openDemoPage(page, 'otp-enroll', { languages: ['ja-JP'] });
    const stage = frame.document.querySelector<HTMLElement>('#stage')!;
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    const title = () => shadow(enroll).querySelector('[part~="title"]')!.textContent!.trim();
    expect(title()).to.equal('ワンタイムパスワード利用登録');

    frame.document.querySelector<HTMLInputElement>('#lang-switch input[value="en"]')!.click();
    expect(stage.lang).to.equal('en');
    // The English texts load on first use.
    await waitUntil(() => /registration/i.test(title()), 'the wizard shows English');
    expect(frame.window.location.search).to.include('lang=en');
    expect(frame.problems).to.deep.equal([]);
  });

  it('gives the stage the phone width, where the wizard takes its mobile layout', async () => {
    const frame = await openDemoPage(page, 'otp-enroll');
    const stage = frame.document.querySelector<HTMLElement>('#stage')!;
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    await waitUntil(() => enroll.currentLayout === 'desktop', 'the wide stage did not give the desktop layout');

    choose(frame, 'preset', 'phone');
    expect(stage.getBoundingClientRect().width).to.equal(375);
    await waitUntil(() => enroll.currentLayout === 'mobile', 'the 375 px stage did not give the mobile layout');
    expect(frame.document.querySelector('#stage-width')!.textContent).to.include('375');
    expect(frame.problems).to.deep.equal([]);
  });

  it('themes the elements through their custom properties', async () => {
    const frame = await openDemoPage(page, 'otp-enroll');
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    const titleColor = () => frame.window.getComputedStyle(shadow(enroll).querySelector('[part~="title"]')!).color;
    const before = titleColor();

    const theme = frame.document.querySelector<HTMLSelectElement>('#theme')!;
    theme.value = 'forest';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    expect(frame.document.querySelector<HTMLElement>('#stage')!.dataset.theme).to.equal('forest');
    expect(before).not.to.equal('rgb(29, 94, 58)');
    expect(titleColor()).to.equal('rgb(29, 94, 58)');
    expect(frame.problems).to.deep.equal([]);
  });

  // The reference server is one bank for both browsers at once: each registers its own customer.
  it('finishes a QR-code registration at the reference server with the code the demo token shows for the QR’s key', async () => {
    const customer = navigator.userAgent.includes('Firefox') ? '2345678901' : '1234567890';
    const frame = await openDemoPage(`${page}?adapter=server&mode=provision&lang=en`, 'otp-enroll');
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    await authenticate(enroll, customer, 'Passw0rd!');
    await waitForStep(enroll, 'register');
    await waitUntil(() => shadow(enroll).querySelector('[part="secret"]'), 'the key is not shown', { timeout: 5000 });
    const secret = shadow(enroll).querySelector('[part="secret"]')!.textContent!.replace(/\s/g, '');
    // The demo token plays the app that scanned the QR code: it shows the code of that key.
    await waitUntil(() => frame.document.querySelector('#live-token .token__id')!.textContent === 'From QR code', 'the demo token has no token from the QR code');
    const code = liveCode(frame);
    const step = totpStep(Date.now());
    expect([-1, 0, 1].map((d) => totpCode(Secret.fromBase32(secret).bytes, step + d))).to.include(code);

    await typeInto(shadow(enroll).querySelector<OtpTokenField>('#otp')!, code);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => enroll.step === 'passkey' || enroll.step === 'complete', 'the code was not taken', { timeout: 8000 });
    if (enroll.step === 'passkey') await skipPasskey(enroll);
    await waitForStep(enroll, 'complete');
    // It was the reference server's bank, over HTTP, that issued the key and bound the token.
    const calls = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(calls).to.include.members(['/api/bank/provision', '/api/bank/tokens']);
    expect(frame.problems).to.deep.equal([]);
  });

  it('says beside the QR-code choice where its code comes from, in Japanese and in English', async () => {
    const frame = await openDemoPage(page, 'otp-enroll', { languages: ['ja-JP'] });
    const note = frame.document.querySelector<HTMLElement>('#mode-note')!;
    expect(note.hidden).to.equal(true);
    choose(frame, 'mode', 'provision');
    expect(note.hidden).to.equal(false);
    // The switch remade the wizard: it settles before the next switch removes it.
    await waitForStep(frame.document.querySelector<OtpEnroll>('otp-enroll')!, 'authenticate');
    expect(note.textContent).to.include('デモ用ソフトトークン').and.include('QRコードから').and.include('参照サーバー');
    // The QR choice is described by it.
    expect(frame.document.querySelector('#controls [name="mode"][value="provision"]')!.getAttribute('aria-describedby')).to.equal('mode-note');
    frame.document.querySelector<HTMLInputElement>('#lang-switch input[value="en"]')!.click();
    expect(note.textContent).to.include('demo soft token').and.include('From QR code').and.include('reference server');
    choose(frame, 'mode', 'credential');
    expect(note.hidden).to.equal(true);
    expect(frame.problems).to.deep.equal([]);
  });

  it('submits the code field inside a plain form as FormData', async () => {
    const frame = await openDemoPage(`${page}?tab=field`, 'otp-token-field');
    const form = frame.document.querySelector<HTMLFormElement>('#code-form')!;
    const field = form.querySelector<OtpTokenField>('otp-token-field')!;
    expect(form.closest<HTMLElement>('[role="tabpanel"]')!.hidden).to.equal(false);

    selectLiveToken(frame, 'VSMT23456789');
    const code = liveCode(frame);
    await typeInto(field, code);
    await sendKeys({ press: 'Enter' });

    const output = frame.document.querySelector('#form-result')!;
    await waitUntil(() => output.querySelector('dl') !== null, 'the form did not show its FormData');
    expect(output.querySelector('dt')!.textContent).to.equal('otp');
    expect(output.querySelector('dd')!.textContent).to.equal(JSON.stringify(code));
    expect(output.textContent).to.include('VSMT23456789');
    // The field's otp-filled reached the page (it is the page's own field), masked in the log.
    expect(frame.document.querySelector('#event-log [data-type="otp-filled"] .log__detail')!.textContent).not.to.include(code);
    expect(frame.problems).to.deep.equal([]);
  });

  it('adds a real passkey after the token, verified in the page, and lists it (Chromium’s virtual authenticator)', async function () {
    if (!(await virtualAuthenticator())) this.skip();
    try {
      const frame = await openDemoPage(page, 'otp-enroll', { languages: ['ja-JP'] });
      const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
      await authenticate(enroll, '1234567890', 'Passw0rd!');
      await register(enroll, 'VSST12345678', liveCode(frame));
      await waitForStep(enroll, 'passkey');
      await waitUntil(() => shadow(enroll).querySelector('[part~="primary-button"]')!.getAttribute('aria-disabled') === null);
      shadow(enroll).querySelector<HTMLButtonElement>('[part~="primary-button"]')!.click();
      // The in-browser bank loads its verifying library on first use: many modules, unbundled here.
      await waitUntil(() => enroll.step === 'complete', 'the passkey was not added', { timeout: 20_000 });
      expect(shadow(enroll).querySelector('[part="message"]')!.textContent).to.equal('ワンタイムパスワードの利用登録と、このデバイスへのパスキーの登録が完了しました。');
      await waitUntil(() => frame.document.querySelector('#creds-body tr')!.textContent!.includes('パスキー 1件'), 'the table lists the passkey');
      expect(frame.problems).to.deep.equal([]);
    } finally {
      await virtualAuthenticator(null);
    }
  });

  it('offers mode="passkey" on its mode switch, for the customer whose token is bound', async () => {
    const frame = await openDemoPage(page, 'otp-enroll');
    choose(frame, 'mode', 'passkey');
    const enroll = await waitUntil(() => frame.document.querySelector<OtpEnroll>('otp-enroll[mode="passkey"]'), 'the wizard was not remade').then(
      () => frame.document.querySelector<OtpEnroll>('otp-enroll')!,
    );
    await authenticate(enroll, '2345678901', 'Passw0rd!');
    await waitForStep(enroll, 'passkey');
    // The step's module loads as it is shown; then it asks the token's code.
    await waitUntil(() => shadow(enroll).querySelector('#otp'), 'the passkey step asks no code');
    expect(frame.window.location.search).to.include('mode=passkey');
    expect(frame.problems).to.deep.equal([]);
  });

  it('stays on the page when "back to login" is pressed, starting the flow again', async () => {
    const frame = await openDemoPage(page, 'otp-enroll');
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    await authenticate(enroll, '1234567890', 'Passw0rd!');
    await register(enroll, 'VSST12345678', liveCode(frame));
    await skipPasskey(enroll);
    await waitForStep(enroll, 'complete');

    shadow(enroll).querySelector<HTMLButtonElement>('[part~="primary-button"]')!.click();
    const fresh = await waitUntil(() => frame.document.querySelector<OtpEnroll>('otp-enroll') !== enroll, 'the wizard was not restarted')
      .then(() => frame.document.querySelector<OtpEnroll>('otp-enroll')!);
    await waitForStep(fresh, 'authenticate');
    expect(frame.iframe.contentDocument!.URL).to.match(/\/demo\/index\.html/);
    expect(frame.document.querySelector('#event-log [data-type="otp-return"]')).to.not.equal(null);
    expect(frame.problems).to.deep.equal([]);
  });
});
