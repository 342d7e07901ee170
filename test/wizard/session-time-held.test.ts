// The session's time (src/wizard/session-time.ts) loads while the bank checks the password, not
// with the page: a first step renders without it, and a session that starts while its module is
// held by the test server (modules-held), as a slow CDN would, is counted from the bank's answer
// (not from the module's arrival), warns and extends once the module arrives. One test: a page
// imports a module once, and only a first import can be held.
import { expect, waitUntil } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import { command } from '../bank/test-bank.js';
import { contractIdInput, mount, primaryButton, shadow, stepShown, typeCredentials, type Wizard } from './helpers.js';
import { statusText } from './slow-steps.js';

// A 20 s session: its warning, with the extend button, is due at once.
const shortSession = {
  authenticate: async () => ({ session: 'session', currentTokenId: 'VSST12345678', expiresIn: 20 }),
  registerToken: async () => ({}),
  extendSession: async () => ({ expiresIn: 300 }),
} as unknown as OtpHostAdapter;

const warning = (el: Wizard): HTMLElement => shadow(el).querySelector('[part="session-warning"]')!;

describe('<otp-enroll>: the session time while its module is held', () => {
  before(() => command('modules-held', { paths: ['/src/wizard/session-time.'] }));
  after(() => command('modules-held', { paths: [] }));

  it('renders a first step without it; once it arrives, warns, counted from the bank\'s answer, and extends', async () => {
    // Imported here, after the hold: were the session time in the wizard's first load, this would wait for it.
    await import('../../src/otp-enroll.js');
    const el = await mount('otp-enroll', { adapter: shortSession });
    expect(el.step).to.equal('authenticate');
    expect(contractIdInput(el), 'the first step, ready to type in').to.exist;
    await expect(el).to.be.accessible();

    await typeCredentials(el, '1234567890', 'Passw0rd!');
    const shown = stepShown(el, 'register');
    primaryButton(el).click();
    await shown;
    await el.updateComplete;
    expect(warning(el).textContent!.trim(), 'no warning before the module is there').to.equal('');

    // The customer reads the step for two seconds before the module arrives: they count.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await command('modules-held', { paths: [] });
    await waitUntil(() => warning(el).textContent!.trim() !== '', 'the warning, once the session time is there');
    const left = Number(/(\d+)\s*秒後/.exec(warning(el).textContent!)?.[1]);
    expect(left, 'seconds left when it warns').to.be.within(1, 18);
    await expect(el).to.be.accessible();

    shadow(el).querySelector<HTMLButtonElement>('[part="extend-button"]')!.click();
    await waitUntil(() => statusText(el) === 'お手続きの有効時間を延長しました。', 'the extension said in the status region');
    expect(warning(el).textContent!.trim()).to.equal('');
  });
});
