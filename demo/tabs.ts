// A WAI-ARIA tab list: click or arrow keys pick which element the stage shows.

export class Tabs {
  readonly #tabs: HTMLButtonElement[];
  readonly #onSelect: (id: string) => void;

  /** `onSelect` receives the id of the chosen tab without its `tab-` prefix. */
  constructor(list: HTMLElement, onSelect: (id: string) => void) {
    this.#tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    this.#onSelect = onSelect;
    for (const tab of this.#tabs) tab.addEventListener('click', () => this.select(idOf(tab)));
    list.addEventListener('keydown', (event) => this.#onKey(event));
  }

  select(id: string, focus = false): void {
    for (const tab of this.#tabs) {
      const selected = idOf(tab) === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
      if (selected && focus) tab.focus();
    }
    this.#onSelect(id);
  }

  #onKey(event: KeyboardEvent): void {
    const current = this.#tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
    const last = this.#tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (current + 1) % this.#tabs.length
      : event.key === 'ArrowLeft' ? (current + last) % this.#tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = this.#tabs[next];
    if (tab) this.select(idOf(tab), true);
  }
}

function idOf(tab: HTMLElement): string {
  return tab.id.replace(/^tab-/, '');
}
