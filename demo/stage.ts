// The stage: the resizable container the two wizards and the field live in. It carries the
// settings the elements react to by themselves (`lang`, the theme's custom properties, the
// width their container queries see) and wires the wizards to the chosen bank.
import { DemoHostAdapter, type DemoCustomerState } from '../src/adapters/demo.js';
import { FetchHostAdapter } from '../src/adapters/fetch.js';
import type { OtpHostAdapter } from '../src/adapters/types.js';
import type { OtpEnroll } from '../src/otp-enroll.js';
import type { OtpSuspend } from '../src/otp-suspend.js';
import type { DemoSettings } from './settings.js';
import type { PageText } from './text.js';
import type { TransferBank } from './transfer.js';

type Wizard = OtpEnroll | OtpSuspend;

/**
 * `adapter`, telling the page the key each `provision()` issues in mode="provision": the demo
 * token panel then plays the authenticator app that scanned the QR code, with the in-browser
 * bank and the reference server alike (an evaluator has no app for a demo bank's QR code). Demo
 * only: a bank's page never reads the key.
 */
function tellingProvisions<A extends OtpHostAdapter>(adapter: A, onProvision: (uri: string) => void): A {
  const provision = adapter.provision?.bind(adapter);
  if (provision) {
    (adapter as OtpHostAdapter).provision = async (req, options) => {
      const result = await provision(req, options);
      onProvision(result.uri);
      return result;
    };
  }
  return adapter;
}

/** Where the reference server (`npm start`) mounts the demo bank. */
const serverEndpoint = '/api/bank';
/** A little latency makes the busy state visible, as with a real bank. */
const demoLatencyMs = 350;

export class Stage {
  readonly #stage: HTMLElement;
  readonly #onProvision: (uri: string) => void;
  readonly #showWidth: () => void;
  /** The in-browser bank. */
  #adapter: DemoHostAdapter;
  /** The reference server's bank, over HTTP. */
  readonly #server: FetchHostAdapter;
  #settings: DemoSettings | undefined;

  constructor(stage: HTMLElement, widthReadout: HTMLElement, text: () => PageText, onProvision: (uri: string) => void) {
    this.#stage = stage;
    this.#onProvision = onProvision;
    this.#adapter = this.#newDemoBank();
    this.#server = tellingProvisions(new FetchHostAdapter({ endpoint: serverEndpoint }), onProvision);
    // Watches a zero-height probe, not the stage: the stage's height changes whenever a wizard
    // re-renders for its own width, and observing it would make a ResizeObserver loop.
    this.#showWidth = () => (widthReadout.textContent = text().stageWidth(stage.offsetWidth));
    new ResizeObserver(this.#showWidth).observe(stage.querySelector('.stage__probe')!);
  }

  apply(settings: DemoSettings, previous: DemoSettings | undefined): void {
    this.#settings = settings;
    this.#stage.lang = settings.lang;
    this.#stage.dataset.theme = settings.theme;
    if (settings.preset !== previous?.preset) {
      this.#stage.dataset.preset = settings.preset;
      // A preset replaces whatever width the customer dragged the corner to.
      this.#stage.style.removeProperty('width');
    }
    this.#showWidth();
    if (!previous) this.#wizards().forEach((wizard) => this.#configure(wizard));
    else if (settings.adapter !== previous.adapter || settings.mode !== previous.mode) this.#mountWizards();
  }

  /** A fresh in-browser bank: every customer and token back to the demo data. */
  resetBank(): void {
    this.#adapter = this.#newDemoBank();
    this.#mountWizards();
  }

  /** The bank the elements talk to now: the in-browser one, or the reference server's endpoint. */
  bank(): TransferBank {
    return this.#settings?.adapter === 'server' ? { endpoint: serverEndpoint } : { adapter: this.#adapter };
  }

  /** A customer's standing in the in-browser bank; undefined with the reference server. */
  customer(contractId: string): DemoCustomerState | undefined {
    return this.#settings?.adapter === 'demo' ? this.#adapter.bank.inspect(contractId) : undefined;
  }

  #newDemoBank(): DemoHostAdapter {
    return tellingProvisions(new DemoHostAdapter({ latencyMs: demoLatencyMs }), this.#onProvision);
  }

  #wizards(): Wizard[] {
    return [...this.#stage.querySelectorAll<Wizard>('otp-enroll, otp-suspend')];
  }

  #mountWizards(): void {
    this.#wizards().forEach((wizard) => this.#replace(wizard));
  }

  /** Swaps in a new element, so a switch of bank or mode starts the flow afresh. */
  #replace(old: Wizard): void {
    const wizard = document.createElement(old.localName as 'otp-enroll' | 'otp-suspend');
    wizard.id = old.id;
    wizard.setAttribute('return-url', old.getAttribute('return-url') ?? './index.html');
    this.#configure(wizard);
    old.replaceWith(wizard);
  }

  /** Connects a wizard to the chosen bank, before it first renders. */
  #configure(wizard: Wizard): void {
    const settings = this.#settings;
    wizard.adapter = settings?.adapter === 'server' ? this.#server : this.#adapter;
    if (wizard.localName === 'otp-enroll') {
      if (settings?.mode !== undefined && settings.mode !== 'credential') wizard.setAttribute('mode', settings.mode);
      // The demo offers a passkey after the token wherever the browser can make one.
      wizard.setAttribute('passkey', 'offer');
    }
    // On the demo page "back to login" restarts the flow instead of leaving the page.
    wizard.addEventListener('otp-return', (event) => {
      event.preventDefault();
      this.#replace(wizard);
    });
  }
}
