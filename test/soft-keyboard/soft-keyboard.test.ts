import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/otp-soft-keyboard.js';
import type { OtpSoftKeyboard } from '../../src/otp-soft-keyboard.js';

interface Setup {
  kb: OtpSoftKeyboard;
  input: HTMLInputElement;
  after: HTMLInputElement;
}

/** A password input, the keyboard typing into it, and an input after it to Tab out to. */
async function setup(width = '40rem'): Promise<Setup> {
  const root = await fixture<HTMLElement>(html`
    <div style="inline-size: ${width}">
      <label>ログインパスワード <input type="password" autocomplete="current-password" /></label>
      <otp-soft-keyboard open></otp-soft-keyboard>
      <label>次 <input class="after" /></label>
    </div>
  `);
  const kb = root.querySelector('otp-soft-keyboard')!;
  const input = root.querySelector<HTMLInputElement>('input[type=password]')!;
  kb.target = input;
  await kb.updateComplete;
  return { kb, input, after: root.querySelector<HTMLInputElement>('input.after')! };
}

const buttons = (kb: OtpSoftKeyboard): HTMLButtonElement[] => [...kb.shadowRoot!.querySelectorAll('button')];
const labelOf = (b: HTMLButtonElement): string => b.textContent!.trim();
const characterLabels = (kb: OtpSoftKeyboard): string =>
  [...kb.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="character-key"]')].map(labelOf).join('');
const focused = (kb: OtpSoftKeyboard): Element | null => kb.shadowRoot!.activeElement;

function key(kb: OtpSoftKeyboard, label: string): HTMLButtonElement {
  const found = buttons(kb).find((b) => labelOf(b) === label);
  if (!found) throw new Error(`no key labelled ${label}`);
  return found;
}

/** A real mouse click in the middle of the element. */
async function click(element: Element): Promise<void> {
  const r = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
  // Let the keyboard render what the click changed (Shift's labels, the status text).
  await ((element.getRootNode() as ShadowRoot).host as OtpSoftKeyboard).updateComplete;
}

const isShifted = (kb: OtpSoftKeyboard): boolean => key(kb, 'シフト').getAttribute('aria-pressed') === 'true';

/** Types `text` with mouse clicks alone, pressing Shift whenever the case changes. */
async function clickType(kb: OtpSoftKeyboard, text: string): Promise<void> {
  for (const char of text) {
    const upper = char !== char.toLowerCase();
    const lower = char !== char.toUpperCase();
    if ((upper && !isShifted(kb)) || (lower && isShifted(kb))) await click(key(kb, 'シフト'));
    await click(key(kb, char));
  }
}

