// A step whose module is slower than the bank's answer: the wizard shows it loading (its heading,
// focused, and 処理中です), then the step itself. Its arrival is said in the status region, and
// focus stays on the heading, which now comes before the step's fields. The module is held by the
// test server (modules-held), as a slow CDN would.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { command } from '../bank/test-bank.js';
import { deepActiveElement, heading, headingText, shadow } from './helpers.js';
import { reachHeldStep, releaseStep, slowSteps, statusText } from './slow-steps.js';

for (const { tag, step, module, shows } of slowSteps) {
  describe(`<${tag}>: a ${step} step slower than the bank`, () => {
    after(() => command('modules-held', { paths: [] }));

    it('says when the step is there, and leaves focus on its heading', async () => {
      const el = await reachHeldStep(tag, step, module);
      expect(statusText(el)).to.equal('処理中です。しばらくお待ちください。');
      expect(deepActiveElement()).to.equal(heading(el));

      await releaseStep(el, shows);
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
