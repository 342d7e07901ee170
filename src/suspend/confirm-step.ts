import { html, nothing } from 'lit';
import type { ActionState } from '../wizard/machine.js';
import { lines, type WizardStep } from '../wizard/step.js';
import type { SuspendStrings } from './i18n/strings.js';

/**
 * 利用停止確認: what suspension means and, when the bank said, which token stops; 利用停止 asks
 * the adapter to suspend. The step has no fields and keeps nothing of its own.
 */
export const confirmStep: WizardStep<SuspendStrings> = {
  name: 'confirm',

  view({ text, state }) {
    const { currentTokenId } = state as ActionState;
    return {
      heading: text.confirmHeading,
      body: html`<p part="intro" class="intro">${lines(text.confirmIntro)}</p>
        ${currentTokenId
          ? html`<dl part="current-token" class="current-token">
              <dt>${text.currentTokenLabel}</dt>
              <dd>${currentTokenId}</dd>
            </dl>`
          : nothing}
        <ul part="points" class="points">
          ${text.confirmPoints.map((point) => html`<li>${point}</li>`)}
        </ul>`,
      primary: text.suspend,
      secondary: text.back,
    };
  },

  async submit(run) {
    if (!run.start({})) return;
    const { session } = run.state as ActionState;
    const result = await run.call((adapter, signal) => adapter.suspend({ session }, { signal }));
    if (result) run.done(result);
  },
};
