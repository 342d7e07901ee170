// Misconfiguration is loud: the customer sees the element's own message, and the developer one
// console error that names the fix (integrators' review).
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { DemoHostAdapter } from '../../src/adapters/demo.js';
import '../../src/otp-enroll.js';
import '../../src/otp-token-field.js';
import { alertText, authenticateFailing, mount } from './helpers.js';

describe('misconfiguration', () => {
  let errors: sinon.SinonStub;
  beforeEach(() => {
    errors = sinon.stub(console, 'error');
  });
  afterEach(() => errors.restore());
  const logged = (): string[] => errors.getCalls().map((call) => String(call.args[0]));

  it('says once, naming the adapter property and the endpoint attribute, when neither is set', async () => {
    const el = await mount('otp-enroll');
    expect(logged()).to.deep.equal([]);
    await authenticateFailing(el, '1234567890', 'Passw0rd!');
    expect(alertText(el)).to.equal('ただいまサービスをご利用いただけません。しばらくしてから再度お試しください。');
    await authenticateFailing(el, '1234567890', 'Passw0rd!');
    expect(logged()).to.have.length(1);
    expect(logged()[0]).to.contain('<otp-enroll>').and.contain('element.adapter').and.contain('endpoint');
  });

  it('says that an adapter attribute ("[object Object]", as React 18 renders it) is ignored', async () => {
    const el = await mount('otp-enroll', { attributes: { adapter: '[object Object]' } });
    await el.updateComplete;
    expect(logged()).to.have.length(1);
    expect(logged()[0]).to.contain('"[object Object]"').and.contain('adapter property');
  });

  it('names the allowed values of an unknown mode or layout, and the one used', async () => {
    await mount('otp-enroll', { adapter: new DemoHostAdapter(), layout: 'tablet' as 'auto', attributes: { mode: 'qr' } });
    expect(logged()).to.have.length(2);
    expect(logged().find((m) => m.includes('mode'))).to.contain('"qr"').and.contain('"credential", "provision"');
    expect(logged().find((m) => m.includes('layout'))).to.contain('"tablet"').and.contain('"auto", "desktop", "mobile"');
  });

  it('says which language a wizard shows for a lang it does not ship', async () => {
    const el = await fixture(html`<div lang="fr"><otp-enroll .adapter=${new DemoHostAdapter()}></otp-enroll></div>`);
    await (el.querySelector('otp-enroll') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(logged()).to.have.length(1);
    expect(logged()[0]).to.contain('lang "fr"').and.contain('English').and.contain('strings');
  });

  it('says nothing when all is well', async () => {
    await mount('otp-enroll', { adapter: new DemoHostAdapter(), lang: 'en', attributes: { mode: 'provision' } });
    await fixture(html`<otp-token-field lang="ja-JP"></otp-token-field>`);
    expect(logged()).to.deep.equal([]);
  });
});
