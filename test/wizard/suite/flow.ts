// Shared suite, part 4: whole flows — with the demo bank, over HTTP against the reference
// server with nothing but `endpoint`, by keyboard alone — plus axe on every step, focus, and
// the events of Back / Cancel / back to login.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoHostAdapter, demoTokenCode } from '../../../src/adapters/demo.js';
import { failing, otpError } from '../adapters.js';
import { createTestBank } from '../../bank/test-bank.js';
import type { WizardDriver } from '../driver.js';
import {
  alertText,
  authenticate,
  authenticateFailing,
  contractIdInput,
  deepActiveElement,
  heading,
  headingText,
  mount,
  passwordInput,
  primaryButton,
  secondaryButton,
  shadow,
  stepShown,
  type,
  typeCredentials,
  type Wizard,
} from '../helpers.js';

const demoCode = async (tokenId: string): Promise<string> => demoTokenCode(tokenId);

/** Presses the action step's button and waits for the result. */
async function finish(el: Wizard): Promise<void> {
  const shown = stepShown(el, 'complete');
  primaryButton(el).click();
  await shown;
}

export function flowSuite(d: WizardDriver): void {
  describe(`<${d.tag}> whole flow (shared)`, () => {
    it('completes with the demo bank, firing otp-step for each step and moving focus to each heading', async () => {
      const steps: unknown[] = [];
      const record = (e: Event) => steps.push((e as CustomEvent).detail);
      window.addEventListener('otp-step', record);
      try {
        const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }) });
        await authenticate(el, d.contractId, d.password, d.action);
        expect(deepActiveElement()).to.equal(heading(el));
        await d.fillAction(el, demoCode);
        const complete = oneEvent(el, 'otp-complete');
        await finish(el);
        expect(deepActiveElement()).to.equal(heading(el));
        expect((await complete).detail).to.deep.include({ flow: d.flow, resultCode: '00001' });
        expect(headingText(el)).to.equal(d.strings.ja.completeHeading);
        const text = shadow(el).textContent!;
        expect(text).to.contain(d.strings.ja.completeMessage);
        expect(text).to.contain('(00001)');
        expect(text).to.contain(d.strings.ja.completeNote);
        expect(steps).to.deep.equal([
          { flow: d.flow, step: 'authenticate', index: 0 },
          { flow: d.flow, step: d.action, index: 1 },
          { flow: d.flow, step: 'complete', index: 2 },
        ]);
      } finally {
        window.removeEventListener('otp-step', record);
      }
    });

    it('completes against the reference server with nothing but the endpoint attribute', async () => {
      const bank = await createTestBank();
      const el = await mount(d.tag, { attributes: { endpoint: bank.endpoint } });
      await authenticate(el, d.contractId, d.password, d.action);
      await d.fillAction(el, (id) => bank.code(id));
      await finish(el);
      const customer = await bank.customer(d.contractId);
      expect(customer.tokenId).to.equal(d.tokenIdAfter);
      const requests = await bank.requests();
      expect(requests.map((r) => `${r.method} ${r.url.slice(bank.endpoint.length)}`)).to.deep.equal(['POST /authenticate', `POST ${d.actionCall.path}`]);
      expect(requests.every((r) => r.status >= 200 && r.status < 300)).to.equal(true);
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }) });
      const before = document.createElement('button');
      before.textContent = 'page';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(contractIdInput(el));
      await sendKeys({ type: d.contractId });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(passwordInput(el));
      await sendKeys({ type: d.password });
      let shown = stepShown(el, d.action);
      await sendKeys({ press: 'Enter' });
      await shown;
      shown = stepShown(el, 'complete');
      await d.completeActionByKeyboard(el, demoCode);
      await shown;
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(primaryButton(el));
      const back = oneEvent(el, 'otp-return');
      await sendKeys({ press: 'Enter' });
      expect((await back).detail).to.deep.equal({ flow: d.flow });
    });

    it('marks the heading focused by a keyboard action with the focus ring every control has, and not after a click', async () => {
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }) });
      await typeCredentials(el, d.contractId, d.password);
      const shown = stepShown(el, d.action);
      await sendKeys({ press: 'Enter' });
      await shown;
      expect(deepActiveElement()).to.equal(heading(el));
      expect(heading(el).matches(':focus-visible')).to.equal(true);
      const ring = getComputedStyle(heading(el));
      expect([ring.outlineStyle, ring.outlineWidth, ring.outlineOffset]).to.deep.equal(['solid', '2px', '2px']);
      // The ring goes with the focus (its contrast is measured from pixels in test/a11y/focus-ring.test.ts).
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(heading(el)).outlineStyle).to.equal('none');
    });

    it('passes axe on every step, with field errors and adapter errors, in both layouts and languages', async () => {
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }), prepare: 'アプリを用意してください。' });
      await expect(el).to.be.accessible();
      let shown = stepShown(el, 'authenticate');
      primaryButton(el).click();
      await shown;
      await expect(el).to.be.accessible();
      primaryButton(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await authenticate(el, d.contractId, d.password, d.action);
      await expect(el).to.be.accessible();
      await d.fillAction(el, demoCode);
      await finish(el);
      await expect(el).to.be.accessible();

      for (const lang of ['ja', 'en'] as const) {
        const phone = await mount(d.tag, { lang, layout: 'mobile', adapter: failing(otpError('locked', { retryAfter: 60 })) });
        await authenticateFailing(phone, d.contractId, d.password);
        expect(alertText(phone)).not.to.equal('');
        await expect(phone).to.be.accessible();
      }
    });

    it('fires a cancelable otp-cancel on 戻る: cancelled, the wizard stays; else it starts over and follows return-url', async () => {
      const el = await mount(d.tag, { attributes: { 'return-url': '#left-the-wizard' } });
      await type(contractIdInput(el), d.contractId);
      const stay = (e: Event) => e.preventDefault();
      el.addEventListener('otp-cancel', stay);
      let cancel = oneEvent(el, 'otp-cancel');
      secondaryButton(el).click();
      expect((await cancel).detail).to.deep.equal({ flow: d.flow, step: 'authenticate' });
      expect(contractIdInput(el).value).to.equal(d.contractId);
      expect(location.hash).to.equal('');
      el.removeEventListener('otp-cancel', stay);
      cancel = oneEvent(el, 'otp-cancel');
      secondaryButton(el).click();
      await cancel;
      await el.updateComplete;
      expect(location.hash).to.equal('#left-the-wizard');
      history.replaceState(null, '', location.pathname + location.search);
      expect(contractIdInput(el).value).to.equal('');
    });

    it('fires otp-return from the result and, unless cancelled, starts over and follows return-url', async () => {
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }), attributes: { 'return-url': '#back-to-login' } });
      await authenticate(el, d.contractId, d.password, d.action);
      await d.fillAction(el, demoCode);
      await finish(el);
      el.addEventListener('otp-return', (e) => e.preventDefault(), { once: true });
      primaryButton(el).click();
      await el.updateComplete;
      expect(el.step).to.equal('complete');
      expect(location.hash).to.equal('');
      const back = oneEvent(el, 'otp-return');
      primaryButton(el).click();
      expect((await back).detail).to.deep.equal({ flow: d.flow });
      await el.updateComplete;
      expect(location.hash).to.equal('#back-to-login');
      history.replaceState(null, '', location.pathname + location.search);
      expect(el.step).to.equal('authenticate');
    });

    it('never follows a return-url that is not http(s)', async () => {
      const el = await mount(d.tag, { attributes: { 'return-url': 'javascript:window.__otpHijacked=true' } });
      const href = location.href;
      const cancel = oneEvent(el, 'otp-cancel');
      secondaryButton(el).click();
      await cancel;
      await el.updateComplete;
      expect(location.href).to.equal(href);
      expect((window as unknown as { __otpHijacked?: boolean }).__otpHijacked).to.equal(undefined);
    });
  });
}
