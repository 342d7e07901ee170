// A step that arrived after the bank's answer says so in the status region (slow-step.test.ts),
// but the session's news still comes through it: an extension made on that step is said. Its own
// file: a page imports a step's module once, and only a first import can be held.
import { expect, waitUntil } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { command } from '../bank/test-bank.js';
import { headingText, shadow } from './helpers.js';
import { adapter, reachHeldStep, releaseStep, slowSteps, statusText } from './slow-steps.js';

// A 20 s session: its warning, with the extend button, shows at once.
const shortSession = {
  ...adapter,
  authenticate: async () => ({ session: 'session', currentTokenId: 'VSST12345678', expiresIn: 20 }),
  extendSession: async () => ({ expiresIn: 300 }),
} as unknown as OtpHostAdapter;

for (const { tag, step, module, shows } of slowSteps) {
  describe(`<${tag}>: a ${step} step slower than the bank, in a short session`, () => {
    after(() => command('modules-held', { paths: [] }));

    it('says an extension made after the step arrived', async () => {
      const el = await reachHeldStep(tag, step, module, shortSession);
      await releaseStep(el, shows);
      expect(statusText(el)).to.equal(`「${headingText(el)}」の画面を表示しました。`);

      const extend = shadow(el).querySelector<HTMLButtonElement>('[part="extend-button"]');
      expect(extend, 'the session warning with its extend button').to.exist;
      extend!.click();
      await waitUntil(() => statusText(el) === 'お手続きの有効時間を延長しました。', 'the extension said in the status region');
    });
  });
}
