// The texts and styles of the steps after the first travel with those steps' modules (issue 12):
// the register step's and the confirm step's, and the result's, which follows them. What a
// customer and a page see does not change: a page's `strings` override them before and after they
// load, English has them, and their rules apply once their step shows.
import { expect, fixture, html } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import type { EnrollStrings } from '../../src/enroll/i18n/strings.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import '../../src/otp-enroll.js';
import type { OtpSuspend } from '../../src/otp-suspend.js';
import '../../src/otp-suspend.js';
import { en as enrollEn, ja as enrollJa } from '../enroll/texts.js';
import { en as suspendEn, ja as suspendJa } from '../suspend/texts.js';
import {
  authenticate,
  codeField,
  contractIdInput,
  headingText,
  passwordInput,
  primaryButton,
  shadow,
  stepShown,
  tokenIdInput,
  type,
  type Wizard,
} from './helpers.js';

/** A bank that takes any credentials and code, with a token already bound and a result code. */
const bank = {
  authenticate: async () => ({ session: 'session', currentTokenId: 'VSST****5678' }),
  registerToken: async () => ({ resultCode: '00042' }),
  suspend: async () => ({ resultCode: '00043' }),
} as unknown as OtpHostAdapter;

async function mountWizard<T extends Wizard>(tag: 'otp-enroll' | 'otp-suspend', lang: 'ja' | 'en', strings: object = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  el.lang = lang;
  el.setAttribute('layout', 'desktop');
  el.adapter = bank;
  el.strings = strings;
  await fixture(html`<div style="width: 800px">${el}</div>`);
  await el.updateComplete;
  return el;
}

const text = (el: Wizard, selector: string): string => shadow(el).querySelector(selector)!.textContent!.trim();
/** The computed style of an element of the wizard's shadow tree, in the wizard's own window. */
const style = (el: Wizard, selector: string): CSSStyleDeclaration => el.ownerDocument.defaultView!.getComputedStyle(shadow(el).querySelector(selector)!);

/** Registers the demo token ID with a code, from the register step, and waits for the result. */
async function register(el: OtpEnroll): Promise<void> {
  await type(tokenIdInput(el), 'VSST12345678');
  await type(codeField(el), '123456');
  const shown = stepShown(el, 'complete');
  primaryButton(el).click();
  await shown;
}

async function suspend(el: OtpSuspend): Promise<void> {
  const shown = stepShown(el, 'complete');
  primaryButton(el).click();
  await shown;
}

