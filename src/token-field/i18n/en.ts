import type { TokenFieldStrings } from './strings.js';

export const en: TokenFieldStrings = {
  label: 'One-time password',
  valueMissing: 'Enter the one-time password.',
  tooShort: (n) => `Enter all ${n} digits of the one-time password.`,
  notDigit: 'Only digits can be entered.',
  tooMany: (n) => `The one-time password has ${n} digits.`,
  noCode: 'No single one-time password was found in the pasted text.',
};
