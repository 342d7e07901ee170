import { sendKeys } from '@web/test-runner-commands';
import '../../src/otp-suspend.js';
import type { WizardDriver } from '../wizard/driver.js';
import { en, ja } from './texts.js';

export const suspendDriver: WizardDriver = {
  tag: 'otp-suspend',
  flow: 'suspend',
  action: 'confirm',
  contractId: '2345678901',
  password: 'Passw0rd!',
  strings: { ja, en },
  actionCall: { method: 'suspend', path: '/suspend' },
  tokenIdAfter: undefined,
  async fillAction() {
    return [];
  },
  async completeActionByKeyboard() {
    // Desktop order: 利用停止 is the first button after the heading.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    return [];
  },
};
