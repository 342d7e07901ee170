import { defineElement } from './define.js';
import { OtpSuspend } from './suspend/suspend.js';

defineElement('otp-suspend', OtpSuspend);

export { OtpSuspend };
export type { SuspendStrings } from './suspend/i18n/strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-suspend': OtpSuspend;
  }
}
