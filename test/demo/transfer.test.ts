// The demo's Transfer tab as an evaluator uses it: the prefilled transfer form, <otp-confirm> for
// the transaction the bank made, the demo keypad token and the live soft token to confirm with,
// the decline; axe on each screen, nothing wrong in the page's console or its CSP.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OtpConfirm } from '../../src/otp-confirm.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { axeViolations } from './axe.js';
import { shadow, typeInto } from './drive.js';
import { closeDemoPages, openDemoPage, type DemoFrame } from './frame.js';

const page = '/demo/index.html?tab=transfer';

async function expectClean(frame: DemoFrame, state: string): Promise<void> {
  expect(await axeViolations(frame), state).to.deep.equal([]);
  expect(frame.problems, state).to.deep.equal([]);
}

/** Sends the prefilled transfer form and waits for <otp-confirm>'s review. */
async function transfer(frame: DemoFrame): Promise<OtpConfirm> {
  frame.document.querySelector<HTMLButtonElement>('#transfer-form button[type="submit"]')!.click();
  const confirm = await waitUntil(() => frame.document.querySelector<OtpConfirm>('#transfer-confirm otp-confirm'), 'no <otp-confirm> was shown', { timeout: 8000 })
    .then(() => frame.document.querySelector<OtpConfirm>('#transfer-confirm otp-confirm')!);
  await waitUntil(() => confirm.step === 'review', `<otp-confirm> shows ${confirm.step}, not the review`, { timeout: 8000 });
  await confirm.updateComplete;
  return confirm;
}

function codeField(confirm: OtpConfirm): OtpTokenField {
  return shadow(confirm).querySelector<OtpTokenField>('#otp')!;
}

/** The digits <otp-confirm> asks to key in, as the eye reads them. */
function challengeDigits(confirm: OtpConfirm): string {
  return [...shadow(confirm).querySelectorAll('[part="challenge"] .group')].map((g) => g.textContent).join('');
}

async function submitCode(confirm: OtpConfirm, code: string): Promise<void> {
  await typeInto(codeField(confirm), code);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => confirm.step !== 'review' || codeField(confirm).errorText, 'no answer from the bank', { timeout: 8000 });
  await confirm.updateComplete;
}

describe('demo page: the Transfer tab', function () {
  this.timeout(30_000);

  afterEach(closeDemoPages);

  it('confirms a transfer with the demo keypad token: key in the digits shown, type back its code', async () => {
    const frame = await openDemoPage(page, 'otp-confirm');
    await expectClean(frame, 'the transfer form');
    const confirm = await transfer(frame);
    expect(challengeDigits(confirm)).to.equal('1234567');
    await expectClean(frame, 'the review');

    const keypad = frame.document.querySelector<HTMLInputElement>('#keypad-input')!;
    await typeInto(keypad, challengeDigits(confirm));
    const output = frame.document.querySelector('#keypad-code')!;
    await waitUntil(() => /^\d{4} \d{4}$/.test(output.textContent!), 'the keypad token shows no code');
    const code = output.textContent!.replace(/\s/g, '');
    await submitCode(confirm, code);
    expect(confirm.step).to.equal('complete');
    await waitUntil(() => frame.document.querySelector('#event-log [data-type="otp-complete"]'), 'otp-complete was not logged');
    expect(frame.document.querySelector('#event-log')!.textContent).not.to.include(code);
    await expectClean(frame, 'complete');
  });

  it('offers the customer with a keypad token no soft-token code beside it (the weakest way would be the attacker\'s), in English', async () => {
    const frame = await openDemoPage(`${page}&lang=en`, 'otp-confirm');
    const confirm = await transfer(frame);
    expect(shadow(confirm).querySelector('input[name="method"][value="code"]')).to.equal(null);
    expect(codeField(confirm)).not.to.equal(null);
    expect(frame.problems).to.deep.equal([]);
  });

  it('declines, and “Enter another transfer” brings the form back', async () => {
    const frame = await openDemoPage(page, 'otp-confirm');
    const confirm = await transfer(frame);
    shadow(confirm).querySelector<HTMLButtonElement>('[part~="decline-button"]')!.click();
    await confirm.updateComplete;
    shadow(confirm).querySelector<HTMLButtonElement>('[part~="decline-confirm-button"]')!.click();
    await waitUntil(() => confirm.step === 'declined', 'not declined');
    await confirm.updateComplete;
    await expectClean(frame, 'declined');
    frame.document.querySelector<HTMLButtonElement>('#transfer-again')!.click();
    expect(frame.document.querySelector<HTMLFormElement>('#transfer-form')!.hidden).to.equal(false);
    expect(frame.document.querySelector('#transfer-confirm otp-confirm')).to.equal(null);
  });

  it('says why the bank refused the transfer, beside the form', async () => {
    const frame = await openDemoPage(`${page}&lang=ja`, 'otp-confirm');
    const account = frame.document.querySelector<HTMLInputElement>('#transfer-account')!;
    account.value = '12';
    frame.document.querySelector<HTMLButtonElement>('#transfer-form button[type="submit"]')!.click();
    const status = frame.document.querySelector('#transfer-status')!;
    await waitUntil(() => status.textContent, 'no refusal was said');
    expect(status.textContent).to.equal('口座番号は7桁の数字、金額は1円以上の整数で入力してください。');
    expect(frame.document.querySelector('#transfer-confirm otp-confirm')).to.equal(null);
  });

  it('says, in ja and en, that a token or passkey registered in the last 24 hours cannot confirm a transfer', async () => {
    for (const [lang, said] of [['ja', '24時間'], ['en', '24 hours']] as const) {
      const frame = await openDemoPage(`${page}&lang=${lang}`, 'otp-confirm');
      frame.document.querySelector<HTMLInputElement>('#transfer-contract')!.value = '1234567890';
      frame.document.querySelector<HTMLButtonElement>('#transfer-form button[type="submit"]')!.click();
      const status = frame.document.querySelector('#transfer-status')!;
      await waitUntil(() => status.textContent, 'no refusal was said');
      expect(status.textContent).to.include(said);
    }
  });

  // The reference server the demo uses is one bank for both browsers at once, whose tokens take a
  // code once per time step: this case declines, which any number of runs can do at once.
  it('makes the transfer at the reference server with adapter=server, and declines it there', async () => {
    const frame = await openDemoPage(`${page}&adapter=server`, 'otp-confirm');
    const confirm = await transfer(frame);
    expect(confirm.getAttribute('endpoint')).to.equal('/api/bank');
    expect(confirm.adapter).to.equal(undefined);
    shadow(confirm).querySelector<HTMLButtonElement>('[part~="decline-button"]')!.click();
    await confirm.updateComplete;
    shadow(confirm).querySelector<HTMLButtonElement>('[part~="decline-confirm-button"]')!.click();
    await waitUntil(() => confirm.step === 'declined', 'not declined');
    expect(frame.problems).to.deep.equal([]);
  });
});
