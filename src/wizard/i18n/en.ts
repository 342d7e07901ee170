import type { ErrorMessages } from './errors.js';
import type { SharedWizardStrings } from './strings.js';

/** What the attempts left before a lockout are said as, after a message; '' when the bank did not say. */
export const attemptsLeft = (n?: number): string =>
  n === undefined ? '' : ` ${n === 1 ? 'One more wrong attempt' : `${n} more wrong attempts`} will lock you out for a while.`;

/** The message for each adapter error code, shared with <otp-confirm>. */
export const errors: ErrorMessages = {
  // Never says which of the two was wrong.
  'invalid-credentials': ({ remainingAttempts }) =>
    `The contract ID or login password is incorrect.${attemptsLeft(remainingAttempts)}`,
  'invalid-otp': ({ remainingAttempts }) =>
    `The one-time password is incorrect. Enter the digits your token shows now.${attemptsLeft(remainingAttempts)}`,
  'invalid-token-id': ({ remainingAttempts }) =>
    `The token ID is not valid. Check the token ID shown in your token app.${attemptsLeft(remainingAttempts)}`,
  'already-registered': () => 'This token is already registered.',
  'not-registered': () => 'You have no one-time password registered.',
  'passkey-rejected': () => 'This passkey was not accepted: it is registered already, or your device did not confirm it was you (fingerprint, face or PIN).',
  locked: ({ wait }) =>
    `Too many wrong attempts: access is paused for your security. Please try again ${wait ?? 'later'}.`,
  'session-expired': () => 'Your session timed out. Please enter your login password again.',
  'transaction-expired': () => 'The time to confirm has run out. Please start again.',
  'transaction-closed': () => 'This transaction is already settled.',
  network: () => 'We could not connect. Check your connection and try again.',
  timeout: () => 'The connection timed out. Please try again in a moment.',
  unavailable: ({ wait }) =>
    wait ? `The service is busy right now. Please try again ${wait}.` : 'The service is not available right now. Please try again later.',
  unknown: () => 'Something went wrong. Please try again later.',
};

export const en: SharedWizardStrings = {
  trailLabel: 'Progress',
  stepPosition: (index, count) => `Step ${index} of ${count}`,
  contractIdLabel: 'Contract ID',
  passwordLabel: 'Login password',
  softKeyboard: 'Software keyboard',
  next: 'Next',
  back: 'Back',
  backToLogin: 'Back to login',
  busy: 'Processing. Please wait.',
  stepReady: (heading) => `The “${heading}” page is ready.`,
  retry: 'Try again',
  sessionWarning: (wait, canExtend) =>
    `For your security, this session ends ${wait}.${canExtend ? ' To continue, press “Extend”.' : ' Please finish soon.'}`,
  extendSession: 'Extend',
  sessionExtended: 'Your session has been extended.',
  contractIdRequired: 'Enter your contract ID.',
  passwordRequired: 'Enter your login password.',
  errors,
};
