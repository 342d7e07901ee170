// <otp-enroll>'s passkey step in both engines: when it is offered, what loads when, skipping,
// every way the device's prompt ends in Japanese and English (a stand-in navigator.credentials
// ends it as each test says), bank errors, mode="passkey"'s code, and accessibility.
// Passkeys made by a real (virtual) authenticator: passkey-device.test.ts.
import { expect, oneEvent } from '@open-wc/testing';
import { DemoHostAdapter, demoTokenCode } from '../../src/adapters/demo.js';
import { FetchHostAdapter } from '../../src/adapters/fetch.js';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import { passkeyEn } from '../../src/enroll/i18n/passkey-en.js';
import { passkeyJa } from '../../src/enroll/i18n/passkey-ja.js';
import { en as wizardEn } from '../../src/wizard/i18n/en.js';
import { ja as wizardJa } from '../../src/wizard/i18n/ja.js';
import { createTestBank, type TestBank } from '../bank/test-bank.js';
import { failingWith, fakeCredential, standInPrompt, withoutWebAuthn, type StandIn } from '../webauthn/browser.js';
import { otpError, recording } from '../wizard/adapters.js';
import {
  alertText,
  authenticate,
  authenticateFailing,
  buttonLabels,
  codeField,
  deepActiveElement,
  headingText,
  mount,
  primaryButton,
  secondaryButton,
  shadow,
  stepPosition,
  tokenIdInput,
  type,
  type MountOptions,
  type Wizard,
} from '../wizard/helpers.js';
import { demoTokenId } from './driver.js';
import { bindToken, boundCustomer, ending, fetched, press, pressToComplete, pressToError, signIn, skip, trail } from './passkey-helpers.js';
import { en, ja } from './texts.js';

const offer: MountOptions = { attributes: { passkey: 'offer' } };
const passkeyMode: MountOptions = { attributes: { mode: 'passkey' } };

/** An enroll wizard with passkeys offered, on a fresh reference bank reached over HTTP. */
async function offered(bank: TestBank, o: MountOptions = {}): Promise<{ el: Wizard; adapter: ReturnType<typeof recording> }> {
  const adapter = recording(new FetchHostAdapter({ endpoint: bank.endpoint }));
  const el = await mount('otp-enroll', { adapter, ...offer, ...o, attributes: { ...offer.attributes, ...o.attributes } });
  return { el, adapter };
}

/** The same wizard once the token is bound: on the passkey step, ready. */
async function atPasskeyStep(o: MountOptions = {}): Promise<{ el: Wizard; adapter: ReturnType<typeof recording>; bank: TestBank }> {
  const bank = await createTestBank();
  const { el, adapter } = await offered(bank, o);
  await authenticate(el, '1234567890', 'Passw0rd!', 'register');
  await bindToken(el, await bank.code(demoTokenId));
  return { el, adapter, bank };
}

/** The demo bank's token calls, with `passkeys` for its passkey calls (none: an adapter without them). */
function demoBank(passkeys?: Pick<OtpHostAdapter, 'passkeyOptions' | 'registerPasskey'>, demo = new DemoHostAdapter({ latencyMs: 0 })): OtpHostAdapter {
  return {
    authenticate: (r, o) => demo.authenticate(r, o),
    registerToken: (r, o) => demo.registerToken(r, o),
    suspend: (r, o) => demo.suspend(r, o),
    ...(passkeys ?? {}),
  };
}

let prompt: StandIn | undefined;
afterEach(() => {
  prompt?.restore();
  prompt = undefined;
});

