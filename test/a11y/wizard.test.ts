// The accessibility audit's findings on the wizards (WCAG 2.2 AA), each as the case that proves it.
// Session time and the focus ring have their own files: test/wizard/suite/session.ts, focus-ring.test.ts.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { DemoHostAdapter, demoTokenCode } from '../../src/adapters/demo.js';
import { ja } from '../../src/enroll/i18n/ja.js';
import '../../src/otp-enroll.js';
import type { OtpSoftKeyboard } from '../../src/otp-soft-keyboard.js';
import '../../src/otp-suspend.js';
import { demoTokenId } from '../enroll/driver.js';
import { failing, otpError, recording } from '../wizard/adapters.js';
import {
  alertText,
  authenticate,
  codeField,
  contractIdInput,
  deepActiveElement,
  headingText,
  mount,
  openKeyboard,
  passwordInput,
  primaryButton,
  secondaryButton,
  shadow,
  stepPosition,
  stepShown,
  tokenIdInput,
  type,
  type Wizard,
} from '../wizard/helpers.js';
import type { Capture } from '../demo/pixels.js';
import { around, contrast, forcedColors, pixel, screenshot, type Rgb } from './pixels.js';

const demo = () => new DemoHostAdapter({ latencyMs: 0 });
const fieldMessage = (field: HTMLElement): string => field.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim();
const describedBy = (input: HTMLInputElement): string =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (input.getRootNode() as Document | ShadowRoot).getElementById(id)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();

async function atRegister(o: Parameters<typeof mount>[1] = {}): Promise<Wizard> {
  const el = await mount('otp-enroll', { adapter: demo(), ...o });
  await authenticate(el, '1234567890', 'Passw0rd!', 'register');
  return el;
}

describe('step headings (WCAG 2.4.6, 1.3.1)', () => {
  it('gives each step its position, and the result step a heading that says the outcome', async () => {
    const el = await mount('otp-enroll', { adapter: demo() });
    expect(stepPosition(el)).to.equal('ステップ1/3');
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    expect(stepPosition(el)).to.equal('ステップ2/3');
    await type(tokenIdInput(el), demoTokenId);
    await type(codeField(el), demoTokenCode(demoTokenId));
    const done = stepShown(el, 'complete');
    primaryButton(el).click();
    await done;
    expect(stepPosition(el)).to.equal('ステップ3/3');
    expect(headingText(el)).to.equal('利用登録の完了');
    expect(shadow(el).querySelector('.heading')!.textContent).to.contain('ステップ3/3');

    const en = await mount('otp-suspend', { lang: 'en', adapter: demo() });
    expect(stepPosition(en)).to.equal('Step 1 of 3');
  });

  it('says no position during prepare, which comes before the trail’s steps', async () => {
    const el = await mount('otp-enroll', { prepare: 'アプリを用意してください。' });
    expect(stepPosition(el)).to.equal('');
  });

  it('labels the result code in both languages', async () => {
    for (const [lang, label] of [
      ['ja', '受付番号'],
      ['en', 'Reference number:'],
    ] as const) {
      const el = await atRegister({ lang });
      await type(tokenIdInput(el), demoTokenId);
      await type(codeField(el), demoTokenCode(demoTokenId));
      const done = stepShown(el, 'complete');
      primaryButton(el).click();
      await done;
      const code = shadow(el).querySelector('[part="result-code"]')!;
      expect(code.querySelector('[part="result-code-label"]')!.textContent).to.equal(label);
      expect(code.textContent!.replace(/\s+/g, ' ').trim()).to.equal(lang === 'ja' ? '受付番号 (00001)' : 'Reference number: 00001');
    }
  });
});

