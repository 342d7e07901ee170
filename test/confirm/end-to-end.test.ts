// <otp-confirm endpoint> against the reference bank over HTTP (FetchHostAdapter), every way and
// every rule the bank keeps: a code for one transaction refused for another, a second
// confirmation refused, a code after expiry refused, the decline.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OtpConfirm } from '../../src/otp-confirm.js';
import { createTestBank, type TestBank } from '../bank/test-bank.js';
import { createTransfer, keypadCode, otherPayee, tokenCode } from './bank.js';
import { codeField, decline, details, methodRadio, next, primaryButton, stepShown, text, type } from './helpers.js';

/** <otp-confirm endpoint transaction> on the test bank, once it shows the review. */
async function confirmAt(bank: TestBank, transaction: string, attributes: Record<string, string> = {}): Promise<OtpConfirm> {
  const el = document.createElement('otp-confirm');
  const shown = stepShown(el, 'review');
  for (const [name, value] of Object.entries({ lang: 'ja', layout: 'desktop', endpoint: bank.endpoint, transaction, ...attributes })) el.setAttribute(name, value);
  await fixture(html`<div style="width: 800px">${el}</div>`);
  await shown;
  await el.updateComplete;
  return el;
}

/** Types `code` with real keys and submits with Enter; resolves with the event the bank's answer fires. */
async function submit(el: OtpConfirm, code: string): Promise<CustomEvent> {
  const answered = new Promise<CustomEvent>((resolve) => {
    for (const type of ['otp-complete', 'otp-error'] as const) el.addEventListener(type, (e) => resolve(e as CustomEvent), { once: true });
  });
  await type(codeField(el), code);
  primaryButton(el).click();
  const event = await answered;
  await el.updateComplete;
  return event;
}

describe('<otp-confirm> against the reference bank', () => {
  it('code: the bound soft token’s current code confirms the transfer', async () => {
    const bank = await createTestBank();
    const transaction = await createTransfer(bank);
    const el = await confirmAt(bank, transaction, { method: 'code' });
    expect(details(el)[3]).to.deep.equal(['口座番号', '1234567']);
    const event = await submit(el, await tokenCode(bank));
    expect([event.type, event.detail]).to.deep.equal(['otp-complete', { flow: 'confirm', transaction, method: 'code', resultCode: '00001' }]);
    expect(text(el, 'result-code')).to.equal('受付番号 00001');
  });

  it('challenge: the keypad token’s response to the payee’s account number confirms the transfer', async () => {
    const bank = await createTestBank();
    const transaction = await createTransfer(bank);
    const el = await confirmAt(bank, transaction);
    expect(methodRadio(el, 'challenge').checked).to.equal(true);
    const event = await submit(el, await keypadCode(bank));
    expect(event.type).to.equal('otp-complete');
    expect(event.detail.method).to.equal('challenge');
  });

  it('refuses for transaction B the keypad response keyed for transaction A’s payee, and the soft-token code that confirmed A', async () => {
    const bank = await createTestBank();
    const a = await createTransfer(bank);
    const b = await createTransfer(bank, otherPayee);
    const forA = await keypadCode(bank);
    const onB = await confirmAt(bank, b);
    const refused = await submit(onB, forA);
    expect([refused.type, refused.detail.code, refused.detail.remainingAttempts]).to.deep.equal(['otp-error', 'invalid-otp', 4]);
    expect(codeField(onB).errorText).to.contain('あと4回');

    const code = await tokenCode(bank);
    expect((await submit(await confirmAt(bank, a, { method: 'code' }), code)).type).to.equal('otp-complete');
    methodRadio(onB, 'code').click();
    await onB.updateComplete;
    const reused = await submit(onB, code);
    // Refused and counted (A's right code had reset the count).
    expect([reused.type, reused.detail.code, reused.detail.remainingAttempts]).to.deep.equal(['otp-error', 'invalid-otp', 4]);
  });

  it('refuses a second confirmation: the transfer is already settled', async () => {
    const bank = await createTestBank();
    const transaction = await createTransfer(bank);
    // The same transfer open in two tabs.
    const first = await confirmAt(bank, transaction, { method: 'code' });
    const second = await confirmAt(bank, transaction, { method: 'code' });
    expect((await submit(first, await tokenCode(bank))).type).to.equal('otp-complete');
    const refused = await submit(second, await tokenCode(bank, 1));
    expect([refused.type, refused.detail.code]).to.deep.equal(['otp-error', 'transaction-closed']);
    expect(second.step).to.equal('ended');
    expect(text(second, 'heading')).to.equal('この振込はお手続き済みです');
  });

  it('refuses a code after the bank’s time limit: the transfer expired and must be started again', async () => {
    const bank = await createTestBank();
    const transaction = await createTransfer(bank);
    const el = await confirmAt(bank, transaction, { method: 'code' });
    await bank.advance(300);
    const refused = await submit(el, await tokenCode(bank));
    expect([refused.type, refused.detail.code]).to.deep.equal(['otp-error', 'transaction-expired']);
    expect(text(el, 'heading')).to.equal('お手続きの有効時間が過ぎました');
    expect(codeField(el)).to.equal(null);
  });

  it('declines: the bank stops the transfer, and it can no longer be confirmed', async () => {
    const bank = await createTestBank();
    const transaction = await createTransfer(bank);
    const el = await confirmAt(bank, transaction);
    const cancelled = next(el, 'otp-cancel');
    await decline(el);
    expect((await cancelled).reason).to.equal('declined');
    await waitUntil(() => el.step === 'declined', 'declined');
    const again = document.createElement('otp-confirm');
    again.setAttribute('endpoint', bank.endpoint);
    again.setAttribute('transaction', transaction);
    const failed = next(again, 'otp-error');
    await fixture(html`<div>${again}</div>`);
    expect((await failed).code).to.equal('transaction-closed');
  });

  it('sends only the code, never anything it showed, and the code never in a URL', async () => {
    const bank = await createTestBank();
    const transaction = await createTransfer(bank);
    const el = await confirmAt(bank, transaction, { method: 'code' });
    const otp = await tokenCode(bank);
    await submit(el, otp);
    const [, get, confirm] = await bank.requests();
    expect(JSON.parse(get!.body)).to.deep.equal({ transaction });
    expect(JSON.parse(confirm!.body)).to.deep.equal({ transaction, method: 'code', otp });
    expect(confirm!.url).not.to.contain(otp);
  });
});
