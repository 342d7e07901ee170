// Loaded on the way to the register step (enroll.ts imports it lazily; the authenticate call waits
// for it, so it is there when the bank has checked the password): a first page load has none of it.
import { html, nothing, type TemplateResult } from 'lit';
import type { OtpErrorCode } from '../adapters/otp-error.js';
import type { Translations } from '../i18n/localize.js';
import { addStyles } from '../styles/add-styles.js';
import type { OtpTokenField } from '../token-field/token-field.js';
import { completeStyles } from '../wizard/complete-styles.js';
import { fieldErrors, isBusy, type ActionState, type FieldErrors, type FieldProblem } from '../wizard/machine.js';
import { defaultTokenIdPattern, fieldLimits, normalizeTokenId, tokenIdCheckLimit, tokenIdRegExp } from '../wizard/normalize.js';
import { lines, type StepRun, type StepView, type WizardStep } from '../wizard/step.js';
import { registerEn } from './i18n/register-en.js';
import { registerJa } from './i18n/register-ja.js';
import type { EnrollStrings, RegisterStrings } from './i18n/strings.js';
import type { CopyStatus } from './key-view.js';
import { leaveLabel } from './leave-label.js';
import type { IssuedKey } from './provision.js';
import { codeFieldStyles, noticeStyles } from './styles.js';

type Provisioning = typeof import('./provisioning.js');

/** The styles that load with this module: the step's own and the result's. */
export const registerStepStyles = [codeFieldStyles, noticeStyles, completeStyles];
/** The texts that load with this module: the wizard adds them under the host's `strings`. */
export const registerTexts: Translations<RegisterStrings> = { ja: registerJa, en: registerEn };

/**
 * What `<otp-enroll>` does: bind a token named by the ID the customer's token shows, or by a key
 * the bank issues; or add a passkey for a customer whose token is bound.
 */
export type EnrollMode = 'credential' | 'provision' | 'passkey';

/** What `<otp-enroll>` sets for its register step. */
export interface RegisterSettings {
  readonly mode: EnrollMode;
  readonly digits: number;
  readonly period: number;
  readonly codes: number;
  readonly tokenIdPattern: string;
}

/** What the customer entered on the register step, as the check reads it. */
export interface RegisterInput {
  /** Normalized; absent in mode="provision", where the key names the token. */
  tokenId?: string;
  otp: string;
  /** With codes="2": the code the token shows next. */
  nextOtp?: string;
}

/** The register step's fields before any call, in the order they are shown. */
export function checkRegister(input: RegisterInput, rules: { tokenIdPattern: string; digits: number }): FieldErrors {
  const problems: Record<string, FieldProblem> = {};
  if (input.tokenId !== undefined) {
    if (!input.tokenId) problems.tokenId = 'required';
    else if (input.tokenId.length > tokenIdCheckLimit || !tokenIdRegExp(rules.tokenIdPattern).test(input.tokenId)) problems.tokenId = 'pattern';
  }
  const code = (value: string): FieldProblem | undefined =>
    !value ? 'required' : value.length < rules.digits ? 'incomplete' : undefined;
  const otp = code(input.otp);
  if (otp) problems.otp = otp;
  if (input.nextOtp !== undefined) {
    const next = code(input.nextOtp) ?? (input.nextOtp === input.otp ? 'same' : undefined);
    if (next) problems.nextOtp = next;
  }
  return problems;
}

/** What a code field says: what is wrong before any call, else the bank's refusal of the code. */
export function codeFieldMessage(run: StepRun<EnrollStrings>, digits: number, problem: FieldProblem | undefined, name: string): string {
  const { text } = run;
  return problem === 'required' ? text.otpRequired
    : problem === 'incomplete' ? text.otpIncomplete(digits)
    : problem === 'same' ? text.sameCode
    : run.fieldFailure(name);
}

/**
 * ワンタイムパスワード登録情報入力: the token to bind, then the code (or the current and the next
 * code) with the hint that the digits change every `period` seconds, and a notice when
 * registering replaces a token. The token is named by its ID (as at the bank) or, in
 * mode="provision", is the key the bank issues on entering the step, shown for the authenticator
 * app: a sub-state of this step, held here. The key lives only while the step shows it.
 */
