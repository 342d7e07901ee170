import { html, type TemplateResult } from 'lit';
import type { Layout } from '../layout.js';

/**
 * The progress trail, 利用者認証 >> … >> 処理結果: a named list (not a `nav`: its entries are not
 * links), `>>` on desktop and `>` on a phone as at the bank (docs/bank-flow.md), the separators hidden from assistive
 * technology; the current entry has aria-current="step".
 * @param current index of the current entry, or -1 for none (during `prepare`: see `trailIndex`)
 */
export function renderTrail(name: string, entries: readonly string[], current: number, layout: Layout): TemplateResult {
  const separator = layout === 'desktop' ? '>>' : '>';
  return html`<ol part="trail" class="trail" aria-label=${name}>
    ${entries.map((entry, i) => trailEntry(entry, i === 0, i === current, separator))}
  </ol>`;
}

/**
 * One entry, in one of four templates (the first or a later one, which starts with a separator;
 * current or not) whose attributes are written, not bound: no entry keeps a nested template for
 * its separator, nor parts for its attributes (every wizard on a page keeps what it renders).
 */
function trailEntry(entry: string, first: boolean, current: boolean, separator: string): TemplateResult {
  if (first) {
    return current
      ? html`<li part="trail-step trail-current" aria-current="step"><span>${entry}</span></li>`
      : html`<li part="trail-step"><span>${entry}</span></li>`;
  }
  return current
    ? html`<li part="trail-step trail-current" aria-current="step"><span class="separator" aria-hidden="true">${separator}</span><span>${entry}</span></li>`
    : html`<li part="trail-step"><span class="separator" aria-hidden="true">${separator}</span><span>${entry}</span></li>`;
}
