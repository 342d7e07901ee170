import type { SoftKeyboardStrings } from './strings.js';

export const ja: SoftKeyboardStrings = {
  keyboard: 'ソフトウェアキーボード',
  shift: 'シフト',
  backspace: 'バックスペース',
  clear: 'クリア',
  close: '閉じる',
  entered: (count) => `${count}文字入力済み`,
};
