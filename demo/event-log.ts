// Lists every otp-* event heard on the document, with its detail exactly as fired, and checks
// each detail against what must never be in it: the demo passwords and the demo tokens' codes.
import type { PageText } from './text.js';

export const otpEventTypes = [
  'otp-step',
  'otp-complete',
  'otp-error',
  'otp-cancel',
  'otp-return',
  'otp-filled',
] as const;

export type OtpEventType = (typeof otpEventTypes)[number];

interface Entry {
  type: OtpEventType;
  source: string;
  time: Date;
  detail: string;
  /** The standalone field's own value, which the page owns: shown masked. */
  masked: boolean;
  /** A secret was found in the detail: the log says so loudly. */
  leaked: boolean;
  prevented: boolean;
}

export interface EventLogOptions {
  text: () => PageText;
  /** Strings that must never appear in a detail (passwords, codes valid around now). */
  secrets: () => readonly string[];
}

const maxEntries = 200;

export class EventLog {
  readonly #list: HTMLOListElement;
  readonly #options: EventLogOptions;
  #entries: Entry[] = [];

  constructor(list: HTMLOListElement, options: EventLogOptions) {
    this.#list = list;
    this.#options = options;
    this.render();
  }

  /** Listens on `target` (the document): flow events are composed, so they all arrive there. */
  attach(target: EventTarget): void {
    for (const type of otpEventTypes) {
      target.addEventListener(type, (event) => this.#record(type, event as CustomEvent<unknown>));
    }
  }

  clear(): void {
    this.#entries = [];
    this.render();
  }

  #record(type: OtpEventType, event: CustomEvent<unknown>): void {
    const raw = JSON.stringify(event.detail ?? null);
    const masked = type === 'otp-filled';
    const secrets = this.#options.secrets();
    const entry: Entry = {
      type,
      source: event.target instanceof Element ? event.target.localName : '',
      time: new Date(),
      detail: masked ? maskDigits(raw) : raw,
      masked,
      leaked: !masked && secrets.some((s) => s !== '' && raw.includes(s)),
      // The demo cancels otp-return on the wizard itself, before the event reaches the document.
      prevented: event.defaultPrevented,
    };
    this.#entries.unshift(entry);
    this.#entries.length = Math.min(this.#entries.length, maxEntries);
    this.render();
  }

  /** Redraws all entries, e.g. after a language switch. */
  render(): void {
    const text = this.#options.text();
    if (!this.#entries.length) {
      const empty = document.createElement('li');
      empty.className = 'log__empty';
      empty.textContent = text.logEmpty;
      this.#list.replaceChildren(empty);
      return;
    }
    this.#list.replaceChildren(...this.#entries.map((e) => this.#renderEntry(e, text)));
  }

  #renderEntry(entry: Entry, text: PageText): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'log__entry';
    li.dataset.type = entry.type;
    const head = el('div', 'log__head');
    head.append(
      el('code', 'log__name', entry.type),
      el('span', 'log__source', entry.source ? `<${entry.source}>` : ''),
      el('time', 'log__time', formatTime(entry.time)),
    );
    const detail = el('pre', 'log__detail', entry.detail);
    const notes = el('div', 'log__head');
    if (entry.leaked) notes.append(el('strong', 'log__leak', '⚠ secret in detail'));
    else if (entry.masked) notes.append(el('span', 'log__note', text.logMasked));
    else notes.append(el('span', 'log__check', text.logClean));
    if (entry.prevented && entry.type === 'otp-return') {
      notes.append(el('span', 'log__note', `— ${text.logReturnPrevented}`));
    }
    li.append(head, detail, notes);
    return li;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function maskDigits(json: string): string {
  return json.replace(/\d/g, '•');
}

function formatTime(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