describe('errors tied to their fields (WCAG 3.3.1, 1.3.1)', () => {
  it('ties wrong credentials to both inputs, said once under the password, and moves focus to the password', async () => {
    const el = await mount('otp-enroll', { adapter: demo() });
    await type(contractIdInput(el), '1234567890');
    await type(passwordInput(el), 'wrong');
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    await failed;
    await el.updateComplete;
    const message = alertText(el);
    expect(message).to.contain('契約者IDまたはログインパスワードが正しくありません。');
    for (const input of [contractIdInput(el), passwordInput(el)]) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(input)).to.equal(message);
    }
    expect(deepActiveElement()).to.equal(passwordInput(el));
    await expect(el).to.be.accessible();
    // Typing the password again: the message now belongs to the contract ID alone.
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(passwordInput(el).hasAttribute('aria-invalid')).to.equal(false);
    expect(describedBy(contractIdInput(el))).to.equal(message);
  });

  it('ties a refused code to the code field, with the bank’s message only — no “enter the code” until the next submit', async () => {
    const el = await atRegister();
    await type(tokenIdInput(el), demoTokenId);
    await type(codeField(el), String((Number(demoTokenCode(demoTokenId)) + 500_000) % 1_000_000).padStart(6, '0'));
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    await failed;
    await el.updateComplete;
    const field = codeField(el);
    await field.updateComplete;
    const message = alertText(el);
    expect(message).to.contain('ワンタイムパスワードが正しくありません。');
    expect(field.value).to.equal('');
    expect(fieldMessage(field)).to.equal(message);
    expect(field.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(field.shadowRoot!.querySelector('input'));
    // The customer types a new code: the bank's message leaves the field.
    await sendKeys({ type: '1' });
    await el.updateComplete;
    await field.updateComplete;
    expect(fieldMessage(field)).to.equal('');
    await sendKeys({ press: 'Backspace' });
    primaryButton(el).click();
    await el.updateComplete;
    await field.updateComplete;
    expect(fieldMessage(field)).to.equal('ワンタイムパスワードを入力してください。');
  });

  it('reports every refused field of the register step at once and focuses the first', async () => {
    const adapter = recording(demo());
    const el = await mount('otp-enroll', { adapter });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    await type(tokenIdInput(el), 'VSST1234');
    await type(codeField(el), '123');
    primaryButton(el).click();
    await el.updateComplete;
    await codeField(el).updateComplete;
    expect(describedBy(tokenIdInput(el))).to.contain('英字4文字と数字8桁で入力してください（例：VSST12345678）。');
    expect(fieldMessage(codeField(el))).to.equal('ワンタイムパスワードは6桁の数字で入力してください。');
    expect(deepActiveElement()).to.equal(tokenIdInput(el));
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate']);
  });

  it('keeps the token ID typed, but never a code, when the session ends (WCAG 3.3.7)', async () => {
    let now = Date.now();
    const el = await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0, now: () => now, sessionTtlSeconds: 300 }) });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    await type(tokenIdInput(el), demoTokenId);
    now += 301_000;
    await type(codeField(el), demoTokenCode(demoTokenId, now));
    const back = stepShown(el, 'authenticate');
    primaryButton(el).click();
    await back;
    await type(passwordInput(el), 'Passw0rd!');
    const again = stepShown(el, 'register');
    primaryButton(el).click();
    await again;
    expect(tokenIdInput(el).value).to.equal(demoTokenId);
    expect(codeField(el).value).to.equal('');
  });
});

describe('the code length and the token-ID format are said (WCAG 3.3.2)', () => {
  it('puts the digit count in the code hint, from digits', async () => {
    const el = await atRegister({ attributes: { digits: '8' } });
    expect(codeField(el).description).to.contain('8桁の数字');
  });
});

describe('busy status (WCAG 4.1.3)', () => {
  it('announces “processing” from outside the aria-busy region', async () => {
    const adapter = recording(demo());
    const el = await mount('otp-enroll', { adapter });
    await type(contractIdInput(el), '1234567890');
    await type(passwordInput(el), 'Passw0rd!');
    adapter.hold();
    primaryButton(el).click();
    await el.updateComplete;
    const busy = shadow(el).querySelector('[aria-busy="true"]');
    expect(busy).not.to.equal(null);
    const status = [...shadow(el).querySelectorAll('[role="status"]')].find((s) => s.textContent!.trim() === '処理中です。しばらくお待ちください。');
    expect(status, 'the busy text is in a status region').not.to.equal(undefined);
    expect(busy!.contains(status!)).to.equal(false);
    const shown = stepShown(el, 'register');
    adapter.release();
    await shown;
  });
});

