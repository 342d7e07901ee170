// The demo soft token: what the customer's token app would show — token ID, the current code in
// large digits and the time left in its 30-second step. It computes codes from the same secrets
// the demo bank checks against, so an evaluator can copy the code into the wizard. A second,
// compact view (the strip) shows the same code beside the wizard where the card is out of reach.
import type { PageText } from './text.js';

export interface LiveTokenSource {
  /** The token ID, as printed in the app; empty for a token made from a QR code. */
  id: string;
  /** What the picker says: the ID, or a name for a token that has none yet. */
  name: string;
  /** The code at `time` (ms since the epoch). */
  codeAt(time: number): string;
  /** Seconds per code. */
  period: number;
}

const ringLength = 2 * Math.PI * 24;
const warnSeconds = 5;
const svgNs = 'http://www.w3.org/2000/svg';

export class LiveToken {
  readonly #tokens: LiveTokenSource[];
  readonly #text: () => PageText;
  #selected: LiveTokenSource;
  #timer: number | undefined;
  #statusTimer: number | undefined;
  readonly #picker = document.createElement('fieldset');
  readonly #id = document.createElement('span');
  readonly #code = document.createElement('p');
  readonly #seconds = document.createElement('span');
  readonly #bar = document.createElementNS(svgNs, 'circle');
  readonly #label = document.createElement('span');
  readonly #copy = document.createElement('button');
  readonly #status = document.createElement('span');
  readonly #strip = {
    label: document.createElement('span'),
    id: document.createElement('span'),
    code: document.createElement('span'),
    seconds: document.createElement('span'),
  };

  /** Draws the card into `host` and the compact view into `strip`. */
  constructor(host: HTMLElement, strip: HTMLElement, tokens: readonly LiveTokenSource[], text: () => PageText) {
    const first = tokens[0];
    if (!first) throw new Error('LiveToken needs at least one token');
    this.#tokens = [...tokens];
    this.#selected = first;
    this.#text = text;
    host.replaceChildren(this.#buildPicker(), this.#buildCard());
    this.#buildStrip(strip);
    this.render();
  }

  /** Adds a token (one the demo bank just provisioned) and shows it. */
  add(token: LiveTokenSource): void {
    this.#tokens.push(token);
    this.#selected = token;
    this.#fillPicker();
    this.#tick();
  }

  start(): void {
    this.stop();
    this.#tick();
    this.#timer = window.setInterval(() => this.#tick(), 250);
  }

  stop(): void {
    window.clearInterval(this.#timer);
  }

  /** Redraws labels after a language switch. */
  render(): void {
    const text = this.#text();
    this.#picker.querySelector('legend')!.textContent = text.tokenLabel;
    this.#label.textContent = text.tokenLabel;
    this.#strip.label.textContent = text.stripLabel;
    this.#copy.textContent = text.copy;
    this.#tick();
  }

  #buildPicker(): HTMLElement {
    this.#picker.className = 'control token-picker';
    const legend = document.createElement('legend');
    legend.className = 'visually-hidden';
    this.#picker.append(legend, document.createElement('div'));
    this.#fillPicker();
    return this.#picker;
  }

  #fillPicker(): void {
    const group = document.createElement('div');
    group.className = 'segmented';
    for (const token of this.#tokens) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'live-token';
      input.value = token.id;
      input.checked = token === this.#selected;
      input.addEventListener('change', () => {
        this.#selected = token;
        this.#status.textContent = '';
        this.#tick();
      });
      const span = document.createElement('span');
      span.textContent = token.name;
      label.append(input, span);
      group.append(label);
    }
    this.#picker.lastElementChild!.replaceWith(group);
  }

  #buildCard(): HTMLElement {
    const card = document.createElement('div');
    card.className = 'token';

    const head = document.createElement('div');
    head.className = 'token__label';
    this.#id.className = 'token__id';
    head.append(this.#label, this.#id);

    this.#code.className = 'token__code';
    this.#code.id = 'live-code';

    const ring = document.createElement('div');
    ring.className = 'ring';
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', '0 0 56 56');
    svg.setAttribute('aria-hidden', 'true');
    const track = document.createElementNS(svgNs, 'circle');
    for (const circle of [track, this.#bar]) {
      circle.setAttribute('cx', '28');
      circle.setAttribute('cy', '28');
      circle.setAttribute('r', '24');
    }
    track.setAttribute('class', 'ring__track');
    this.#bar.setAttribute('class', 'ring__bar');
    this.#bar.setAttribute('stroke-dasharray', String(ringLength));
    svg.append(track, this.#bar);
    this.#seconds.className = 'ring__seconds';
    ring.append(svg, this.#seconds);

    const actions = document.createElement('div');
    actions.className = 'token__actions';
    this.#copy.type = 'button';
    this.#copy.className = 'token__copy';
    this.#copy.addEventListener('click', () => void this.#copyCode());
    this.#status.className = 'token__status';
    this.#status.setAttribute('role', 'status');
    actions.append(this.#copy, this.#status);

    card.append(head, this.#code, ring, actions);
    return card;
  }

  #buildStrip(strip: HTMLElement): void {
    const { label, id, code, seconds } = this.#strip;
    const name = document.createElement('span');
    name.className = 'token-strip__name';
    label.className = 'token-strip__label';
    id.className = 'token-strip__id';
    name.append(label, ' ', id);
    code.className = 'token-strip__code';
    code.id = 'strip-code';
    seconds.className = 'token-strip__seconds';
    strip.replaceChildren(name, code, seconds);
  }

  #tick(): void {
    const token = this.#selected;
    const now = Date.now();
    const periodMs = token.period * 1000;
    const leftMs = periodMs - (now % periodMs);
    const seconds = Math.ceil(leftMs / 1000);
    const code = token.codeAt(now);
    const shown = groupDigits(code);
    const soon = seconds <= warnSeconds;
    const secondsLeft = this.#text().secondsLeft(seconds);
    for (const view of [this.#code, this.#strip.code]) {
      if (view.textContent !== shown) view.textContent = shown;
      view.toggleAttribute('data-soon', soon);
    }
    this.#id.textContent = this.#strip.id.textContent = token.id || token.name;
    this.#seconds.textContent = String(seconds);
    this.#seconds.title = secondsLeft;
    this.#strip.seconds.textContent = secondsLeft;
    this.#bar.setAttribute('stroke-dashoffset', String(ringLength * (1 - leftMs / periodMs)));
  }

  async #copyCode(): Promise<void> {
    const text = this.#text();
    const code = this.#selected.codeAt(Date.now());
    try {
      await navigator.clipboard.writeText(code);
      this.#status.textContent = text.copied;
    } catch {
      // Without clipboard permission, leave the code selected for a manual copy.
      getSelection()?.selectAllChildren(this.#code);
      this.#status.textContent = text.copyFailed;
    }
    window.clearTimeout(this.#statusTimer);
    this.#statusTimer = window.setTimeout(() => (this.#status.textContent = ''), 3000);
  }
}

/** "123456" → "123 456", as token apps show it. */
function groupDigits(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}
