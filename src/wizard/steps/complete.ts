import { html } from 'lit';
import type { WizardStrings } from '../i18n/strings.js';
import type { Layout } from '../layout.js';
import type { CompleteState } from '../machine.js';
import type { StepView } from '../step.js';

/** The result: the completion message, the bank's result code, what changes from the next login. */
export function completeView(text: WizardStrings, state: CompleteState, layout: Layout): StepView {
  // The bank's phone screen names its button ログイン画面, the PC screen ログイン画面に戻る (docs/bank-flow.md).
  const button = layout === 'desktop' ? text.backToLogin : text.backToLoginShort;
  return {
    heading: text.completeHeading,
    body: html`<p part="message" class="message">${text.completeMessage}</p>
      ${state.resultCode
        ? html`<p part="result-code" class="result-code">
            <span part="result-code-label">${text.resultCodeLabel}</span> ${text.resultCode(state.resultCode)}
          </p>`
        : ''}
      <p part="note" class="note">${text.completeNote}</p>
      <p class="intro">${text.completeInstruction(button)}</p>`,
    primary: button,
  };
}
