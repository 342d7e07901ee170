import { en as wizard } from '../../wizard/i18n/en.js';
import type { EnrollStrings } from './translation.js';

export const en: EnrollStrings = {
  ...wizard,
  title: 'One-time password registration',
  trail: ['Verify your identity', 'Enter your token', 'Result'],
  authenticateHeading: 'Registration',
  authenticateIntro: ['Register to use one-time passwords.', 'Enter your contract ID and login password, then press “Next”.'],
  registerHeading: 'Register the one-time password you will use',
  registerIntro: [
    'Register the token whose one-time passwords you will use from now on.',
    'Enter the token ID and the one-time password, then press “Register”.',
  ],
  tokenIdLabel: 'Token ID',
  tokenIdHint: 'The token ID is shown in your software token app.',
  tokenIdRequired: 'Enter the token ID.',
  tokenIdInvalid: 'This is not a valid token ID. Enter it exactly as your token shows it.',
  otpLabel: 'One-time password',
  otpCurrentLabel: 'One-time password (shown now)',
  otpNextLabel: 'One-time password (shown next)',
  otpHint: (period) => `Enter the digits your token shows. They change every ${period} seconds.`,
  nextOtpHint: 'Wait for the digits to change, then enter the new ones.',
  sameCode: 'Both one-time passwords are the same. Wait for the digits to change, then enter the new ones.',
  replaceNotice: (current) => `Token ${current} is registered now. Registering replaces it with the new token (device change).`,
  register: 'Register',
  cancel: 'Cancel',
  completeHeading: 'Registration',
  completeMessage: 'Your one-time password registration is complete.',
  completeNote:
    'Please note: from your next login, you will need a one-time password in addition to your contract ID and login password.',
};
