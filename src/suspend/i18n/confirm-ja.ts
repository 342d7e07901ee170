import { completeJa } from '../../wizard/i18n/complete-ja.js';
import type { ConfirmStrings } from './strings.js';

// The confirm step's texts and the result's: they load with the step's module.
export const confirmJa: ConfirmStrings = {
  ...completeJa,
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
