// The reference bank and the demo's front door for JavaScript tooling (scripts/start.mjs loads
// it through tsx): the HTTP handler and the bank it serves come from this one module graph, so
// the handler recognises the bank's OtpError.
export { createBankHandler } from './bank-handler.js';
export type { BankHandler, BankHandlerOptions } from './bank-handler.js';
export { PortBusyError, parseOrigins, serve } from './http.js';
export type { Reach } from './http.js';
export { passkeySettings } from './passkey-settings.js';
export { bankPath, startReferenceServer } from './reference-server.js';
export { createSite, runtimePackages } from './site.js';
export { DemoBank } from '../../src/bank/demo-bank.js';
export type { DemoBankOptions } from '../../src/bank/demo-bank.js';