describe('one field anatomy (WCAG 1.3.1, 3.2.4)', () => {
  it('gives the contract ID, token ID and code inputs one border, radius and height, and puts each error between input and hint', async () => {
    const look = (input: HTMLInputElement) => {
      const s = getComputedStyle(input);
      return { border: s.borderTopWidth, radius: s.borderTopLeftRadius, height: Math.round(input.getBoundingClientRect().height) };
    };
    const el = await mount('otp-enroll', { adapter: demo() });
    const contractId = look(contractIdInput(el));
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    const tokenId = tokenIdInput(el);
    const code = codeField(el).shadowRoot!.querySelector('input')!;
    expect(look(tokenId)).to.deep.equal(contractId);
    expect(look(code)).to.deep.equal(contractId);
    // Token ID: label, input, error, hint — as the code field: label, input, error, description.
    const order = [...tokenId.parentElement!.children].map((c) => c.id || c.localName);
    expect(order).to.deep.equal(['label', 'token-id', 'token-id-error', 'token-id-hint']);
    const inner = [...codeField(el).shadowRoot!.querySelectorAll('[part]')].map((c) => c.getAttribute('part'));
    expect(inner.slice(-3)).to.deep.equal(['input', 'error', 'description']);
  });
});

describe('Japanese line breaks (WCAG 1.4.10, JIS X 8341-3)', () => {
  it('breaks Japanese lines between phrases where the engine can (word-break: auto-phrase)', async function () {
    if (!CSS.supports('word-break', 'auto-phrase')) this.skip();
    const el = await mount('otp-enroll', { layout: 'mobile', width: 375 });
    const intro = shadow(el).querySelector('.intro')!;
    expect(getComputedStyle(intro).wordBreak).to.equal('auto-phrase');
    // No line of the intro is a lone tail such as 「す。」.
    const text = [...intro.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE) as Text[];
    for (const node of text) {
      const lines = new Map<number, string>();
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? '') + node.data[i]);
      }
      for (const line of lines.values()) expect(line.length, `a line reads “${line}”`).to.be.at.least(3);
    }
  });
});

describe('an intro (WCAG 1.3.1)', () => {
  it('is one paragraph of text, each of its lines on a line of its own', async () => {
    for (const layout of ['desktop', 'mobile'] as const) {
      const el = await mount('otp-enroll', { layout });
      const intro = shadow(el).querySelector<HTMLElement>('[part="intro"]')!;
      // Text only (no <br> between the lines): what a screen reader reads is the paragraph's words.
      expect(intro.children, layout).to.have.length(0);
      // As laid out: a line break between the lines, wherever else they wrap.
      expect(intro.innerText.split('\n'), layout).to.deep.equal([...ja.authenticateIntro]);
    }
  });
});

describe('focus across a layout switch (WCAG 2.4.3)', () => {
  for (const part of ['primary-button', 'secondary-button'] as const) {
    it(`keeps focus on the ${part} when the wizard narrows past the breakpoint and widens again`, async () => {
      const el = await mount('otp-enroll', { layout: 'auto', width: 800 });
      const button = () => shadow(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
      button().focus();
      el.parentElement!.style.width = '400px';
      await waitUntil(() => el.currentLayout === 'mobile', 'the layout did not follow the narrower width');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(button());
      el.parentElement!.style.width = '800px';
      await waitUntil(() => el.currentLayout === 'desktop', 'the layout did not follow the wider width');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(button());
    });
  }

  it('moves focus from a software keyboard key to the password when the phone layout drops the keyboard', async () => {
    const el = await mount('otp-enroll', { layout: 'auto', width: 800 });
    const keyboard = await openKeyboard(el);
    keyboard.focus();
    expect(keyboard.shadowRoot!.activeElement).not.to.equal(null);
    el.parentElement!.style.width = '400px';
    await waitUntil(() => el.currentLayout === 'mobile', 'the layout did not follow the narrower width');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(passwordInput(el));
  });

  it('moves focus from a key to the keyboard toggle when the keyboard stays offered (soft-keyboard="on")', async () => {
    const el = await mount('otp-enroll', { layout: 'auto', width: 800, attributes: { 'soft-keyboard': 'on' } });
    const toggle = () => shadow(el).querySelector<HTMLButtonElement>('[part="keyboard-toggle"]')!;
    toggle().focus();
    el.parentElement!.style.width = '400px';
    await waitUntil(() => el.currentLayout === 'mobile', 'the layout did not follow the narrower width');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(toggle());
  });
});

describe('forced colours (WCAG 1.4.11; Chromium, which can emulate them)', () => {
  afterEach(() => forcedColors(false));

  it('keeps the pressed Shift key’s label readable and shows the open keyboard toggle as pressed', async function () {
    const el = await mount('otp-enroll', { attributes: { 'soft-keyboard': 'on' } });
    if (!(await forcedColors(true))) this.skip();
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="keyboard-toggle"]')!;
    const closed = await screenshot(around(toggle, -2));
    await openKeyboard(el);
    const open = await screenshot(around(toggle, -2));
    // The open toggle's ground differs from the closed one's, and its label still reads on it.
    expect(contrast(groundOf(closed), groundOf(open))).to.be.at.least(3);
    expectReadableLabel('open keyboard toggle', open);

    const keyboard = shadow(el).querySelector<OtpSoftKeyboard>('otp-soft-keyboard')!;
    const shift = keyboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="shift-key"]')!;
    shift.click();
    await keyboard.updateComplete;
    expect(shift.getAttribute('aria-pressed')).to.equal('true');
    expectReadableLabel('pressed Shift key', await screenshot(around(shift, -2)));
  });
});

