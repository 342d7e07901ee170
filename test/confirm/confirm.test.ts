// <otp-confirm> through its public API: what it shows of a transfer, each way to confirm it
// (against the demo bank in the page), switching ways, declining, and every error.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OtpError } from '../../src/adapters/otp-error.js';
import type { OtpTransaction } from '../../src/adapters/types.js';
import { otpError } from '../wizard/adapters.js';
import { validTransaction } from './transactions.js';
import {
  answering,
  codeField,
  decline,
  declineButton,
  deepActiveElement,
  demoTransfer,
  details,
  keypadCode,
  methodRadio,
  mount,
  mountAt,
  next,
  part,
  payee,
  primaryButton,
  reviewing,
  shadow,
  stepShown,
  text,
  tokenCode,
  type,
} from './helpers.js';

/** The code field's own error text (what its inner input is described by, besides the hint). */
const fieldError = (field: HTMLElement): string => field.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim();
const fieldInput = (field: HTMLElement): HTMLInputElement => field.shadowRoot!.querySelector('input')!;

async function choose(el: HTMLElement & { updateComplete: Promise<boolean> }, method: string): Promise<void> {
  methodRadio(el, method).click();
  await el.updateComplete;
}

describe('<otp-confirm>: what it shows', () => {
  it('shows the transfer as the bank states it, money as Japanese writes it, and the time left', async () => {
    const { el } = await reviewing();
    expect(text(el, 'title')).to.equal('振込内容の確認');
    expect(text(el, 'heading')).to.equal('振込内容のご確認');
    expect(details(el)).to.deep.equal([
      ['振込先金融機関', 'デモ銀行'],
      ['支店', '本店営業部'],
      ['科目', '普通'],
      ['口座番号', '1234567'],
      ['受取人名', 'ヤマダ タロウ'],
      ['振込金額', '12,345円'],
      ['振込手数料', '110円'],
    ]);
    expect(text(el, 'time-left')).to.match(/^確定までの残り時間 ?0[45]:[0-5][0-9]/);
    expect(part(el, 'time-left')!.getAttribute('role')).to.equal('timer');
    await expect(el).to.be.accessible();
  });

  it('writes money as English does, with the currency’s symbol', async () => {
    const { el } = await reviewing({ lang: 'en' });
    expect(details(el).slice(-2)).to.deep.equal([
      ['Amount', '¥12,345'],
      ['Fee', '¥110'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('leaves out what the bank did not state: no branch, account type or fee rows', async () => {
    const { branch: _b, accountType: _t, ...bare } = validTransaction().payee;
    const el = await mountAt({}, answering({ ...validTransaction(), payee: bare, fee: undefined, methods: ['code'] }), 't', 'review');
    expect(details(el).map(([label]) => label)).to.deep.equal(['振込先金融機関', '口座番号', '受取人名', '振込金額']);
  });

  it('offers the bank’s ways in its order, the first one chosen', async () => {
    const el = await mountAt({}, answering(validTransaction()), 't', 'review');
    const labels = [...shadow(el).querySelectorAll('[part="method"]')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['パスキー', 'トランザクション認証（キーパッドトークン）', 'ワンタイムパスワード']);
    expect(methodRadio(el, 'passkey').checked).to.equal(true);
    expect(text(el, 'primary-button')).to.equal('パスキーで確定');
  });

  it('shows the method attribute’s way first, when the bank offers it', async () => {
    const el = await mountAt({ attributes: { method: 'code' } }, answering(validTransaction()), 't', 'review');
    const values = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="method"]')].map((input) => input.value);
    expect(values).to.deep.equal(['code', 'passkey', 'challenge']);
    expect(methodRadio(el, 'code').checked).to.equal(true);
    expect(codeField(el).digits).to.equal(8);
  });

  it('shows no choice when the bank offers one way', async () => {
    const el = await mountAt({}, answering({ ...validTransaction(), methods: ['code'], digits: 6 }), 't', 'review');
    expect(part(el, 'methods')).to.equal(null);
    expect(codeField(el).digits).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('challenge: shows the digits to key in large and grouped for the eye, read out one by one, then asks for the token’s code', async () => {
    const { el } = await reviewing();
    const challenge = part(el, 'challenge')!;
    const groups = [...challenge.querySelectorAll('.group')];
    expect(groups.map((g) => g.textContent)).to.deep.equal(['1234', '567']);
    expect(groups.every((g) => g.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(challenge.querySelector('.visually-hidden')!.textContent).to.equal('1 2 3 4、5 6 7');
    expect(parseFloat(getComputedStyle(challenge).fontSize)).to.be.at.least(28);
    expect(codeField(el).digits).to.equal(8);
    expect(codeField(el).description).to.equal('トークンに表示された8桁の数字を入力してください。');
    expect(shadow(el).textContent).to.contain('振込先の口座番号です。');
    await expect(el).to.be.accessible();
  });

  it('challenge: says the digits are the payee’s account number only when they are', async () => {
    const el = await mountAt({}, answering({ ...validTransaction(), challenge: '7654321' }), 't', 'review');
    await choose(el, 'challenge');
    expect(part(el, 'challenge')!.textContent).to.contain('7654');
    expect(shadow(el).textContent).not.to.contain('振込先の口座番号です。');
  });

  it('says honestly what each way protects against, beside it', async () => {
    const el = await mountAt({ lang: 'en' }, answering(validTransaction()), 't', 'review');
    expect(text(el, 'way-note')).to.contain('only on this bank’s real site').and.contain('check them above');
    await choose(el, 'challenge');
    // Malware that swaps the payee swaps the digits too: the customer is asked to compare, not promised safety.
    expect(text(el, 'way-note')).to.contain('bound to the account number you key in').and.contain('the account number you meant to pay');
    await choose(el, 'code');
    expect(text(el, 'way-note')).to.contain('not bound to the transfer');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the phone layout, in both languages', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const { el } = await reviewing({ lang, layout: 'mobile', width: 360 });
      await expect(el).to.be.accessible();
    }
  });
});

describe('<otp-confirm>: confirming (demo bank in the page)', () => {
  it('code: confirms with the soft token’s code and shows the bank’s reference; the event holds no code', async () => {
    const { el, transaction } = await reviewing();
    await choose(el, 'code');
    const otp = tokenCode();
    await type(codeField(el), otp);
    const completed = next(el, 'otp-complete');
    const shown = stepShown(el, 'complete');
    primaryButton(el).click();
    expect(await completed).to.deep.equal({ flow: 'confirm', transaction, method: 'code', resultCode: '00001' });
    await shown;
    expect(text(el, 'heading')).to.equal('振込の受付完了');
    expect(text(el, 'result-code')).to.equal('受付番号 00001');
    expect(details(el)[5]).to.deep.equal(['振込金額', '12,345円']);
    expect(deepActiveElement()).to.equal(part(el, 'heading'));
    expect(shadow(el).textContent).not.to.contain(otp);
    await expect(el).to.be.accessible();
  });

  it('challenge: confirms with the keypad token’s response to the payee’s account number', async () => {
    const { el, transaction } = await reviewing();
    await type(codeField(el), await keypadCode());
    const completed = next(el, 'otp-complete');
    primaryButton(el).click();
    expect(await completed).to.deep.equal({ flow: 'confirm', transaction, method: 'challenge', resultCode: '00001' });
  });

  it('refuses an empty or short code before any call, tied to the field, and keeps the transfer', async () => {
    const { adapter, transaction } = await demoTransfer();
    let calls = 0;
    const counted = answering(null, {
      getTransaction: (req, o) => adapter.getTransaction(req, o),
      confirmTransaction: (req, o) => (calls++, adapter.confirmTransaction(req, o)),
    });
    const el = await mountAt({}, counted, transaction, 'review');
    primaryButton(el).click();
    await el.updateComplete;
    expect(fieldError(codeField(el))).to.equal('トークンに表示されている数字を入力してください。');
    expect(fieldInput(codeField(el)).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(fieldInput(codeField(el)));
    await type(codeField(el), '1234');
    primaryButton(el).click();
    await el.updateComplete;
    expect(fieldError(codeField(el))).to.equal('8桁の数字を入力してください。');
    expect(calls).to.equal(0);
    expect(details(el)).to.have.length(7);
  });

  it('switches ways: the other way’s field, nothing of the last way’s error', async () => {
    const { el } = await reviewing();
    primaryButton(el).click();
    await el.updateComplete;
    await choose(el, 'code');
    expect(codeField(el).digits).to.equal(6);
    expect(codeField(el).errorText).to.equal('');
    expect(part(el, 'challenge')).to.equal(null);
    await choose(el, 'challenge');
    expect(part(el, 'challenge')).not.to.equal(null);
  });
});

describe('<otp-confirm>: errors', () => {
  it('a wrong code: the attempts left in the alert and on the field, the code cleared, focus on the field', async () => {
    const { el, transaction } = await reviewing();
    await choose(el, 'code');
    const otp = tokenCode() === '000000' ? '111111' : '000000';
    await type(codeField(el), otp);
    const failed = next(el, 'otp-error');
    primaryButton(el).click();
    expect(await failed).to.deep.equal({ flow: 'confirm', step: 'review', code: 'invalid-otp', remainingAttempts: 4, transaction });
    await el.updateComplete;
    const message = '入力された数字が正しくありません。トークンに表示されている最新の数字を入力してください。あと4回誤って入力されますと、一定時間ご利用いただけなくなります。';
    expect(text(el, 'error')).to.equal(message);
    expect(fieldError(codeField(el))).to.equal(message);
    expect(codeField(el).value).to.equal('');
    await waitUntil(() => deepActiveElement() === fieldInput(codeField(el)), 'focus on the code field');
    await expect(el).to.be.accessible();
    // Typing again unties the message from the field; the alert keeps saying it.
    await type(codeField(el), '1');
    await el.updateComplete;
    expect(codeField(el).errorText).to.equal('');
    expect(text(el, 'error')).to.equal(message);
  });

  const shown: [code: Parameters<typeof otpError>[0], options: Parameters<typeof otpError>[1], message: string][] = [
    ['locked', { retryAfter: 300 }, '入力誤りが所定の回数を超えたため、現在ご利用いただけません。5 分後に再度お試しください。'],
    ['network', {}, '通信エラーが発生しました。通信環境をご確認のうえ、再度お試しください。'],
    ['timeout', {}, '通信がタイムアウトしました。しばらくしてから再度お試しください。'],
    ['unavailable', {}, 'ただいまサービスをご利用いただけません。しばらくしてから再度お試しください。'],
    ['unknown', {}, 'エラーが発生しました。しばらくしてから再度お試しください。'],
  ];
  for (const [code, options, message] of shown) {
    it(`${code} on confirming: said in the alert, the transfer still there to try again`, async () => {
      const adapter = answering({ ...validTransaction(), methods: ['code'] }, { confirmTransaction: async () => Promise.reject(otpError(code, options)) });
      const el = await mountAt({}, adapter, 't', 'review');
      await type(codeField(el), '12345678');
      const failed = next(el, 'otp-error');
      primaryButton(el).click();
      expect((await failed).code).to.equal(code);
      await el.updateComplete;
      expect(text(el, 'error')).to.equal(message);
      expect(codeField(el).errorText).to.equal('');
      expect(details(el)).to.have.length(7);
      expect(primaryButton(el).getAttribute('aria-disabled')).to.equal(null);
    });
  }

  const endings: [code: 'transaction-expired' | 'transaction-closed' | 'session-expired', heading: string][] = [
    ['transaction-expired', 'お手続きの有効時間が過ぎました'],
    ['transaction-closed', 'この振込はお手続き済みです'],
    ['session-expired', 'ログインの有効時間が過ぎました'],
  ];
  for (const [code, heading] of endings) {
    it(`${code} on confirming ends the review: nothing more can be submitted`, async () => {
      const adapter = answering({ ...validTransaction(), methods: ['code'] }, { confirmTransaction: async () => Promise.reject(otpError(code)) });
      const el = await mountAt({}, adapter, 't', 'review');
      await type(codeField(el), '12345678');
      primaryButton(el).click();
      await waitUntil(() => el.step === 'ended', 'ended');
      await el.updateComplete;
      expect(text(el, 'heading')).to.equal(heading);
      expect(codeField(el)).to.equal(null);
      expect(declineButton(el)).to.equal(null);
      expect(text(el, 'primary-button')).to.equal('戻る');
      await expect(el).to.be.accessible();
    });

    it(`${code} on loading: says so, and shows nothing of a transfer`, async () => {
      const failed = next(document.body, 'otp-error');
      const el = await mount({ adapter: answering(null, { getTransaction: async () => Promise.reject(otpError(code)) }), transaction: 't' });
      expect(await failed).to.deep.equal({ flow: 'confirm', step: 'loading', code, transaction: 't' });
      await el.updateComplete;
      expect(text(el, 'heading')).to.equal(heading);
      expect(part(el, 'details')).to.equal(null);
    });
  }

  it('a network failure on loading offers to load again, which shows the transfer', async () => {
    let attempts = 0;
    const adapter = answering(validTransaction(), {
      getTransaction: async () => (++attempts === 1 ? Promise.reject(otpError('network')) : structuredClone(validTransaction())),
    });
    const el = await mount({ adapter, transaction: 't' });
    await waitUntil(() => text(el, 'error') !== '', 'the failure is said');
    expect(text(el, 'heading')).to.equal('振込内容を読み込めません');
    expect(text(el, 'primary-button')).to.equal('再読み込み');
    await expect(el).to.be.accessible();
    const shown = stepShown(el, 'review');
    primaryButton(el).click();
    await shown;
    await el.updateComplete;
    expect(details(el)).to.have.length(7);
    expect(deepActiveElement()).to.equal(part(el, 'heading'));
  });

  it('a wait in a lockout is said in English too', async () => {
    const adapter = answering({ ...validTransaction(), methods: ['code'] }, { confirmTransaction: async () => Promise.reject(otpError('locked', { retryAfter: 90 })) });
    const el = await mountAt({ lang: 'en' }, adapter, 't', 'review');
    await type(codeField(el), '12345678');
    primaryButton(el).click();
    await waitUntil(() => text(el, 'error') !== '', 'the failure is said');
    expect(text(el, 'error')).to.equal('Too many wrong attempts: access is paused for your security. Please try again in 2 minutes.');
  });
});

describe('<otp-confirm>: a transaction it cannot show whole is not shown at all', () => {
  const valid = validTransaction();
  const malformed: [name: string, transaction: unknown][] = [
    ['nothing', undefined],
    ['an amount that is not a decimal string', { ...valid, amount: { value: '1e3', currency: 'JPY' } }],
    ['an amount as a number', { ...valid, amount: { value: 12345, currency: 'JPY' } }],
    ['a way it does not know', { ...valid, methods: ['sms'] }],
    ['a challenge that is not digits', { ...valid, challenge: '12ab567' }],
    ['a payee without a name', { ...valid, payee: { ...valid.payee, name: undefined } }],
    ['a name that reads backwards (RTL override)', { ...valid, payee: { ...valid.payee, name: 'ヤマダ\u202eウロタ' } }],
    ['an array', [valid]],
  ];
  for (const [name, transaction] of malformed) {
    it(name, async () => {
      const failed = next(document.body, 'otp-error');
      const el = await mount({ adapter: answering(transaction), transaction: 't' });
      expect((await failed).code).to.equal('unknown');
      await el.updateComplete;
      expect(text(el, 'heading')).to.equal('振込内容を表示できません');
      const shownText = shadow(el).textContent!;
      for (const value of [valid.payee.bank, valid.payee.account, valid.payee.name, '12,345']) expect(shownText).not.to.contain(value);
      expect(shadow(el).querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('戻る');
      await expect(el).to.be.accessible();
    });
  }

  it('an adapter that throws something else is unknown too, its message never shown', async () => {
    const el = await mount({ adapter: answering(null, { getTransaction: async () => Promise.reject(new Error('<b>boom</b>')) }), transaction: 't' });
    await waitUntil(() => el.step === 'ended', 'ended');
    await el.updateComplete;
    expect(shadow(el).textContent).not.to.contain('boom');
  });

  it('renders every string of the bank as text, markup and all', async () => {
    const hostile: OtpTransaction = {
      ...validTransaction(),
      payee: { bank: '<img src=x onerror="window.pwned=1">', branch: '"><script>window.pwned=1</script>', accountType: '{{7*7}}', account: '1234567', name: '<b>ヤマダ</b>' },
    };
    const el = await mountAt({}, answering(hostile), 't', 'review');
    expect(details(el).slice(0, 3).map(([, value]) => value)).to.deep.equal([hostile.payee.bank, hostile.payee.branch, '{{7*7}}']);
    expect(shadow(el).querySelector('img, script, b')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<otp-confirm>: declining', () => {
  it('stops the transfer at the bank, says what to do next, and fires otp-cancel with reason declined', async () => {
    const { el, adapter, transaction } = await reviewing();
    const cancelled = next(el, 'otp-cancel');
    const shown = stepShown(el, 'declined');
    await decline(el);
    expect(await cancelled).to.deep.equal({ flow: 'confirm', step: 'review', transaction, reason: 'declined' });
    await shown;
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('振込の中止');
    expect(text(el, 'message')).to.contain('振込は行われません');
    expect(text(el, 'message')).to.contain('当行までご連絡ください');
    expect(deepActiveElement()).to.equal(part(el, 'heading'));
    const error = await adapter.getTransaction({ transaction }, { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect((error as OtpError).code).to.equal('transaction-closed');
    await expect(el).to.be.accessible();
  });

  it('is labelled as the customer would say it, in both languages', async () => {
    const { el } = await reviewing();
    expect(text(el, 'decline-button')).to.equal('この振込は私のものではありません');
    const { el: en } = await reviewing({ lang: 'en' });
    expect(text(en, 'decline-button')).to.equal('This is not my transfer');
  });

  it('asks before anything reaches the bank (WCAG 3.3.4): focus on “don’t stop”, which takes the question back', async () => {
    let declines = 0;
    const el = await mountAt({}, answering(validTransaction(), { declineTransaction: async () => void declines++ }), 't', 'review');
    declineButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(declines).to.equal(0);
    expect(el.step).to.equal('review');
    expect(text(el, 'decline')).to.contain('元に戻せません');
    expect(part(el, 'decline')!.getAttribute('role')).to.equal('group');
    expect(deepActiveElement()).to.equal(part(el, 'decline-keep-button'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(declines).to.equal(0);
    expect(deepActiveElement()).to.equal(declineButton(el));
    await decline(el);
    await waitUntil(() => el.step === 'declined', 'declined once confirmed');
    expect(declines).to.equal(1);
  });

  it('is not offered when the adapter cannot stop a transfer', async () => {
    const el = await mountAt({}, answering(validTransaction(), { declineTransaction: undefined }), 't', 'review');
    expect(declineButton(el)).to.equal(null);
  });

  it('keeps the transfer when the bank cannot be reached to stop it, and says so', async () => {
    const el = await mountAt({}, answering(validTransaction(), { declineTransaction: async () => Promise.reject(otpError('network')) }), 't', 'review');
    await decline(el);
    await waitUntil(() => text(el, 'error') !== '', 'the failure is said');
    expect(el.step).to.equal('review');
    expect(declineButton(el)).not.to.equal(null);
  });
});

describe('<otp-confirm>: the end', () => {
  it('Back fires otp-return; when not cancelled the element follows return-url', async () => {
    const el = await mount({ adapter: answering(undefined), transaction: 't', attributes: { 'return-url': 'javascript:alert(1)' } });
    await waitUntil(() => el.step === 'ended', 'ended');
    await el.updateComplete;
    const returned = next(el, 'otp-return');
    primaryButton(el).click();
    expect(await returned).to.deep.equal({ flow: 'confirm', transaction: 't' });
    // A javascript: return-url is never followed: the test page is still here.
    expect(el.isConnected).to.equal(true);
  });

  it('loads another transfer when the transaction attribute changes', async () => {
    const first = await demoTransfer();
    const el = await mountAt({}, first.adapter, first.transaction, 'review');
    const { transaction } = await first.adapter.bank.createTransfer({ contractId: '2345678901', password: 'Passw0rd!', payee: { ...payee, account: '7654321' }, amount: { value: '999', currency: 'JPY' } });
    const shown = stepShown(el, 'review');
    el.transaction = transaction;
    await shown;
    await el.updateComplete;
    expect(details(el)[3]).to.deep.equal(['口座番号', '7654321']);
  });

  it('tells the page’s developer once when the transaction attribute is missing, and the customer that the service is unavailable', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(String(args[0]));
    try {
      const el = await mount({ adapter: answering(validTransaction()) });
      await waitUntil(() => text(el, 'error') !== '', 'the failure is said');
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el, 'error')).to.equal('ただいまサービスをご利用いただけません。しばらくしてから再度お試しください。');
    } finally {
      console.error = original;
    }
    expect(errors.filter((e) => e.includes('transaction attribute'))).to.have.length(1);
  });

  it('tells the page’s developer when the adapter has no getTransaction', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(String(args[0]));
    try {
      const el = await mount({ adapter: answering(validTransaction(), { getTransaction: undefined }), transaction: 't' });
      await waitUntil(() => text(el, 'error') !== '', 'the failure is said');
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal(['<otp-confirm>: the adapter has no getTransaction(): <otp-confirm> needs getTransaction and confirmTransaction, and declineTransaction for "This is not my transfer".']);
  });
});
