// <otp-suspend> when its confirm step's module cannot load (a failing CDN; the test server
// answers it 503): the network error, and a button that says it tries again, as enroll's does.
import { expect, oneEvent } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-suspend.js';
import { command } from '../bank/test-bank.js';
import { mount, primaryButton, typeCredentials } from '../wizard/helpers.js';

const adapter = { authenticate: async () => ({ session: 'session' }), suspend: async () => ({}) } as unknown as OtpHostAdapter;

describe('<otp-suspend>: its confirm step cannot load', () => {
  before(() => command('modules-offline', { paths: ['/src/suspend/confirm-assets.'] }));
  after(() => command('modules-offline', { paths: [] }));

  for (const [lang, retry] of [['ja', '再試行'], ['en', 'Try again']] as const) {
    it(`offers to try again (${lang})`, async () => {
      const el = await mount('otp-suspend', { adapter, lang });
      await typeCredentials(el, '1234567890', 'Passw0rd!');
      const failed = oneEvent(el, 'otp-error');
      primaryButton(el).click();
      expect((await failed).detail).to.include({ step: 'confirm', code: 'network' });
      await el.updateComplete;
      expect(primaryButton(el).textContent!.trim()).to.equal(retry);
      await expect(el).to.be.accessible();
    });
  }
});
