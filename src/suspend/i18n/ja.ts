import { ja as wizard } from '../../wizard/i18n/ja.js';
import type { SuspendStrings } from './strings.js';

// In the bank's polite register (docs/bank-flow.md): its suspension (利用停止) entry under the login form.
export const ja: SuspendStrings = {
  ...wizard,
  title: 'ワンタイムパスワード利用停止',
  trail: ['利用者認証', '利用停止確認', '処理結果'],
  prepareHeading: 'お手続きの前に',
  authenticateHeading: '利用停止',
  authenticateIntro: ['ワンタイムパスワードの利用停止を行います。', '契約者ID、ログインパスワードを入力し、「次へ」ボタンを押してください。'],
  confirmHeading: 'ワンタイムパスワードの利用停止確認',
  confirmIntro: ['ワンタイムパスワードの利用を停止します。', '以下の内容をご確認のうえ、「利用停止」ボタンを押してください。'],
  confirmPoints: [
    '利用停止後は、次回のログインから「契約者ID」「ログインパスワード」のみでログインできます。',
    'ワンタイムパスワードは、ログイン画面下の「ワンタイムパスワードの新規登録はこちらから」から、あらためて利用登録できます。',
  ],
  currentTokenLabel: 'ご利用中のトークンID',
  suspend: '利用停止',
  completeHeading: '利用停止の完了',
  completeMessage: 'ワンタイムパスワードの利用停止が完了しました。',
  completeNote: '次回のログインから、「契約者ID」「ログインパスワード」でログインできます。',
};
