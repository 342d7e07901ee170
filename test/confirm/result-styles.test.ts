// The result screens of <otp-confirm> keep the wizards' result look: the message stands out, the
// bank's reference is set in numerals of one width. The wizards load those rules with a later
// step's chunk; the confirm screen must bring them itself.
import { expect } from '@open-wc/testing';
import { codeField, methodRadio, next, part, primaryButton, reviewing, stepShown, tokenCode, type } from './helpers.js';

describe('<otp-confirm>: the result screen’s look', () => {
  it('sets the message in bold and the reference in tabular numerals', async () => {
    const { el } = await reviewing();
    methodRadio(el, 'code').click();
    await el.updateComplete;
    await type(codeField(el), tokenCode());
    const completed = next(el, 'otp-complete');
    const shown = stepShown(el, 'complete');
    primaryButton(el).click();
    await completed;
    await shown;
    const message = getComputedStyle(part(el, 'message')!);
    expect(message.fontWeight).to.equal('700');
    expect(message.fontSize).to.equal(`${1.0625 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`);
    expect(getComputedStyle(part(el, 'result-code')!).fontVariantNumeric).to.equal('tabular-nums');
    await expect(el).to.be.accessible();
  });
});
