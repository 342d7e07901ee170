// The plain <form> around <otp-token-field>: on submit, shows what FormData holds, which is what
// a bank's login form would post. Native validation runs first (the field is `required`).
import type { PageText } from './text.js';

export interface CodeFormOptions {
  text: () => PageText;
  /** The demo token whose current code this is, if any: lets an evaluator see the round trip. */
  matchToken: (code: string) => string | undefined;
}

export class CodeForm {
  readonly #output: HTMLOutputElement;
  readonly #options: CodeFormOptions;
  #submitted: [string, string][] | undefined;

  constructor(form: HTMLFormElement, output: HTMLOutputElement, options: CodeFormOptions) {
    this.#output = output;
    this.#options = options;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submitted = [...new FormData(form)].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]);
      this.render();
    });
    form.addEventListener('reset', () => {
      this.#submitted = undefined;
      this.render();
    });
    this.render();
  }

  render(): void {
    const text = this.#options.text();
    if (!this.#submitted) {
      this.#output.textContent = text.formEmpty;
      return;
    }
    const list = document.createElement('dl');
    for (const [name, value] of this.#submitted) {
      const dt = document.createElement('dt');
      dt.textContent = name;
      const dd = document.createElement('dd');
      dd.textContent = JSON.stringify(value);
      list.append(dt, dd);
    }
    const code = this.#submitted.find(([name]) => name === 'otp')?.[1] ?? '';
    const tokenId = this.#options.matchToken(code);
    const note = document.createElement('p');
    note.className = tokenId ? 'ok' : 'muted';
    note.textContent = tokenId ? text.formMatches(tokenId) : text.formNoMatch;
    this.#output.replaceChildren(list, note);
  }
}
