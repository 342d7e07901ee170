import type { OtpLang } from '../i18n/lang.js';

/** Every text the token field shows or announces; override any of them with `strings`. */
export interface TokenFieldStrings {
  /** Accessible name when neither the `label` attribute nor a `<label for>` names the field. */
  label: string;
  /** Validation message: `required` and empty. */
  valueMissing: string;
  /** Validation message: fewer digits than the code has. */
  tooShort: (digits: number) => string;
  /** Hint: a typed character was not a digit and was not entered. */
  notDigit: string;
  /** Hint: the input would make the code longer than `digits`, so it was not entered. */
  tooMany: (digits: number) => string;
  /** Hint: pasted text held no single code, so nothing was entered. */
  noCode: string;
}

// Kept apart from the wizards' translations so that a page using only the field loads only these.
export const tokenFieldStrings: Record<OtpLang, TokenFieldStrings> = {
  ja: {
    label: 'ワンタイムパスワード',
    valueMissing: 'ワンタイムパスワードを入力してください。',
    tooShort: (n) => `ワンタイムパスワードは${n}桁の数字で入力してください。`,
    notDigit: '数字のみ入力できます。',
    tooMany: (n) => `ワンタイムパスワードは${n}桁です。`,
    noCode: '貼り付けた内容からワンタイムパスワードを読み取れませんでした。',
  },
  en: {
    label: 'One-time password',
    valueMissing: 'Enter the one-time password.',
    tooShort: (n) => `Enter all ${n} digits of the one-time password.`,
    notDigit: 'Only digits can be entered.',
    tooMany: (n) => `The one-time password has ${n} digits.`,
    noCode: 'No single one-time password was found in the pasted text.',
  },
};
