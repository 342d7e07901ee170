import { defineElement } from './define.js';
import { OtpSuspend } from './suspend/suspend.js';
// The element the wizard renders.
import './otp-soft-keyboard.js';

defineElement('otp-suspend', OtpSuspend);

export { OtpSuspend };
export type { SuspendStrings } from './suspend/i18n/strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-suspend': OtpSuspend;
  }
}