describe('<otp-soft-keyboard>', () => {
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('passes axe when open, in Japanese and in English', async () => {
      const { kb } = await setup();
      await expect(kb).to.be.accessible();
      kb.lang = 'en';
      await kb.updateComplete;
      await expect(kb).to.be.accessible();
    });

    it('is a labelled group of real buttons with one tab stop', async () => {
      const { kb } = await setup();
      const group = kb.shadowRoot!.querySelector('[role="group"]')!;
      expect(group.getAttribute('aria-label')).to.equal('ソフトウェアキーボード');
      const all = buttons(kb);
      expect(all.length).to.equal(10 + 26 + 10 + 4);
      expect(all.every((b) => b.type === 'button')).to.equal(true);
      expect(all.filter((b) => b.tabIndex === 0)).to.have.length(1);
    });

    it('names the control keys and marks Shift as a toggle', async () => {
      const { kb } = await setup();
      const controls = [...kb.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="control-key"]')];
      expect(controls.map(labelOf)).to.deep.equal(['シフト', 'バックスペース', 'クリア', '閉じる']);
      expect(key(kb, 'シフト').getAttribute('aria-pressed')).to.equal('false');
      expect(key(kb, '閉じる').hasAttribute('aria-pressed')).to.equal(false);
    });

    it('makes every key at least 40 px square, also in a narrow column', async () => {
      for (const width of ['40rem', '20rem']) {
        const { kb } = await setup(width);
        for (const b of buttons(kb)) {
          const r = b.getBoundingClientRect();
          expect(r.width, `${labelOf(b)} width in ${width}`).to.be.at.least(40);
          expect(r.height, `${labelOf(b)} height in ${width}`).to.be.at.least(40);
        }
      }
    });

    it('announces how many characters are entered, never which', async () => {
      const { kb } = await setup();
      const status = kb.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.equal('');
      await clickType(kb, 'k9');
      expect(status.textContent).to.equal('2文字入力済み');
      await click(key(kb, 'バックスペース'));
      expect(status.textContent).to.equal('1文字入力済み');
    });
  });

  describe('language and text', () => {
    it('follows lang through the shadow host it is rendered in', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
      const kb = document.createElement('otp-soft-keyboard');
      kb.open = true;
      host.attachShadow({ mode: 'open' }).append(kb);
      await kb.updateComplete;
      expect(kb.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Software keyboard');
      expect(buttons(kb).slice(-4).map(labelOf)).to.deep.equal(['Shift', 'Backspace', 'Clear', 'Close']);
    });

    it('takes partial text overrides and keeps the rest', async () => {
      const { kb } = await setup();
      kb.strings = { close: 'キーボードを閉じる', entered: (n) => `入力 ${n}` };
      await kb.updateComplete;
      expect(buttons(kb).slice(-4).map(labelOf)).to.deep.equal(['シフト', 'バックスペース', 'クリア', 'キーボードを閉じる']);
      await clickType(kb, 'a');
      expect(kb.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('入力 1');
    });
  });

  describe('typing with the mouse', () => {
    it('types clicked keys into the password input with one plain input event each', async () => {
      const { kb, input } = await setup();
      const events: Event[] = [];
      input.addEventListener('input', (e) => events.push(e));
      await clickType(kb, 'pw4@');
      expect(input.value).to.equal('pw4@');
      expect(events).to.have.length(4);
      for (const e of events) {
        expect(e.constructor).to.equal(Event);
        expect(e.bubbles && e.composed).to.equal(true);
      }
    });

    it('keeps focus on the pressed key, which takes the tab stop', async () => {
      const { kb } = await setup();
      const m = key(kb, 'm');
      await click(m);
      expect(focused(kb)).to.equal(m);
      expect(m.tabIndex).to.equal(0);
      expect(buttons(kb).filter((b) => b.tabIndex === 0)).to.have.length(1);
    });

    it('inserts at the caret and replaces a selection', async () => {
      const { kb, input } = await setup();
      input.value = 'abef';
      input.setSelectionRange(2, 2);
      await clickType(kb, 'cd');
      expect(input.value).to.equal('abcdef');
      input.setSelectionRange(1, 4);
      await clickType(kb, 'x');
      expect(input.value).to.equal('axef');
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([2, 2]);
    });

    it('Shift switches the letters to upper case and back', async () => {
      const { kb, input } = await setup();
      const lettersBefore = characterLabels(kb);
      await click(key(kb, 'シフト'));
      expect(isShifted(kb)).to.equal(true);
      expect(characterLabels(kb)).to.equal(lettersBefore.toUpperCase());
      await click(key(kb, 'G'));
      await click(key(kb, '5'));
      await click(key(kb, 'シフト'));
      expect(isShifted(kb)).to.equal(false);
      expect(characterLabels(kb)).to.equal(lettersBefore);
      await click(key(kb, 'g'));
      expect(input.value).to.equal('G5g');
    });

    it('Backspace deletes a selection in the middle, then the character before the caret', async () => {
      const { kb, input } = await setup();
      input.value = 'abcdef';
      input.setSelectionRange(2, 4);
      const events: Event[] = [];
      input.addEventListener('input', (e) => events.push(e));
      await click(key(kb, 'バックスペース'));
      expect(input.value).to.equal('abef');
      await click(key(kb, 'バックスペース'));
      expect(input.value).to.equal('aef');
      await clickType(kb, 'z');
      expect(input.value).to.equal('azef');
      expect(events).to.have.length(3);
    });

    it('Backspace at the start changes nothing and fires no input event', async () => {
      const { kb, input } = await setup();
      input.value = 'ab';
      input.setSelectionRange(0, 0);
      let fired = 0;
      input.addEventListener('input', () => fired++);
      await click(key(kb, 'バックスペース'));
      expect(input.value).to.equal('ab');
      expect(fired).to.equal(0);
    });

    it('Clear empties the input and fires input', async () => {
      const { kb, input } = await setup();
      await clickType(kb, 'abc');
      setTimeout(() => click(key(kb, 'クリア')));
      await oneEvent(input, 'input');
      expect(input.value).to.equal('');
    });

    it('respects the input’s maxlength and leaves a read-only input alone', async () => {
      const { kb, input } = await setup();
      input.maxLength = 2;
      await clickType(kb, 'abc');
      expect(input.value).to.equal('ab');
      input.readOnly = true;
      let fired = 0;
      input.addEventListener('input', () => fired++);
      await click(key(kb, 'クリア'));
      expect(input.value).to.equal('ab');
      expect(fired).to.equal(0);
    });
  });

  describe('keyboard only', () => {
    it('Tab enters on one key, arrows move between keys, Enter and Space type', async () => {
      const { kb, input, after } = await setup();
      input.focus();
      await sendKeys({ press: 'Tab' });
      const first = buttons(kb)[0]!;
      expect(focused(kb)).to.equal(first);

      await sendKeys({ press: 'ArrowRight' });
      const second = buttons(kb)[1]!;
      expect(focused(kb)).to.equal(second);
      expect(second.tabIndex).to.equal(0);
      expect(first.tabIndex).to.equal(-1);

      // Down lands on the key drawn right below: the first row of letters.
      await sendKeys({ press: 'ArrowDown' });
      const below = focused(kb) as HTMLButtonElement;
      expect(below.part.contains('character-key')).to.equal(true);
      const [a, b] = [second.getBoundingClientRect(), below.getBoundingClientRect()];
      expect(b.y).to.be.greaterThan(a.y);
      expect(Math.abs(b.x - a.x)).to.be.lessThan(2);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(kb)).to.equal(second);

      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      expect(input.value).to.equal(labelOf(second) + labelOf(below));
      expect(focused(kb)).to.equal(below);

      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    });

    it('Shift-Tab comes back to the key that last had focus', async () => {
      const { kb, after } = await setup();
      buttons(kb)[12]!.focus();
      after.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(kb)).to.equal(buttons(kb)[12]);
    });

    it('End and Home reach the control keys row ends; Enter on Shift toggles it', async () => {
      const { kb } = await setup();
      const close = key(kb, '閉じる');
      close.focus();
      await sendKeys({ press: 'Home' });
      expect(focused(kb)).to.equal(key(kb, 'シフト'));
      await sendKeys({ press: 'Enter' });
      expect(isShifted(kb)).to.equal(true);
      expect(focused(kb)).to.equal(key(kb, 'シフト'));
      await sendKeys({ press: 'End' });
      expect(focused(kb)).to.equal(close);
    });

    it('focus() puts focus on the key holding the tab stop', async () => {
      const { kb } = await setup();
      kb.focus();
      expect(focused(kb)).to.equal(buttons(kb)[0]);
    });
  });

  describe('closing', () => {
    it('Close fires otp-keyboard-close, bubbling and composed, without detail', async () => {
      const { kb } = await setup();
      setTimeout(() => click(key(kb, '閉じる')));
      const event = await oneEvent(document, 'otp-keyboard-close');
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event.detail).to.equal(null);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('Escape on a key fires otp-keyboard-close and goes no further', async () => {
      const { kb } = await setup();
      const escapes: KeyboardEvent[] = [];
      const onKey = (e: KeyboardEvent): void => void (e.key === 'Escape' && escapes.push(e));
      document.addEventListener('keydown', onKey);
      try {
        key(kb, 'a').focus();
        setTimeout(() => sendKeys({ press: 'Escape' }));
        await oneEvent(document, 'otp-keyboard-close');
        expect(escapes).to.have.length(0);
      } finally {
        document.removeEventListener('keydown', onKey);
      }
    });

    it('renders no keys while closed', async () => {
      const { kb } = await setup();
      kb.open = false;
      await kb.updateComplete;
      expect(buttons(kb)).to.have.length(0);
      expect(getComputedStyle(kb).display).to.equal('none');
    });
  });

  describe('shuffling', () => {
    it('shuffles the keys each time it opens', async () => {
      const { kb } = await setup();
      const orders = new Set<string>();
      // Four openings: all four orders equal needs the 26 letters (and the digits and symbols)
      // to land the same way three more times, probability below (1/26!)^3 ≈ 1e-80.
      for (let i = 0; i < 4; i++) {
        orders.add(characterLabels(kb));
        kb.open = false;
        await kb.updateComplete;
        kb.open = true;
        await kb.updateComplete;
      }
      expect(orders.size).to.be.greaterThan(1);
    });

    it('keeps the order while open, and Shift off after reopening', async () => {
      const { kb } = await setup();
      const order = characterLabels(kb);
      await clickType(kb, 'Ab');
      await click(key(kb, 'シフト'));
      expect(characterLabels(kb).toLowerCase()).to.equal(order);
      kb.open = false;
      await kb.updateComplete;
      kb.open = true;
      await kb.updateComplete;
      expect(isShifted(kb)).to.equal(false);
    });
  });

  describe('privacy', () => {
    it('typed characters reach no event, attribute, status text or console', async () => {
      const { kb, input } = await setup();
      // Every three-character window holds a symbol, so that no random id on the test page
      // (the runner's session id is [A-Za-z0-9_-]) can look like a piece of the password.
      const password = 'Z#q%7';
      const pieces = [...password];
      const windows = pieces.slice(2).map((c, i) => pieces[i]! + pieces[i + 1]! + c);

      const leaks: string[] = [];
      const types = ['input', 'beforeinput', 'change', 'keydown', 'keyup', 'keypress', 'click', 'pointerdown',
        'pointerup', 'mousedown', 'mouseup', 'focusin', 'focusout', 'otp-keyboard-close'];
      const onEvent = (e: Event): void => {
        // Every string an event exposes (own and prototype getters), and any detail.
        for (const name in e) {
          const value = (e as unknown as Record<string, unknown>)[name];
          if (typeof value === 'string' && (pieces.includes(value) || value.includes(password))) {
            leaks.push(`${e.type}.${name}=${value}`);
          }
        }
        if (e instanceof CustomEvent && JSON.stringify(e.detail ?? null).includes(password)) leaks.push(`${e.type}.detail`);
      };
      types.forEach((t) => document.addEventListener(t, onEvent, true));

      const attributes: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const value = (r.target as Element).getAttribute(r.attributeName!);
          if (value !== null) attributes.push(value);
        }
      });
      for (const root of [document.body, kb.shadowRoot!]) observer.observe(root, { attributes: true, subtree: true });

      const consoleCalls: unknown[][] = [];
      const methods = ['log', 'info', 'debug', 'warn', 'error'] as const;
      const originals = methods.map((m) => console[m]);
      methods.forEach((m) => (console[m] = (...args: unknown[]) => void consoleCalls.push(args)));

      try {
        // The first half by mouse, the rest by keyboard.
        await clickType(kb, 'Z#q');
        key(kb, '%').focus();
        await sendKeys({ press: 'Enter' });
        key(kb, '7').focus();
        await sendKeys({ press: ' ' });
      } finally {
        methods.forEach((m, i) => (console[m] = originals[i]!));
        types.forEach((t) => document.removeEventListener(t, onEvent, true));
      }
      attributes.push(...observer.takeRecords().map((r) => (r.target as Element).getAttribute(r.attributeName!) ?? ''));
      observer.disconnect();

      expect(input.value).to.equal(password);
      expect(leaks).to.deep.equal([]);
      expect(consoleCalls).to.deep.equal([]);
      expect(attributes.filter((v) => windows.some((p) => v.includes(p)))).to.deep.equal([]);
      const everyAttribute = [...document.querySelectorAll('*'), ...kb.shadowRoot!.querySelectorAll('*')]
        .flatMap((el) => [...el.attributes].map((a) => a.value));
      expect(everyAttribute.filter((v) => windows.some((p) => v.includes(p)))).to.deep.equal([]);
      expect(input.hasAttribute('value')).to.equal(false);
      expect(kb.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('5文字入力済み');
    });
  });

  describe('inside a wizard', () => {
    it('types into a slotted light-DOM input from a shadow root, and the input event reaches the page', async () => {
      const host = await fixture<HTMLElement>(html`<div><input type="password" /></div>`);
      const input = host.querySelector('input')!;
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(document.createElement('slot'), document.createElement('otp-soft-keyboard'));
      const kb = shadow.querySelector('otp-soft-keyboard')!;
      kb.target = input;
      kb.open = true;
      await kb.updateComplete;
      setTimeout(() => clickType(kb, 'r'));
      const event = await oneEvent(document, 'input');
      expect(event.target).to.equal(input);
      expect(input.value).to.equal('r');
    });
  });
});
