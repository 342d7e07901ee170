import { html, nothing, type TemplateResult } from 'lit';
import type { Layout } from '../wizard/layout.js';
import { fieldErrors, type ActionState, type FieldName } from '../wizard/machine.js';
import { lines, type StepView } from '../wizard/steps/view.js';
import type { EnrollStrings } from './i18n/strings.js';
import { keyView, type KeyViewOptions } from './key-view.js';
import type { IssuedKey } from './provision.js';

export interface RegisterOptions extends KeyViewOptions {
  digits: number;
  period: number;
  /** How many consecutive codes are asked: 1 or 2. */
  codes: 1 | 2;
  /** mode="provision": the issued key, once the element holds it. */
  key?: IssuedKey;
  onEdit: (field: FieldName) => void;
  /** The customer left the token-ID input: show it normalized. */
  onTokenIdChange: (event: Event) => void;
}

// The field words its error beside itself; cancelling `invalid` keeps the browser's own bubble
// from repeating it when the step reports validity.
const preventNativeBubble = (event: Event): void => event.preventDefault();

/**
 * The register step: the token to bind, then the code (or the current and the next code) with
 * the hint that the digits change every `period` seconds, and a notice when registering replaces
 * a token. The token is named by its ID (as in the seed) or, in mode="provision", is the key the
 * bank issued, shown for the authenticator app. The code fields show their own errors (empty,
 * incomplete, the same code twice).
 */
export function registerView(text: EnrollStrings, state: ActionState, layout: Layout, o: RegisterOptions): StepView {
  const notice = state.currentTokenId ? html`<p part="notice" class="notice">${text.replaceNotice(state.currentTokenId)}</p>` : nothing;
  // The seed: ログイン画面に戻る on the PC screen, 中止 on the phone; both end the flow.
  const secondary = layout === 'desktop' ? text.backToLogin : text.cancel;
  if (state.key) return provisionView(text, state, o, notice, secondary);

  const problem = fieldErrors(state).tokenId;
  const tokenIdError = problem === 'required' ? text.tokenIdRequired : problem ? text.tokenIdInvalid : '';
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
            aria-required="true"
            aria-invalid=${tokenIdError ? 'true' : nothing}
            aria-describedby=${tokenIdError ? 'token-id-error token-id-hint' : 'token-id-hint'}
            @input=${() => o.onEdit('tokenId')}
            @change=${o.onTokenIdChange}
          />
          <p id="token-id-hint" class="hint">${text.tokenIdHint}</p>
          <p id="token-id-error" class="field-error" ?hidden=${!tokenIdError}>${tokenIdError}</p>
        </div>
        ${codeFields(text, o, o.digits, text.otpHint(o.period))}
      </div>`,
    primary: text.register,
    secondary,
  };
}

/**
 * mode="provision": the key for the app, then the code it shows. Until the key is there, the
 * step says it is coming, or (after a failure, shown in the error region) offers to ask again.
 * The code's length and period are the key's, as the app will use them.
 */
function provisionView(
  text: EnrollStrings,
  state: ActionState,
  o: RegisterOptions,
  notice: TemplateResult | typeof nothing,
  secondary: string,
): StepView {
  const key = o.key;
  const waiting = state.status.kind === 'busy';
  return {
    heading: text.registerHeading,
    body: html`<p part="intro" class="intro">${lines(text.provisionIntro)}</p>
      ${notice}
      ${key
        ? html`${keyView(text, key, o)}
            <div class="fields">${codeFields(text, o, key.digits, text.appOtpHint(key.period))}</div>`
        : waiting
          ? html`<p class="hint">${text.provisioning}</p>`
          : nothing}`,
    primary: key || waiting ? text.register : text.retryProvision,
    secondary,
  };
}

/**
 * The code field(s). Each hint is the field's own `description`: the field shows it under the
 * box and puts it in its inner input's accessible description, which an `aria-describedby` from
 * this shadow root could not reach.
 */
function codeFields(text: EnrollStrings, o: RegisterOptions, digits: number, hint: string): TemplateResult {
  const field = (id: 'otp' | 'next-otp', label: string, fieldHint: string): TemplateResult =>
    html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      <otp-token-field
        id=${id}
        required
        digits=${digits}
        description=${fieldHint}
        @input=${() => o.onEdit(id === 'otp' ? 'otp' : 'nextOtp')}
        @invalid=${preventNativeBubble}
      ></otp-token-field>
    </div>`;
  return html`${field('otp', o.codes === 2 ? text.otpCurrentLabel : text.otpLabel, hint)}
  ${o.codes === 2 ? field('next-otp', text.otpNextLabel, text.nextOtpHint) : nothing}`;
}
