// Shared suite, part 5: the password, the code and the session never leave the element — not in
// an event (any type, any detail, heard on window in the capture phase), an attribute (light or
// shadow DOM, at any moment of the flow), the URL, storage, cookies or the console.
import { expect } from '@open-wc/testing';
import { DemoHostAdapter, demoTokenCode } from '../../../src/adapters/demo.js';
import { recording } from '../adapters.js';
import type { WizardDriver } from '../driver.js';
import { authenticate, mount, primaryButton, stepShown } from '../helpers.js';

const eventTypes = [
  'otp-step', 'otp-complete', 'otp-error', 'otp-cancel', 'otp-return', 'otp-filled', 'otp-keyboard-close',
  'input', 'beforeinput', 'change', 'keydown', 'keyup', 'keypress', 'click', 'submit', 'focusin', 'focusout',
  'paste', 'compositionend', 'invalid',
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

export function secretsSuite(d: WizardDriver): void {
  describe(`<${d.tag}> secrets (shared)`, () => {
    it('keeps the typed password, the code and the session out of every event, attribute, URL, storage and console line', async () => {
      const seen: string[] = [];
      const onEvent = (e: Event) =>
        seen.push(JSON.stringify({ type: e.type, detail: (e as CustomEvent).detail ?? null, data: (e as InputEvent).data ?? null }));
      for (const t of eventTypes) window.addEventListener(t, onEvent, true);

      const attributes: string[] = [];
      const observed = new WeakSet<Node>();
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') attributes.push(`${r.attributeName}=${(r.target as Element).getAttribute(r.attributeName!)} (was ${r.oldValue})`);
          if (r.type === 'characterData') attributes.push(`text=${r.target.textContent} (was ${r.oldValue})`);
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

      const logged: string[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((m) => console[m]);
      methods.forEach((m, i) => {
        console[m] = (...args: unknown[]) => {
          logged.push(args.map(String).join(' '));
          originals[i]!.apply(console, args);
        };
      });

      try {
        const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
        const el = await mount(d.tag, { adapter });
        for (const root of roots(document)) observe(root);
        await authenticate(el, d.contractId, d.password, d.action);
        const codes = await d.fillAction(el, async (id) => demoTokenCode(id));
        const shown = stepShown(el, 'complete');
        primaryButton(el).click();
        await shown;
        await el.updateComplete;
        const { session } = (await adapter.calls[0]!.answer) as { session: string };
        observer.takeRecords();

        const everyAttributeNow = [...roots(document)].flatMap((root) =>
          [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`)),
        );
        const storage = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`));
        const places = {
          events: seen.join('\n'),
          attributes: [...attributes, ...everyAttributeNow].join('\n'),
          url: location.href,
          storage: storage.join('\n'),
          cookies: document.cookie,
          console: logged.join('\n'),
        };
        expect(seen.some((e) => e.includes('"otp-complete"'))).to.equal(true);
        expect(attributes.length).to.be.greaterThan(0);
        for (const secret of [d.password, session, ...codes]) {
          for (const [where, text] of Object.entries(places)) {
            expect(text.includes(secret), `${where} must not hold a secret`).to.equal(false);
          }
        }
      } finally {
        for (const t of eventTypes) window.removeEventListener(t, onEvent, true);
        observer.disconnect();
        methods.forEach((m, i) => (console[m] = originals[i]!));
      }
    });
  });
}
