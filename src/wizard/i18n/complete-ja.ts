// The result step's texts: they load with each flow's action steps, not with the first step.
import type { SharedCompleteStrings } from './strings.js';

export const completeJa: SharedCompleteStrings = {
  resultCodeLabel: '受付番号',
  resultCode: (code) => `(${code})`,
  completeInstruction: (button) => `「${button}」ボタンを押してください。`,
  backToLoginShort: 'ログイン画面',
};
