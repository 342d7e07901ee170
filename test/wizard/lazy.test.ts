// What the wizards load only when it is needed (performance: a first render builds only what the
// first step shows). This file imports nothing else, so what is defined is what the wizard loaded.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/otp-enroll.js';
import { headingText, mount, openKeyboard, passwordInput } from './helpers.js';

describe('loaded on first use', () => {
  it('loads the software keyboard when it is first opened, not before', async () => {
    const el = await mount('otp-enroll', { attributes: { 'soft-keyboard': 'on' } });
    expect(customElements.get('otp-soft-keyboard')).to.equal(undefined);
    const keyboard = await openKeyboard(el);
    expect(customElements.get('otp-soft-keyboard')).not.to.equal(undefined);
    expect(keyboard.open).to.equal(true);
    // The target was set before the element upgraded: it still types into the password.
    keyboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="character-key"]')!.click();
    expect(passwordInput(el).value).to.have.length(1);
  });

  it('fetches no English text for a Japanese page, and renders an English one in English from its first frame', async () => {
    const english = () => performance.getEntriesByType('resource').filter((entry) => /\/i18n\/en\./.test(entry.name));
    await mount('otp-enroll');
    expect(english()).to.deep.equal([]);

    const el = document.createElement('otp-enroll');
    el.lang = 'en';
    const first = oneEvent(el, 'otp-step');
    document.body.append(el);
    await first;
    // The first render waited for the English texts: it never showed Japanese.
    expect(headingText(el)).to.equal('Registration');
    expect(english().length).to.be.above(0);
    el.remove();
  });
});
