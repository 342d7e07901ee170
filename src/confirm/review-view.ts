import { html, nothing, type TemplateResult } from 'lit';
import type { OtpLang } from '../i18n/localize.js';
import { lines } from '../wizard/step.js';
import { challengeGroups, formatMoney, spokenDigits } from './format.js';
import type { ConfirmStrings } from './i18n/strings.js';
import type { ReviewState } from './machine.js';
import { codeDigits, type CheckedTransaction, type ConfirmMethod } from './transaction.js';

/** What the review needs besides its state. */
export interface ReviewContext {
  readonly text: ConfirmStrings;
  readonly lang: OtpLang;
  /** The message to show under the code field ('' for none): a refusal before the call, or the bank's. */
  readonly codeError: string;
  choose(method: ConfirmMethod): void;
  /** The customer typed in the code field. */
  edit(): void;
}

/** The transfer as the bank states it: every value a text binding, formatted with Intl. */
export function detailsView(text: ConfirmStrings, lang: OtpLang, { payee, amount, fee }: CheckedTransaction): TemplateResult {
  const row = (label: string, value: string | undefined, className = '') =>
    value === undefined ? nothing : html`<div class=${className}><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<dl part="details" class="details">
    ${row(text.payeeBank, payee.bank)} ${row(text.payeeBranch, payee.branch)} ${row(text.accountType, payee.accountType)}
    ${row(text.account, payee.account, 'account')} ${row(text.payeeName, payee.name)}
    ${row(text.amount, formatMoney(amount, lang), 'amount')} ${row(text.fee, fee && formatMoney(fee, lang))}
  </dl>`;
}

/** The review's body: the intro, the details, the choice of ways (when there are several) and the way chosen. */
export function reviewBody(state: ReviewState, context: ReviewContext): TemplateResult {
  const { text, lang } = context;
  return html`<p part="intro" class="intro">${lines(text.reviewIntro)}</p>
    ${detailsView(text, lang, state.transaction)} ${state.methods.length > 1 ? methodChoice(state, context) : nothing}
    <div part="way" class="way">${wayView(state, context)}</div>`;
}

function methodChoice({ methods, method }: ReviewState, { text, choose }: ReviewContext): TemplateResult {
  return html`<fieldset part="methods" class="methods">
    <legend>${text.methodsLabel}</legend>
    ${methods.map(
      (way) =>
        html`<label part="method"
          ><input type="radio" name="method" .value=${way} .checked=${way === method} @change=${() => choose(way)} /><span
            >${text.methodNames[way]}</span
          ></label
        >`,
    )}
  </fieldset>`;
}

function wayView({ method, transaction }: ReviewState, context: ReviewContext): TemplateResult {
  const { text } = context;
  const note = html`<p part="way-note" class="way-note">${text.methodNotes[method]}</p>`;
  if (method === 'passkey') {
    return html`<p class="intro">${text.passkeyIntro}</p>
      ${note}`;
  }
  const digits = codeDigits(transaction, method);
  if (method === 'code') {
    return html`${note}
      <div class="fields">${codeField(context, text.codeLabel, text.codeHint(digits), digits)}</div>`;
  }
  const challenge = transaction.challenge!;
  return html`${note}
    <ol class="challenge-steps">
      <li>
        ${text.challengeKeyIn}
        <p part="challenge" class="challenge">
          <!-- Read out digit by digit; the groups are for the eye only. -->
          <span class="visually-hidden">${spokenDigits(challenge, context.lang)}</span>
          ${challengeGroups(challenge).map((group) => html`<span class="group" aria-hidden="true">${group}</span>`)}
        </p>
        ${challenge === transaction.payee.account ? html`<p class="hint">${text.challengeWhat}</p>` : nothing}
      </li>
      <li>${codeField(context, text.challengeCodeLabel, text.challengeCodeHint(digits), digits)}</li>
    </ol>`;
}

/**
 * The one code field. Its hint is its own `description` and its error its `errorText`: the field
 * ties both to its inner input, which an `aria-describedby` from this shadow root could not reach.
 */
function codeField({ codeError, edit }: ReviewContext, label: string, hint: string, digits: number): TemplateResult {
  return html`<div part="field" class="field">
    <label for="otp">${label}</label>
    <otp-token-field id="otp" required digits=${digits} description=${hint} .errorText=${codeError} @input=${edit}></otp-token-field>
  </div>`;
}
