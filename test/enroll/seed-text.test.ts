// The Japanese texts of <otp-enroll> against the bank screens it replaces (docs/bank-flow.md,
// ワンタイムパスワードご利用までの流れ): each expected string below is copied from those screens.
import { expect } from '@open-wc/testing';
import { ja } from './texts.js';

describe('<otp-enroll> Japanese texts as on the seed’s screens', () => {
  it('titles every screen and names the trail’s three steps as the seed does', () => {
    expect(ja.title).to.equal('ワンタイムパスワード利用登録');
    expect(ja.trail).to.deep.equal(['利用者認証', 'ワンタイムパスワード登録情報入力', '処理結果']);
    expect(ja.prepareHeading).to.equal('ソフトウェアトークンの準備');
  });

  it('words the authenticate screen as the seed does', () => {
    expect(ja.authenticateHeading).to.equal('利用登録');
    expect(ja.authenticateIntro).to.deep.equal([
      'ワンタイムパスワードの利用登録を行います。',
      '契約者ID、ログインパスワードを入力し、「次へ」ボタンを押してください。',
    ]);
    expect([ja.contractIdLabel, ja.passwordLabel, ja.softKeyboard]).to.deep.equal(['契約者ID', 'ログインパスワード', 'ソフトウェアキーボード入力']);
    expect([ja.next, ja.back]).to.deep.equal(['次へ', '戻る']);
  });

  it('words the register screen, with its hint for a 30-second token, as the seed does', () => {
    expect(ja.registerHeading).to.equal('ご利用を開始するワンタイムパスワードの利用登録');
    expect(ja.registerIntro).to.deep.equal([
      'ご利用を開始するワンタイムパスワードの利用登録を行います。',
      'トークンID、ワンタイムパスワードを入力し、「登録」ボタンを押してください。',
    ]);
    expect([ja.tokenIdLabel, ja.otpLabel]).to.deep.equal(['トークンID', 'ワンタイムパスワード']);
    // The bank's hint, with the digit count added (sighted customers see a box six digits wide).
    expect(ja.otpHint(6, 30)).to.equal('※トークンに表示されている6桁の数字を入力してください。(30秒間に数字が変更されます。)');
    expect([ja.register, ja.cancel, ja.backToLogin]).to.deep.equal(['登録', '中止', 'ログイン画面に戻る']);
  });

  it('words the result screen, its result code and the note on the next login as the seed does', () => {
    // The bank repeats 利用登録; the heading says the outcome, so a screen reader landing on it hears the news.
    expect(ja.completeHeading).to.equal('利用登録の完了');
    expect(ja.completeMessage).to.equal('ワンタイムパスワードの利用登録が完了しました。');
    expect(ja.resultCode('00001')).to.equal('(00001)');
    expect(ja.completeInstruction(ja.backToLogin)).to.equal('「ログイン画面に戻る」ボタンを押してください。');
    expect(ja.completeInstruction(ja.backToLoginShort)).to.equal('「ログイン画面」ボタンを押してください。');
    expect(ja.completeNote).to.equal(
      '【ご注意】次回のログインから「契約者ID」「ログインパスワード」に加え、「ワンタイムパスワード」が必要となります。',
    );
  });
});
