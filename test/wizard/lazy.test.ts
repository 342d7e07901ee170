// What the wizards load only when it is needed (performance: a first render builds only what the
// first step shows). This file imports nothing else, so what is defined is what the wizard loaded.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthenticateResult, OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import { headingText, mount, openKeyboard, passwordInput, primaryButton, stepShown, tokenIdInput, typeCredentials } from './helpers.js';

/** Whether the page fetched a module whose URL matches. */
const loaded = (module: RegExp): boolean => performance.getEntriesByType('resource').some((entry) => module.test(entry.name));

/** An adapter whose `authenticate` answers when the test says (`answer`). */
function bankAnswering(more: object = {}): { adapter: OtpHostAdapter; answer: (result: AuthenticateResult) => void } {
  let answer!: (result: AuthenticateResult) => void;
  const authenticate = () => new Promise<AuthenticateResult>((resolve) => (answer = resolve));
  const adapter = { authenticate, registerToken: async () => ({}), suspend: async () => ({}), ...more } as unknown as OtpHostAdapter;
  return { adapter, answer: (result) => answer(result) };
}

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

  it('loads the register step while the bank checks the password, and shows it ready', async () => {
    const registerModule = () => loaded(/\/enroll\/register-step\./);
    const { adapter, answer } = bankAnswering();
    const el = await mount('otp-enroll', { adapter });
    expect(registerModule(), 'loaded with the first step').to.equal(false);
    await typeCredentials(el, '1234567890', 'Passw0rd!');
    primaryButton(el).click();
    await waitUntil(registerModule, 'the register step loads during the call');
    const shown = stepShown(el, 'register');
    answer({ session: 'session' });
    await shown;
    // In the update that announced the step: its field, not a word that it is coming.
    expect(tokenIdInput(el)).to.exist;
  });

  it('loads the passkey step (and the WebAuthn code) when it is shown, not while the bank checks the password (mode="passkey")', async () => {
    const passkeyModule = () => loaded(/\/enroll\/passkey-step\./);
    const { adapter, answer } = bankAnswering({ passkeyOptions: async () => ({}), registerPasskey: async () => ({}) });
    const el = await mount('otp-enroll', { adapter, attributes: { mode: 'passkey' } });
    await typeCredentials(el, '1234567890', 'Passw0rd!');
    primaryButton(el).click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shown = stepShown(el, 'passkey');
    answer({ session: 'session' });
    await shown;
    expect(passkeyModule(), 'loaded before the step was shown').to.equal(false);
    await waitUntil(passkeyModule, 'the step loads once shown');
  });
});

