import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as OTPAuth from 'otpauth';
import { encode } from 'uqr';
import { DemoHostAdapter } from '../../src/adapters/demo.js';
import type { OtpHostAdapter, ProvisionResult } from '../../src/adapters/types.js';
import { qrPath } from '../../src/enroll/qr-code.js';
import '../../src/otp-enroll.js';
import { createTestBank } from '../bank/test-bank.js';
import { otpError, recording } from '../wizard/adapters.js';
import {
  alertText,
  authenticate,
  buttonLabels,
  codeDescription,
  codeField,
  deepActiveElement,
  mount,
  primaryButton,
  shadow,
  stepShown,
  type,
  type MountOptions,
  type Wizard,
} from '../wizard/helpers.js';
import { expectNoLeak, watchForLeaks } from '../wizard/suite/secrets.js';
import { en, ja } from './texts.js';

const contractId = '1234567890';
const password = 'Passw0rd!';

const secretPart = (el: Wizard): HTMLElement | null => shadow(el).querySelector('[part="secret"]');
const qr = (el: Wizard): SVGSVGElement => shadow(el).querySelector('[part="qr"]')!;
/** The key as the customer reads it off the screen, without the spaces between its groups. */
const secretOnScreen = (el: Wizard): string => secretPart(el)!.textContent!.replace(/\s/g, '');
const details = (el: Wizard): string[][] =>
  [...shadow(el).querySelectorAll('[part="key-details"] > div')].map((row) => [...row.children].map((c) => c.textContent!.trim()));

/** What an authenticator app shows for the key: SHA-1, 6 digits, 30 s, as the banks issue it. */
function appCode(secret: string, timestamp = Date.now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp });
}

/** Resolves once the register step shows an issued key. */
async function keyShown(el: Wizard): Promise<void> {
  await waitUntil(() => secretPart(el) !== null, 'the key is shown');
  await el.updateComplete;
}

/** A provisioning enroll wizard past authenticate, showing its key. */
async function atKey(o: MountOptions = {}): Promise<Wizard> {
  const el = await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0 }), ...o, attributes: { mode: 'provision', ...o.attributes } });
  await authenticate(el, contractId, password, 'register');
  await keyShown(el);
  return el;
}

/** Presses 登録 and waits for the result step. */
async function register(el: Wizard): Promise<void> {
  const shown = stepShown(el, 'complete');
  primaryButton(el).click();
  await shown;
}

/** The demo bank, except that `provision` answers as given. */
function issuing(answer: () => Promise<ProvisionResult>): OtpHostAdapter {
  const demo = new DemoHostAdapter({ latencyMs: 0 });
  return {
    authenticate: (req, o) => demo.authenticate(req, o),
    registerToken: (req, o) => demo.registerToken(req, o),
    suspend: (req, o) => demo.suspend(req, o),
    provision: answer,
  };
}

