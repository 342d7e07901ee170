import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every element ships. */
export type OtpLang = 'ja' | 'en';

/**
 * The element's own `lang`, else the closest `[lang]` ancestor (across shadow roots, so an
 * element inside a portal's own component follows the portal), else `<html lang>`, mapped to a
 * shipped language: Japanese for `ja*` or no tag, else English.
 */
export function resolveLang(element: Element): OtpLang {
  return /^(ja|$)/i.test(langTag(element).trim()) ? 'ja' : 'en';
}

/** The language tag in effect for `element`: its own `lang`, else the closest ancestor's, else ''. */
export function langTag(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? shadowHost(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}

/**
 * The host of the shadow root `node` is in, or null in a document. Not `.host` of any root: a
 * document's `host` is whatever element a page named "host" (<form name="host">).
 */
function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Texts in each shipped language. */
export type Translations<S> = Readonly<Record<OtpLang, S>>;

/**
 * The one localization mechanism of every element: resolves the language (see `resolveLang`),
 * keeps it current, and lays the host's `strings` overrides over that language's table. The
 * merged table is made again only when the language or the overrides object changed, so
 * reading `text` in every render costs nothing.
 */
export class LocalizeController<S extends object> implements ReactiveController {
  // A `lang` change anywhere on the page may change what a host resolves to. One observer, of
  // that attribute only, tells every connected controller: a page with a hundred elements has
  // one observer, not a hundred. It watches the document and every shadow root a host sits in
  // (a document observer does not see into them); observing a root again changes nothing.
  static readonly #connected = new Set<LocalizeController<object>>();
  static #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #japanese: S;
  readonly #loadEnglish: () => Promise<S>;
  readonly #overrides: () => Partial<S> | undefined;
  #lang: OtpLang = 'ja';
  #english?: S;
  #loading?: Promise<void>;
  /** The overrides `text` was last merged with. */
  #merged?: Partial<S>;
  #text?: S;

  /**
   * @param japanese the element's Japanese text, built in: most pages are Japanese
   * @param english loads the English text, on first use (a chunk of its own), so that Japanese
   *   pages never fetch it
   * @param overrides the host's partial `strings`, read at each `text`
   */
  constructor(host: ReactiveControllerHost & HTMLElement, japanese: S, english: () => Promise<S>, overrides: () => Partial<S> | undefined) {
    this.#host = host;
    this.#japanese = japanese;
    this.#loadEnglish = english;
    this.#overrides = overrides;
    host.addController(this);
  }

  /**
   * The language of the text in use: the one in effect, or Japanese while English is not there
   * (its chunk could not load, offline). What a host adds to the text, formats or marks as the
   * text's language (`lang`) follows it, so that nothing mixes the two.
   */
  get lang(): OtpLang {
    return this.#english ? this.#lang : 'ja';
  }

  /**
   * While the language in effect is still loading, the promise of its arrival: the host holds its
   * render until then (see `holdUpdate`), so it never shows one language and then the other.
   */
  get loading(): Promise<void> | undefined {
    return this.#loading;
  }

  /** Every text in the language in effect, with the host's overrides laid over it. */
  get text(): S {
    const overrides = this.#overrides();
    if (!this.#text || overrides !== this.#merged) {
      this.#merged = overrides;
      // Until English arrives, the Japanese table stands in (read only by a host that reads text
      // before it renders, e.g. a form field's validation message), and for good if it cannot.
      const table = this.#lang === 'en' && this.#english ? this.#english : this.#japanese;
      // Without overrides every element shares its language's table: no copy per element.
      this.#text = overrides && Object.keys(overrides).length ? { ...table, ...overrides } : table;
    }
    return this.#text;
  }

  hostConnected(): void {
    this.#resolve();
    LocalizeController.#connected.add(this);
    LocalizeController.#observer ??= new MutationObserver(() => {
      for (const controller of LocalizeController.#connected) controller.#resolve();
    });
    // The host's root, then the root of each shadow host above it, up to the document (no host).
    for (let node: Element | null = this.#host; node; node = shadowHost(node)) {
      LocalizeController.#observer.observe(node.getRootNode(), { attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    LocalizeController.#connected.delete(this);
    if (LocalizeController.#connected.size) return;
    LocalizeController.#observer?.disconnect();
    LocalizeController.#observer = undefined;
  }

  #resolve(): void {
    const lang = resolveLang(this.#host);
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#text = undefined;
    if (lang === 'en' && !this.#english) {
      this.#loading ??= this.#loadEnglish().then(
        (table) => {
          this.#english = table;
          this.#loading = undefined;
          this.#text = undefined;
          this.#host.requestUpdate();
        },
        // Not loaded (offline): the Japanese text stays rather than nothing.
        () => {
          this.#loading = undefined;
        },
      );
    }
    this.#host.requestUpdate();
  }
}

/**
 * For a host's `scheduleUpdate`: the update waits while its language loads (a first render in
 * English waits for the English chunk), else goes ahead at once.
 */
export function holdUpdate(localize: { loading?: Promise<void> }, update: () => void | Promise<unknown>): void | Promise<unknown> {
  const loading = localize.loading;
  return loading ? loading.then(update, update) : update();
}
