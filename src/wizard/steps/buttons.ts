import { html, nothing, type TemplateResult } from 'lit';
import type { Layout } from '../layout.js';
import type { StepView } from '../step.js';

/**
 * The step's buttons in the bank's order (docs/bank-flow.md): submit first on desktop (次へ 戻る), last on a phone
 * (戻る 次へ). The order is the DOM order, so focus order and reading order follow what is seen.
 * While a call runs the buttons are `aria-disabled` rather than `disabled`: a disabled button
 * would drop the keyboard focus to the page's start; the wizard ignores them meanwhile.
 */
export function renderButtons(view: StepView, layout: Layout, busy: boolean, onSecondary: () => void): TemplateResult {
  const disabled = busy ? 'true' : nothing;
  const primary = html`<button type="submit" part="button primary-button" aria-disabled=${disabled}>${view.primary}</button>`;
  const secondary =
    view.secondary === undefined
      ? nothing
      : html`<button type="button" part="button secondary-button" aria-disabled=${disabled} @click=${onSecondary}>
          ${view.secondary}
        </button>`;
  return html`<div part="actions" class="actions">${layout === 'desktop' ? [primary, secondary] : [secondary, primary]}</div>`;
}
