import { expect, oneEvent } from '@open-wc/testing';
import { createTestBank, type TestBank } from '../bank/test-bank.js';
import '../../src/otp-enroll.js';
import {
  alertText,
  authenticate,
  authenticateFailing,
  codeField,
  contractIdInput,
  headingText,
  mount,
  passwordInput,
  primaryButton,
  secondaryButton,
  shadow,
  stepShown,
  tokenIdInput,
  type,
} from '../wizard/helpers.js';
import '../../src/otp-suspend.js';

/** A suspend wizard that talks to `bank` over HTTP, as a page would declare it. */
const suspendAt = (bank: TestBank, lang: 'ja' | 'en' = 'ja') => mount('otp-suspend', { lang, attributes: { endpoint: bank.endpoint } });

describe('<otp-suspend> against the reference server', () => {
  it('explains what suspension means and shows the masked token in use', async () => {
    const el = await suspendAt(await createTestBank());
    await authenticate(el, '2345678901', 'Passw0rd!', 'confirm');
    expect(headingText(el)).to.equal('ワンタイムパスワードの利用停止確認');
    expect(shadow(el).querySelector('[part="current-token"] dd')!.textContent).to.equal('VSST****4321');
    const points = [...shadow(el).querySelectorAll('[part="points"] li')].map((li) => li.textContent);
    expect(points).to.deep.equal([
      '利用停止後は、次回のログインから「契約者ID」「ログインパスワード」のみでログインできます。',
      'ワンタイムパスワードは、ログイン画面下の「ワンタイムパスワードの新規登録はこちらから」から、あらためて利用登録できます。',
    ]);
  });

  it('tells a customer with no token registered that there is nothing to suspend', async () => {
    const el = await suspendAt(await createTestBank());
    expect(await authenticateFailing(el, '1234567890', 'Passw0rd!')).to.deep.equal({ flow: 'suspend', step: 'authenticate', code: 'not-registered' });
    expect(alertText(el)).to.equal('ワンタイムパスワードの利用登録がありません。');
    expect(el.step).to.equal('authenticate');
  });

  it('refuses a wrong password with the attempts left, in English too', async () => {
    const el = await suspendAt(await createTestBank(), 'en');
    expect(await authenticateFailing(el, '2345678901', 'wrong')).to.deep.include({ code: 'invalid-credentials', remainingAttempts: 4 });
    expect(alertText(el)).to.equal('The contract ID or login password is incorrect. 4 more wrong attempts will lock you out for a while.');
  });

  it('locks the customer after five wrong passwords and says how long to wait', async () => {
    const el = await suspendAt(await createTestBank({ lockoutSeconds: 900 }));
    for (let i = 0; i < 4; i++) await authenticateFailing(el, '2345678901', `wrong-${i}`);
    expect(await authenticateFailing(el, '2345678901', 'wrong-4')).to.deep.equal({ flow: 'suspend', step: 'authenticate', code: 'locked', retryAfter: 900 });
    expect(alertText(el)).to.equal('入力誤りが所定の回数を超えたため、現在ご利用いただけません。15 分後に再度お試しください。');
    expect((await authenticateFailing(el, '2345678901', 'Passw0rd!')).code).to.equal('locked');
  });

  it('returns to authenticate when the session expired between authenticate and confirm', async () => {
    const bank = await createTestBank({ sessionTtlSeconds: 60 });
    const el = await suspendAt(bank);
    await authenticate(el, '2345678901', 'Passw0rd!', 'confirm');
    await bank.advance(61);
    const failed = oneEvent(el, 'otp-error');
    const back = stepShown(el, 'authenticate');
    primaryButton(el).click();
    expect((await failed).detail).to.deep.equal({ flow: 'suspend', step: 'confirm', code: 'session-expired' });
    await back;
    expect(contractIdInput(el).value).to.equal('2345678901');
    expect((await bank.customer('2345678901')).tokenId).to.equal('VSST87654321');
  });

  it('goes back from confirm to authenticate with 戻る, keeping the contract ID but not the session', async () => {
    const bank = await createTestBank();
    const el = await suspendAt(bank);
    await authenticate(el, '2345678901', 'Passw0rd!', 'confirm');
    const cancel = oneEvent(el, 'otp-cancel');
    const back = stepShown(el, 'authenticate');
    secondaryButton(el).click();
    expect((await cancel).detail).to.deep.equal({ flow: 'suspend', step: 'confirm' });
    await back;
    expect(contractIdInput(el).value).to.equal('2345678901');
    expect(passwordInput(el).value).to.equal('');
    await type(passwordInput(el), 'Passw0rd!');
    const again = stepShown(el, 'confirm');
    primaryButton(el).click();
    await again;
    expect((await bank.requests()).filter((r) => r.url.endsWith('/authenticate'))).to.have.length(2);
  });

  it('leaves the customer free to register a token again after suspension', async () => {
    const bank = await createTestBank();
    const suspend = await suspendAt(bank);
    await authenticate(suspend, '2345678901', 'Passw0rd!', 'confirm');
    const done = stepShown(suspend, 'complete');
    primaryButton(suspend).click();
    await done;
    expect((await bank.customer('2345678901')).tokenId).to.equal(undefined);

    const enroll = await mount('otp-enroll', { attributes: { endpoint: bank.endpoint } });
    await authenticate(enroll, '2345678901', 'Passw0rd!', 'register');
    expect(shadow(enroll).querySelector('[part="notice"]')).to.equal(null);
    await type(tokenIdInput(enroll), 'VSST87654321');
    await type(codeField(enroll), await bank.code('VSST87654321'));
    const registered = stepShown(enroll, 'complete');
    primaryButton(enroll).click();
    await registered;
    expect((await bank.customer('2345678901')).tokenId).to.equal('VSST87654321');
  });
});
