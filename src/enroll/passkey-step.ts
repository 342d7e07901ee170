// Loaded when the passkey step is first shown (enroll.ts imports it lazily), with the WebAuthn
// code behind it: a page that never offers a passkey never loads either.
import { html, nothing, type TemplateResult } from 'lit';
import { OtpError, type OtpErrorCode } from '../adapters/otp-error.js';
import type { OtpHostAdapter } from '../adapters/types.js';
import type { OtpTokenField } from '../token-field/token-field.js';
import { createPasskey, type PasskeyEnding } from '../webauthn/ceremony.js';
import { hasWebAuthn } from '../webauthn/support.js';
import type { Translations } from '../i18n/localize.js';
import { failure, fieldErrors, isBusy, type ActionState } from '../wizard/machine.js';
import { lines, type StepRun, type StepView, type WizardStep } from '../wizard/step.js';
import { passkeyEn } from './i18n/passkey-en.js';
import { passkeyJa } from './i18n/passkey-ja.js';
import type { PasskeyStrings } from './i18n/passkey-strings.js';
import type { EnrollStrings, RegisterStrings } from './i18n/strings.js';
import { leaveLabel } from './leave-label.js';
import { checkRegister, codeFieldMessage, registerStepStyles, registerTexts, type EnrollMode } from './register-step.js';
import { passkeyStyles } from './styles.js';

/** What `<otp-enroll>` sets for its passkey step. */
export interface PasskeySettings {
  /** `passkey`: the step first asks the token's code; otherwise it is offered after the token is bound. */
  readonly mode: EnrollMode;
  readonly digits: number;
  readonly period: number;
}

/**
 * The texts that load with this module: the wizard adds them under the host's `strings`. The
 * register step's come too: in `mode="passkey"` this step asks a code and leads to the result
 * without the register step ever loading.
 */
export const passkeyTexts: Translations<PasskeyStrings & RegisterStrings> = {
  ja: { ...registerTexts.ja, ...passkeyJa },
  en: { ...registerTexts.en, ...passkeyEn },
};
/** The register step's styles too, for the same reason. */
export const passkeyStepStyles = [...registerStepStyles, passkeyStyles];

/** The wizard's texts once this module's are among them. */
type Text = EnrollStrings & PasskeyStrings;
type Ending = Exclude<PasskeyEnding, 'done' | 'aborted'>;

/** The keys of the texts that say how a prompt ended. */
type EndingKey = { [K in keyof PasskeyStrings]: PasskeyStrings[K] extends string ? K : never }[keyof PasskeyStrings];

const endingText: Readonly<Record<Ending, EndingKey>> = {
  'not-allowed': 'passkeyNotAllowed',
  exists: 'passkeyExists',
  'no-user-verification': 'passkeyNoVerification',
  'no-authenticator': 'passkeyNoAuthenticator',
  unsupported: 'passkeyUnsupported',
  failed: 'passkeyFailed',
};

/**
 * The passkey step: one press makes a passkey on this device. In `mode="passkey"` the press first
 * sends the token's current code (the bank counts it like any code), once per showing. Then:
 * the bank's options (`passkeyOptions`), the device's prompt, and the bank's check
 * (`registerPasskey`). A prompt that made no passkey is not a bank error: the step says how it
 * ended and offers to try again or, when offered after the token, to go on without one. What
 * the browser gives (the credential, its challenge and key) goes to the adapter and nowhere else.
 */
export class PasskeyStep implements WizardStep<EnrollStrings> {
  readonly name = 'passkey';
  readonly #settings: PasskeySettings;
  /** `mode="passkey"`: the bank took the token's code in this showing of the step. */
  #proven = false;
  /** How the last prompt ended, when it made no passkey. */
  #ending?: Ending;

  constructor(settings: PasskeySettings) {
    this.#settings = settings;
  }

