import { jaErrors } from './errors.js';
import type { SharedWizardStrings } from './strings.js';

// Wording follows the bank's pages (docs/bank-flow.md) and their polite register.
export const ja: SharedWizardStrings = {
  trailLabel: 'お手続きの流れ',
  stepPosition: (index, count) => `ステップ${index}/${count}`,
  contractIdLabel: '契約者ID',
  passwordLabel: 'ログインパスワード',
  softKeyboard: 'ソフトウェアキーボード入力',
  resultCodeLabel: '受付番号',
  resultCode: (code) => `(${code})`,
  completeInstruction: (button) => `「${button}」ボタンを押してください。`,
  next: '次へ',
  back: '戻る',
  backToLogin: 'ログイン画面に戻る',
  backToLoginShort: 'ログイン画面',
  busy: '処理中です。しばらくお待ちください。',
  sessionWarning: (wait, canExtend) =>
    `一定時間操作がないため、${wait}にお手続きが無効になります。${canExtend ? 'お手続きを続ける場合は「延長する」ボタンを押してください。' : 'お早めにお手続きください。'}`,
  extendSession: '延長する',
  sessionExtended: 'お手続きの有効時間を延長しました。',
  contractIdRequired: '契約者IDを入力してください。',
  passwordRequired: 'ログインパスワードを入力してください。',
  errors: jaErrors,
};
