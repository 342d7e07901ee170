// What a host page may do that the wizards must survive (hostile review of issue 12's changes):
// move a wizard into another document, set `endpoint` to a URL object, give an intro as one string, change an intro's array in place.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { createTestBank } from '../bank/test-bank.js';
import { suspendDriver } from '../suspend/driver.js';
import { authenticate, contractIdInput, mount, passwordInput, primaryButton, shadow, stepShown } from './helpers.js';

/** The document of a same-origin iframe on this page. */
async function frameDocument(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  document.body.append(frame);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return frame.contentDocument!;
}

/** An adapter that records which calls were made. */
function recordingAdapter(calls: string[]): OtpHostAdapter {
  return {
    authenticate: async () => {
      calls.push('authenticate');
      return { session: 's', expiresIn: 300 };
    },
    registerToken: async () => ({}),
    suspend: async () => ({}),
    extendSession: async () => {
      calls.push('extendSession');
      return { expiresIn: 300 };
    },
  };
}

describe('A wizard moved into another document (its events come from that window)', () => {
  it('Enter in the password input still submits (real keys)', async () => {
    const calls: string[] = [];
    const el = await mount('otp-suspend', { adapter: recordingAdapter(calls) });
    (await frameDocument()).body.append(el);
    await el.updateComplete;
    contractIdInput(el).value = '2345678901';
    passwordInput(el).focus();
    await sendKeys({ type: 'Passw0rd!' });
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).to.deep.equal(['authenticate']);
  });

  it('focusing the extend button does not extend the session; clicking it does', async () => {
    const calls: string[] = [];
    const el = await mount('otp-suspend', { adapter: recordingAdapter(calls) });
    (await frameDocument()).body.append(el);
    await el.updateComplete;
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      contractIdInput(el).value = '2345678901';
      passwordInput(el).value = 'Passw0rd!';
      const shown = stepShown(el, 'confirm');
      primaryButton(el).click();
      await clock.tickAsync(100);
      // Once the confirm step's texts are there too: they load while the bank checks the
      // password, over the network, which the fake clock does not move on.
      await shown;
      expect(calls).to.deep.equal(['authenticate']);
      await clock.tickAsync(241_000);
      await el.updateComplete;
      const extend = shadow(el).querySelector<HTMLButtonElement>('[part="extend-button"]')!;
      expect(extend, 'extend button shown').to.exist;
      extend.focus();
      await clock.tickAsync(10);
      expect(calls, 'after focus only').to.deep.equal(['authenticate']);
      extend.click();
      await clock.tickAsync(10);
      expect(calls, 'after click').to.deep.equal(['authenticate', 'extendSession']);
    } finally {
      clock.restore();
    }
  });
});

describe('Host page settings', () => {
  it('an endpoint set from script as a URL object is called (as fetch() takes one)', async () => {
    const bank = await createTestBank();
    const el = await mount('otp-suspend');
    (el as unknown as { endpoint: URL }).endpoint = new URL(bank.endpoint, location.href);
    await authenticate(el, suspendDriver.contractId, suspendDriver.password, 'confirm');
    const requests = await bank.requests();
    expect(requests.map((r) => `${r.method} ${r.url.slice(bank.endpoint.length)}`)).to.deep.equal(['POST /authenticate']);
  });

  it('an intro given as one string is one line, not one line per character', async () => {
    const el = await mount('otp-enroll');
    el.strings = { authenticateIntro: '口座の確認' as unknown as string[] };
    await el.updateComplete;
    const intro = shadow(el).querySelector('.intro')!;
    expect(intro.textContent!.trim()).to.equal('口座の確認');
    expect(intro.querySelectorAll('br')).to.have.length(0);
  });

  it('an intro array the page changes in place and sets again shows its new lines', async () => {
    const el = await mount('otp-enroll');
    const lines = ['口座の確認', '契約者IDを入力してください。'];
    el.strings = { authenticateIntro: lines };
    await el.updateComplete;
    const intro = shadow(el).querySelector('.intro')!;
    expect(intro.textContent).to.equal('口座の確認\n契約者IDを入力してください。');
    lines[1] = 'ログインパスワードも入力してください。';
    el.strings = { authenticateIntro: lines };
    await el.updateComplete;
    expect(intro.textContent).to.equal('口座の確認\nログインパスワードも入力してください。');
  });
});
