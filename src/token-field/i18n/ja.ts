import type { TokenFieldStrings } from './strings.js';

// Kept apart from the wizards' translations so that a page using only the field loads only these.
export const ja: TokenFieldStrings = {
  label: 'ワンタイムパスワード',
  valueMissing: 'ワンタイムパスワードを入力してください。',
  tooShort: (n) => `ワンタイムパスワードは${n}桁の数字で入力してください。`,
  notDigit: '数字のみ入力できます。',
  tooMany: (n) => `ワンタイムパスワードは${n}桁です。`,
  noCode: '貼り付けた内容からワンタイムパスワードを読み取れませんでした。',
};
