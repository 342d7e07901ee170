// <otp-confirm>'s time on a fake clock: a quiet countdown, an alert at least 20 s before the end,
// and after it nothing that can be submitted. The bank's expiry is a security limit: no extension.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { OperationResult } from '../../src/adapters/types.js';
import { otpError } from '../wizard/adapters.js';
import { validTransaction } from './transactions.js';
import { answering, codeField, declineButton, mount, mountAt, next, part, primaryButton, shadow, text } from './helpers.js';

/** A transaction of the code way alone that the bank gives `expiresIn` seconds. */
const timed = (expiresIn: number) => ({ ...validTransaction(), methods: ['code'], expiresIn });
const clockText = (el: Element): string => part(el, 'time-left')!.querySelector('.clock')!.textContent!;
const warning = (el: Element): string => text(el, 'time-warning');

describe('<otp-confirm>: time', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  // Restoring twice is harmless: a test may have restored the clock already.
  afterEach(() => clock.restore());

  it('counts down quietly, second by second: a timer, said in words too, never announced as it changes', async () => {
    const el = await mountAt({}, answering(timed(300)), 't', 'review');
    expect(clockText(el)).to.equal('05:00');
    const timer = part(el, 'time-left')!;
    expect(timer.getAttribute('role')).to.equal('timer');
    expect(timer.getAttribute('aria-live')).to.equal(null);
    expect(timer.querySelector('.visually-hidden')!.textContent).to.match(/^5 分$/);
    await clock.tickAsync(1_000);
    await el.updateComplete;
    expect(clockText(el)).to.equal('04:59');
    await clock.tickAsync(59_000);
    await el.updateComplete;
    expect(clockText(el)).to.equal('04:00');
  });

  it('warns once, in an alert, a minute before a five-minute transfer ends, without offering more time', async () => {
    const el = await mountAt({}, answering(timed(300)), 't', 'review');
    expect(part(el, 'time-warning')!.getAttribute('role')).to.equal('alert');
    await clock.tickAsync(239_000);
    await el.updateComplete;
    expect(warning(el)).to.equal('');
    // Until it warns, the alert region takes no room: no empty notice box on the screen.
    expect(part(el, 'time-warning')!.getBoundingClientRect().height).to.equal(0);
    await clock.tickAsync(1_000);
    await el.updateComplete;
    expect(warning(el)).to.equal('この振込は1 分後に無効になります。お早めに確定してください。');
    expect(part(el, 'time-warning')!.getBoundingClientRect().height).to.be.above(20);
    // Said once: the alert's text does not count down with the clock.
    await clock.tickAsync(10_000);
    await el.updateComplete;
    expect(warning(el)).to.equal('この振込は1 分後に無効になります。お早めに確定してください。');
    expect(shadow(el).querySelectorAll('button').length).to.equal(2); // confirm and decline, nothing to extend
    clock.restore();
    await expect(el).to.be.accessible();
  });

  it('gives a short transfer at least 20 seconds of warning', async () => {
    const el = await mountAt({ lang: 'en' }, answering(timed(45)), 't', 'review');
    await clock.tickAsync(24_000);
    await el.updateComplete;
    expect(warning(el)).to.equal('');
    await clock.tickAsync(1_000);
    await el.updateComplete;
    expect(warning(el)).to.equal('This transfer ends in 20 seconds. Please confirm it soon.');
  });

  it('ends when the time is up: says it expired and must be started again, and nothing can be submitted', async () => {
    let confirmations = 0;
    const adapter = answering(timed(300), { confirmTransaction: async () => (confirmations++, { resultCode: '1' }) });
    const el = await mountAt({}, adapter, 't', 'review');
    await clock.tickAsync(1_000);
    const failed = next(el, 'otp-error');
    await clock.tickAsync(299_000);
    expect(await failed).to.deep.equal({ flow: 'confirm', step: 'review', code: 'transaction-expired', transaction: 't' });
    await el.updateComplete;
    expect(el.step).to.equal('ended');
    expect(text(el, 'heading')).to.equal('お手続きの有効時間が過ぎました');
    // Its two lines as shown, one under the other.
    expect(part(el, 'message')!.innerText.split('\n')).to.deep.equal(['振込は確定されていません。', 'お手数ですが、振込の入力から最初からやり直してください。']);
    expect(codeField(el)).to.equal(null);
    expect(declineButton(el)).to.equal(null);
    expect(part(el, 'time-left')).to.equal(null);
    // The one button leaves; submitting the form confirms nothing.
    expect(text(el, 'primary-button')).to.equal('戻る');
    shadow(el).querySelector('form')!.requestSubmit();
    await clock.tickAsync(1_000);
    expect(confirmations).to.equal(0);
    clock.restore();
    await expect(el).to.be.accessible();
  });

  it('lets a confirmation the bank answers after the time is up decide: confirmed in time, it is complete', async () => {
    let answer!: (result: OperationResult) => void;
    const adapter = answering(timed(60), { confirmTransaction: () => new Promise((resolve) => (answer = resolve)) });
    const el = await mountAt({}, adapter, 't', 'review');
    codeField(el).value = '12345678';
    primaryButton(el).click();
    await clock.tickAsync(61_000);
    await el.updateComplete;
    expect(el.step).to.equal('review');
    answer({ resultCode: '00007' });
    await clock.tickAsync(0);
    await el.updateComplete;
    expect(el.step).to.equal('complete');
  });

  it('ends as expired when that late answer is a failure: the customer cannot try again', async () => {
    let fail!: (error: unknown) => void;
    const adapter = answering(timed(60), { confirmTransaction: () => new Promise((_, reject) => (fail = reject)) });
    const el = await mountAt({}, adapter, 't', 'review');
    codeField(el).value = '12345678';
    primaryButton(el).click();
    await clock.tickAsync(61_000);
    fail(otpError('network'));
    await clock.tickAsync(0);
    await el.updateComplete;
    expect(el.step).to.equal('ended');
    expect(text(el, 'heading')).to.equal('お手続きの有効時間が過ぎました');
  });

  it('never shows a transfer the bank gives no time left: it has expired', async () => {
    const el = await mount({ adapter: answering(timed(0)), transaction: 't' });
    await clock.tickAsync(0);
    await el.updateComplete;
    expect(el.step).to.equal('ended');
    expect(part(el, 'details')).to.equal(null);
  });
});
