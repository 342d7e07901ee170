import { html, nothing } from 'lit';
import type { WizardStrings } from '../i18n/strings.js';
import { lines, type StepView } from './view.js';

/** The software keyboard as the authenticate step offers it. */
export interface SoftKeyboardOffer {
  open: boolean;
  /** The password input it types into. */
  target: HTMLInputElement;
  toggle: () => void;
  close: () => void;
}

/**
 * Contract ID and password. The inputs themselves are light-DOM nodes (see `CredentialFields`)
 * shown through the two slots; the software keyboard is offered when `keyboard` is given.
 */
export function authenticateView(text: WizardStrings, keyboard: SoftKeyboardOffer | undefined): StepView {
  return {
    heading: text.authenticateHeading,
    body: html`<p part="intro" class="intro">${lines(text.authenticateIntro)}</p>
      <div class="fields">
        <div part="field" class="field credential"><slot name="contract-id"></slot></div>
        <div part="field" class="field credential"><slot name="password"></slot></div>
      </div>
      ${keyboard
        ? html`<div class="keyboard">
            <button
              type="button"
              part="keyboard-toggle"
              aria-expanded=${keyboard.open ? 'true' : 'false'}
              aria-controls="soft-keyboard"
              @click=${keyboard.toggle}
            >
              ${text.softKeyboard}
            </button>
            <otp-soft-keyboard
              id="soft-keyboard"
              part="soft-keyboard"
              .target=${keyboard.target}
              ?open=${keyboard.open}
              @otp-keyboard-close=${keyboard.close}
            ></otp-soft-keyboard>
          </div>`
        : nothing}`,
    primary: text.next,
    secondary: text.back,
  };
}