  view(run: StepRun<EnrollStrings>): StepView {
    const text = run.text as Text;
    const offered = this.#offered;
    const asksCode = this.#asksCode;
    const busy = isBusy(run.state);
    return {
      heading: text.passkeyHeading,
      body: html`<p part="intro" class="intro">${lines(asksCode ? text.passkeyCodeIntro : text.passkeyIntro)}</p>
        <ul part="points" class="points">
          ${text.passkeyPoints.map((point) => html`<li>${point}</li>`)}
        </ul>
        ${asksCode ? this.#codeField(run, text) : nothing}
        <p part="passkey-ending" class="ending" role="alert">${this.#ending ? text[endingText[this.#ending]] : ''}</p>
        ${busy && !asksCode ? html`<p class="hint">${text.passkeyPrompting}</p>` : nothing}`,
      primary: asksCode ? text.next : this.#ending || failure(run.state) ? text.passkeyRetry : text.passkeyCreate,
      secondary: offered ? text.passkeySkip : leaveLabel(run),
      secondarySkips: offered,
    };
  }

  async submit(run: StepRun<EnrollStrings>): Promise<void> {
    const field = this.#asksCode ? run.root.querySelector<OtpTokenField>('#otp') : null;
    const otp = field?.value;
    if (!hasWebAuthn()) {
      this.#ending = 'unsupported';
      return run.update();
    }
    if (!run.start(otp === undefined ? {} : checkRegister({ otp }, { tokenIdPattern: '', digits: field!.digits }))) return;
    this.#ending = undefined;
    const { session } = run.state as ActionState;

    const answer = await run
      .call((adapter, signal) => passkeys(adapter).passkeyOptions({ session, ...(otp === undefined ? {} : { otp }) }, { signal }))
      // A code is spent once tried, right or wrong: take it off the screen.
      .finally(() => field && (field.value = ''));
    if (!answer) return;
    this.#proven = true;
    run.update();

    const outcome = await run.call((_, signal) => createPasskey(answer.options, signal));
    if (!outcome) return;
    if (outcome.kind !== 'done') {
      if (outcome.kind !== 'aborted') this.#ending = outcome.kind;
      return run.answered();
    }
    const result = await run.call((adapter, signal) => passkeys(adapter).registerPasskey({ session, credential: outcome.credential }, { signal }));
    if (result) run.done(result);
  }

  focus(field: string, run: StepRun<EnrollStrings>): void {
    if (field === 'otp') run.root.getElementById('otp')?.focus();
  }

  fieldsOf(code: OtpErrorCode): readonly string[] {
    return code === 'invalid-otp' && this.#asksCode ? ['otp'] : [];
  }

  entered(): void {
    // Each showing follows an authenticate: a new session, whose code is asked anew.
    this.#proven = false;
    this.#ending = undefined;
  }

  get #offered(): boolean {
    return this.#settings.mode !== 'passkey';
  }

  get #asksCode(): boolean {
    return this.#settings.mode === 'passkey' && !this.#proven;
  }

  /** `mode="passkey"`: the token's current code, with its hint as the field's own description. */
  #codeField(run: StepRun<EnrollStrings>, text: Text): TemplateResult {
    const { digits, period } = this.#settings;
    const problem = fieldErrors(run.state).otp;
    const message = codeFieldMessage(run, digits, problem, 'otp');
    return html`<div class="fields">
      <div part="field" class="field">
        <label for="otp">${text.otpLabel}</label>
        <otp-token-field
          id="otp"
          required
          digits=${digits}
          description=${text.otpHint(digits, period)}
          .errorText=${message}
          @input=${() => run.edit('otp')}
        ></otp-token-field>
      </div>
    </div>`;
  }
}

/** The adapter's passkey calls; an adapter without them cannot make passkeys (`mode="passkey"` on a bank that has none). */
function passkeys(adapter: OtpHostAdapter): Required<Pick<OtpHostAdapter, 'passkeyOptions' | 'registerPasskey'>> {
  const { passkeyOptions, registerPasskey } = adapter;
  if (!passkeyOptions || !registerPasskey) throw new OtpError('unavailable', 'the adapter has no passkeyOptions and registerPasskey');
  return { passkeyOptions: passkeyOptions.bind(adapter), registerPasskey: registerPasskey.bind(adapter) };
}
