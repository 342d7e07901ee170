// WCAG 1.4.11 / 2.4.7 for <otp-confirm>, measured from pixels as for the wizards (pixels.ts):
// every control shows a 2 px, 3:1 focus indicator in every documented theme, and in forced
// colours the chosen way and the digits to key in still show.
import { expect } from '@open-wc/testing';
import type { OtpConfirm } from '../../src/otp-confirm.js';
import { codeField, methodRadio, part, reviewing } from '../confirm/helpers.js';
import { around, contrast, forcedColors, pixel, screenshot } from './pixels.js';
import { expectVisibleFocus, inTheme, loadThemes, themes, type Theme } from './themes.js';

before(loadThemes);

/** The element on a demo transfer, inside a themed stage as the demo shows it. */
async function themed(theme: Theme): Promise<OtpConfirm> {
  return inTheme((await reviewing()).el, theme);
}

describe('<otp-confirm> focus indicators (pixels)', () => {
  for (const theme of themes) {
    it(`shows a 2 px, 3:1 indicator on every control of the review, heading included: ${theme} theme`, async () => {
      const el = await themed(theme);
      await expectVisibleFocus('heading', part(el, 'heading')!);
      await expectVisibleFocus('way', methodRadio(el, 'code'));
      const field = codeField(el);
      await expectVisibleFocus('code', field.shadowRoot!.querySelector('input')!, () => field.focus());
      await expectVisibleFocus('confirm', part(el, 'primary-button')!);
      await expectVisibleFocus('decline', part(el, 'decline-button')!);
    });
  }
});

describe('<otp-confirm> in forced colours (Chromium, which can emulate them)', () => {
  afterEach(() => forcedColors(false));

  it('shows which way is chosen by more than the radio, and the digits to key in', async function () {
    const { el } = await reviewing();
    if (!(await forcedColors(true))) this.skip();
    const [chosen, other] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="method"]')];
    // The chosen way's label has a 4 px border at its start, the other a 1 px one: compare their first 6 px.
    const startStrip = async (label: HTMLElement) => {
      const box = label.getBoundingClientRect();
      const image = await screenshot({ x: box.x + scrollX, y: box.y + scrollY + box.height / 2 - 4, width: 6, height: 8 });
      const ground = pixel(image, image.width - 1);
      let edge = 0;
      for (let i = 0; i < image.width * image.height; i++) if (contrast(pixel(image, i), ground) >= 3) edge++;
      return edge / image.height;
    };
    expect(await startStrip(chosen!)).to.be.at.least(3);
    expect(await startStrip(other!)).to.be.at.most(2);

    const challenge = part(el, 'challenge')!;
    const image = await screenshot(around(challenge.querySelector('.group')!, -3));
    const ground = pixel(image, 0);
    let strokes = 0;
    for (let i = 0; i < image.width * image.height; i++) if (contrast(pixel(image, i), ground) >= 4.5) strokes++;
    expect(strokes, 'pixels of the digits').to.be.at.least(100);
  });
});
