import { html, nothing, type TemplateResult } from 'lit';
import type { Layout } from '../layout.js';
import type { StepView } from '../step.js';

/**
 * The step's buttons in the bank's order (docs/bank-flow.md): submit first on desktop (次へ 戻る), last on a phone
 * (戻る 次へ). The order is the DOM order, so focus order and reading order follow what is seen.
 * While a call runs the buttons are `aria-disabled` rather than `disabled`: a disabled button
 * would drop the keyboard focus to the page's start; the wizard ignores them meanwhile.
 *
 * One template per order, each holding both buttons: no template per button, nor a list of them,
 * for every wizard on a page to keep. Lit calls `onSecondary` with the element that renders as
 * `this`, so it may be one of the element's methods.
 */
export function renderButtons(view: StepView, layout: Layout, busy: boolean, onSecondary: (this: HTMLElement) => void): TemplateResult {
  const disabled = busy ? 'true' : nothing;
  const { primary, secondary } = view;
  if (secondary === undefined) {
    return html`<div part="actions" class="actions"><button type="submit" part="button primary-button" aria-disabled=${disabled}>${primary}</button></div>`;
  }
  return layout === 'desktop'
    ? html`<div part="actions" class="actions"><button type="submit" part="button primary-button" aria-disabled=${disabled}>${primary}</button><button type="button" part="button secondary-button" aria-disabled=${disabled} @click=${onSecondary}>${secondary}</button></div>`
    : html`<div part="actions" class="actions"><button type="button" part="button secondary-button" aria-disabled=${disabled} @click=${onSecondary}>${secondary}</button><button type="submit" part="button primary-button" aria-disabled=${disabled}>${primary}</button></div>`;
}
