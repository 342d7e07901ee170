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
  return html`<ol part="trail" class="trail" aria-label=${name}>
    ${entries.map(
      (entry, i) =>
        html`<li part=${i === current ? 'trail-step trail-current' : 'trail-step'} aria-current=${i === current ? 'step' : nothing}>
          ${i ? html`<span class="separator" aria-hidden="true">${separator}</span>` : nothing}<span>${entry}</span>
        </li>`,
    )}
  </ol>`;
}
