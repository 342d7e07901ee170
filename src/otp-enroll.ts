import { defineElement } from './define.js';
import { OtpEnroll } from './enroll/enroll-element.js';
// The elements the wizard renders.
import './otp-token-field.js';
import './soft-keyboard/define.js';

defineElement('otp-enroll', OtpEnroll);

export { OtpEnroll };
export type { EnrollStrings } from './enroll/i18n/translation.js';
export type { EnrollMode } from './enroll/enroll-element.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-enroll': OtpEnroll;
  }
}
