import { en as field } from '../../token-field/i18n/en.js';
import { completeEn } from '../../wizard/i18n/complete-en.js';
import type { RegisterStrings } from './strings.js';

// The register step's texts and the result's: they load with the step's module.
export const registerEn: RegisterStrings = {
  ...completeEn,
  registerIntro: [
    'Register the token whose one-time passwords you will use from now on.',
    'Enter the token ID and the one-time password, then press “Register”.',
  ],
  tokenIdLabel: 'Token ID',
  tokenIdHint: 'The token ID is shown in your software token app.',
  tokenIdRequired: 'Enter the token ID.',
  tokenIdFormat: 'This is not a valid token ID. Enter four letters and eight digits (for example VSST12345678).',
  tokenIdInvalid: 'This is not a valid token ID. Enter it exactly as your token shows it.',
  otpLabel: 'One-time password',
  otpCurrentLabel: 'One-time password (shown now)',
  otpNextLabel: 'One-time password (shown next)',
  otpHint: (digits, period) => `Enter the ${digits} digits your token shows. They change every ${period} seconds.`,
  nextOtpHint: 'Wait for the digits to change, then enter the new ones.',
  otpRequired: field.valueMissing,
  otpIncomplete: field.tooShort,
  sameCode: 'Both one-time passwords are the same. Wait for the digits to change, then enter the new ones.',
  replaceNotice: (current) => `Token ${current} is registered now. Registering replaces it with the new token (device change).`,
  provisionIntro: [
    'Scan the QR code with your authenticator app, or enter the key below.',
    'Enter the one-time password your app shows, then press “Register”.',
  ],
  provisioning: 'Preparing the QR code. Please wait.',
  qrLabel: 'QR code to scan with your authenticator app',
  issuerLabel: 'Issuer',
  accountLabel: 'Account',
  secretLabel: 'Key',
  secretHint: 'If you cannot scan the QR code, choose a time-based key in your app and enter the key above. (It is shown in groups of four.)',
  copySecret: 'Copy key',
  secretCopied: 'The key has been copied.',
  copyFailed: 'The key could not be copied. Please type it in.',
  appOtpHint: (digits, period) => `Enter the ${digits} digits your app shows. They change every ${period} seconds.`,
  openInApp: 'Add to the authenticator app on this device',
  register: 'Register',
  completeHeading: 'Registration complete',
  completeMessage: 'Your one-time password registration is complete.',
  completeNote:
    'Please note: from your next login, you will need a one-time password in addition to your contract ID and login password.',
};