export class RegisterStep implements WizardStep<EnrollStrings> {
  readonly name = 'register';
  readonly #settings: RegisterSettings;
  /** The token ID as typed: kept when the step is left (Back, an expired session), as it is no secret. */
  #tokenId = '';
  /** mode="provision", from entering the step on: the issued key and the code that shows it, once they are there. */
  #provision?: { key?: IssuedKey; show?: Provisioning['keyView'] };
  #copyStatus: CopyStatus = 'idle';

  constructor(settings: RegisterSettings) {
    this.#settings = settings;
  }

  view(run: StepRun<EnrollStrings>): StepView {
    const { text, state } = run;
    const notice =
      'currentTokenId' in state && state.currentTokenId
        ? html`<p part="notice" class="notice">${text.replaceNotice(state.currentTokenId)}</p>`
        : nothing;
    const secondary = leaveLabel(run);
    if (this.#provision) return { ...this.#provisionView(run, notice), secondary };

    const problem = fieldErrors(state).tokenId;
    const tokenIdError =
      problem === 'required' ? text.tokenIdRequired
      : problem && this.#settings.tokenIdPattern === defaultTokenIdPattern ? text.tokenIdFormat
      : problem ? text.tokenIdInvalid
      : run.fieldFailure('tokenId');
    return {
      heading: text.registerHeading,
      body: html`<p part="intro" class="intro">${lines(text.registerIntro)}</p>
        ${notice}
        <div class="fields">
          <div part="field" class="field">
            <label for="token-id">${text.tokenIdLabel}</label>
            <input
              id="token-id"
              name="tokenId"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              maxlength=${fieldLimits.tokenId}
              aria-required="true"
              aria-invalid=${tokenIdError ? 'true' : nothing}
              aria-describedby=${tokenIdError ? 'token-id-error token-id-hint' : 'token-id-hint'}
              .value=${this.#tokenId}
              @input=${(e: Event) => {
                this.#tokenId = (e.target as HTMLInputElement).value;
                run.edit('tokenId');
              }}
              @change=${(e: Event) => {
                // Shown normalized as the customer leaves it, so what is sent is what they saw.
                const input = e.target as HTMLInputElement;
                input.value = this.#tokenId = normalizeTokenId(input.value);
              }}
            />
            <p id="token-id-error" class="field-error" ?hidden=${!tokenIdError}>${tokenIdError}</p>
            <p id="token-id-hint" class="hint">${text.tokenIdHint}</p>
          </div>
          ${this.#codeFields(run, this.#settings.digits, text.otpHint(this.#settings.digits, this.#settings.period))}
        </div>`,
      primary: text.register,
      secondary,
    };
  }

  async submit(run: StepRun<EnrollStrings>): Promise<void> {
    // mode="provision" without a key on screen: there is nothing to register; ask for one again.
    if (this.#provision && !this.#provision.key) return this.#requestKey(run);
    const otp = this.#field(run, 'otp');
    const next = this.#field(run, 'next-otp');
    // What the input holds now, even if it was filled without an input event.
    const typed = run.root.querySelector<HTMLInputElement>('#token-id')?.value ?? this.#tokenId;
    const input: RegisterInput = {
      ...(this.#provision ? {} : { tokenId: (this.#tokenId = normalizeTokenId(typed)) }),
      otp: otp.value,
      ...(next ? { nextOtp: next.value } : {}),
    };
    if (!run.start(checkRegister(input, { tokenIdPattern: this.#settings.tokenIdPattern, digits: otp.digits }))) return;
    const { session } = run.state as ActionState;
    const result = await run
      .call((adapter, signal) => adapter.registerToken({ session, ...input }, { signal }))
      // A code is spent once tried, right or wrong: take it off the screen.
      .finally(() => {
        otp.value = '';
        if (next) next.value = '';
      });
    if (result) run.done({ ...(input.tokenId ? { tokenId: input.tokenId } : {}), ...result });
  }

  focus(field: string, run: StepRun<EnrollStrings>): void {
    const id = field === 'tokenId' ? 'token-id' : field === 'nextOtp' ? 'next-otp' : 'otp';
    run.root.getElementById(id)?.focus();
  }

  fieldsOf(code: OtpErrorCode): readonly string[] {
    return code === 'invalid-token-id' ? ['tokenId'] : code === 'invalid-otp' ? ['otp'] : [];
  }

  entered(run: StepRun<EnrollStrings>): void {
    // The mode is read as the step opens: a key is asked for each time it is shown.
    if (this.#settings.mode === 'provision') {
      this.#provision = {};
      void this.#requestKey(run);
    }
  }

  left(): void {
    // The key lives only while the step shows it: not after registration, the session's end,
    // leaving the flow or the page.
    this.#provision = undefined;
    this.#copyStatus = 'idle';
  }

  reset(): void {
    this.#tokenId = '';
  }

  #field(run: StepRun<EnrollStrings>, id: 'otp'): OtpTokenField;
  #field(run: StepRun<EnrollStrings>, id: 'next-otp'): OtpTokenField | null;
  #field(run: StepRun<EnrollStrings>, id: string): OtpTokenField | null {
    return run.root.querySelector<OtpTokenField>(`#${id}`);
  }

  /** Asks the adapter for a key; the step shows it once it is issued. */
  async #requestKey(run: StepRun<EnrollStrings>): Promise<void> {
    const provision = this.#provision;
    if (!provision || !run.start({})) return;
    const { session } = run.state as ActionState;
    const issued = await run.call(async (adapter, signal) => {
      const { issueKey, keyView, keyStyles } = await import('./provisioning.js');
      addStyles(run.root, [keyStyles]);
      return { key: await issueKey(adapter, session, signal), show: keyView };
    });
    if (!issued) return;
    // Still the same showing of the step: keep the key, then make the step editable.
    if (this.#provision === provision) Object.assign(provision, issued);
    run.answered();
  }

  /**
   * mode="provision": the key for the app, then the code it shows. Until the key is there, the
   * step says it is coming, or (after a failure, shown in the error region) offers to ask again.
   * The code's length and period are the key's, as the app will use them.
   */
  #provisionView(run: StepRun<EnrollStrings>, notice: TemplateResult | typeof nothing): StepView {
    const { text } = run;
    const { key, show } = this.#provision ?? {};
    const waiting = isBusy(run.state);
    return {
      heading: text.registerHeading,
      body: html`<p part="intro" class="intro">${lines(text.provisionIntro)}</p>
        ${notice}
        ${key && show
          ? html`${show(text, key, {
                // The clipboard API exists only in secure contexts.
                ...(navigator.clipboard ? { copy: () => void this.#copyKey(run, key) } : {}),
                // On a phone the QR code is on the device that should scan it: open the key in
                // the app instead. Navigating on click keeps the key out of any attribute.
                ...(run.layout === 'mobile' ? { open: () => window.location.assign(key.uri) } : {}),
                copyStatus: this.#copyStatus,
              })}
              <div class="fields">${this.#codeFields(run, key.digits, text.appOtpHint(key.digits, key.period))}</div>`
          : waiting
            ? html`<p class="hint">${text.provisioning}</p>`
            : nothing}`,
      primary: key || waiting ? text.register : text.retryProvision,
    };
  }

  /**
   * The code field(s). Each hint is the field's own `description`: the field shows it under the
   * box and puts it in its inner input's accessible description, which an `aria-describedby` from
   * this shadow root could not reach. A refused code is said by the field itself.
   */
  #codeFields(run: StepRun<EnrollStrings>, digits: number, hint: string): TemplateResult {
    const { text } = run;
    const problems = fieldErrors(run.state);
    const message = (problem: FieldProblem | undefined, name: string): string => codeFieldMessage(run, digits, problem, name);
    const field = (id: 'otp' | 'next-otp', name: 'otp' | 'nextOtp', label: string, fieldHint: string): TemplateResult =>
      html`<div part="field" class="field">
        <label for=${id}>${label}</label>
        <otp-token-field
          id=${id}
          required
          digits=${digits}
          description=${fieldHint}
          .errorText=${message(problems[name], name)}
          @input=${() => {
            run.edit(name);
            // A changed first code may no longer equal the second.
            if (name === 'otp' && fieldErrors(run.state).nextOtp === 'same') run.edit('nextOtp');
          }}
        ></otp-token-field>
      </div>`;
    const two = this.#settings.codes === 2;
    return html`${field('otp', 'otp', two ? text.otpCurrentLabel : text.otpLabel, hint)}
    ${two ? field('next-otp', 'nextOtp', text.otpNextLabel, text.nextOtpHint) : nothing}`;
  }

  async #copyKey(run: StepRun<EnrollStrings>, key: IssuedKey): Promise<void> {
    let copied = true;
    try {
      await navigator.clipboard.writeText(key.secret);
    } catch {
      copied = false;
    }
    if (this.#provision?.key !== key) return;
    this.#copyStatus = copied ? 'copied' : 'failed';
    run.update();
  }
}
