import { defineElement } from './define.js';
import { OtpEnroll } from './enroll/enroll.js';
// The element the wizard renders (the software keyboard loads when first opened).
import './otp-token-field.js';

defineElement('otp-enroll', OtpEnroll);

export { OtpEnroll };
export type { EnrollStrings } from './enroll/i18n/strings.js';
export type { EnrollMode } from './enroll/enroll.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-enroll': OtpEnroll;
  }
}
