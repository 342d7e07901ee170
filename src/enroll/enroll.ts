import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { OtpHostAdapter } from '../adapters/types.js';
import type { OtpTokenField } from '../token-field/token-field.js';
import type { Layout } from '../wizard/layout.js';
import { isBusy, type ActionState, type FieldErrors, type FieldName, type FieldProblem, type FlowSpec } from '../wizard/machine.js';
import { defaultTokenIdPattern, normalizeTokenId, tokenIdRegExp } from '../wizard/normalize.js';
import type { StepView } from '../wizard/steps/view.js';
import { OtpWizardElement, type ActionResult } from '../wizard/wizard.js';
import { en } from './i18n/en.js';
import { ja } from './i18n/ja.js';
import type { EnrollStrings } from './i18n/strings.js';
import type { CopyStatus } from './key-view.js';
import { issueKey, type IssuedKey } from './provision.js';
import { registerView } from './register-step.js';
import { registerStyles } from './styles.js';

/** How the new token is named: by the ID the customer's token shows, or by a key the bank issues. */
export type EnrollMode = 'credential' | 'provision';

const modeConverter = {
  fromAttribute: (value: string | null): EnrollMode => (value === 'provision' ? 'provision' : 'credential'),
};

const spec: FlowSpec = { flow: 'enroll', action: 'register', backFromAction: 'leave' };

/**
 * The one-time-password registration wizard (ワンタイムパスワード利用登録) of a Japanese internet
 * bank: authenticate with contract ID and login password, register the soft token's ID and
 * code, see the result. Also used to move the token to a new device (機種変更).
 *
 * With `mode="provision"` the bank issues the token instead (`adapter.provision()`): the register
 * step shows its key as a QR code and as Base32 text for an authenticator app, then asks for the
 * app's code. The key is shown on screen and nowhere else (no attribute, event or log), and is
 * dropped when registration ends or the element leaves the page.
 *
 * Everything but the register step comes from `OtpWizardElement`, shared with `<otp-suspend>`.
 *
 * @summary One-time-password registration wizard: authenticate, register the token, result.
 * @tagname otp-enroll
 *
 * @csspart notice - The notice that registering replaces the token already bound (機種変更).
 * @csspart key - mode="provision": the issued key (QR code and text).
 * @csspart qr - The QR code (an `svg`); always dark on light, whatever the theme, for scanners.
 * @csspart key-details - The issuer, account and key, as the authenticator app names them (a `dl`).
 * @csspart secret - The Base32 key in groups of four (a `code`).
 * @csspart copy-button - The button that copies the key.
 *
 * @cssprop --otp-enroll-qr-size - Width of the QR code, quiet zone included (default `12rem`).
 */
export class OtpEnroll extends OtpWizardElement<EnrollStrings> {
  static override styles = [OtpWizardElement.styles, registerStyles];

  /** `credential` (default: token ID and code, as in the seed) or `provision` (the adapter issues a key, shown as a QR code); read when the register step opens. */
  @property({ converter: modeConverter }) mode: EnrollMode = 'credential';

  /** Code length, 6 (default) to 8; in mode="provision" the issued key's length applies. */
  @property({ type: Number }) digits = 6;

  /** The token's time step in seconds, for the hint text (default 30); in mode="provision" the key's applies. */
  @property({ type: Number }) period = 30;

  /** Consecutive codes asked to bind the token: 1 (default) or 2, sent as `otp` and `nextOtp`. */
  @property({ type: Number }) codes = 1;

  /** Regular-expression source a token ID must match after normalizing (upper case, half-width). */
  @property({ attribute: 'token-id-pattern' }) tokenIdPattern = defaultTokenIdPattern;

  @state() private copyStatus: CopyStatus = 'idle';

  @query('#token-id') private tokenIdInput!: HTMLInputElement;
  @query('#otp') private otpField!: OtpTokenField;
  @query('#next-otp') private nextOtpField!: OtpTokenField | null;

  protected readonly spec = spec;

  constructor() {
    super({ ja, en });
  }

