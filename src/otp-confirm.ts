import { OtpConfirm } from './confirm/confirm.js';
import { defineElement } from './define.js';

defineElement('otp-confirm', OtpConfirm);

export { OtpConfirm };
export type { ConfirmStrings } from './confirm/i18n/strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-confirm': OtpConfirm;
  }
}
