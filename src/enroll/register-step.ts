import { html, nothing, type TemplateResult } from 'lit';
import type { Layout } from '../wizard/layout.js';
import { fieldErrors, type ActionState, type FieldName } from '../wizard/machine.js';
import type { StepView } from '../wizard/steps/view.js';
import type { EnrollStrings } from './i18n/translation.js';

export interface RegisterOptions {
  digits: number;
  period: number;
  /** How many consecutive codes are asked: 1 or 2. */
  codes: 1 | 2;
  onEdit: (field: FieldName) => void;
  /** The customer left the token-ID input: show it normalized. */
  onTokenIdChange: (event: Event) => void;
}

/**
 * The register step: token ID and the code (or the current and the next code), the hint that
 * the digits change every `period` seconds, and a notice when registering replaces a token.
 * The code fields show their own errors (empty, incomplete, the same code twice).
 */
export function registerView(text: EnrollStrings, state: ActionState, layout: Layout, o: RegisterOptions): StepView {
  const problem = fieldErrors(state).tokenId;
  const tokenIdError = problem === 'required' ? text.tokenIdRequired : problem ? text.tokenIdInvalid : '';
  const codeField = (id: 'otp' | 'next-otp', label: string, hint: string): TemplateResult =>
    html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      <otp-token-field
        id=${id}
        required
        digits=${o.digits}
        @input=${() => o.onEdit(id === 'otp' ? 'otp' : 'nextOtp')}
      ></otp-token-field>
      <p class="hint">${hint}</p>
    </div>`;
  return {
    heading: text.registerHeading,
    body: html`<p part="intro" class="intro">${text.registerIntro.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>
      ${state.currentTokenId ? html`<p part="notice" class="notice">${text.replaceNotice(state.currentTokenId)}</p>` : nothing}
      <div class="fields">
        <div part="field" class="field">
          <label for="token-id">${text.tokenIdLabel}</label>
          <input
            id="token-id"
            name="tokenId"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-required="true"
            aria-invalid=${tokenIdError ? 'true' : nothing}
            aria-describedby=${tokenIdError ? 'token-id-error token-id-hint' : 'token-id-hint'}
            @input=${() => o.onEdit('tokenId')}
            @change=${o.onTokenIdChange}
          />
          <p id="token-id-hint" class="hint">${text.tokenIdHint}</p>
          <p id="token-id-error" class="field-error" ?hidden=${!tokenIdError}>${tokenIdError}</p>
        </div>
        ${codeField('otp', o.codes === 2 ? text.otpCurrentLabel : text.otpLabel, text.otpHint(o.period))}
        ${o.codes === 2 ? codeField('next-otp', text.otpNextLabel, text.nextOtpHint) : nothing}
      </div>`,
    primary: text.register,
    // The seed: ログイン画面に戻る on the PC screen, 中止 on the phone; both end the flow.
    secondary: layout === 'desktop' ? text.backToLogin : text.cancel,
  };
}
