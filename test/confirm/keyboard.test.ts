// <otp-confirm> by keyboard alone: Tab, arrow keys, typing and Enter complete every way and the
// decline, with real key presses (the passkey way has its own test: passkey.test.ts).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, keypadCode, next, part, reviewing, stepShown, tokenCode } from './helpers.js';

const press = (key: string) => sendKeys({ press: key });

/** Where focus is, by what it is: a radio's value, a field's id, a button's part. */
function focused(): string {
  const active = deepActiveElement() as HTMLElement | null;
  const host = (active?.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  if (host?.localName === 'otp-token-field') return `field:${host.id}`;
  if (active instanceof HTMLInputElement && active.type === 'radio') return `radio:${active.value}`;
  return active?.getAttribute('part') ?? active?.localName ?? 'nothing';
}

describe('<otp-confirm> by keyboard alone', () => {
  it('challenge (the bank’s first way): Tab to the choice, Tab to the field, type the response, Enter', async () => {
    const { el } = await reviewing();
    part(el, 'heading')!.focus();
    await press('Tab');
    expect(focused()).to.equal('radio:challenge');
    await press('Tab');
    expect(focused()).to.equal('field:otp');
    await sendKeys({ type: await keypadCode() });
    const completed = next(el, 'otp-complete');
    const shown = stepShown(el, 'complete');
    await press('Enter');
    expect((await completed).method).to.equal('challenge');
    await shown;
    await el.updateComplete;
    expect(focused()).to.equal('heading');
  });

  it('code: an arrow key picks the other way, then Tab, type, Enter', async () => {
    const { el } = await reviewing();
    part(el, 'heading')!.focus();
    await press('Tab');
    await press('ArrowDown');
    await el.updateComplete;
    expect(focused()).to.equal('radio:code');
    await press('Tab');
    expect(focused()).to.equal('field:otp');
    await sendKeys({ type: tokenCode() });
    const completed = next(el, 'otp-complete');
    await press('Enter');
    expect((await completed).method).to.equal('code');
  });

  it('a refused code: focus comes back to the field, to type again at once', async () => {
    const { el } = await reviewing();
    part(el, 'heading')!.focus();
    await press('Tab');
    await press('Tab');
    await sendKeys({ type: '00000000' === (await keypadCode()) ? '11111111' : '00000000' });
    const failed = next(el, 'otp-error');
    await press('Enter');
    await failed;
    await el.updateComplete;
    expect(focused()).to.equal('field:otp');
    const completed = next(el, 'otp-complete');
    await sendKeys({ type: await keypadCode() });
    await press('Enter');
    expect((await completed).method).to.equal('challenge');
  });

  it('declines: Tab past the field and the confirm button to “This is not my transfer”, Enter', async () => {
    const { el } = await reviewing({ lang: 'en' });
    part(el, 'heading')!.focus();
    for (const expected of ['radio:challenge', 'field:otp', 'button primary-button', 'button decline-button']) {
      await press('Tab');
      expect(focused()).to.equal(expected);
    }
    await press('Enter');
    // It asks first, focus on “Don’t stop it”; Shift+Tab to “Stop the transfer”, Enter.
    await el.updateComplete;
    expect(focused()).to.equal('button decline-keep-button');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(focused()).to.equal('button decline-confirm-button');
    const cancelled = next(el, 'otp-cancel');
    await press('Enter');
    expect((await cancelled).reason).to.equal('declined');
  });
});
