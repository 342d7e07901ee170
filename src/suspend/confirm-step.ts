import { html, nothing } from 'lit';
import type { ActionState } from '../wizard/machine.js';
import { lines, type StepView } from '../wizard/steps/view.js';
import type { SuspendStrings } from './i18n/strings.js';

/** The confirm step: what suspension means and, when the bank said, which token stops. */
export function confirmView(text: SuspendStrings, state: ActionState): StepView {
  return {
    heading: text.confirmHeading,
    body: html`<p part="intro" class="intro">${lines(text.confirmIntro)}</p>
      ${state.currentTokenId
        ? html`<dl part="current-token" class="current-token">
            <dt>${text.currentTokenLabel}</dt>
            <dd>${state.currentTokenId}</dd>
          </dl>`
        : nothing}
      <ul part="points" class="points">
        ${text.confirmPoints.map((point) => html`<li>${point}</li>`)}
      </ul>`,
    primary: text.suspend,
    secondary: text.back,
  };
}
