import { completeEn } from '../../wizard/i18n/complete-en.js';
import type { ConfirmStrings } from './strings.js';

// The confirm step's texts and the result's: they load with the step's module.
export const confirmEn: ConfirmStrings = {
  ...completeEn,
  confirmIntro: ['You are about to stop using one-time passwords.', 'Please check the points below, then press “Suspend”.'],
  confirmPoints: [
    'From your next login, your contract ID and login password alone will let you log in.',
    'You can register a token again at any time through “New one-time password registration” under the login form.',
  ],
  currentTokenLabel: 'Token in use',
  suspend: 'Suspend',
  completeHeading: 'Suspension complete',
  completeMessage: 'One-time passwords are now suspended for your account.',
  completeNote: 'From your next login, you can log in with your contract ID and login password.',
};
