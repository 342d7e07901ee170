// A step that arrived after the bank's answer says so in the status region (slow-step.test.ts),
// but the session's news still comes through it: an extension made on that step is said. Its own
// file: a page imports a step's module once, and only a first import can be held.
import { expect, waitUntil } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { command } from '../bank/test-bank.js';
import type { InterruptibleModule } from '../node/protocol.js';
import { headingText, mount, primaryButton, shadow, stepShown, typeCredentials, type Wizard, type WizardTag } from './helpers.js';

// A 20 s session: its warning, with the extend button, shows at once.
const adapter = {
  authenticate: async () => ({ session: 'session', currentTokenId: 'VSST12345678', expiresIn: 20 }),
  extendSession: async () => ({ expiresIn: 300 }),
  registerToken: async () => ({}),
  suspend: async () => ({}),
} as unknown as OtpHostAdapter;

const statusText = (el: Wizard): string => shadow(el).querySelector('.panel > [role="status"]')!.textContent!.trim();

const flows: { tag: WizardTag; step: string; module: InterruptibleModule; shows: string }[] = [
  { tag: 'otp-enroll', step: 'register', module: '/src/enroll/register-step.', shows: '#token-id' },
  { tag: 'otp-suspend', step: 'confirm', module: '/src/suspend/confirm-assets.', shows: '[part="points"]' },
];

for (const { tag, step, module, shows } of flows) {
  describe(`<${tag}>: a ${step} step slower than the bank, in a short session`, () => {
    after(() => command('modules-held', { paths: [] }));

    it('says an extension made after the step arrived', async () => {
      await command('modules-held', { paths: [module] });
      const el = await mount(tag, { adapter });
      await typeCredentials(el, '1234567890', 'Passw0rd!');
      const shown = stepShown(el, step);
      primaryButton(el).click();
      await shown;
      await command('modules-held', { paths: [] });
      await waitUntil(() => shadow(el).querySelector(shows) !== null, 'the step, once its module is there');
      await el.updateComplete;
      expect(statusText(el)).to.equal(`「${headingText(el)}」の画面を表示しました。`);

      const extend = shadow(el).querySelector<HTMLButtonElement>('[part="extend-button"]');
      expect(extend, 'the session warning with its extend button').to.exist;
      extend!.click();
      await waitUntil(() => statusText(el) === 'お手続きの有効時間を延長しました。', 'the extension said in the status region');
    });
  });
}
