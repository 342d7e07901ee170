import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { setAttribute } from '../../set-attribute.js';

/**
 * The progress trail, 利用者認証 >> … >> 処理結果, written into the `<ol>` it is bound to: a named
 * list (not a `nav`: its entries are not links) whose current entry has aria-current="step". The
 * separators (`>>` on desktop, `>` on a phone, as at the bank: docs/bank-flow.md) are drawn by the
 * styles, out of the accessibility tree.
 *
 * The entries are elements with their text set as text (never HTML), not a template per entry:
 * a list of templates keeps a template instance and its parts per entry, and every wizard on a
 * page keeps what it renders (issue 12). This keeps one part for the whole list.
 */
class TrailDirective extends Directive {
  /**
   * @param _name the list's accessible name
   * @param _entries the steps' names, in order
   * @param _current index of the current entry, or -1 for none (during `prepare`: see `trailIndex`)
   */
  render(_name: string, _entries: readonly string[], _current: number): typeof noChange {
    return noChange;
  }

  override update({ element: list }: ElementPart, [name, entries, current]: Parameters<this['render']>): typeof noChange {
    setAttribute(list, 'aria-label', name);
    const items = list.children;
    entries.forEach((entry, i) => {
      const item = items[i] ?? list.appendChild(list.ownerDocument.createElement('li'));
      if (item.textContent !== entry) item.textContent = entry;
      setAttribute(item, 'part', i === current ? 'trail-step trail-current' : 'trail-step');
      setAttribute(item, 'aria-current', i === current ? 'step' : null);
    });
    while (items.length > entries.length) items[entries.length]!.remove();
    return noChange;
  }
}

/** `<ol part="trail" ${trail(name, entries, current)}></ol>`: see `TrailDirective`. */
export const trail = directive(TrailDirective);
