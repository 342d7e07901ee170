import { defineElement } from '../define.js';
import { OtpSoftKeyboard } from './otp-soft-keyboard.js';

defineElement('otp-soft-keyboard', OtpSoftKeyboard);

export { OtpSoftKeyboard };
export type { SoftKeyboardStrings } from './strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-soft-keyboard': OtpSoftKeyboard;
  }
}
