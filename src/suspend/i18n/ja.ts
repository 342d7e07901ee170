import { ja as wizard } from '../../wizard/i18n/ja.js';
import type { SuspendFirstStrings } from './strings.js';

// In the bank's polite register (docs/bank-flow.md): its suspension (利用停止) entry under the login
// form. What the first load says: the confirm step's own texts and the result's load with the step
// (confirm-ja.ts).
export const ja: SuspendFirstStrings = {
  ...wizard,
  title: 'ワンタイムパスワード利用停止',
  trail: ['利用者認証', '利用停止確認', '処理結果'],
  prepareHeading: 'お手続きの前に',
  authenticateHeading: '利用停止',
  authenticateIntro: ['ワンタイムパスワードの利用停止を行います。', '契約者ID、ログインパスワードを入力し、「次へ」ボタンを押してください。'],
  confirmHeading: 'ワンタイムパスワードの利用停止確認',
};
