import { html, nothing } from 'lit';
import type { OtpErrorCode } from '../../adapters/otp-error.js';
import { CredentialFields, type CredentialError } from '../credentials.js';
import type { WizardStrings } from '../i18n/strings.js';
import { fieldErrors, type FieldErrors } from '../machine.js';
import { normalizeContractId } from '../normalize.js';
import { lines, type StepRun, type StepView, type WizardStep } from '../step.js';

/** `soft-keyboard`: absent → auto (offered in the desktop layout), present or "on" → always, "off" → never. */
export type SoftKeyboardSetting = 'auto' | 'on' | 'off';

/** The authenticate step's fields before any call: both must be filled in. */
export function checkCredentials(contractId: string, password: string): FieldErrors {
  return { ...(contractId ? {} : { contractId: 'required' }), ...(password ? {} : { password: 'required' }) };
}

/**
 * 利用者認証: contract ID and login password, sent to `adapter.authenticate`; the software keyboard
 * is offered for the password. The inputs are light-DOM nodes this step owns (see
 * `CredentialFields` for why), slotted into the wizard's shadow DOM while the step is shown.
 */
export class AuthenticateStep<S extends WizardStrings = WizardStrings> implements WizardStep<S> {
  readonly name = 'authenticate';
  readonly #host: HTMLElement & { softKeyboard: SoftKeyboardSetting };
  readonly #run: StepRun<S>;
  readonly #credentials: CredentialFields;
  #keyboardOpen = false;

  /**
   * @param host the wizard, whose light DOM takes the inputs
   * @param run the wizard's run: Enter in either input submits, typing edits
   */
  constructor(host: HTMLElement & { softKeyboard: SoftKeyboardSetting }, run: StepRun<S>) {
    this.#host = host;
    this.#run = run;
    this.#credentials = new CredentialFields(run);
  }

  view(run: StepRun<S>): StepView {
    const { text } = run;
    // Labels and errors live in the light DOM with their inputs: updated with each render.
    const problems = fieldErrors(run.state);
    const refused = run.fieldFailure('password') || run.fieldFailure('contractId');
    const error = (field: 'contractId' | 'password', required: string): CredentialError =>
      problems[field] ? { message: required }
      : !run.fieldFailure(field) ? undefined
      // Wrong credentials are said once, under the password, and describe both fields.
      : field === 'contractId' && run.fieldFailure('password') ? { invalid: true }
      : { message: refused };
    this.#credentials.update(text, {
      contractId: error('contractId', text.contractIdRequired),
      password: error('password', text.passwordRequired),
    });
    const keyboard = this.#host.softKeyboard === 'on' || (this.#host.softKeyboard === 'auto' && run.layout === 'desktop');
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
                aria-expanded=${this.#keyboardOpen ? 'true' : 'false'}
                aria-controls=${this.#keyboardOpen ? 'soft-keyboard' : nothing}
                @click=${this}
              >
                ${text.softKeyboard}
              </button>
              ${this.#keyboardOpen
                ? // Made when opened, not before: most customers never open it.
                  html`<otp-soft-keyboard
                    id="soft-keyboard"
                    part="soft-keyboard"
                    open
                    .target=${this.#credentials.password}
                    @otp-keyboard-close=${this}
                  ></otp-soft-keyboard>`
                : nothing}
            </div>`
          : nothing}`,
      primary: text.next,
      secondary: text.back,
    };
  }

  /** The contract ID as normalized, the password exactly as typed, straight to the adapter. */
  async submit(run: StepRun<S>): Promise<void> {
    const contractId = normalizeContractId(this.#credentials.contractId.value);
    this.#credentials.contractId.value = contractId;
    if (!run.start(checkCredentials(contractId, this.#credentials.password.value), contractId)) return;
    // Used once: the input is empty before the answer, or any otp-error, arrives.
    const password = this.#credentials.takePassword();
    const flow = run.state.spec.flow;
    // The next step's module (a lazy step) loads while the bank checks the password: the step is
    // shown ready, with no wait of its own.
    const result = await run.call(async (adapter, signal) => {
      const [answer] = await Promise.all([adapter.authenticate({ flow, contractId, password }, { signal }), run.nextStepReady()]);
      return answer;
    });
    if (result) run.authenticated(result);
  }

  focus(field: string): void {
    if (field === 'contractId') this.#credentials.contractId.focus();
    if (field === 'password') this.#credentials.password.focus();
  }

  fieldsOf(code: OtpErrorCode): readonly string[] {
    // Never says which of the two was wrong: the message concerns both. The password comes
    // first, as it is the one to type again.
    return code === 'invalid-credentials' ? ['password', 'contractId'] : [];
  }

  entered(): void {
    this.#credentials.attach(this.#host);
  }

  left(): void {
    this.#keyboardOpen = false;
    this.#credentials.detach();
  }

  /** The flow starts over: nothing typed is kept. */
  reset(): void {
    this.#credentials.clear();
  }

  /**
   * The keyboard toggle's `click` and the keyboard's `otp-keyboard-close`: Lit calls `handleEvent`
   * of an object given as a listener, so no render makes functions for them.
   */
  handleEvent(event: Event): void {
    if (event.type === 'click') this.#toggleKeyboard();
    else this.#closeKeyboard();
  }

  #toggleKeyboard(): void {
    this.#keyboardOpen = !this.#keyboardOpen;
    // Loaded when first opened (most customers never do); the element upgrades once it is there.
    if (this.#keyboardOpen) void import('../../otp-soft-keyboard.js');
    this.#run.update();
  }

  // Close or Escape: focus goes back to the toggle, as a disclosure's does, before the focused
  // key disappears. Not to the password input: the customer chose the on-screen keyboard to keep
  // keys off the physical keyboard, and from the toggle Tab reaches 次へ.
  #closeKeyboard(): void {
    this.#keyboardOpen = false;
    this.#run.update();
    this.#run.root.querySelector<HTMLElement>('[part="keyboard-toggle"]')?.focus();
  }
}
