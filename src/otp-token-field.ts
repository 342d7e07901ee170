import { defineElement } from './define.js';
import { OtpTokenField } from './token-field/token-field.js';

defineElement('otp-token-field', OtpTokenField);

export { OtpTokenField };
export type { TokenFieldStrings } from './token-field/i18n/strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-token-field': OtpTokenField;
  }
}
