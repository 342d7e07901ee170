import { en as wizard } from '../../wizard/i18n/en.js';
import type { EnrollFirstStrings } from './strings.js';

// What an English page's first render needs: the register step's own texts and the result's load
// with the step (register-en.ts).
export const en: EnrollFirstStrings = {
  ...wizard,
  title: 'One-time password registration',
  trail: ['Verify your identity', 'Enter your token', 'Result'],
  prepareHeading: 'Prepare your software token',
  authenticateHeading: 'Registration',
  authenticateIntro: ['Register to use one-time passwords.', 'Enter your contract ID and login password, then press “Next”.'],
  registerHeading: 'Register the one-time password you will use',
  retryProvision: 'Try again',
  cancel: 'Cancel',
  passkeyTrail: 'Add a passkey',
  passkeyHeading: 'Add a passkey on this device',
  passkeyRetry: 'Try again',
  passkeySkip: 'Not now',
  passkeyTitle: 'Passkey registration',
  passkeyAuthenticateIntro: ['Add a passkey on this device.', 'Enter your contract ID and login password, then press “Next”.'],
};
