import { ja as wizard } from '../../wizard/i18n/ja.js';
import type { EnrollFirstStrings } from './strings.js';

// Titles, trail, headings and messages as on the bank's screens (docs/bank-flow.md). What the
// first load says: the register step's own texts and the result's load with the step
// (register-ja.ts).
export const ja: EnrollFirstStrings = {
  ...wizard,
  title: 'ワンタイムパスワード利用登録',
  trail: ['利用者認証', 'ワンタイムパスワード登録情報入力', '処理結果'],
  // The bank's step ① (ソフトウェアトークンの準備（ダウンロード）), which the prepare slot stands for.
  prepareHeading: 'ソフトウェアトークンの準備',
  authenticateHeading: '利用登録',
  authenticateIntro: ['ワンタイムパスワードの利用登録を行います。', '契約者ID、ログインパスワードを入力し、「次へ」ボタンを押してください。'],
  registerHeading: 'ご利用を開始するワンタイムパスワードの利用登録',
  retryProvision: '再試行',
  cancel: '中止',
  passkeyTrail: 'パスキー登録',
  passkeyHeading: 'このデバイスへのパスキーの登録',
  passkeyRetry: '再試行',
  passkeySkip: '今はしない',
  passkeyTitle: 'パスキー登録',
  passkeyAuthenticateIntro: ['このデバイスにパスキーを登録します。', '契約者ID、ログインパスワードを入力し、「次へ」ボタンを押してください。'],
};
