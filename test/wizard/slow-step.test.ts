// A step whose module is slower than the bank's answer: the wizard shows it loading (its heading,
// focused, and 処理中です), then the step itself. Its arrival is said in the status region, and
// focus stays on the heading, which now comes before the step's fields. The module is held by the
// test server (modules-held), as a slow CDN would.
import { expect, waitUntil } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { command } from '../bank/test-bank.js';
import type { InterruptibleModule } from '../node/protocol.js';
import { deepActiveElement, heading, headingText, mount, primaryButton, shadow, stepShown, typeCredentials, type Wizard, type WizardTag } from './helpers.js';

const adapter = {
  authenticate: async () => ({ session: 'session', currentTokenId: 'VSST12345678' }),
  registerToken: async () => ({}),
  suspend: async () => ({}),
} as unknown as OtpHostAdapter;

const statusText = (el: Wizard): string => shadow(el).querySelector('.panel > [role="status"]')!.textContent!.trim();

/** Each wizard's lazy step, its module, and what of it shows once it is there. */
const flows: { tag: WizardTag; step: string; module: InterruptibleModule; shows: string }[] = [
  { tag: 'otp-enroll', step: 'register', module: '/src/enroll/register-step.', shows: '#token-id' },
  { tag: 'otp-suspend', step: 'confirm', module: '/src/suspend/confirm-assets.', shows: '[part="points"]' },
];

for (const { tag, step, module, shows } of flows) {
  describe(`<${tag}>: a ${step} step slower than the bank`, () => {
    after(() => command('modules-held', { paths: [] }));

    it('says when the step is there, and leaves focus on its heading', async () => {
      await command('modules-held', { paths: [module] });
      const el = await mount(tag, { adapter });
      await typeCredentials(el, '1234567890', 'Passw0rd!');
      const shown = stepShown(el, step);
      primaryButton(el).click();
      await shown;
      expect(statusText(el)).to.equal('処理中です。しばらくお待ちください。');
      expect(deepActiveElement()).to.equal(heading(el));

      await command('modules-held', { paths: [] });
      await waitUntil(() => shadow(el).querySelector(shows) !== null, 'the step, once its module is there');
      await el.updateComplete;
      expect(statusText(el)).to.equal(`「${headingText(el)}」の画面を表示しました。`);
      expect(deepActiveElement()).to.equal(heading(el));
      await expect(el).to.be.accessible();

      // Said once: the next render (here a language switch) does not say it again.
      el.setAttribute('lang', 'en');
      await waitUntil(() => shadow(el).querySelector('.frame')!.getAttribute('lang') === 'en', 'the English texts');
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
    });

  });
}
