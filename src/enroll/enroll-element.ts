import { property, query } from 'lit/decorators.js';
import type { OtpHostAdapter } from '../adapters/types.js';
import type { OtpLang } from '../i18n/lang.js';
import type { OtpTokenField } from '../token-field/token-field.js';
import type { Layout } from '../wizard/layout.js';
import type { ActionState, FieldErrors, FieldName, FieldProblem, FlowSpec } from '../wizard/machine.js';
import { defaultTokenIdPattern, normalizeTokenId, tokenIdRegExp } from '../wizard/normalize.js';
import type { StepView } from '../wizard/steps/view.js';
import { OtpWizardElement, type ActionResult } from '../wizard/wizard-element.js';
import { en } from './i18n/en.js';
import { ja } from './i18n/ja.js';
import type { EnrollStrings } from './i18n/translation.js';
import { registerView } from './register-step.js';
import { registerStyles } from './styles.js';

const spec: FlowSpec = { flow: 'enroll', action: 'register', backFromAction: 'leave' };

/**
 * The one-time-password registration wizard (ワンタイムパスワード利用登録) of a Japanese internet
 * bank: authenticate with contract ID and login password, register the soft token's ID and
 * code, see the result. Also used to move the token to a new device (機種変更).
 *
 * Everything but the register step comes from `OtpWizardElement`, shared with `<otp-suspend>`.
 *
 * @summary One-time-password registration wizard: authenticate, register the token, result.
 * @tagname otp-enroll
 *
 * @csspart notice - The notice that registering replaces the token already bound (機種変更).
 */
export class OtpEnroll extends OtpWizardElement<EnrollStrings> {
  static override styles = [OtpWizardElement.styles, registerStyles];

  /** Code length, 6 (default) to 8. */
  @property({ type: Number }) digits = 6;

  /** The token's time step in seconds, for the hint text (default 30). */
  @property({ type: Number }) period = 30;

  /** Consecutive codes asked to bind the token: 1 (default) or 2, sent as `otp` and `nextOtp`. */
  @property({ type: Number }) codes = 1;

  /** Regular-expression source a token ID must match after normalizing (upper case, half-width). */
  @property({ attribute: 'token-id-pattern' }) tokenIdPattern = defaultTokenIdPattern;

  @query('#token-id') private tokenIdInput!: HTMLInputElement;
  @query('#otp') private otpField!: OtpTokenField;
  @query('#next-otp') private nextOtpField!: OtpTokenField | null;

  protected readonly spec = spec;
  protected readonly translations: Record<OtpLang, EnrollStrings> = { ja, en };

  protected actionView(state: ActionState, text: EnrollStrings, layout: Layout): StepView {
    return registerView(text, state, layout, {
      digits: this.digits,
      period: this.period,
      codes: this.codes === 2 ? 2 : 1,
      onEdit: (field) => {
        if (field !== 'tokenId') this.nextOtpField?.setCustomValidity('');
        this.send({ type: 'edit', field });
      },
      onTokenIdChange: () => (this.tokenIdInput.value = normalizeTokenId(this.tokenIdInput.value)),
    });
  }

  protected checkAction(): FieldErrors {
    const tokenId = normalizeTokenId(this.tokenIdInput.value);
    this.tokenIdInput.value = tokenId;
    const errors: Partial<Record<FieldName, FieldProblem>> = {};
    if (!tokenId) errors.tokenId = 'required';
    else if (!tokenIdRegExp(this.tokenIdPattern).test(tokenId)) errors.tokenId = 'pattern';
    // The fields show their own messages; checkValidity() makes them do so now.
    const otp = this.otpField;
    const next = this.nextOtpField;
    next?.setCustomValidity(next.value && next.value === otp.value ? this.text.sameCode : '');
    if (!otp.checkValidity()) errors.otp = codeProblem(otp.validity);
    if (next && !next.checkValidity()) errors.nextOtp = codeProblem(next.validity);
    return errors;
  }

  protected async performAction(adapter: OtpHostAdapter, { session }: ActionState, signal: AbortSignal): Promise<ActionResult> {
    const tokenId = this.tokenIdInput.value;
    const otp = this.otpField;
    const next = this.nextOtpField;
    try {
      const { resultCode } = await adapter.registerToken(
        { session, tokenId, otp: otp.value, ...(next ? { nextOtp: next.value } : {}) },
        { signal },
      );
      return { tokenId, ...(resultCode ? { resultCode } : {}) };
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
}

function codeProblem(validity: ValidityState): FieldProblem {
  return validity.valueMissing ? 'required' : validity.tooShort ? 'incomplete' : 'same';
}
