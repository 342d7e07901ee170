// The reference bank for JavaScript tooling (scripts/start.mjs loads it through tsx): the HTTP
// handler and the bank it serves come from this one module graph, so the handler recognises
// the bank's OtpError.
export { bankMiddleware, createBankHandler } from './bank-handler.js';
export type { BankHandler, BankHandlerOptions } from './bank-handler.js';
export { DemoBank } from '../../src/bank/demo-bank.js';
export type { DemoBankOptions } from '../../src/bank/demo-bank.js';
