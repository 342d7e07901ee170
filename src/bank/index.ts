// The demo bank: one set of rules for DemoHostAdapter and the reference server.
export { DemoBank, maskTokenId } from './demo-bank.js';
export type { DemoBankOptions, DemoCustomerState } from './demo-bank.js';
export { demoCustomers, demoTokens, demoTokenCode } from './demo-data.js';
export type { DemoCustomer, DemoToken } from './demo-data.js';
export { matchTotp, totpCode, totpStep, softTokenTotp } from './totp.js';
export type { TotpAlgorithm, TotpParameters } from './totp.js';
