import { sendKeys } from '@web/test-runner-commands';
import '../../src/otp-enroll.js';
import type { WizardDriver } from '../wizard/driver.js';
import { codeField, tokenIdInput, type } from '../wizard/helpers.js';
import { en, ja } from './texts.js';

export const demoTokenId = 'VSST12345678';

export const enrollDriver: WizardDriver = {
  tag: 'otp-enroll',
  flow: 'enroll',
  action: 'register',
  contractId: '1234567890',
  password: 'Passw0rd!',
  strings: { ja, en },
  actionCall: { method: 'registerToken', path: '/tokens' },
  tokenIdAfter: demoTokenId,
  async fillAction(el, code) {
    await type(tokenIdInput(el), demoTokenId);
    const otp = await code(demoTokenId);
    await type(codeField(el), otp);
    return [otp];
  },
  async completeActionByKeyboard(_el, code) {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: demoTokenId });
    await sendKeys({ press: 'Tab' });
    const otp = await code(demoTokenId);
    await sendKeys({ type: otp });
    await sendKeys({ press: 'Enter' });
    return [otp];
  },
};
