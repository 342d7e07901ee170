// The demo keypad token (トランザクション認証): what the customer's hardware token would do. Type the
// digits <otp-confirm> shows (the payee's account number) and it shows the code to type back: the
// OCRA response (RFC 6287) the bank checks, for the current minute.
import { demoKeypadCode, demoKeypadTokens } from '../src/bank/demo-data.js';
import type { PageText } from './text.js';

export class KeypadToken {
  readonly #text: () => PageText;
  readonly #serial = demoKeypadTokens[0]!.serial;
  readonly #label = document.createElement('span');
  readonly #inputLabel = document.createElement('label');
  readonly #input = document.createElement('input');
  readonly #code = document.createElement('output');
  readonly #seconds = document.createElement('p');
  #timer: number | undefined;
  /** The minute and digits the shown code is for, so it is computed again only when either changes. */
  #shownFor = '';

  constructor(host: HTMLElement, text: () => PageText) {
    this.#text = text;
    const card = document.createElement('div');
    card.className = 'token keypad';
    const head = document.createElement('div');
    head.className = 'token__label';
    const serial = document.createElement('span');
    serial.className = 'token__id';
    serial.textContent = this.#serial;
    head.append(this.#label, serial);

    this.#inputLabel.htmlFor = 'keypad-input';
    this.#inputLabel.className = 'keypad__label';
    Object.assign(this.#input, { id: 'keypad-input', inputMode: 'numeric', autocomplete: 'off', spellcheck: false, className: 'keypad__input' });
    this.#input.addEventListener('input', () => void this.#show());
    this.#code.id = 'keypad-code';
    this.#code.className = 'token__code keypad__code';
    this.#code.htmlFor.add('keypad-input');
    this.#seconds.className = 'keypad__seconds';
    card.append(head, this.#inputLabel, this.#input, this.#code, this.#seconds);
    host.replaceChildren(card);
  }

  start(): void {
    window.clearInterval(this.#timer);
    void this.#show();
    this.#timer = window.setInterval(() => void this.#show(), 1000);
  }

  /** Redraws labels after a language switch. */
  render(): void {
    const text = this.#text();
    this.#label.textContent = text.keypadLabel;
    this.#inputLabel.textContent = text.keypadInput;
    this.#shownFor = '';
    void this.#show();
  }

  async #show(): Promise<void> {
    const text = this.#text();
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    const digits = this.#input.value.trim();
    this.#seconds.textContent = text.keypadSeconds(60 - Math.floor((now % 60_000) / 1000));
    const key = `${minute}:${digits}`;
    if (key === this.#shownFor) return;
    this.#shownFor = key;
    // A keypad token takes 1 to 8 digits (its suite: QA08, the digits as text).
    const code = /^[0-9]{1,8}$/.test(digits) ? await demoKeypadCode(this.#serial, digits, now) : undefined;
    // Typing went on meanwhile: a newer computation shows its own code.
    if (this.#shownFor !== key) return;
    this.#code.textContent = code ? `${code.slice(0, 4)} ${code.slice(4)}` : digits ? text.keypadInvalid : '—';
  }
}
