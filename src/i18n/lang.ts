import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return toOtpLang(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'ja';
}

/** Keeps `lang` current and re-renders the host when it changes. */
export class LangController implements ReactiveController {
  lang: OtpLang = 'ja';
  // A `lang` change anywhere on the page may change what the host resolves to. The observer
  // watches only that attribute, so one per element costs next to nothing.
  readonly #observer = new MutationObserver(() => {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lang = resolveLang(this.host);
    this.#observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
