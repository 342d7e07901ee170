// The result step's texts: they load with each flow's action steps, not with the first step.
import type { SharedCompleteStrings } from './strings.js';

export const completeEn: SharedCompleteStrings = {
  resultCodeLabel: 'Reference number:',
  resultCode: (code) => code,
  completeInstruction: (button) => `Press “${button}” to continue.`,
  backToLoginShort: 'Back to login',
};
