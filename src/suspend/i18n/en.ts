import { en as wizard } from '../../wizard/i18n/en.js';
import type { SuspendStrings } from './strings.js';

export const en: SuspendStrings = {
  ...wizard,
  title: 'Stop using one-time passwords',
  trail: ['Verify your identity', 'Confirm', 'Result'],
  prepareHeading: 'Before you start',
  authenticateHeading: 'Suspension',
  authenticateIntro: ['Stop using one-time passwords.', 'Enter your contract ID and login password, then press “Next”.'],
  confirmHeading: 'Confirm suspension',
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
