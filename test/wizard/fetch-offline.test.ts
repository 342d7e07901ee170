// A wizard with an `endpoint` whose fetch adapter's exchange (src/adapters/fetch-exchange.ts)
// cannot load, as behind a failing CDN (the test server answers it 503): the customer reads the
// network error, in their language, and trying again goes through once the module can load.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/otp-enroll.js';
import { command, createTestBank } from '../bank/test-bank.js';
import { alertText, mount, passwordInput, primaryButton, stepShown, type, typeCredentials, type Wizard } from './helpers.js';

const networkText = {
  ja: '通信エラーが発生しました。通信環境をご確認のうえ、再度お試しください。',
  en: 'We could not connect. Check your connection and try again.',
};

async function failedToConnect(el: Wizard): Promise<void> {
  await typeCredentials(el, '1234567890', 'Passw0rd!');
  const failed = oneEvent(el, 'otp-error');
  primaryButton(el).click();
  expect((await failed).detail).to.include({ step: 'authenticate', code: 'network' });
  await el.updateComplete;
}

describe('<otp-enroll endpoint>: the fetch adapter cannot load', () => {
  before(() => command('modules-offline', { paths: ['/src/adapters/fetch-exchange.'] }));
  after(() => command('modules-offline', { paths: [] }));

  for (const lang of ['ja', 'en'] as const) {
    it(`says the network failed (${lang})`, async () => {
      const bank = await createTestBank();
      const el = await mount('otp-enroll', { lang, attributes: { endpoint: bank.endpoint } });
      await failedToConnect(el);
      expect(alertText(el)).to.equal(networkText[lang]);
      expect(await bank.requests()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  // A failed import() is tried again by Chromium; Firefox keeps the failure for the page's life
  // (its module map remembers it), so there the customer reads the network error again.
  const retriesImports = !navigator.userAgent.includes('Firefox/');

  it(`${retriesImports ? 'goes through' : 'says the network failed again'} when tried again once the module can load`, async () => {
    const bank = await createTestBank();
    const el = await mount('otp-enroll', { attributes: { endpoint: bank.endpoint } });
    await failedToConnect(el);
    await command('modules-offline', { paths: [] });
    // The password went with the failed call: typed again.
    await type(passwordInput(el), 'Passw0rd!');
    const outcome = Promise.race([stepShown(el, 'register').then(() => 'register'), oneEvent(el, 'otp-error').then(({ detail }) => detail.code)]);
    primaryButton(el).click();
    expect(await outcome).to.equal(retriesImports ? 'register' : 'network');
    const calls = (await bank.requests()).map(({ url }) => url.split('/').pop());
    expect(calls).to.deep.equal(retriesImports ? ['authenticate'] : []);
  });
});
