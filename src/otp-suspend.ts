import { defineElement } from './define.js';
import { OtpSuspend } from './suspend/suspend-element.js';
// The element the wizard renders.
import './soft-keyboard/define.js';

defineElement('otp-suspend', OtpSuspend);

export { OtpSuspend };
export type { SuspendStrings } from './suspend/i18n/translation.js';

declare global {
  interface HTMLElementTagNameMap {
    'otp-suspend': OtpSuspend;
  }
}
