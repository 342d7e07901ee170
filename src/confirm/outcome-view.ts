import { html, type TemplateResult } from 'lit';
import type { OtpLang } from '../i18n/localize.js';
import { lines } from '../wizard/step.js';
import type { ConfirmStrings } from './i18n/strings.js';
import type { CompleteState, DeclinedState, EndedState } from './machine.js';
import { detailsView } from './review-view.js';

/** What a screen shows inside the frame: its heading and its body. */
export interface ScreenView {
  readonly heading: string;
  readonly body: TemplateResult;
}

/** 振込の受付完了: the transfer as confirmed, and the bank's reference for it. */
export function completeView(text: ConfirmStrings, lang: OtpLang, state: CompleteState): ScreenView {
  return {
    heading: text.completeHeading,
    body: html`<p part="message" class="message">${text.completeMessage}</p>
      ${state.resultCode
        ? html`<p part="result-code" class="result-code"><span part="result-code-label">${text.resultCodeLabel}</span> ${state.resultCode}</p>`
        : ''}
      ${detailsView(text, lang, state.transaction)}`,
  };
}

/** 振込の中止: the transfer is stopped (shown, so the customer can tell the bank what it was), and what to do next. */
export function declinedView(text: ConfirmStrings, lang: OtpLang, state: DeclinedState): ScreenView {
  return {
    heading: text.declinedHeading,
    body: html`<p part="message" class="message">${lines(text.declinedMessage)}</p>
      ${detailsView(text, lang, state.transaction)}`,
  };
}

/** The end without a result: expired, already settled, a session gone, or nothing that can be shown. */
export function endedView(text: ConfirmStrings, { reason }: EndedState): ScreenView {
  return {
    heading: text.endedHeading[reason],
    body: html`<p part="message" class="message">${lines(text.endedMessage[reason])}</p>`,
  };
}
