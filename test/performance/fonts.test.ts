// Which fonts a wizard asks for. Japanese text in a Latin face (system-ui first) is drawn from a
// Japanese fallback beside it: a first render on a Japanese page asked the browser for 16 fonts
// (each size and weight twice) and waited 16 ms for the lookups on the bench machine; with a
// Japanese face first it asks for 8 and waits 7.5–11.5 ms (`node scripts/bench/profile.mjs`).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { mount, shadow, type WizardTag } from '../wizard/helpers.js';

const fontOf = (el: HTMLElement): string => getComputedStyle(shadow(el).querySelector('h2, h3, p')!).fontFamily;

describe('Fonts of the wizards', () => {
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
