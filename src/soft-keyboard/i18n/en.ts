import type { SoftKeyboardStrings } from './strings.js';

export const en: SoftKeyboardStrings = {
  keyboard: 'Software keyboard',
  shift: 'Shift',
  backspace: 'Backspace',
  clear: 'Clear',
  close: 'Close',
  entered: (count) => (count === 1 ? '1 character entered' : `${count} characters entered`),
};
