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

/** Texts in each shipped language. */
export type Translations<S> = Readonly<Record<OtpLang, S>>;

/**
 * The one localization mechanism of every element: resolves the language (see `resolveLang`),
 * keeps it current, and lays the host's `strings` overrides over that language's table (and the
 * tables a lazily loaded part brought, see `extend`). The merged table is made again only when
 * the language, the tables or the overrides object changed, so reading `text` in every render
 * costs nothing.
 */
export class LocalizeController<S extends object> implements ReactiveController {
  #lang: OtpLang = 'ja';
  #overrides?: Partial<S>;
  #text?: S;
  readonly #extensions = new Set<Translations<Partial<S>>>();
  // A `lang` change anywhere on the page may change what the host resolves to. The observer
  // watches only that attribute, so one per element costs next to nothing.
  readonly #observer = new MutationObserver(() => this.#resolve());

  /**
   * @param tables the element's text in each shipped language
   * @param overrides the host's partial `strings`, read at each `text`
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tables: Translations<S>,
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
      const extensions = [...this.#extensions].map((tables) => tables[this.#lang]);
      this.#text = Object.assign({}, this.tables[this.#lang], ...extensions, overrides) as S;
    }
    return this.#text;
  }

  /** Adds the texts of a part loaded later (a lazy step), under the host's overrides. */
  extend(tables: Translations<Partial<S>>): void {
    if (this.#extensions.has(tables)) return;
    this.#extensions.add(tables);
    this.#text = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#resolve();
    this.#observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
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
