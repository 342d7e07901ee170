// What every element says for each adapter error code, in each language: the wizards and
// <otp-confirm> share these, and each may reword the codes of its own flow.
import type { OtpErrorCode } from '../../adapters/otp-error.js';

/** What an adapter error message may mention. */
export interface ErrorTextParams {
  /** Attempts left before the lockout, when the bank said. */
  remainingAttempts?: number;
  /** The wait before trying again, already worded for the language (e.g. "15 分後", "in 15 minutes"). */
  wait?: string;
}

/** The message for each adapter error code. */
export type ErrorMessages = Record<OtpErrorCode, (params: ErrorTextParams) => string>;

// Wording follows the bank's pages (docs/bank-flow.md) and their polite register.
/** What the attempts left before a lockout are said as, after a message; '' when the bank did not say. */
export const attemptsLeftJa = (n?: number): string =>
  n === undefined ? '' : `あと${n}回誤って入力されますと、一定時間ご利用いただけなくなります。`;

export const attemptsLeftEn = (n?: number): string =>
  n === undefined ? '' : ` ${n === 1 ? 'One more wrong attempt' : `${n} more wrong attempts`} will lock you out for a while.`;

export const jaErrors: ErrorMessages = {
  // Never says which of the two was wrong.
  'invalid-credentials': ({ remainingAttempts }) =>
    `契約者IDまたはログインパスワードが正しくありません。${attemptsLeftJa(remainingAttempts)}`,
  'invalid-otp': ({ remainingAttempts }) =>
    `ワンタイムパスワードが正しくありません。トークンに表示されている最新の数字を入力してください。${attemptsLeftJa(remainingAttempts)}`,
  'invalid-token-id': ({ remainingAttempts }) =>
    `トークンIDが正しくありません。トークンに表示されているトークンIDをご確認ください。${attemptsLeftJa(remainingAttempts)}`,
  'already-registered': () => 'このトークンはすでに登録されています。',
  'not-registered': () => 'ワンタイムパスワードの利用登録がありません。',
  locked: ({ wait }) =>
    `入力誤りが所定の回数を超えたため、現在ご利用いただけません。${wait ? `${wait}に` : 'しばらくしてから'}再度お試しください。`,
  'session-expired': () => '一定時間操作がなかったため、お手続きが無効になりました。もう一度ログインパスワードを入力してください。',
  'transaction-expired': () => 'お取引の有効時間が過ぎたため、お手続きが無効になりました。最初からやり直してください。',
  'transaction-closed': () => 'このお取引はすでに確定または中止されています。',
  network: () => '通信エラーが発生しました。通信環境をご確認のうえ、再度お試しください。',
  timeout: () => '通信がタイムアウトしました。しばらくしてから再度お試しください。',
  unavailable: () => 'ただいまサービスをご利用いただけません。しばらくしてから再度お試しください。',
  unknown: () => 'エラーが発生しました。しばらくしてから再度お試しください。',
};

export const enErrors: ErrorMessages = {
  // Never says which of the two was wrong.
  'invalid-credentials': ({ remainingAttempts }) =>
    `The contract ID or login password is incorrect.${attemptsLeftEn(remainingAttempts)}`,
  'invalid-otp': ({ remainingAttempts }) =>
    `The one-time password is incorrect. Enter the digits your token shows now.${attemptsLeftEn(remainingAttempts)}`,
  'invalid-token-id': ({ remainingAttempts }) =>
    `The token ID is not valid. Check the token ID shown in your token app.${attemptsLeftEn(remainingAttempts)}`,
  'already-registered': () => 'This token is already registered.',
  'not-registered': () => 'You have no one-time password registered.',
  locked: ({ wait }) =>
    `Too many wrong attempts: access is paused for your security. Please try again ${wait ?? 'later'}.`,
  'session-expired': () => 'Your session timed out. Please enter your login password again.',
  'transaction-expired': () => 'The time to confirm this transaction has run out. Please start again.',
  'transaction-closed': () => 'This transaction has already been confirmed or stopped.',
  network: () => 'We could not connect. Check your connection and try again.',
  timeout: () => 'The connection timed out. Please try again in a moment.',
  unavailable: () => 'The service is not available right now. Please try again later.',
  unknown: () => 'Something went wrong. Please try again later.',
};
