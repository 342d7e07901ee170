// Shared suite, part 3: adapter calls — busy state, one call at a time, abort on removal,
// late answers dropped, an expired session.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { DemoHostAdapter, demoTokenCode } from '../../../src/adapters/demo.js';
import { recording, type RecordingOptions } from '../adapters.js';
import type { WizardDriver } from '../driver.js';
import {
  alertText,
  authenticate,
  contractIdInput,
  deepActiveElement,
  heading,
  mount,
  passwordInput,
  primaryButton,
  shadow,
  stepShown,
  type,
  typeCredentials,
  type Wizard,
} from '../helpers.js';

const flowEvents = ['otp-step', 'otp-complete', 'otp-error', 'otp-cancel', 'otp-return'] as const;

/** Two real mouse clicks in quick succession, as a double click is. */
async function doubleClick(button: HTMLElement): Promise<void> {
  // The mouse reaches only what is in the viewport.
  button.scrollIntoView({ block: 'center' });
  const r = button.getBoundingClientRect();
  const position: [number, number] = [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  await sendMouse({ type: 'click', position });
  await sendMouse({ type: 'click', position });
}

/** A wizard with the credentials typed, whose adapter holds the calls until released. */
async function readyToAuthenticate(d: WizardDriver, options?: RecordingOptions) {
  const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }), options);
  const el = await mount(d.tag, { adapter });
  await typeCredentials(el, d.contractId, d.password);
  adapter.hold();
  return { adapter, el };
}

function busyState(el: Wizard) {
  return {
    ariaBusy: shadow(el).querySelector('form')!.getAttribute('aria-busy'),
    buttons: [...shadow(el).querySelectorAll('[part~="button"]')].map((b) => b.getAttribute('aria-disabled')),
    status: shadow(el).querySelector('[role="status"]')!.textContent!.trim(),
  };
}

export function callsSuite(d: WizardDriver): void {
  describe(`<${d.tag}> adapter calls (shared)`, () => {
    it('marks the step busy while a call runs: aria-busy, disabled buttons, a status text', async () => {
      const { adapter, el } = await readyToAuthenticate(d);
      primaryButton(el).click();
      await el.updateComplete;
      expect(busyState(el)).to.deep.equal({ ariaBusy: 'true', buttons: ['true', 'true'], status: '処理中です。しばらくお待ちください。' });
      const shown = stepShown(el, d.action);
      adapter.release();
      await shown;
      expect(busyState(el)).to.deep.equal({ ariaBusy: 'false', buttons: [null, null], status: '' });
    });

    it('makes one call for a double click, on authenticate and on the action step', async () => {
      const { adapter, el } = await readyToAuthenticate(d);
      await doubleClick(primaryButton(el));
      let shown = stepShown(el, d.action);
      adapter.release();
      await shown;
      await d.fillAction(el, async (id) => demoTokenCode(id));
      adapter.hold();
      await doubleClick(primaryButton(el));
      shown = stepShown(el, 'complete');
      adapter.release();
      await shown;
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate', d.actionCall.method]);
    });

    it('makes one call for a repeated Enter in the password field', async () => {
      const { adapter, el } = await readyToAuthenticate(d);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      const shown = stepShown(el, d.action);
      adapter.release();
      await shown;
      expect(adapter.calls).to.have.length(1);
    });

    it('aborts the running call when removed from the page, and nothing happens after', async () => {
      const { adapter, el } = await readyToAuthenticate(d);
      primaryButton(el).click();
      const events: string[] = [];
      for (const name of flowEvents) el.addEventListener(name, () => events.push(name));
      el.remove();
      expect(adapter.calls[0]!.signal.aborted).to.equal(true);
      expect(el.querySelector('input')).to.equal(null);
      adapter.release();
      expect(await adapter.calls[0]!.answer).to.have.property('name', 'AbortError');
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      expect(el.step).to.equal('authenticate');
      expect(alertText(el)).to.equal('');
    });

    it('drops the late answer of an adapter that ignores the abort, and is usable again when put back', async () => {
      const { adapter, el } = await readyToAuthenticate(d, { ignoreAbort: true });
      const container = el.parentElement!;
      primaryButton(el).click();
      const events: string[] = [];
      for (const name of flowEvents) el.addEventListener(name, () => events.push(name));
      el.remove();
      adapter.release();
      expect(await adapter.calls[0]!.answer).to.have.property('session');
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      expect(el.step).to.equal('authenticate');
      container.append(el);
      await el.updateComplete;
      expect(busyState(el).ariaBusy).to.equal('false');
      expect(contractIdInput(el).value).to.equal(d.contractId);
      expect(passwordInput(el).value).to.equal('');
    });

    it('returns to authenticate on an expired session, keeping the contract ID, with focus on the heading', async () => {
      let now = Date.now();
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0, now: () => now, sessionTtlSeconds: 300 }) });
      await authenticate(el, d.contractId, d.password, d.action);
      now += 301_000;
      await d.fillAction(el, async (id) => demoTokenCode(id, now));
      const failed = oneEvent(el, 'otp-error');
      const back = stepShown(el, 'authenticate');
      primaryButton(el).click();
      expect((await failed).detail).to.deep.equal({ flow: d.flow, step: d.action, code: 'session-expired' });
      await back;
      expect(contractIdInput(el).value).to.equal(d.contractId);
      expect(passwordInput(el).value).to.equal('');
      expect(alertText(el)).to.equal(d.strings.ja.errors['session-expired']({}));
      expect(deepActiveElement()).to.equal(heading(el));
      await type(passwordInput(el), d.password);
      const again = stepShown(el, d.action);
      primaryButton(el).click();
      await again;
    });
  });
}
