import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every element ships. */
export type OtpLang = 'ja' | 'en';

/** Maps a BCP 47 tag to a shipped language: Japanese for `ja*` or no tag, else English. */
export function toOtpLang(tag: string | null | undefined): OtpLang {
  const t = (tag ?? '').trim().toLowerCase();
  return t === '' || t.startsWith('ja') ? 'ja' : 'en';
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

// One observer for the whole page, however many elements listen: a `lang` change anywhere may
// change what any of them resolves to.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function watch(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Keeps `lang` current and re-renders the host when it changes. */
export class LangController implements ReactiveController {
  lang: OtpLang = 'ja';
  #unwatch?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lang = resolveLang(this.host);
    this.#unwatch = watch(() => {
      const next = resolveLang(this.host);
      if (next !== this.lang) {
        this.lang = next;
        this.host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }
}
