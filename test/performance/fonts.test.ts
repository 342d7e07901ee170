// Which fonts a wizard asks for. Japanese text in a Latin face (system-ui first) is drawn from a
// Japanese fallback beside it: a first render on a Japanese page asked the browser for 16 fonts
// (each size and weight twice) and waited 16 ms for the lookups on the bench machine; with a
// Japanese face first it asks for 8 and waits 7.5–11.5 ms (`node scripts/bench/profile.mjs`).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { mount, shadow, type WizardTag } from '../wizard/helpers.js';

/**
 * The fonts (size and weight) the browser must look up to lay out what `el` shows: those of each
 * element that shows text of its own or drawn by its styles (::before), in its shadow DOM and its
 * slotted light DOM (the credential labels). Each is a synchronous lookup in the middle of layout.
 */
function fontStrikes(el: HTMLElement): Set<string> {
  const strikes = new Set<string>();
  for (const element of [...shadow(el).querySelectorAll('*'), ...el.querySelectorAll('*')]) {
    if (!element.getClientRects().length) continue;
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    const drawn = /^"[^"]/.test(getComputedStyle(element, '::before').content);
    for (const style of [ownText && getComputedStyle(element), drawn && getComputedStyle(element, '::before')]) {
      if (style) strikes.add(`${style.fontSize} ${style.fontWeight}`);
    }
  }
  return strikes;
}

const fontOf = (el: HTMLElement): string => getComputedStyle(shadow(el).querySelector('h2, h3, p')!).fontFamily;

describe('Fonts of the wizards', () => {
  // Each size and weight a first step shows costs a font lookup (about 1 ms on the bench machine,
  // issue 12): the type scale keeps them few. 8 on desktop and 7 on a phone while the trail, the
  // step position and the hints had sizes of their own and labels and buttons were semibold.
  for (const [layout, ceiling] of [
    ['desktop', 5],
    ['mobile', 4],
  ] as const) {
    for (const tag of ['otp-enroll', 'otp-suspend'] as WizardTag[]) {
      it(`<${tag}>'s first step shows at most ${ceiling} sizes and weights of text (${layout})`, async () => {
        const el = await mount(tag, { layout, attributes: { endpoint: '/api/otp' } });
        const strikes = fontStrikes(el);
        expect(strikes.size, [...strikes].join(', ')).to.be.at.most(ceiling);
        // Nothing under 13 px.
        for (const strike of strikes) expect(parseFloat(strike), strike).to.be.at.least(13);
      });
    }
  }

  for (const tag of ['otp-enroll', 'otp-suspend'] as WizardTag[]) {
    it(`<${tag}> in Japanese sets all its text in a Japanese face, Latin included`, async () => {
      const el = await mount(tag, { attributes: { endpoint: '/api/otp' } });
      expect(fontOf(el)).to.match(/^"Hiragino Sans", "Hiragino Kaku Gothic ProN", Meiryo,/);
      expect(fontOf(el)).to.not.match(/^system-ui/);
    });

    it(`<${tag}> in English keeps the platform's interface face, a Japanese face behind it for Japanese data`, async () => {
      const el = await mount(tag, { lang: 'en', attributes: { endpoint: '/api/otp' } });
      expect(fontOf(el)).to.match(/^system-ui, "Hiragino Sans",/);
    });

    it(`<${tag}> on a page that sets no lang (it speaks Japanese there) uses the Japanese stack`, async () => {
      const lang = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
      try {
        const el = await fixture<HTMLElement>(html`<div>${document.createElement(tag)}</div>`).then((div) => div.firstElementChild as HTMLElement);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(shadow(el).querySelector('.frame')!.getAttribute('lang')).to.equal('ja');
        expect(fontOf(el)).to.match(/^"Hiragino Sans"/);
      } finally {
        if (lang !== null) document.documentElement.setAttribute('lang', lang);
      }
    });

    it(`<${tag}>: --otp-font-family wins in either language`, async () => {
      for (const lang of ['ja', 'en'] as const) {
        const el = await mount(tag, { lang, attributes: { endpoint: '/api/otp', style: '--otp-font-family: Georgia, serif' } });
        expect(fontOf(el), lang).to.equal('Georgia, serif');
      }
    });
  }
});