describe('texts and styles of the steps after the first', () => {
  afterEach(() => document.querySelectorAll('otp-enroll, otp-suspend').forEach((el) => el.remove()));

  for (const [lang, table] of [['ja', enrollJa], ['en', enrollEn]] as const) {
    it(`<otp-enroll lang="${lang}">: the register step and the result show their own texts, and their rules apply`, async () => {
      const el = await mountWizard<OtpEnroll>('otp-enroll', lang);
      await authenticate(el, '1234567890', 'Passw0rd!', 'register');
      expect(text(el, '[part="intro"]')).to.equal(table.registerIntro.join('\n'));
      expect(text(el, 'label[for="token-id"]')).to.equal(table.tokenIdLabel);
      expect(text(el, '#token-id-hint')).to.equal(table.tokenIdHint);
      expect(text(el, '[part="notice"]')).to.equal(table.replaceNotice('VSST****5678'));
      // The notice's rule came with the step: its panel and border.
      expect(style(el, '[part="notice"]').backgroundColor).to.equal('rgb(255, 248, 225)');
      expect(style(el, '[part="notice"]').borderTopWidth).to.equal('1px');
      expect(text(el, '[part~="primary-button"]')).to.equal(table.register);

      await register(el);
      expect(headingText(el)).to.equal(table.completeHeading);
      expect(text(el, '[part="message"]')).to.equal(table.completeMessage);
      expect(text(el, '[part="result-code-label"]')).to.equal(table.resultCodeLabel);
      expect(text(el, '[part="note"]')).to.equal(table.completeNote);
      // The result's rules came with the register step: the emphasized message, the note's panel.
      expect(style(el, '[part="message"]').fontWeight).to.equal('700');
      expect(style(el, '[part="note"]').backgroundColor).to.equal('rgb(243, 246, 250)');
      expect(style(el, '[part="result-code"]').fontVariantNumeric).to.equal('tabular-nums');
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, table] of [['ja', suspendJa], ['en', suspendEn]] as const) {
    it(`<otp-suspend lang="${lang}">: the confirm step and the result show their own texts, and their rules apply`, async () => {
      const el = await mountWizard<OtpSuspend>('otp-suspend', lang);
      await authenticate(el, '2345678901', 'Passw0rd!', 'confirm');
      expect(headingText(el)).to.equal(table.confirmHeading);
      expect(text(el, '[part="intro"]')).to.equal(table.confirmIntro.join('\n'));
      expect(text(el, '[part="current-token"] dt')).to.equal(table.currentTokenLabel);
      expect([...shadow(el).querySelectorAll('[part="points"] li')].map((li) => li.textContent)).to.deep.equal(table.confirmPoints);
      expect(text(el, '[part~="primary-button"]')).to.equal(table.suspend);
      expect(style(el, '[part="current-token"]').display).to.equal('flex');
      await expect(el).to.be.accessible();

      await suspend(el);
      expect(headingText(el)).to.equal(table.completeHeading);
      expect(text(el, '[part="message"]')).to.equal(table.completeMessage);
      expect(text(el, '[part="result-code"]')).to.contain(table.resultCode('00043'));
      expect(style(el, '[part="note"]').backgroundColor).to.equal('rgb(243, 246, 250)');
    });
  }

  it('a page’s strings override a later step’s text given before its module loaded, and after', async () => {
    const strings: Partial<EnrollStrings> = { authenticateIntro: ['A page’s own first step'], registerIntro: ['A page’s own register step'], completeMessage: 'Registered, says the page' };
    const el = await mountWizard<OtpEnroll>('otp-enroll', 'ja', strings);
    expect(text(el, '[part="intro"]')).to.equal('A page’s own first step');
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    // Given before the step's texts loaded: the page's wins over them.
    expect(text(el, '[part="intro"]')).to.equal('A page’s own register step');
    expect(text(el, 'label[for="token-id"]')).to.equal(enrollJa.tokenIdLabel);
    // Given once they are there: the page's wins too, at once.
    el.strings = { ...strings, tokenIdLabel: 'Card number', completeNote: 'The page’s note' };
    await el.updateComplete;
    expect(text(el, 'label[for="token-id"]')).to.equal('Card number');
    expect(text(el, '[part="intro"]')).to.equal('A page’s own register step');
    await register(el);
    expect(text(el, '[part="message"]')).to.equal('Registered, says the page');
    expect(text(el, '[part="note"]')).to.equal('The page’s note');
    expect(text(el, '[part="result-code-label"]')).to.equal(enrollJa.resultCodeLabel);
  });

  it('a page’s strings override the confirm step’s and the result’s texts of <otp-suspend>, in English too', async () => {
    const el = await mountWizard<OtpSuspend>('otp-suspend', 'en', { confirmIntro: ['Read this first.'], suspend: 'Stop now', resultCodeLabel: 'Your number:' });
    await authenticate(el, '2345678901', 'Passw0rd!', 'confirm');
    expect(text(el, '[part="intro"]')).to.equal('Read this first.');
    expect(text(el, '[part~="primary-button"]')).to.equal('Stop now');
    expect(text(el, '[part="current-token"] dt')).to.equal(suspendEn.currentTokenLabel);
    await suspend(el);
    expect(text(el, '[part="result-code-label"]')).to.equal('Your number:');
    expect(text(el, '[part="message"]')).to.equal(suspendEn.completeMessage);
  });

  it('a wizard moved into another document (an iframe’s) adopts the styles its later step brings', async () => {
    const el = await mountWizard<OtpSuspend>('otp-suspend', 'ja');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 900px';
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    frame.contentDocument!.body.append(el);
    try {
      await el.updateComplete;
      contractIdInput(el).value = '2345678901';
      passwordInput(el).value = 'Passw0rd!';
      const shown = stepShown(el, 'confirm');
      primaryButton(el).click();
      await shown;
      await el.updateComplete;
      expect(text(el, '[part="current-token"] dt')).to.equal(suspendJa.currentTokenLabel);
      expect(style(el, '[part="current-token"]').display).to.equal('flex');
    } finally {
      // The element first, and a frame later its document: its observers are done with it.
      el.remove();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frame.remove();
    }
  });
});
