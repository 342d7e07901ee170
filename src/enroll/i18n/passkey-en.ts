import type { PasskeyStrings } from './passkey-strings.js';

export const passkeyEn: PasskeyStrings = {
  passkeyIntro: [
    'You can add a passkey on this device.',
    'Press “Add a passkey on this device” and follow what your device shows. To go on without one, press “Not now”.',
  ],
  passkeyCodeIntro: [
    'Add a passkey on this device.',
    'Enter the one-time password your token shows now and press “Next”. Then follow what your device shows.',
  ],
  passkeyPoints: [
    'A passkey checks it is you with this device’s screen lock (fingerprint, face or PIN).',
    'A passkey works only on our real website, so a fake website (phishing) cannot steal it.',
    'Your fingerprint or face never leaves your device.',
  ],
  passkeyCreate: 'Add a passkey on this device',
  passkeyPrompting: 'Follow what your device shows.',
  passkeyNotAllowed:
    'No passkey was added: the request was closed, it timed out, or your device could not confirm it was you (fingerprint, face or PIN). Please try again.',
  passkeyExists: 'This device already holds a passkey of yours for us. You do not need to add another.',
  passkeyNoVerification:
    'No passkey was added: your device did not confirm it was you (fingerprint, face or PIN). Set up a screen lock on this device, then try again.',
  passkeyNoAuthenticator:
    'This device has no screen lock (fingerprint, face or PIN) that a passkey can use. Set one up and try again, or use another device.',
  passkeyUnsupported: 'This device or browser cannot add a passkey of the kind we use. Please use another device.',
  passkeyFailed: 'The passkey could not be added. Please try again.',
  completeWithPasskey: 'Your one-time password registration is complete, and a passkey has been added on this device.',
  completeWithoutPasskey: 'Your one-time password registration is complete. No passkey was added; you can add one later.',
  passkeyCompleteHeading: 'Passkey added',
  passkeyCompleteMessage: 'A passkey has been added on this device.',
  passkeyCompleteNote: 'Please note: the passkey works with this device’s screen lock (fingerprint, face or PIN). Your one-time passwords keep working as before.',
};
