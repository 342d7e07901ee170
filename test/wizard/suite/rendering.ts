// Shared suite, part 1: what the authenticate step shows and how it adapts (layout, language,
// texts, the light-DOM credential inputs, the software keyboard, the prepare step).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoHostAdapter, demoTokenCode } from '../../../src/adapters/demo.js';
import type { OtpSoftKeyboard } from '../../../src/soft-keyboard/soft-keyboard.js';
import { recording } from '../adapters.js';
import type { WizardDriver } from '../driver.js';
import {
  authenticate,
  buttonLabels,
  contractIdInput,
  deepActiveElement,
  heading,
  headingText,
  mount,
  openKeyboard,
  passwordInput,
  primaryButton,
  secondaryButton,
  shadow,
  stepShown,
  typeCredentials,
  type Wizard,
} from '../helpers.js';

/**
 * What the styles draw before a trail entry: the text shown, and what assistive technology reads
 * of it (the content's alternative text, after the slash), or null where nothing is drawn.
 */
function separator(entry: Element): { shown: string; read: string } | null {
  const match = /^"([^"]*)"(?:\s*\/\s*"([^"]*)")?$/.exec(getComputedStyle(entry, '::before').content);
  return match ? { shown: match[1]!, read: match[2] ?? match[1]! } : null;
}

function trail(el: Wizard): { entries: string[]; current: string[]; separators: string[]; read: string[] } {
  const items = [...shadow(el).querySelectorAll('[part="trail"] li')];
  const separators = items.map(separator).filter((s) => s !== null);
  return {
    entries: items.map((li) => li.textContent!.trim()),
    current: items.filter((li) => li.getAttribute('aria-current') === 'step').map((li) => li.textContent!.trim()),
    separators: separators.map((s) => s.shown),
    read: separators.map((s) => s.read),
  };
}

const keyboardToggle = (el: Wizard) => shadow(el).querySelector<HTMLButtonElement>('[part="keyboard-toggle"]');

/** Clicks the software keyboard's keys to type `text` (letters, digits, symbols). */
async function typeWithSoftKeyboard(keyboard: OtpSoftKeyboard, text: string): Promise<void> {
  for (const char of text) {
    const wantShift = char !== char.toLowerCase();
    const shift = keyboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="shift-key"]')!;
    if ((shift.getAttribute('aria-pressed') === 'true') !== wantShift) {
      shift.click();
      await keyboard.updateComplete;
    }
    const key = [...keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="character-key"]')].find(
      (k) => k.textContent === char,
    );
    if (!key) throw new Error(`no key for ${char}`);
    key.click();
    await keyboard.updateComplete;
  }
}

