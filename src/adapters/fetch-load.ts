// Loads FetchHostAdapter's HTTP exchange (./fetch-exchange.ts), which is not in a page's first
// load. Also asked for by a wizard with an `endpoint` once its first step is on screen, before it
// makes the adapter (at its first call), so that the call does not wait for it.
import { OtpError } from './otp-error.js';

/** The exchange's module: the browser keeps it once loaded, and each call asks again after a failure. */
export function loadFetchExchange(): Promise<typeof import('./fetch-exchange.js')> {
  return import('./fetch-exchange.js').catch(() => {
    throw new OtpError('network', 'the fetch adapter\'s code could not be loaded');
  });
}