  /** mode="provision": the key the adapter issued, while the register step shows it. */
  #key?: IssuedKey;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after the key was dropped: ask the bank for a new one.
    const state = this.state;
    if (state?.step === 'register' && state.key && !this.shownKey()) void this.provision();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.#key) return;
    this.dropKey();
    // Re-render now, so that the key leaves the (detached) shadow DOM too.
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The key lives only while the register step shows it: not after registration, a new
    // request, the session's end or leaving the flow.
    if (changed.has('state') && !this.shownKey()) this.dropKey();
  }

  protected actionView(state: ActionState, text: EnrollStrings, layout: Layout): StepView {
    const key = this.shownKey();
    return registerView(text, state, layout, {
      digits: this.digits,
      period: this.period,
      codes: this.codes === 2 ? 2 : 1,
      key,
      // The clipboard API exists only in secure contexts.
      ...(navigator.clipboard ? { copy: () => void this.copyKey() } : {}),
      copyStatus: this.copyStatus,
      onEdit: (field) => {
        if (field !== 'tokenId') this.nextOtpField?.setCustomValidity('');
        this.send({ type: 'edit', field });
      },
      onTokenIdChange: () => (this.tokenIdInput.value = normalizeTokenId(this.tokenIdInput.value)),
    });
  }

  protected override actionEntered(): void {
    if (this.mode === 'provision') void this.provision();
  }

  protected override submitAction(state: ActionState): void {
    // Without a key on screen there is nothing to register: ask for one (again).
    if (state.key && !this.shownKey()) void this.provision();
    else super.submitAction(state);
  }

  protected checkAction(): FieldErrors {
    const errors: Partial<Record<FieldName, FieldProblem>> = this.shownKey() ? {} : this.tokenIdErrors();
    // The code fields word their own errors (empty, incomplete) beside themselves; reporting
    // validity shows them now, as a native form's submit attempt would.
    const otp = this.otpField;
    const next = this.nextOtpField;
    next?.setCustomValidity(next.value && next.value === otp.value ? this.text.sameCode : '');
    if (!otp.reportValidity()) errors.otp = codeProblem(otp.validity);
    if (next && !next.reportValidity()) errors.nextOtp = codeProblem(next.validity);
    return errors;
  }

  protected async performAction(adapter: OtpHostAdapter, { session, key }: ActionState, signal: AbortSignal): Promise<ActionResult> {
    // In mode="provision" the token is the key issued in this session: no ID to send.
    const tokenId = key ? undefined : this.tokenIdInput.value;
    const otp = this.otpField;
    const next = this.nextOtpField;
    try {
      const { resultCode } = await adapter.registerToken(
        { session, ...(tokenId ? { tokenId } : {}), otp: otp.value, ...(next ? { nextOtp: next.value } : {}) },
        { signal },
      );
      return { tokenId, resultCode };
    } finally {
      // A code is spent once tried, right or wrong: take it off the screen.
      otp.value = '';
      if (next) next.value = '';
    }
  }

  protected override focusField(field: FieldName): void {
    if (field === 'tokenId') this.tokenIdInput.focus();
    else if (field === 'otp') this.otpField.focus();
    else if (field === 'nextOtp') this.nextOtpField?.focus();
    else super.focusField(field);
  }

  private tokenIdErrors(): Partial<Record<FieldName, FieldProblem>> {
    const tokenId = normalizeTokenId(this.tokenIdInput.value);
    this.tokenIdInput.value = tokenId;
    if (!tokenId) return { tokenId: 'required' };
    return tokenIdRegExp(this.tokenIdPattern).test(tokenId) ? {} : { tokenId: 'pattern' };
  }

  /** mode="provision": asks the adapter for a key; the register step shows it once it is issued. */
  private async provision(): Promise<void> {
    this.send({ type: 'provision' });
    const requested = this.state;
    if (requested.step !== 'register' || !isBusy(requested)) return;
    const key = await this.call((adapter, signal) => issueKey(adapter, requested.session, signal));
    if (!key) return;
    this.send({ type: 'provisioned' });
    if (this.state !== requested) this.#key = key;
  }

  /** The key on screen: held, and the state says it is issued. */
  private shownKey(): IssuedKey | undefined {
    const state = this.state;
    return state?.step === 'register' && state.key === 'issued' ? this.#key : undefined;
  }

  private dropKey(): void {
    this.#key = undefined;
    this.copyStatus = 'idle';
  }

  private async copyKey(): Promise<void> {
    const key = this.shownKey();
    if (!key) return;
    let copied = true;
    try {
      await navigator.clipboard.writeText(key.secret);
    } catch {
      copied = false;
    }
    if (this.shownKey() === key) this.copyStatus = copied ? 'copied' : 'failed';
  }
}

function codeProblem(validity: ValidityState): FieldProblem {
  return validity.valueMissing ? 'required' : validity.tooShort ? 'incomplete' : 'same';
}