describe('<otp-enroll passkey="offer">', () => {
  it('loads the passkey step and the WebAuthn code only when the step is shown', async () => {
    const bank = await createTestBank();
    const { el } = await offered(bank);
    // Planned from the start: the customer sees the whole procedure.
    expect(trail(el)).to.deep.equal(['利用者認証', 'ワンタイムパスワード登録情報入力', 'パスキー登録', '処理結果']);
    expect(stepPosition(el)).to.equal('ステップ1/4');
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    expect(fetched('/src/enroll/passkey-step'), 'the passkey step before it is shown').to.equal(false);
    expect(fetched('/src/webauthn/ceremony'), 'the WebAuthn code before the passkey step').to.equal(false);
    await bindToken(el, await bank.code(demoTokenId));
    expect(fetched('/src/enroll/passkey-step')).to.equal(true);
    expect(fetched('/src/webauthn/ceremony')).to.equal(true);
    expect([stepPosition(el), headingText(el)]).to.deep.equal(['ステップ3/4', ja.passkeyHeading]);
    expect(buttonLabels(el)).to.deep.equal([passkeyJa.passkeyCreate, ja.passkeySkip]);
  });

  describe('is shown only where the adapter and the browser can make a passkey', () => {
    async function bound(o: MountOptions, adapter: OtpHostAdapter = new DemoHostAdapter({ latencyMs: 0 })): Promise<Wizard> {
      const el = await mount('otp-enroll', { adapter, ...o });
      await authenticate(el, '1234567890', 'Passw0rd!', 'register');
      await type(tokenIdInput(el), demoTokenId);
      await type(codeField(el), demoTokenCode(demoTokenId));
      return el;
    }

    it('not without passkey="offer": the flow is the seed’s', async () => {
      const el = await bound({});
      expect(trail(el)).to.have.length(3);
      await pressToComplete(el);
      expect(el.step).to.equal('complete');
    });

    it('not when the adapter has no passkeyOptions and registerPasskey', async () => {
      const el = await bound(offer, demoBank());
      expect(trail(el)).to.have.length(3);
      await pressToComplete(el);
      expect(shadow(el).querySelector('[part="message"]')!.textContent).to.equal(ja.completeMessage);
    });

    it('not when the browser has no WebAuthn', async () => {
      await withoutWebAuthn(async () => {
        const el = await bound(offer);
        expect(trail(el)).to.have.length(3);
        await pressToComplete(el);
      });
    });

    it('with endpoint="…" (the fetch adapter speaks /passkeys/options and /passkeys)', async () => {
      const bank = await createTestBank();
      const el = await mount('otp-enroll', { attributes: { passkey: 'offer', endpoint: bank.endpoint } });
      expect(trail(el)).to.have.length(4);
      await authenticate(el, '1234567890', 'Passw0rd!', 'register');
      await bindToken(el, await bank.code(demoTokenId));
      expect(el.step).to.equal('passkey');
    });

    it('follows the adapter the customer authenticated with, set after the first render', async () => {
      const el = await mount('otp-enroll', offer);
      expect(trail(el)).to.have.length(3);
      el.adapter = new DemoHostAdapter({ latencyMs: 0 });
      await authenticate(el, '1234567890', 'Passw0rd!', 'register');
      expect(trail(el)).to.have.length(4);
    });
  });

  it('goes on without a passkey on 今はしない: the token stays bound, the result says no passkey was added', async () => {
    const { el, adapter, bank } = await atPasskeyStep();
    const detail = await skip(el);
    expect(detail).to.deep.equal({ flow: 'enroll', tokenId: demoTokenId, resultCode: '00001' });
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.equal(passkeyJa.completeWithoutPasskey);
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate', 'registerToken']);
    expect(await bank.customer('1234567890')).to.deep.equal({ contractId: '1234567890', tokenId: demoTokenId });
  });

  describe('says how the device’s prompt ended, and keeps retry and skip working', () => {
    const endings: { name: string; key: keyof typeof passkeyJa; device?: { platformAuthenticator: boolean } }[] = [
      { name: 'NotAllowedError', key: 'passkeyNotAllowed' },
      { name: 'NotAllowedError', key: 'passkeyNoAuthenticator', device: { platformAuthenticator: false } },
      { name: 'InvalidStateError', key: 'passkeyExists' },
      { name: 'NotSupportedError', key: 'passkeyUnsupported' },
      { name: 'UnknownError', key: 'passkeyFailed' },
    ];
    for (const lang of ['ja', 'en'] as const) {
      const text = lang === 'ja' ? { ...ja, ...passkeyJa } : { ...en, ...passkeyEn };
      for (const { name, key, device } of endings) {
        it(`${lang}: ${name}${device ? ' without a platform authenticator' : ''} → ${key}`, async () => {
          const { el, adapter } = await atPasskeyStep({ lang });
          prompt = standInPrompt(failingWith(name), device);
          const errors: unknown[] = [];
          el.addEventListener('otp-error', (e) => errors.push(e.detail));
          await press(el);
          expect(ending(el)).to.equal(text[key]);
          expect(shadow(el).querySelector('[part="passkey-ending"]')!.getAttribute('role')).to.equal('alert');
          // Not a bank error: nothing in the error region, no otp-error.
          expect([alertText(el), errors]).to.deep.equal(['', []]);
          expect(buttonLabels(el)).to.deep.equal([text.passkeyRetry, text.passkeySkip]);
          expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate', 'registerToken', 'passkeyOptions']);
          // Try again: a fresh prompt; then skip still works.
          await press(el);
          expect(prompt.calls).to.have.length(2);
          expect(adapter.calls.filter((c) => c.method === 'registerToken')).to.have.length(1);
          await skip(el);
          expect(el.step).to.equal('complete');
        });
      }

      it(`${lang}: a passkey made without user verification → passkeyNoVerification, never sent to the bank`, async () => {
        const { el, adapter } = await atPasskeyStep({ lang });
        prompt = standInPrompt(async () => fakeCredential('create', { verified: false }));
        await press(el);
        expect(ending(el)).to.equal(text.passkeyNoVerification);
        expect(adapter.calls.map((c) => c.method)).not.to.include('registerPasskey');
      });

      it(`${lang}: the bank’s refusal (passkey-rejected) is a bank error, in the error region`, async () => {
        const { el } = await atPasskeyStep({ lang });
        // Not a real authenticator's: the bank's library refuses it.
        prompt = standInPrompt(async () => fakeCredential('create'));
        const detail = await pressToError(el);
        expect(detail).to.deep.equal({ flow: 'enroll', step: 'passkey', code: 'passkey-rejected' });
        expect(alertText(el)).to.equal((lang === 'ja' ? wizardJa : wizardEn).errors['passkey-rejected']({}));
        expect(ending(el)).to.equal('');
        expect(buttonLabels(el)).to.deep.equal([text.passkeyRetry, text.passkeySkip]);
      });
    }

    it('says an unavailable bank in the error region, then a retry goes through', async () => {
      const demo = new DemoHostAdapter({ latencyMs: 0 });
      let down = true;
      const passkeys: Pick<OtpHostAdapter, 'passkeyOptions' | 'registerPasskey'> = {
        passkeyOptions: (r, o) => (down ? Promise.reject(otpError('unavailable')) : demo.passkeyOptions(r, o)),
        registerPasskey: (r, o) => demo.registerPasskey(r, o),
      };
      const adapter = demoBank(passkeys, demo);
      const el = await mount('otp-enroll', { adapter, ...offer });
      await authenticate(el, '1234567890', 'Passw0rd!', 'register');
      await bindToken(el, demoTokenCode(demoTokenId));
      expect((await pressToError(el)).code).to.equal('unavailable');
      expect(alertText(el)).to.equal(wizardJa.errors.unavailable({}));
      down = false;
      prompt = standInPrompt(failingWith('NotAllowedError'));
      await press(el);
      expect([alertText(el), ending(el)]).to.deep.equal(['', passkeyJa.passkeyNotAllowed]);
    });

    it('says options the browser cannot use (an RP ID not this site’s) as the bank’s error', async () => {
      const { el } = await atPasskeyStep();
      prompt = standInPrompt(failingWith('SecurityError'));
      expect((await pressToError(el)).code).to.equal('unknown');
    });
  });

  it('ends in the result, the token kept and never asked again, when the session ends on the passkey step', async () => {
    const { el, adapter, bank } = await atPasskeyStep();
    await bank.advance(301);
    const errors: string[] = [];
    el.addEventListener('otp-error', (e) => errors.push(e.detail.code));
    const detail = await pressToComplete(el);
    expect(errors).to.deep.equal(['session-expired']);
    expect(detail).to.deep.equal({ flow: 'enroll', tokenId: demoTokenId, resultCode: '00001' });
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.equal(passkeyJa.completeWithoutPasskey);
    expect(adapter.calls.filter((c) => c.method === 'registerToken')).to.have.length(1);
  });

  it('is accessible (axe): offered, and after a prompt that ended, in both languages', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const { el } = await atPasskeyStep({ lang });
      await expect(el).to.be.accessible();
      prompt = standInPrompt(failingWith('NotAllowedError'));
      await press(el);
      await expect(el).to.be.accessible();
      prompt.restore();
      prompt = undefined;
    }
  });

  it('focuses the heading of the passkey step, like every step change', async () => {
    const { el } = await atPasskeyStep();
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('[part="heading"]'));
  });
});

