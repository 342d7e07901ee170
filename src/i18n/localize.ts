import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reportMisconfiguration } from '../misconfiguration.js';

/** The languages every element ships. */
export type OtpLang = 'ja' | 'en';

/** Maps a BCP 47 tag to a shipped language: Japanese for `ja*` or no tag, else English. */
export function toOtpLang(tag: string | null | undefined): OtpLang {
  return /^(ja|$)/i.test((tag ?? '').trim()) ? 'ja' : 'en';
}

/**
 * The element's own `lang`, else the closest `[lang]` ancestor (across shadow roots, so an
 * element inside a portal's own component follows the portal), else `<html lang>`, else ja.
 */
export function resolveLang(element: Element): OtpLang {
  return toOtpLang(langTag(element));
}

/** The language tag in effect for `element`: its own `lang`, else the closest ancestor's, else ''. */
function langTag(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

/**
 * The one localization mechanism of every element: resolves the language (see `resolveLang`),
 * keeps it current, and lays the host's `strings` overrides over that language's table. The
 * merged table is made again only when the language or the overrides object changed, so
 * reading `text` in every render costs nothing.
 */
export class LocalizeController<S extends object> implements ReactiveController {
  // A `lang` change anywhere on the page may change what a host resolves to. One observer, of
  // that attribute only, tells every connected controller: a page with a hundred elements has
  // one observer, not a hundred.
  static readonly #connected = new Set<LocalizeController<object>>();
  static #observer?: MutationObserver;

  #lang: OtpLang = 'ja';
  #overrides?: Partial<S>;
  #text?: S;

  /**
   * @param tables the element's text in each shipped language
   * @param overrides the host's partial `strings`, read at each `text`
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tables: Readonly<Record<OtpLang, S>>,
    private readonly overrides: () => Partial<S> | undefined,
  ) {
    host.addController(this);
  }

  /** The language in effect. */
  get lang(): OtpLang {
    return this.#lang;
  }

  /** Every text in the language in effect, with the host's overrides laid over it. */
  get text(): S {
    const overrides = this.overrides();
    if (!this.#text || overrides !== this.#overrides) {
      this.#overrides = overrides;
      this.#text = { ...this.tables[this.#lang], ...overrides };
    }
    return this.#text;
  }

  hostConnected(): void {
    this.#resolve();
    LocalizeController.#connected.add(this);
    if (LocalizeController.#observer) return;
    LocalizeController.#observer = new MutationObserver(() => {
      for (const controller of LocalizeController.#connected) controller.#resolve();
    });
    LocalizeController.#observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    LocalizeController.#connected.delete(this);
    if (LocalizeController.#connected.size) return;
    LocalizeController.#observer?.disconnect();
    LocalizeController.#observer = undefined;
  }

  #resolve(): void {
    const tag = langTag(this.host);
    const lang = toOtpLang(tag);
    if (!/^(ja|en)(-|$)/i.test(tag.trim()) && tag.trim()) {
      reportMisconfiguration(
        this.host,
        `lang=${tag}`,
        `lang "${tag}" is not a shipped language (ja, en): showing ${lang === 'ja' ? 'Japanese' : 'English'}. Give your own text with the strings property.`,
      );
    }
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#text = undefined;
    this.host.requestUpdate();
  }
}
