// Shared suite, part 6: session time (WCAG 2.2.1, 3.3.7) on a fake clock. The bank says how long
// the session lasts; the wizard warns in time, extends it on request, and when it runs out returns
// to authenticate keeping what is not secret.
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { OtpHostAdapter } from '../../../src/adapters/types.js';
import { DemoBank } from '../../../src/bank/demo-bank.js';
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
  type Wizard,
} from '../helpers.js';

/** A bank in the page, without simulated latency, whose sessions last `expiresIn` seconds. */
function timedBank(expiresIn: number, { extend }: { extend: boolean }) {
  const bank = new DemoBank({ now: () => Date.now(), sessionTtlSeconds: 3600 });
  const extensions: string[] = [];
  const adapter: OtpHostAdapter = {
    authenticate: async (req) => ({ ...(await bank.authenticate(req)), expiresIn }),
    registerToken: (req) => bank.registerToken(req),
    suspend: (req) => bank.suspend(req),
    ...(extend
      ? {
          extendSession: async ({ session }) => {
            extensions.push(session);
            return { expiresIn };
          },
        }
      : {}),
  };
  return { adapter, extensions };
}

const warning = (el: Wizard): HTMLElement => shadow(el).querySelector('[part="session-warning"]')!;
const extendButton = (el: Wizard): HTMLButtonElement | null => shadow(el).querySelector('[part="extend-button"]');
const statusText = (el: Wizard): string => shadow(el).querySelector('.panel > [role="status"]')!.textContent!.trim();

export function sessionSuite(d: WizardDriver): void {
  describe(`<${d.tag}> session time (shared)`, () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });
    // Restoring twice is harmless: a test may have restored the clock already.
    afterEach(() => clock.restore());

    it('warns in an alert a minute before a five-minute session ends, and extends it on request, focus going back', async () => {
      const { adapter, extensions } = timedBank(300, { extend: true });
      const el = await mount(d.tag, { adapter });
      await authenticate(el, d.contractId, d.password, d.action);
      expect(warning(el).getAttribute('role')).to.equal('alert');
      await clock.tickAsync(238_000);
      await el.updateComplete;
      expect(warning(el).textContent!.trim()).to.equal('');

      await clock.tickAsync(2_000);
      await el.updateComplete;
      expect(warning(el).textContent).to.contain(d.strings.ja.sessionWarning('1 分後', true));
      primaryButton(el).focus();
      extendButton(el)!.focus();
      extendButton(el)!.click();
      // The extension answers after a few promise turns; a frame (not faked) lets them all run.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(extensions).to.have.length(1);
      expect(warning(el).textContent!.trim()).to.equal('');
      expect(deepActiveElement()).to.equal(primaryButton(el));
      expect(statusText(el)).to.equal(d.strings.ja.sessionExtended);

      // Counted again from the extension: no warning until a minute before the new end.
      await clock.tickAsync(238_000);
      await el.updateComplete;
      expect(warning(el).textContent!.trim()).to.equal('');
      await clock.tickAsync(2_000);
      await el.updateComplete;
      expect(extendButton(el)).not.to.equal(null);
      // axe schedules its work with timers: on the real clock.
      clock.restore();
      await expect(el).to.be.accessible();
    });

    it('gives a short session at least 20 seconds of warning', async () => {
      const { adapter } = timedBank(45, { extend: true });
      const el = await mount(d.tag, { adapter, lang: 'en' });
      await authenticate(el, d.contractId, d.password, d.action);
      await clock.tickAsync(24_000);
      await el.updateComplete;
      expect(warning(el).textContent!.trim()).to.equal('');
      await clock.tickAsync(1_000);
      await el.updateComplete;
      expect(warning(el).textContent).to.contain(d.strings.en.sessionWarning('in 20 seconds', true));
    });

    it('warns without a button where the adapter cannot extend', async () => {
      const { adapter } = timedBank(300, { extend: false });
      const el = await mount(d.tag, { adapter });
      await authenticate(el, d.contractId, d.password, d.action);
      await clock.tickAsync(241_000);
      await el.updateComplete;
      expect(warning(el).textContent).to.contain(d.strings.ja.sessionWarning('1 分後', false));
      expect(extendButton(el)).to.equal(null);
    });

    it('returns to authenticate when the session runs out, keeping the contract ID but not the password, and says why', async () => {
      const { adapter } = timedBank(300, { extend: true });
      const el = await mount(d.tag, { adapter });
      await authenticate(el, d.contractId, d.password, d.action);
      const failed = oneEvent(el, 'otp-error');
      const back = stepShown(el, 'authenticate');
      await clock.tickAsync(300_000);
      expect((await failed).detail).to.deep.equal({ flow: d.flow, step: d.action, code: 'session-expired' });
      await back;
      expect(contractIdInput(el).value).to.equal(d.contractId);
      expect(passwordInput(el).value).to.equal('');
      expect(alertText(el)).to.equal(d.strings.ja.errors['session-expired']({}));
      expect(warning(el).textContent!.trim()).to.equal('');
      expect(deepActiveElement()).to.equal(heading(el));
    });
  });
}
