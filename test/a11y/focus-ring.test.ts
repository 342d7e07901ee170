// WCAG 1.4.11 / 2.4.7: every focusable control of the wizards, the step heading included, shows
// a focus indicator at least 2 CSS px thick that contrasts at least 3:1 with what it replaces,
// in every documented theme (docs/theming.md; the demo's themes.css). Measured from pixels.
import { DemoHostAdapter } from '../../src/adapters/demo.js';
import '../../src/otp-enroll.js';
import { authenticate, codeField, contractIdInput, heading, mount, openKeyboard, passwordInput, primaryButton, secondaryButton, shadow, tokenIdInput, type Wizard } from '../wizard/helpers.js';
import { expectVisibleFocus, inTheme, loadThemes, themes, type Theme } from './themes.js';

before(loadThemes);

/** An enroll wizard inside a themed stage, as the demo shows it. */
async function themed(theme: Theme): Promise<Wizard> {
  return inTheme(await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0 }), attributes: { 'soft-keyboard': 'on' } }), theme);
}

describe('focus indicators (pixels)', () => {
  for (const theme of themes) {
    it(`shows a 2 px, 3:1 indicator on every control of the authenticate step, heading included: ${theme} theme`, async () => {
      const el = await themed(theme);
      const root = shadow(el);
      await expectVisibleFocus('heading', heading(el));
      await expectVisibleFocus('contract ID', contractIdInput(el));
      await expectVisibleFocus('password', passwordInput(el));
      const toggle = root.querySelector<HTMLButtonElement>('[part="keyboard-toggle"]')!;
      await expectVisibleFocus('keyboard toggle', toggle);
      await expectVisibleFocus('next', primaryButton(el));
      await expectVisibleFocus('back', secondaryButton(el));
      const keyboard = await openKeyboard(el);
      const key = keyboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="character-key"]')!;
      await expectVisibleFocus('soft keyboard key', key);
      const shift = keyboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="shift-key"]')!;
      await expectVisibleFocus('shift key', shift);
    });

    it(`shows a 2 px, 3:1 indicator on the register step's inputs: ${theme} theme`, async () => {
      const el = await themed(theme);
      await authenticate(el, '1234567890', 'Passw0rd!', 'register');
      await expectVisibleFocus('token ID', tokenIdInput(el));
      const field = codeField(el);
      await expectVisibleFocus('code', field.shadowRoot!.querySelector('input')!, () => field.focus());
      await expectVisibleFocus('register', primaryButton(el));
    });
  }
});
