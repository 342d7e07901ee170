import type { ErrorMessages } from './errors.js';
import type { SharedWizardStrings } from './strings.js';

// Wording follows the bank's pages (docs/bank-flow.md) and their polite register.

/** What the attempts left before a lockout are said as, after a message; '' when the bank did not say. */
export const attemptsLeft = (n?: number): string =>
  n === undefined ? '' : `あと${n}回誤って入力されますと、一定時間ご利用いただけなくなります。`;

/** The message for each adapter error code, shared with <otp-confirm>. */
export const errors: ErrorMessages = {
  // Never says which of the two was wrong.
  'invalid-credentials': ({ remainingAttempts }) =>
    `契約者IDまたはログインパスワードが正しくありません。${attemptsLeft(remainingAttempts)}`,
  'invalid-otp': ({ remainingAttempts }) =>
    `ワンタイムパスワードが正しくありません。トークンに表示されている最新の数字を入力してください。${attemptsLeft(remainingAttempts)}`,
  'invalid-token-id': ({ remainingAttempts }) =>
    `トークンIDが正しくありません。トークンに表示されているトークンIDをご確認ください。${attemptsLeft(remainingAttempts)}`,
  'already-registered': () => 'このトークンはすでに登録されています。',
  'not-registered': () => 'ワンタイムパスワードの利用登録がありません。',
  'passkey-rejected': () => 'パスキーを登録できませんでした。登録済みのパスキーか、本人確認（指紋・顔・PINなど）が行われていません。',
  locked: ({ wait }) =>
    `入力誤りが所定の回数を超えたため、現在ご利用いただけません。${wait ? `${wait}に` : 'しばらくしてから'}再度お試しください。`,
  'session-expired': () => 'お手続きの有効時間が過ぎたため、お手続きが無効になりました。もう一度ログインパスワードを入力してください。',
  'transaction-expired': () => 'お取引の有効時間が過ぎました。最初からやり直してください。',
  'transaction-closed': () => 'このお取引は手続き済みです。',
  network: () => '通信エラーが発生しました。通信環境をご確認のうえ、再度お試しください。',
  timeout: () => '通信がタイムアウトしました。しばらくしてから再度お試しください。',
  unavailable: ({ wait }) =>
    wait
      ? `ただいま混み合っているため、ご利用いただけません。${wait}に再度お試しください。`
      : 'ただいまサービスをご利用いただけません。しばらくしてから再度お試しください。',
  unknown: () => 'エラーが発生しました。しばらくしてから再度お試しください。',
};

export const ja: SharedWizardStrings = {
  trailLabel: 'お手続きの流れ',
  stepPosition: (index, count) => `ステップ${index}/${count}`,
  contractIdLabel: '契約者ID',
  passwordLabel: 'ログインパスワード',
  softKeyboard: 'ソフトウェアキーボード入力',
  next: '次へ',
  back: '戻る',
  backToLogin: 'ログイン画面に戻る',
  busy: '処理中です。しばらくお待ちください。',
  stepReady: (heading) => `「${heading}」の画面を表示しました。`,
  retry: '再試行',
  sessionWarning: (wait, canExtend) =>
    `セキュリティのため、お手続きの有効時間は${wait}に終了します。${canExtend ? 'お手続きを続ける場合は「延長する」ボタンを押してください。' : 'お早めにお手続きください。'}`,
  extendSession: '延長する',
  sessionExtended: 'お手続きの有効時間を延長しました。',
  contractIdRequired: '契約者IDを入力してください。',
  passwordRequired: 'ログインパスワードを入力してください。',
  errors,
};
