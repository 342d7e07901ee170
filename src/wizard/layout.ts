import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The `layout` attribute: `auto` follows the wizard's own width. */
export type LayoutSetting = 'auto' | 'desktop' | 'mobile';
/** The layout in effect. */
export type Layout = 'desktop' | 'mobile';

/**
 * From this width of the wizard (CSS px) on, `auto` means the desktop layout. The styles follow
 * the layout in effect through the `desktop` custom state, so what CSS shows and what the
 * template renders always agree.
 */
export const desktopMinWidth = 600;

/**
 * Measures the wizard's width for the `auto` layout, for the template and the styles alike: the
 * button order (which is also the focus order, so it cannot be a visual-only `order`), the bank's
 * layout-specific labels and trail separators, whether the software keyboard is offered, and
 * (through the `desktop` custom state) the desktop styles.
 *
 * It watches a zero-height probe as wide as the container: re-rendering changes the wizard's
 * height, never the probe's size, so the observer cannot loop. One observer serves every wizard
 * on the page.
 */
export class LayoutController implements ReactiveController {
  static readonly #probes = new WeakMap<Element, LayoutController>();
  static readonly #observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const controller = LayoutController.#probes.get(entry.target);
      if (controller) controller.#measured(entry.contentRect.width);
    }
  });

  #width = 0;
  #probe?: Element;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts measuring `probe` (a zero-height element spanning the container's width). */
  observe(probe: Element): void {
    this.#probe = probe;
    LayoutController.#probes.set(probe, this);
    LayoutController.#observer.observe(probe);
  }

  /** The layout in effect for `setting`; before the first measurement, desktop. */
  resolve(setting: LayoutSetting): Layout {
    if (setting === 'desktop' || setting === 'mobile') return setting;
    return this.#width === 0 || this.#width >= desktopMinWidth ? 'desktop' : 'mobile';
  }

  hostConnected(): void {
    if (this.#probe) LayoutController.#observer.observe(this.#probe);
  }

  hostDisconnected(): void {
    if (this.#probe) LayoutController.#observer.unobserve(this.#probe);
  }

  #measured(width: number): void {
    const before = this.resolve('auto');
    this.#width = width;
    if (this.resolve('auto') !== before) this.host.requestUpdate();
  }
}
