import { en as wizard } from '../../wizard/i18n/en.js';
import type { SuspendFirstStrings } from './strings.js';

// What an English page's first render needs: the confirm step's own texts and the result's load
// with the step (confirm-en.ts).
export const en: SuspendFirstStrings = {
  ...wizard,
  title: 'Stop using one-time passwords',
  trail: ['Verify your identity', 'Confirm', 'Result'],
  prepareHeading: 'Before you start',
  authenticateHeading: 'Suspension',
  authenticateIntro: ['Stop using one-time passwords.', 'Enter your contract ID and login password, then press “Next”.'],
  confirmHeading: 'Confirm suspension',
};
