// Shared suite, part 5: the password, the code and the session never leave the element — not in
// an event (any type, any detail, heard on window in the capture phase), an attribute (light or
// shadow DOM, at any moment of the flow), the URL, storage, cookies or the console.
// `watchForLeaks` is the watcher itself, for flows with secrets of their own (enroll's provisioned key).
import { expect } from '@open-wc/testing';
import { DemoHostAdapter, demoTokenCode } from '../../../src/adapters/demo.js';
import { recording } from '../adapters.js';
import type { WizardDriver } from '../driver.js';
import { authenticate, mount, primaryButton, stepShown } from '../helpers.js';

const eventTypes = [
  'otp-step', 'otp-complete', 'otp-error', 'otp-cancel', 'otp-return', 'otp-filled', 'otp-keyboard-close',
  'input', 'beforeinput', 'change', 'keydown', 'keyup', 'keypress', 'click', 'submit', 'focusin', 'focusout',
  'paste', 'copy', 'compositionend', 'invalid',
];

/** Every root to look into: the document and, recursively, every open shadow root. */
function* roots(root: Document | ShadowRoot): Generator<Document | ShadowRoot> {
  yield root;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* roots(el.shadowRoot);
}

function attributesOf(node: Node): string[] {
  if (!(node instanceof Element)) return [];
  const own = [...node.attributes].map((a) => `${a.name}=${a.value}`);
  const inner = [...node.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
  return [...own, ...inner];
}

/** What the page could read, by place: everything recorded since the watch began. */
export interface SeenPlaces {
  events: string;
  /** Every attribute ever set in the document or any shadow root, and every one there now. */
  attributes: string;
  /** Text that changed on screen (a text node's old and new value). */
  text: string;
  url: string;
  storage: string;
  cookies: string;
  console: string;
}

export interface LeakWatch {
  /** Collects what was seen so far; call once the flow is done. */
  places(): SeenPlaces;
  /** How many events and attribute records were seen: proof that the watch was watching. */
  counts(): { events: number; attributes: number };
  /** Ends the watch (events, observers, console). */
  stop(): void;
}

/** Starts recording every event, attribute, text change and console line of the page. */
export function watchForLeaks(): LeakWatch {
  const seen: string[] = [];
  const onEvent = (e: Event) =>
    seen.push(JSON.stringify({ type: e.type, detail: (e as CustomEvent).detail ?? null, data: (e as InputEvent).data ?? null }));
  for (const t of eventTypes) window.addEventListener(t, onEvent, true);

  const attributes: string[] = [];
  const text: string[] = [];
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') attributes.push(`${r.attributeName}=${(r.target as Element).getAttribute(r.attributeName!)} (was ${r.oldValue})`);
      if (r.type === 'characterData') text.push(`${r.target.textContent} (was ${r.oldValue})`);
      for (const node of r.addedNodes) {
        attributes.push(...attributesOf(node));
        if (node instanceof Element) for (const root of roots(node.getRootNode() as ShadowRoot | Document)) observe(root);
      }
    }
  });
  const observe = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });
  };
  for (const root of roots(document)) observe(root);

  const logged: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  methods.forEach((m, i) => {
    console[m] = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      originals[i]!.apply(console, args);
    };
  });

  return {
    places() {
      observer.takeRecords();
      const everyAttributeNow = [...roots(document)].flatMap((root) =>
        [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`)),
      );
      const storage = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`));
      return {
        events: seen.join('\n'),
        attributes: [...attributes, ...everyAttributeNow].join('\n'),
        text: text.join('\n'),
        url: location.href,
        storage: storage.join('\n'),
        cookies: document.cookie,
        console: logged.join('\n'),
      };
    },
    counts: () => ({ events: seen.length, attributes: attributes.length }),
    stop() {
      for (const t of eventTypes) window.removeEventListener(t, onEvent, true);
      observer.disconnect();
      methods.forEach((m, i) => (console[m] = originals[i]!));
    },
  };
}

/** Fails for each place (except those in `allowed`) that holds one of `secrets`. */
export function expectNoLeak(places: SeenPlaces, secrets: readonly string[], allowed: readonly (keyof SeenPlaces)[] = []): void {
  for (const secret of secrets) {
    expect(secret.length, 'a secret to look for').to.be.greaterThan(0);
    for (const [where, found] of Object.entries(places)) {
      if (allowed.includes(where as keyof SeenPlaces)) continue;
      expect(found.includes(secret), `${where} must not hold a secret`).to.equal(false);
    }
  }
}

export function secretsSuite(d: WizardDriver): void {
  describe(`<${d.tag}> secrets (shared)`, () => {
    it('keeps the typed password, the code and the session out of every event, attribute, URL, storage and console line', async () => {
      const watch = watchForLeaks();
      try {
        const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
        const el = await mount(d.tag, { adapter });
        await authenticate(el, d.contractId, d.password, d.action);
        const codes = await d.fillAction(el, async (id) => demoTokenCode(id));
        const shown = stepShown(el, 'complete');
        primaryButton(el).click();
        await shown;
        await el.updateComplete;
        const { session } = (await adapter.calls[0]!.answer) as { session: string };

        const places = watch.places();
        expect(places.events).to.contain('"otp-complete"');
        expect(watch.counts().attributes).to.be.greaterThan(0);
        expectNoLeak(places, [d.password, session, ...codes]);
      } finally {
        watch.stop();
      }
    });
  });
}