export function renderingSuite(d: WizardDriver): void {
  describe(`<${d.tag}> rendering (shared)`, () => {
    it('shows the title and a trail marking the current step with aria-current, >> on desktop and > on a phone', async () => {
      const desktop = await mount(d.tag);
      expect(shadow(desktop).querySelector('[part="title"]')!.textContent).to.equal(d.strings.ja.title);
      expect(trail(desktop)).to.deep.equal({
        entries: [...d.strings.ja.trail],
        current: [d.strings.ja.trail[0]],
        // Drawn between the entries, not read out.
        separators: ['>>', '>>'],
        read: ['', ''],
      });
      const phone = await mount(d.tag, { layout: 'mobile' });
      expect(trail(phone)).to.deep.include({ separators: ['>', '>'], read: ['', ''] });
      expect(headingText(desktop)).to.equal(d.strings.ja.authenticateHeading);
    });

    it('creates native light-DOM inputs with autocomplete, a <label for> and unique ids, so password managers see them', async () => {
      const el = await mount(d.tag);
      const id = contractIdInput(el);
      const password = passwordInput(el);
      for (const input of [id, password]) {
        expect(input.parentElement).to.equal(el);
        expect(input.assignedSlot?.getRootNode()).to.equal(shadow(el));
        expect(input.labels![0]!.parentElement).to.equal(el);
      }
      expect(id.type).to.equal('text');
      expect(id.labels![0]!.textContent).to.equal('契約者ID');
      expect(password.type).to.equal('password');
      expect(password.labels![0]!.textContent).to.equal('ログインパスワード');
      const other = await mount(d.tag);
      expect(contractIdInput(other).id).not.to.equal(id.id);
      expect(passwordInput(other).id).not.to.equal(password.id);
    });

    it('keeps its credential inputs, without the password, when moved in the page', async () => {
      const el = await mount(d.tag);
      contractIdInput(el).value = d.contractId;
      passwordInput(el).value = d.password;
      el.parentElement!.append(document.createElement('div'), el);
      await el.updateComplete;
      expect(contractIdInput(el).value).to.equal(d.contractId);
      expect(passwordInput(el).value).to.equal('');
    });

    it('orders the buttons 次へ 戻る on desktop and 戻る 次へ on a phone', async () => {
      expect(buttonLabels(await mount(d.tag, { layout: 'desktop' }))).to.deep.equal(['次へ', '戻る']);
      expect(buttonLabels(await mount(d.tag, { layout: 'mobile' }))).to.deep.equal(['戻る', '次へ']);
    });

    it('follows its own width with layout="auto": a phone layout in a narrow column, desktop in a wide one', async () => {
      const el = await mount(d.tag, { layout: 'auto', width: 1024 });
      const container = el.parentElement!;
      const columns = () => getComputedStyle(shadow(el).querySelector('.field')!).gridTemplateColumns.split(' ').length;
      expect(el.currentLayout).to.equal('desktop');
      expect(columns()).to.equal(2);
      container.style.width = '375px';
      await waitUntil(() => el.currentLayout === 'mobile', 'the layout did not follow the narrower width');
      await el.updateComplete;
      expect(buttonLabels(el)).to.deep.equal(['戻る', '次へ']);
      expect(columns()).to.equal(1);
      container.style.width = '700px';
      await waitUntil(() => el.currentLayout === 'desktop', 'the layout did not follow the wider width');
      await el.updateComplete;
      expect(buttonLabels(el)).to.deep.equal(['次へ', '戻る']);
      expect(columns()).to.equal(2);
    });

    it('lets layout="mobile" win over a wide container', async () => {
      const el = await mount(d.tag, { layout: 'mobile', width: 1024 });
      await nextFrame();
      expect(el.currentLayout).to.equal('mobile');
      expect(getComputedStyle(shadow(el).querySelector('.field')!).gridTemplateColumns.split(' ').length).to.equal(1);
    });

    it('exposes the layout in effect and a running call as the desktop, mobile and busy custom states', async () => {
      const states = (el: Wizard) => ['desktop', 'mobile', 'busy'].filter((name) => el.matches(`:state(${name})`));
      expect(states(await mount(d.tag, { layout: 'mobile' }))).to.deep.equal(['mobile']);
      const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
      const el = await mount(d.tag, { adapter });
      expect(states(el)).to.deep.equal(['desktop']);
      await typeCredentials(el, d.contractId, d.password);
      adapter.hold();
      const shown = stepShown(el, d.action);
      primaryButton(el).click();
      await el.updateComplete;
      expect(states(el)).to.deep.equal(['desktop', 'busy']);
      adapter.release();
      await shown;
      expect(states(el)).to.deep.equal(['desktop']);
    });

    it('goes through its steps where the browser rejects plain custom-state names, as Chromium before 125 does', async () => {
      const states = CustomStateSet.prototype as unknown as Set<string>;
      const { add, delete: remove } = states;
      const olderChromium = (native: (name: string) => unknown) =>
        function (this: Set<string>, name: string) {
          if (!name.startsWith('--')) throw new DOMException(`The specified value '${name}' must start with '--'.`, 'NotSupportedError');
          return native.call(this, name);
        };
      states.add = olderChromium(add) as typeof add;
      states.delete = olderChromium(remove) as typeof remove;
      try {
        const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }) });
        await authenticate(el, d.contractId, d.password, d.action);
        expect(deepActiveElement()).to.equal(heading(el));
      } finally {
        states.add = add;
        states.delete = remove;
      }
    });

    it('offers the software keyboard in the desktop layout only, unless soft-keyboard says otherwise', async () => {
      expect(keyboardToggle(await mount(d.tag, { layout: 'desktop' }))!.textContent!.trim()).to.equal('ソフトウェアキーボード入力');
      expect(keyboardToggle(await mount(d.tag, { layout: 'mobile' }))).to.equal(null);
      expect(keyboardToggle(await mount(d.tag, { layout: 'mobile', attributes: { 'soft-keyboard': '' } }))).not.to.equal(null);
      expect(keyboardToggle(await mount(d.tag, { layout: 'desktop', attributes: { 'soft-keyboard': 'off' } }))).to.equal(null);
    });

    it('types the password with the software keyboard, which the bank then accepts', async () => {
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }) });
      contractIdInput(el).value = d.contractId;
      const toggle = keyboardToggle(el)!;
      const keyboard = await openKeyboard(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await typeWithSoftKeyboard(keyboard, d.password);
      expect(passwordInput(el).value).to.equal(d.password);
      const shown = stepShown(el, d.action);
      primaryButton(el).click();
      await shown;
    });

    it('returns focus to the software keyboard toggle when the keyboard is closed with Escape or its Close key', async () => {
      const el = await mount(d.tag);
      const toggle = keyboardToggle(el)!;
      // The keyboard exists while it is open.
      let keyboard = shadow(el).querySelector('otp-soft-keyboard');
      expect(keyboard).to.equal(null);
      const open = async (key: 'Enter' | ' '): Promise<void> => {
        toggle.focus();
        await sendKeys({ press: key });
        await el.updateComplete;
        await customElements.whenDefined('otp-soft-keyboard');
        keyboard = shadow(el).querySelector('otp-soft-keyboard')!;
        await keyboard.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      };
      const expectClosedOnToggle = async (): Promise<void> => {
        await el.updateComplete;
        expect(shadow(el).querySelector('otp-soft-keyboard')).to.equal(null);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(deepActiveElement()).to.equal(toggle);
      };

      await open('Enter');
      await sendKeys({ press: 'Tab' });
      const firstKey = deepActiveElement() as HTMLButtonElement;
      expect(firstKey.getRootNode()).to.equal(keyboard!.shadowRoot);
      await sendKeys({ press: 'Enter' });
      expect(passwordInput(el).value).to.equal(firstKey.textContent);
      await sendKeys({ press: 'Escape' });
      await expectClosedOnToggle();
      // The password typed so far stays.
      expect(passwordInput(el).value).to.have.length(1);

      await open(' ');
      keyboard!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-key"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await expectClosedOnToggle();
      // From the toggle, Tab goes on to the step's buttons.
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(primaryButton(el));
    });

    it('follows a change of lang and lets `strings` override any text', async () => {
      const el = await mount(d.tag);
      el.strings = { title: 'OTP 登録（テスト銀行）' };
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('OTP 登録（テスト銀行）');
      expect(headingText(el)).to.equal(d.strings.ja.authenticateHeading);
      el.setAttribute('lang', 'en');
      // The language is watched with a MutationObserver: its update follows within the frame.
      await nextFrame();
      await el.updateComplete;
      expect(headingText(el)).to.equal(d.strings.en.authenticateHeading);
      expect(contractIdInput(el).labels![0]!.textContent).to.equal('Contract ID');
      expect(buttonLabels(el)).to.deep.equal(['Next', 'Back']);
    });

    it('follows a change of lang inside another component’s shadow root that holds it', async () => {
      const outer = await fixture(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      const section = document.createElement('section');
      section.lang = 'ja';
      const el = document.createElement(d.tag);
      el.setAttribute('layout', 'desktop');
      section.append(el);
      root.append(section);
      await el.updateComplete;
      expect(headingText(el)).to.equal(d.strings.ja.authenticateHeading);
      section.lang = 'en';
      await nextFrame();
      await waitUntil(() => headingText(el) === d.strings.en.authenticateHeading, 'the heading turns English');
    });

    it('can leave the page before its first render, and shows its first step when put back', async () => {
      const errors: string[] = [];
      const record = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', record);
      try {
        const el = document.createElement(d.tag);
        el.setAttribute('layout', 'desktop');
        document.body.append(el);
        el.remove(); // before the first update ran: a quick switch in a page's own UI
        await el.updateComplete;
        document.body.append(el);
        await el.updateComplete;
        expect(errors).to.deep.equal([]);
        expect(headingText(el)).to.equal(d.strings.ja.authenticateHeading);
        el.remove();
      } finally {
        window.removeEventListener('error', record);
      }
    });

    it('follows the lang of the page when it has none of its own', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"></div>`);
      const el = document.createElement(d.tag);
      el.setAttribute('layout', 'desktop');
      wrapper.append(el);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal(d.strings.en.title);
    });

    it('keeps the seed’s three trail entries with none current during prepare, then marks each in turn with aria-current', async () => {
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }), prepare: 'アプリを用意してください。' });
      const entries = [...d.strings.ja.trail];
      const currentPart = () => [...shadow(el).querySelectorAll('[part~="trail-current"]')].map((li) => li.textContent!.trim());
      expect(trail(el)).to.deep.include({ entries, current: [] });
      expect(currentPart()).to.deep.equal([]);
      const shown = stepShown(el, 'authenticate');
      primaryButton(el).click();
      await shown;
      expect(trail(el)).to.deep.include({ entries, current: [entries[0]] });
      await authenticate(el, d.contractId, d.password, d.action);
      expect(trail(el)).to.deep.include({ entries, current: [entries[1]] });
      expect(currentPart()).to.deep.equal([entries[1]]);
      await d.fillAction(el, async (tokenId) => demoTokenCode(tokenId));
      const complete = stepShown(el, 'complete');
      primaryButton(el).click();
      await complete;
      expect(trail(el)).to.deep.include({ entries, current: [entries[2]] });
    });

    it('shows the host’s prepare content as a first step, and returns to it from authenticate', async () => {
      const el = await mount(d.tag, { prepare: 'アプリをインストールしてください。' });
      expect(el.step).to.equal('prepare');
      expect(headingText(el)).to.equal(d.strings.ja.prepareHeading);
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="prepare"]')!;
      expect(slot.assignedNodes()[0]!.textContent).to.equal('アプリをインストールしてください。');
      expect(shadow(el).querySelector('[aria-current]')).to.equal(null);
      const toAuthenticate = stepShown(el, 'authenticate');
      primaryButton(el).click();
      await toAuthenticate;
      expect(contractIdInput(el)).not.to.equal(null);
      const back = stepShown(el, 'prepare');
      secondaryButton(el).click();
      await back;
      expect(contractIdInput(el)).to.equal(null);
    });
  });
}
