// Loads FetchHostAdapter's HTTP exchange (./fetch-exchange.ts), which is not in a page's first
// load. Also asked for by a wizard with an `endpoint` once its first step is on screen, before it
// makes the adapter (at its first call), so that the call does not wait for it.
import { OtpError } from './otp-error.js';

let exchange: Promise<typeof import('./fetch-exchange.js')> | undefined;

/**
 * The exchange's module, asked of the browser once per page (each `import()` costs a module-map
 * lookup and its promises: 100 wizards asking at their first render spent some 4 ms on it), and
 * again after a failure.
 */
export function loadFetchExchange(): Promise<typeof import('./fetch-exchange.js')> {
  return (exchange ??= import('./fetch-exchange.js').catch(() => {
    exchange = undefined;
    throw new OtpError('network', 'the fetch adapter\'s code could not be loaded');
  }));
}

/** Starts loading the exchange for a call to come, unless it is loaded or loading: no work per element. */
export function preloadFetchExchange(): void {
  if (!exchange) loadFetchExchange().catch(() => {});
}
