// A step whose module loads on the way to it (LazyStep), in a wizard whose module loads as the test
// says: slower than the bank, or failing. <otp-suspend>'s flow with its confirm step made lazy.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-suspend.js';
import { confirmStepStyles, confirmTexts } from '../../src/suspend/confirm-assets.js';
import { confirmStep } from '../../src/suspend/confirm-step.js';
import type { SuspendStrings } from '../../src/suspend/i18n/strings.js';
import { OtpSuspend } from '../../src/suspend/suspend.js';
import type { LoadedStep } from '../../src/wizard/lazy-step.js';
import { LazyStep } from '../../src/wizard/lazy-step.js';
import { isBusy } from '../../src/wizard/machine.js';
import type { WizardFlow } from '../../src/wizard/wizard.js';
import { alertText, buttonLabels, headingText, primaryButton, shadow, stepShown, typeCredentials } from './helpers.js';

/** What the next load of the confirm step's module does, as the test decides. */
let load: () => Promise<LoadedStep<SuspendStrings>>;

class LazySuspend extends OtpSuspend {
  protected override readonly flow: WizardFlow<SuspendStrings> = {
    flow: 'suspend',
    actions: [
      new LazyStep<SuspendStrings>('confirm', undefined, () => load(), ({ state }) => ({
        heading: 'loading the confirm step',
        body: html``,
        primary: isBusy(state) ? 'wait' : 'load again',
      })),
    ],
    backFromAction: 'authenticate',
  };
}
customElements.define('lazy-suspend-test', LazySuspend);

const adapter = { authenticate: async () => ({ session: 'session' }), suspend: async () => ({}) } as unknown as OtpHostAdapter;

async function mountLazy(): Promise<LazySuspend> {
  const el = document.createElement('lazy-suspend-test') as LazySuspend;
  el.adapter = adapter;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('a lazy step (its module loads on the way to it)', () => {
  afterEach(() => document.querySelectorAll('lazy-suspend-test').forEach((el) => el.remove()));

  it('is shown loading once the bank answered and its module is still slow (a bounded wait), then as itself', async () => {
    let loaded!: () => void;
    load = () => new Promise((resolve) => (loaded = () => resolve({ step: confirmStep, texts: confirmTexts, styles: confirmStepStyles })));
    const el = await mountLazy();
    await typeCredentials(el, '1234567890', 'Passw0rd!');
    const shown = stepShown(el, 'confirm');
    primaryButton(el).click();
    await shown;
    expect(headingText(el)).to.equal('loading the confirm step');
    expect(primaryButton(el).getAttribute('aria-disabled'), 'busy while it loads').to.equal('true');
    loaded();
    await waitUntil(() => shadow(el).querySelector('[part="points"]') !== null, 'the step, once its module is there');
    expect(primaryButton(el).getAttribute('aria-disabled')).to.equal(null);
  });

  it('says the network failed when its module cannot load, and loads it again from its primary button', async () => {
    let attempts = 0;
    load = async () => {
      attempts += 1;
      if (attempts <= 2) throw new TypeError('Failed to fetch dynamically imported module');
      return { step: confirmStep, texts: confirmTexts, styles: confirmStepStyles };
    };
    const el = await mountLazy();
    await typeCredentials(el, '1234567890', 'Passw0rd!');
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    // Once ahead, during the authenticate call; once more on entering the step.
    expect((await failed).detail).to.include({ step: 'confirm', code: 'network' });
    await el.updateComplete;
    expect(attempts).to.equal(2);
    expect(alertText(el)).not.to.equal('');
    expect(buttonLabels(el)[0]).to.equal('load again');
    primaryButton(el).click();
    await waitUntil(() => shadow(el).querySelector('[part="points"]') !== null, 'the step, loaded on the third attempt');
    expect(attempts).to.equal(3);
    expect(alertText(el)).to.equal('');
  });
});