describe('<otp-enroll mode="passkey">', () => {
  async function atCode(o: MountOptions = {}): Promise<{ el: Wizard; adapter: ReturnType<typeof recording>; bank: TestBank }> {
    const bank = await createTestBank();
    const adapter = recording(new FetchHostAdapter({ endpoint: bank.endpoint }));
    const el = await mount('otp-enroll', { adapter, ...passkeyMode, ...o });
    await signIn(el, boundCustomer.contractId, 'passkey');
    return { el, adapter, bank };
  }

  it('authenticates with flow "passkey", then asks the token’s code', async () => {
    const { el, adapter } = await atCode();
    expect(adapter.calls[0]!.request).to.include({ flow: 'passkey', contractId: boundCustomer.contractId });
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal(ja.passkeyTitle);
    expect(trail(el)).to.deep.equal(['利用者認証', 'パスキー登録', '処理結果']);
    expect(headingText(el)).to.equal(ja.passkeyHeading);
    expect(codeField(el)).to.exist;
    expect(buttonLabels(el)).to.deep.equal([ja.next, ja.backToLogin]);
  });

  it('refuses a wrong code on the field, counted once by the bank, and locks after five', async () => {
    const { el, adapter, bank } = await atCode();
    const right = await bank.code(boundCustomer.tokenId);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    const remaining: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await type(codeField(el), wrong);
      const detail = await pressToError(el);
      expect([detail.flow, detail.step, detail.code]).to.deep.equal(['passkey', 'passkey', 'invalid-otp']);
      remaining.push(detail.remainingAttempts);
      // Spent once tried; the error is said on the field, which has focus.
      expect(codeField(el).value).to.equal('');
      expect(deepActiveElement()).to.equal(codeField(el).shadowRoot!.querySelector('input'));
    }
    expect(remaining).to.deep.equal([4, 3, 2, 1]);
    expect(adapter.calls.filter((c) => c.method === 'passkeyOptions')).to.have.length(4);
    await type(codeField(el), wrong);
    expect((await pressToError(el)).code).to.equal('locked');
    expect((await bank.customer(boundCustomer.contractId)).lockedFor).to.be.greaterThan(0);
    // Locked: even the right code is refused.
    await type(codeField(el), right);
    expect((await pressToError(el)).code).to.equal('locked');
  });

  it('sends the right code once: a retry after the prompt ended opens a new prompt without it', async () => {
    const { el, adapter, bank } = await atCode();
    prompt = standInPrompt(failingWith('NotAllowedError'));
    await type(codeField(el), await bank.code(boundCustomer.tokenId));
    await press(el);
    expect(ending(el)).to.equal(passkeyJa.passkeyNotAllowed);
    expect(shadow(el).querySelector('#otp')).to.equal(null);
    expect(buttonLabels(el)).to.deep.equal([ja.passkeyRetry, ja.backToLogin]);
    await press(el);
    const asked = adapter.calls.filter((c) => c.method === 'passkeyOptions').map((c) => 'otp' in c.request);
    expect(asked).to.deep.equal([true, false]);
    expect(prompt.calls).to.have.length(2);
  });

  it('refuses a customer without a token at authenticate (not-registered)', async () => {
    const el = await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0 }), ...passkeyMode });
    const detail = await authenticateFailing(el, '1234567890', 'Passw0rd!');
    expect(detail).to.deep.equal({ flow: 'passkey', step: 'authenticate', code: 'not-registered' });
  });

  it('says this browser cannot make passkeys, and calls nothing, where WebAuthn is missing', async () => {
    const { el, adapter } = await atCode();
    await withoutWebAuthn(async () => {
      await type(codeField(el), '123456');
      primaryButton(el).click();
      await el.updateComplete;
      expect(ending(el)).to.equal(passkeyJa.passkeyUnsupported);
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate']);
    });
  });

  it('leaves on 中止 (the phone’s wording; ログイン画面に戻る on a PC) with otp-cancel from the passkey step', async () => {
    const { el } = await atCode({ layout: 'mobile' });
    expect(buttonLabels(el)).to.deep.equal([ja.cancel, ja.next]);
    const cancelled = oneEvent(el, 'otp-cancel');
    secondaryButton(el).click();
    expect((await cancelled).detail).to.deep.equal({ flow: 'passkey', step: 'passkey' });
    await el.updateComplete;
    expect(el.step).to.equal('authenticate');
  });

  it('is accessible (axe) with the code field, and with a refused code', async () => {
    const { el } = await atCode({ lang: 'en' });
    await expect(el).to.be.accessible();
    await type(codeField(el), '000000');
    await pressToError(el);
    await expect(el).to.be.accessible();
  });
});
