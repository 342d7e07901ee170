// The package's main entry: registers the elements and exports the public API.
// <otp-confirm> is registered here too, but loads what it does and shows on first use.
export { OtpConfirm } from './otp-confirm.js';
export { OtpEnroll } from './otp-enroll.js';
export { OtpSuspend } from './otp-suspend.js';
export { OtpTokenField } from './otp-token-field.js';
export { OtpError, otpErrorCodes } from './adapters/otp-error.js';
export type { OtpErrorCode, OtpErrorOptions } from './adapters/otp-error.js';
export { FetchHostAdapter } from './adapters/fetch.js';
export type { FetchHostAdapterOptions } from './adapters/fetch.js';
export type * from './adapters/types.js';
export type * from './events.js';
export type { OtpLang } from './i18n/localize.js';