/** A pixel of a control's ground: left of its label, inside its border. */
function groundOf(image: Capture): Rgb {
  return pixel(image, Math.floor(image.height / 2) * image.width + 4);
}

/**
 * Text drawn on the control's ground: enough pixels that stand out from it at 4.5:1, in strokes
 * rather than one solid block. (A forced-colours backplate hiding the label is one solid block.)
 */
function expectReadableLabel(name: string, image: Capture): void {
  const ground = groundOf(image);
  let count = 0;
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (contrast(pixel(image, y * image.width + x), ground) < 4.5) continue;
      count++;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  const fill = count / ((right - left + 1) * (bottom - top + 1));
  expect(count, `${name}: pixels of the label`).to.be.at.least(30);
  expect(fill, `${name}: the label is strokes of text, not a solid block`).to.be.below(0.7);
}

describe('the pressed Shift key under the pointer', () => {
  it('keeps its pressed look and a readable label while hovered, with and without forced colours', async () => {
    const el = await mount('otp-enroll', { attributes: { 'soft-keyboard': 'on' } });
    const keyboard = await openKeyboard(el);
    const shift = keyboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="shift-key"]')!;
    shift.scrollIntoView({ block: 'center' });
    const r = shift.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + 6), Math.round(r.y + r.height / 2)] });
    await keyboard.updateComplete;
    expect(shift.matches(':hover')).to.equal(true);
    expectReadableLabel('pressed, hovered Shift key', await screenshot(around(shift, -2)));
    if (!(await forcedColors(true))) return;
    try {
      expectReadableLabel('pressed, hovered Shift key in forced colours', await screenshot(around(shift, -2)));
    } finally {
      await forcedColors(false);
    }
  });
});

