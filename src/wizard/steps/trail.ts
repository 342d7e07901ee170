import { html, nothing, type TemplateResult } from 'lit';
import type { Layout } from '../layout.js';

/**
 * The progress trail, 利用者認証 >> … >> 処理結果: a named list (not a `nav`: its entries are not
 * links), `>>` on desktop and `>` on a phone as at the bank (docs/bank-flow.md), the separators hidden from assistive
 * technology; the current entry has aria-current="step".
 * @param current index of the current entry, or -1 for none (during `prepare`: see `trailIndex`)
 */
export function renderTrail(name: string, entries: readonly string[], current: number, layout: Layout): TemplateResult {
  const separator = layout === 'desktop' ? '>>' : '>';
  // One template for the first entry and one for the others (which start with a separator), so
  // that no entry holds a nested template for its separator.
  return html`<ol part="trail" class="trail" aria-label=${name}>
    ${entries.map((entry, i) => {
      const part = i === current ? 'trail-step trail-current' : 'trail-step';
      const step = i === current ? 'step' : nothing;
      return i
        ? html`<li part=${part} aria-current=${step}><span class="separator" aria-hidden="true">${separator}</span><span>${entry}</span></li>`
        : html`<li part=${part} aria-current=${step}><span>${entry}</span></li>`;
    })}
  </ol>`;
}
