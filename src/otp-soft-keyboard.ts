// Internal: the software keyboard the wizards offer for the password. Registered here like the
// public tags, so every tag is defined the same way.
import { defineElement } from './define.js';
import { OtpSoftKeyboard } from './soft-keyboard/soft-keyboard.js';

defineElement('otp-soft-keyboard', OtpSoftKeyboard);

export { OtpSoftKeyboard };
export type { SoftKeyboardStrings } from './soft-keyboard/i18n/strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-soft-keyboard': OtpSoftKeyboard;
  }
}
