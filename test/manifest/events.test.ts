// custom-elements.json says of each event whether it bubbles, is composed and cancelable (from the
// last sentence of its @fires text); the API docs and framework typings repeat it. Here each
// element is driven until it has fired every event its manifest lists, and every event seen is
// compared with what the manifest says.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoHostAdapter, demoTokenCode } from '../../src/adapters/demo.js';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import '../../src/otp-token-field.js';
import { authenticate, primaryButton, register, shadow, typeInto, waitForStep } from '../demo/drive.js';

interface DocumentedEvent {
  name: string;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
}

type Flags = Omit<DocumentedEvent, 'name'>;

async function documentedEvents(tag: string): Promise<DocumentedEvent[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration.events;
  }
  throw new Error(`custom-elements.json has no <${tag}>`);
}

/** Records the flags of every documented event the element dispatches; cancelable ones are cancelled (no navigation). */
function record(el: HTMLElement, events: DocumentedEvent[]): Map<string, Flags[]> {
  const seen = new Map<string, Flags[]>(events.map((e) => [e.name, []]));
  for (const { name } of events) {
    el.addEventListener(name, (event) => {
      if (event.target !== el) return;
      seen.get(name)!.push({ bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable });
      if (event.cancelable) event.preventDefault();
    });
  }
  return seen;
}

function expectAsDocumented(events: DocumentedEvent[], seen: Map<string, Flags[]>): void {
  for (const { name, bubbles, composed, cancelable } of events) {
    const documented = { bubbles, composed, cancelable };
    const fired = seen.get(name)!;
    expect(fired.length, `${name} fired`).to.be.greaterThan(0);
    for (const flags of fired) expect(flags, name).to.deep.equal(documented);
  }
}

const secondaryButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="secondary-button"]')!;

/** After a refused password: the contract ID is kept, so only the password is typed again. */
async function retryPassword(el: HTMLElement, password: string): Promise<void> {
  await typeInto(el.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!, password);
  await sendKeys({ press: 'Enter' });
}

describe('events as custom-elements.json documents them', () => {
  it('<otp-enroll>: otp-step, otp-error, otp-cancel, otp-complete, otp-return', async () => {
    const events = await documentedEvents('otp-enroll');
    const el = await fixture<HTMLElementTagNameMap['otp-enroll']>(html`<otp-enroll .adapter=${new DemoHostAdapter({ latencyMs: 0 })}></otp-enroll>`);
    const seen = record(el, events);
    await authenticate(el, '1234567890', 'wrong password');
    await waitUntil(() => seen.get('otp-error')!.length > 0, 'otp-error fired');
    secondaryButton(el).click();
    await retryPassword(el, 'Passw0rd!');
    await register(el, 'VSST12345678', demoTokenCode('VSST12345678'));
    await waitForStep(el, 'complete');
    primaryButton(el).click();
    expectAsDocumented(events, seen);
  });

  it('<otp-suspend>: otp-step, otp-error, otp-cancel, otp-complete, otp-return', async () => {
    const events = await documentedEvents('otp-suspend');
    const el = await fixture<HTMLElementTagNameMap['otp-suspend']>(html`<otp-suspend .adapter=${new DemoHostAdapter({ latencyMs: 0 })}></otp-suspend>`);
    const seen = record(el, events);
    await authenticate(el, '2345678901', 'wrong password');
    await waitUntil(() => seen.get('otp-error')!.length > 0, 'otp-error fired');
    secondaryButton(el).click();
    await retryPassword(el, 'Passw0rd!');
    await waitForStep(el, 'confirm');
    primaryButton(el).click();
    await waitForStep(el, 'complete');
    primaryButton(el).click();
    expectAsDocumented(events, seen);
  });

  it('<otp-token-field>: input, change, otp-filled', async () => {
    const events = await documentedEvents('otp-token-field');
    const el = await fixture<HTMLElementTagNameMap['otp-token-field']>(html`<otp-token-field></otp-token-field><button>next</button>`);
    const seen = record(el, events);
    await typeInto(el, '123456');
    await sendKeys({ press: 'Tab' });
    expectAsDocumented(events, seen);
  });
});