describe('target size (WCAG 2.5.8)', () => {
  for (const layout of ['desktop', 'mobile'] as const) {
    it(`makes every control at least 24 by 24 CSS px: ${layout} layout, keyboard open`, async () => {
      const el = await mount('otp-enroll', { layout, width: layout === 'mobile' ? 375 : 800, attributes: { 'soft-keyboard': 'on' } });
      const keyboard = await openKeyboard(el);
      const controls = [
        ...shadow(el).querySelectorAll<HTMLElement>('button'),
        ...keyboard.shadowRoot!.querySelectorAll<HTMLElement>('button'),
        contractIdInput(el),
        passwordInput(el),
      ];
      expect(controls.length).to.be.above(50);
      for (const control of controls) {
        const { width, height } = control.getBoundingClientRect();
        expect(Math.min(width, height), control.textContent || control.localName).to.be.at.least(24);
      }
    });
  }

  it('keeps the targets on a page that shrinks its root font to 10 px (html { font-size: 62.5% }): 44 px step buttons and inputs, 24 px for all', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await mount('otp-enroll', { layout: 'mobile', width: 375, attributes: { 'soft-keyboard': 'on' } });
      const keyboard = await openKeyboard(el);
      const stepControls = [primaryButton(el), contractIdInput(el), passwordInput(el)];
      for (const control of stepControls) expect(control.getBoundingClientRect().height, control.localName).to.be.at.least(44);
      const controls = [...shadow(el).querySelectorAll<HTMLElement>('button'), ...keyboard.shadowRoot!.querySelectorAll<HTMLElement>('button')];
      for (const control of controls) {
        const { width, height } = control.getBoundingClientRect();
        expect(Math.min(width, height), control.textContent || control.localName).to.be.at.least(24);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});

describe('text spacing and language (WCAG 1.4.12, 3.1.2)', () => {
  for (const layout of ['desktop', 'mobile'] as const) {
    it(`loses no text with the spacing of 1.4.12: ${layout} layout`, async () => {
      const el = await mount('otp-enroll', { layout, width: layout === 'mobile' ? 320 : 800, attributes: { 'soft-keyboard': 'on' } });
      // What a text-spacing bookmarklet sets; inherited into the shadow root from the host.
      Object.assign(el.style, { lineHeight: '1.5', letterSpacing: '0.12em', wordSpacing: '0.16em' });
      for (const p of shadow(el).querySelectorAll<HTMLElement>('p')) p.style.marginBlockEnd = '2em';
      const keyboard = await openKeyboard(el);
      const boxes = [
        shadow(el).querySelector<HTMLElement>('[part="base"]')!,
        ...shadow(el).querySelectorAll<HTMLElement>('button, h2, h3, p, li'),
        ...keyboard.shadowRoot!.querySelectorAll<HTMLElement>('button'),
      ];
      for (const box of boxes) {
        const name = box.textContent!.trim().slice(0, 20) || box.localName;
        expect(box.scrollWidth, `${name}: clipped across`).to.be.at.most(box.clientWidth + 1);
        expect(box.scrollHeight, `${name}: clipped down`).to.be.at.most(box.clientHeight + 1);
      }
    });
  }

  it('marks what it renders with the language it shows, whatever the page says', async () => {
    const el = await mount('otp-enroll', { lang: 'en' });
    expect(shadow(el).querySelector('.frame')!.getAttribute('lang')).to.equal('en');
    el.setAttribute('lang', 'ja-JP');
    await waitUntil(() => shadow(el).querySelector('.frame')!.getAttribute('lang') === 'ja', 'the frame follows the new lang');
  });
});

describe('empty regions', () => {
  it('take no room: the error and session-warning regions are there for screen readers, not drawn, until they speak', async () => {
    const el = await mount('otp-enroll', { adapter: demo() });
    for (const part of ['error', 'session-warning']) {
      expect(shadow(el).querySelector(`[part="${part}"]`)!.getBoundingClientRect().height, part).to.equal(0);
    }
  });
});

describe('mode="provision" on a phone', () => {
  it('offers to open the key in the authenticator app on the same device, navigating on click only', async () => {
    const el = await mount('otp-enroll', { adapter: demo(), layout: 'mobile', attributes: { mode: 'provision' } });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    await waitUntil(() => shadow(el).querySelector('[part="open-button"]'), 'the open button is offered');
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="open-button"]')!;
    expect(button.textContent!.trim()).to.equal('この端末の認証アプリに追加');
    // No attribute anywhere holds the key.
    const secret = shadow(el).querySelector('[part="secret"]')!.textContent!.replace(/\s/g, '');
    for (const node of shadow(el).querySelectorAll('*')) {
      for (const attribute of node.attributes) expect(attribute.value.replace(/\s/g, '')).not.to.contain(secret);
    }
    await expect(el).to.be.accessible();
    // Chromium reports the navigation to the page, which can cancel it; Firefox cannot be watched.
    const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
    if (!navigator.userAgent.includes('Chrome') || !navigation) return;
    const opened = new Promise<string>((resolve) =>
      navigation.addEventListener(
        'navigate',
        (event) => {
          event.preventDefault();
          resolve((event as Event & { destination: { url: string } }).destination.url);
        },
        { once: true },
      ),
    );
    button.click();
    const url = await opened;
    expect(url.startsWith('otpauth://totp/')).to.equal(true);
    expect(url).to.contain(`secret=${secret}`);
  });

  it('does not offer it on a desktop, where the phone scans the QR code', async () => {
    const el = await mount('otp-enroll', { adapter: demo(), layout: 'desktop', attributes: { mode: 'provision' } });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    await waitUntil(() => shadow(el).querySelector('[part="secret"]'), 'the key is shown');
    expect(shadow(el).querySelector('[part="open-button"]')).to.equal(null);
  });
});

describe('bank error on the authenticate step (both wizards)', () => {
  it('leaves the fields unmarked for errors that are not about them', async () => {
    const el = await mount('otp-suspend', { adapter: failing(otpError('unavailable')) });
    await type(contractIdInput(el), '2345678901');
    await type(passwordInput(el), 'Passw0rd!');
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    await failed;
    await el.updateComplete;
    expect(contractIdInput(el).hasAttribute('aria-invalid')).to.equal(false);
    expect(passwordInput(el).hasAttribute('aria-invalid')).to.equal(false);
    expect(secondaryButton(el)).not.to.equal(null);
  });
});
