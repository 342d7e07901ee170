import { ja as field } from '../../token-field/i18n/ja.js';
import { completeJa } from '../../wizard/i18n/complete-ja.js';
import type { RegisterStrings } from './strings.js';

// The register step's texts and the result's, as on the bank's screens (docs/bank-flow.md): they
// load with the step's module, not with the first page load.
export const registerJa: RegisterStrings = {
  ...completeJa,
  registerIntro: [
    'ご利用を開始するワンタイムパスワードの利用登録を行います。',
    'トークンID、ワンタイムパスワードを入力し、「登録」ボタンを押してください。',
  ],
  tokenIdLabel: 'トークンID',
  tokenIdHint: 'トークンIDは、ソフトウェアトークンの画面に表示されています。',
  tokenIdRequired: 'トークンIDを入力してください。',
  tokenIdFormat: 'トークンIDの形式が正しくありません。英字4文字と数字8桁で入力してください（例：VSST12345678）。',
  tokenIdInvalid: 'トークンIDの形式が正しくありません。トークンに表示されているとおりに入力してください。',
  otpLabel: 'ワンタイムパスワード',
  otpCurrentLabel: 'ワンタイムパスワード（現在の表示）',
  otpNextLabel: 'ワンタイムパスワード（次の表示）',
  otpHint: (digits, period) => `※トークンに表示されている${digits}桁の数字を入力してください。(${period}秒間に数字が変更されます。)`,
  nextOtpHint: '※数字が変わるのを待ち、次に表示された数字を入力してください。',
  otpRequired: field.valueMissing,
  otpIncomplete: field.tooShort,
  sameCode: '同じワンタイムパスワードが入力されています。数字が変わるのを待ち、次に表示された数字を入力してください。',
  replaceNotice: (current) =>
    `現在ご利用中のトークン（${current}）が登録されています。登録すると、新しいトークンに切り替わります（機種変更）。`,
  provisionIntro: [
    '認証アプリでQRコードを読み取るか、次のキーを入力してください。',
    '認証アプリに表示されたワンタイムパスワードを入力し、「登録」ボタンを押してください。',
  ],
  provisioning: 'QRコードを準備しています。しばらくお待ちください。',
  qrLabel: '認証アプリで読み取るQRコード',
  issuerLabel: '発行元',
  accountLabel: 'アカウント',
  secretLabel: 'キー',
  secretHint: '※QRコードを読み取れない場合は、キーの種類に「時間ベース」を選び、上のキーを入力してください。(4文字ずつ区切って表示しています。)',
  copySecret: 'キーをコピー',
  secretCopied: 'キーをコピーしました。',
  copyFailed: 'キーをコピーできませんでした。キーを直接入力してください。',
  appOtpHint: (digits, period) => `※認証アプリに表示されている${digits}桁の数字を入力してください。(${period}秒間に数字が変更されます。)`,
  openInApp: 'この端末の認証アプリに追加',
  register: '登録',
  completeHeading: '利用登録の完了',
  completeMessage: 'ワンタイムパスワードの利用登録が完了しました。',
  completeNote: '【ご注意】次回のログインから「契約者ID」「ログインパスワード」に加え、「ワンタイムパスワード」が必要となります。',
};
