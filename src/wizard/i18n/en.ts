import { enErrors } from './errors.js';
import type { SharedWizardStrings } from './strings.js';

export const en: SharedWizardStrings = {
  trailLabel: 'Progress',
  stepPosition: (index, count) => `Step ${index} of ${count}`,
  contractIdLabel: 'Contract ID',
  passwordLabel: 'Login password',
  softKeyboard: 'Software keyboard',
  resultCodeLabel: 'Reference number:',
  resultCode: (code) => code,
  completeInstruction: (button) => `Press “${button}” to continue.`,
  next: 'Next',
  back: 'Back',
  backToLogin: 'Back to login',
  backToLoginShort: 'Back to login',
  busy: 'Processing. Please wait.',
  sessionWarning: (wait, canExtend) =>
    `For your security, this session ends ${wait} without activity.${canExtend ? ' To continue, press “Extend”.' : ' Please finish soon.'}`,
  extendSession: 'Extend',
  sessionExtended: 'Your session has been extended.',
  contractIdRequired: 'Enter your contract ID.',
  passwordRequired: 'Enter your login password.',
  errors: enErrors,
};