describe('<otp-enroll mode="provision">', () => {
  it('asks the adapter for a key after authenticate and shows it in groups of four, with issuer and account', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await atKey({ adapter });
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate', 'provision']);
    const { session } = (await adapter.calls[0]!.answer) as { session: string };
    expect(adapter.calls[1]!.request).to.deep.equal({ session });
    const { uri } = (await adapter.calls[1]!.answer) as ProvisionResult;
    const secret = OTPAuth.URI.parse(uri).secret.base32;
    expect(secretPart(el)!.localName).to.equal('code');
    expect(secretPart(el)!.textContent).to.equal(secret.match(/.{1,4}/g)!.join(' '));
    expect(details(el)).to.deep.equal([
      ['発行元', 'otp-elements demo'],
      ['アカウント', contractId],
      ['キー', secret.match(/.{1,4}/g)!.join(' ')],
    ]);
    expect(shadow(el).querySelector('[part="intro"]')!.textContent).to.contain('認証アプリでQRコードを読み取るか、次のキーを入力してください。');
    expect(shadow(el).querySelector('#token-id')).to.equal(null);
  });

  it('registers the key with the code an authenticator app computes from the screen, sending no token ID', async () => {
    const demo = new DemoHostAdapter({ latencyMs: 0 });
    const adapter = recording(demo);
    const el = await atKey({ adapter });
    await type(codeField(el), appCode(secretOnScreen(el)));
    const complete = oneEvent(el, 'otp-complete');
    await register(el);
    expect((await complete).detail).to.deep.equal({ flow: 'enroll', resultCode: '00001' });
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate', 'provision', 'registerToken']);
    expect(adapter.calls[2]!.request).to.have.keys(['session', 'otp']);
    // The bank files the key under an ID of its own; registerToken does not return it.
    expect(demo.bank.inspect(contractId)?.tokenId).to.match(/^DEMO[0-9]{8}$/);
    expect(shadow(el).textContent).to.contain(ja.completeMessage);
  });

  it('completes against the reference server over HTTP with nothing but endpoint and mode', async () => {
    const bank = await createTestBank();
    const el = await mount('otp-enroll', { attributes: { endpoint: bank.endpoint, mode: 'provision' } });
    await authenticate(el, contractId, password, 'register');
    await keyShown(el);
    await type(codeField(el), appCode(secretOnScreen(el)));
    const complete = oneEvent(el, 'otp-complete');
    await register(el);
    expect((await complete).detail).to.deep.equal({ flow: 'enroll', resultCode: '00001' });
    expect((await bank.customer(contractId)).tokenId).to.match(/^DEMO[0-9]{8}$/);
    const requests = await bank.requests();
    expect(requests.map((r) => `${r.method} ${r.url.slice(bank.endpoint.length)}`)).to.deep.equal(['POST /authenticate', 'POST /provision', 'POST /tokens']);
    expect(requests.every((r) => r.status >= 200 && r.status < 300)).to.equal(true);
  });

  it('draws the issued URI as a QR code: one path of its dark modules in a quiet zone of four, named in the language', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await atKey({ adapter });
    const { uri } = (await adapter.calls[1]!.answer) as ProvisionResult;
    const { size, data } = encode(uri, { ecc: 'M', border: 0 });
    const svg = qr(el);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('認証アプリで読み取るQRコード');
    expect(svg.getAttribute('viewBox')).to.equal(`-4 -4 ${size + 8} ${size + 8}`);
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    const paths = svg.querySelectorAll('path');
    expect(paths).to.have.length(1);
    expect(paths[0]!.getAttribute('d')).to.equal(qrPath(data));
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(size * 3);

    const english = await atKey({ lang: 'en' });
    expect(qr(english).getAttribute('aria-label')).to.equal(en.qrLabel);
  });

  it('draws the QR code dark on light even in a dark theme', async () => {
    const el = await atKey();
    el.style.setProperty('--otp-color-surface', '#111');
    el.style.setProperty('--otp-color-text', '#eee');
    el.style.color = '#eee';
    const style = getComputedStyle(qr(el));
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(qr(el).querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
  });

  it('passes axe on the register step with its key, in both layouts and languages', async () => {
    for (const [lang, layout] of [
      ['ja', 'desktop'],
      ['en', 'mobile'],
    ] as const) {
      const el = await atKey({ lang, layout, width: layout === 'mobile' ? 360 : 800 });
      await expect(el).to.be.accessible();
    }
  });

  it('keeps the key and the URI out of every attribute, event, URL, storage and console line, and off the screen once registered', async () => {
    const watch = watchForLeaks();
    try {
      const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
      const el = await atKey({ adapter });
      const secret = secretOnScreen(el);
      const grouped = secretPart(el)!.textContent!;
      const code = appCode(secret);
      await type(codeField(el), code);
      await register(el);
      await el.updateComplete;
      const { session } = (await adapter.calls[0]!.answer) as { session: string };
      const { uri } = (await adapter.calls[1]!.answer) as ProvisionResult;

      const places = watch.places();
      expect(places.events).to.contain('"otp-complete"');
      expect(places.attributes).to.contain('d=M');
      // The key's place is the screen; the URI and every other secret have none.
      expectNoLeak(places, [secret, grouped, secret.toLowerCase()], ['text']);
      expectNoLeak(places, [uri, password, session, code]);
      expect(shadow(el).textContent).not.to.contain(grouped);
      expect(shadow(el).querySelector('[part="qr"]')).to.equal(null);
    } finally {
      watch.stop();
    }
  });

  it('takes the key off the screen when removed from the page, and asks for a new one when back', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await atKey({ adapter });
    const first = secretPart(el)!.textContent!;
    const container = el.parentElement!;
    el.remove();
    await el.updateComplete;
    expect(shadow(el).textContent).not.to.contain(first);
    expect(shadow(el).querySelector('[part="qr"]')).to.equal(null);

    container.append(el);
    await keyShown(el);
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate', 'provision', 'provision']);
    expect(secretPart(el)!.textContent).not.to.equal(first);
    await type(codeField(el), appCode(secretOnScreen(el)));
    await register(el);
  });

  it('tells that the service is unavailable when the adapter cannot provision, and registers nothing', async () => {
    const demo = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const { provision: _none, ...withoutProvision } = demo;
    const el = await mount('otp-enroll', { adapter: withoutProvision, attributes: { mode: 'provision' } });
    const failed = oneEvent(el, 'otp-error');
    await authenticate(el, contractId, password, 'register');
    expect((await failed).detail).to.deep.equal({ flow: 'enroll', step: 'register', code: 'unavailable' });
    await el.updateComplete;
    expect(alertText(el)).to.equal('ただいまサービスをご利用いただけません。しばらくしてから再度お試しください。');
    expect(secretPart(el)).to.equal(null);
    expect(shadow(el).querySelector('otp-token-field')).to.equal(null);
    expect(buttonLabels(el)).to.deep.equal(['再試行', 'ログイン画面に戻る']);
    const again = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    expect((await again).detail.code).to.equal('unavailable');
    expect(demo.calls.map((c) => c.method)).to.deep.equal(['authenticate']);
  });

  it('offers to try again after a failed request, and shows the key once the bank issues it', async () => {
    const demo = new DemoHostAdapter({ latencyMs: 0 });
    let failures = 1;
    const adapter: OtpHostAdapter = {
      authenticate: (req, o) => demo.authenticate(req, o),
      registerToken: (req, o) => demo.registerToken(req, o),
      suspend: (req, o) => demo.suspend(req, o),
      provision: async (req, o) => {
        if (failures-- > 0) throw otpError('network');
        return demo.provision(req, o);
      },
    };
    const el = await mount('otp-enroll', { adapter, lang: 'en', attributes: { mode: 'provision' } });
    const failed = oneEvent(el, 'otp-error');
    await authenticate(el, contractId, password, 'register');
    expect((await failed).detail).to.deep.equal({ flow: 'enroll', step: 'register', code: 'network' });
    await el.updateComplete;
    expect(alertText(el)).to.equal(en.errors.network({}));
    expect(buttonLabels(el)).to.deep.equal(['Try again', 'Back to login']);
    primaryButton(el).click();
    await keyShown(el);
    expect(alertText(el)).to.equal('');
    expect(buttonLabels(el)).to.deep.equal(['Register', 'Back to login']);
    await type(codeField(el), appCode(secretOnScreen(el)));
    await register(el);
  });

  it('says a wrong code with the attempts left and keeps the key on screen for the next try', async () => {
    const el = await atKey();
    const secret = secretOnScreen(el);
    const wrong = String((Number(appCode(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    await type(codeField(el), wrong);
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    expect((await failed).detail).to.deep.equal({ flow: 'enroll', step: 'register', code: 'invalid-otp', remainingAttempts: 4 });
    await el.updateComplete;
    expect(secretOnScreen(el)).to.equal(secret);
    await type(codeField(el), appCode(secret));
    await register(el);
  });

  it('with codes="2" asks for the app’s current and next code and sends both', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await atKey({ adapter, attributes: { codes: '2' } });
    const labels = [...shadow(el).querySelectorAll('label[for="otp"], label[for="next-otp"]')].map((l) => l.textContent);
    expect(labels).to.deep.equal(['ワンタイムパスワード（現在の表示）', 'ワンタイムパスワード（次の表示）']);
    const secret = secretOnScreen(el);
    const now = Date.now();
    const [otp, nextOtp] = [appCode(secret, now), appCode(secret, now + 30_000)];
    await type(codeField(el), otp);
    await type(codeField(el, 'next-otp'), nextOtp);
    await register(el);
    expect(adapter.calls[2]!.request).to.have.keys(['session', 'otp', 'nextOtp']);
    expect(adapter.calls[2]!.request).to.deep.include({ otp, nextOtp });
  });

  it('asks for the code length of the issued key and describes the code input by the app’s hint with its period', async () => {
    const uri = 'otpauth://totp/Bank:taro?secret=PKR4QZXOG3YZOWXBB4IC7QAPQ6HKBCI2&digits=8&period=60';
    const el = await atKey({ adapter: issuing(async () => ({ uri })), attributes: { digits: '6', period: '30' } });
    expect(codeField(el).digits).to.equal(8);
    expect(codeDescription(codeField(el))).to.equal('※認証アプリに表示されている8桁の数字を入力してください。(60秒間に数字が変更されます。)');
    expect(details(el).slice(0, 2)).to.deep.equal([
      ['発行元', 'Bank'],
      ['アカウント', 'taro'],
    ]);
  });

  it('refuses a URI it cannot show as unknown', async () => {
    const el = await mount('otp-enroll', {
      adapter: issuing(async () => ({ uri: 'otpauth://hotp/Bank:taro?secret=PKR4QZXO&counter=0' })),
      attributes: { mode: 'provision' },
    });
    const failed = oneEvent(el, 'otp-error');
    await authenticate(el, contractId, password, 'register');
    expect((await failed).detail.code).to.equal('unknown');
    expect(qr(el)).to.equal(null);
  });

  it('copies the key without the spaces when the copy button is pressed, and says so', async () => {
    const el = await atKey();
    const copy = shadow(el).querySelector<HTMLButtonElement>('[part="copy-button"]')!;
    expect(copy.textContent).to.equal('キーをコピー');
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('.copy-status')!.textContent === 'キーをコピーしました。', 'copied');
    expect(shadow(el).querySelector('.copy-status')!.getAttribute('role')).to.equal('status');
    const input = document.createElement('input');
    el.after(input);
    input.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'v' });
    await sendKeys({ up: 'Control' });
    expect(input.value).to.equal(secretOnScreen(el));
    expect(deepActiveElement()).to.equal(input);
  });

  it('keeps the credential mode when mode is anything else', async () => {
    const el = await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0 }), attributes: { mode: 'qr' } });
    expect((el as HTMLElementTagNameMap['otp-enroll']).mode).to.equal('credential');
    await authenticate(el, contractId, password, 'register');
    expect(shadow(el).querySelector('#token-id')).not.to.equal(null);
    expect(qr(el)).to.equal(null);
  });
});
