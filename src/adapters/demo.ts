// A bank simulated in the page, for demos and evaluation: no backend needed. It pulls in otpauth,
// so it is its own entry point (`otp-elements/adapters/demo.js`) and never part of the main one.
import { DemoBank, type DemoBankOptions } from '../bank/demo-bank.js';
import type {
  AuthenticateRequest,
  AuthenticateResult,
  ConfirmTransactionRequest,
  ExtendSessionRequest,
  ExtendSessionResult,
  OtpCallOptions,
  OtpHostAdapter,
  PasskeyOptionsRequest,
  PasskeyOptionsResult,
  ProvisionRequest,
  ProvisionResult,
  RegisterPasskeyRequest,
  RegisterTokenRequest,
  OperationResult,
  SuspendRequest,
  OtpTransaction,
  TransactionRequest,
} from './types.js';

export { DemoBank, maskTokenId } from '../bank/demo-bank.js';
export type { DemoBankOptions, DemoCustomerState } from '../bank/demo-bank.js';
export type { PasskeySettings } from '../bank/passkeys.js';
export { demoCustomers, demoKeypadCode, demoKeypadTokens, demoTokens, demoTokenCode } from '../bank/demo-data.js';
export type { DemoCustomer, DemoKeypadToken, DemoToken } from '../bank/demo-data.js';
export type { ConfirmationEvidence, TransferRequest, TransferResult } from '../bank/transactions.js';

export interface DemoHostAdapterOptions extends DemoBankOptions {
  /** Simulated network delay per call in milliseconds; default 400, 0 in tests. */
  latencyMs?: number;
}

/** In a page, passkeys belong to the page itself: its host name as RP ID, its origin. */
function pagePasskeys(): DemoBankOptions['passkeys'] {
  const { location } = globalThis;
  return location ? { rpId: location.hostname, origins: [location.origin] } : undefined;
}

/**
 * An `OtpHostAdapter` backed by a `DemoBank` in the page, with the same rules as the reference
 * server. Like `FetchHostAdapter`, an aborted call rejects at once with `signal.reason`.
 *
 * Passkeys are verified in the page too, by `@simplewebauthn/server` (an optional peer
 * dependency, like `otpauth`): it loads as a chunk of its own, about 83 KB gzip, the first time
 * a passkey is made. Their RP ID and origin are the page's, unless `passkeys` says otherwise.
 */
export class DemoHostAdapter implements OtpHostAdapter {
  /** The simulated bank, for a demo page that shows its customers' standing. */
  readonly bank: DemoBank;
  readonly #latencyMs: number;

  constructor({ latencyMs = 400, passkeys = pagePasskeys(), ...bankOptions }: DemoHostAdapterOptions = {}) {
    this.bank = new DemoBank({ ...bankOptions, ...(passkeys ? { passkeys } : {}) });
    this.#latencyMs = latencyMs;
  }

  authenticate(req: AuthenticateRequest, { signal }: OtpCallOptions): Promise<AuthenticateResult> {
    return this.#call(signal, () => this.bank.authenticate(req));
  }

  registerToken(req: RegisterTokenRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#call(signal, () => this.bank.registerToken(req));
  }

  suspend(req: SuspendRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#call(signal, () => this.bank.suspend(req));
  }

  provision(req: ProvisionRequest, { signal }: OtpCallOptions): Promise<ProvisionResult> {
    return this.#call(signal, () => this.bank.provision(req));
  }

  extendSession(req: ExtendSessionRequest, { signal }: OtpCallOptions): Promise<ExtendSessionResult> {
    return this.#call(signal, () => this.bank.extendSession(req));
  }

  passkeyOptions(req: PasskeyOptionsRequest, { signal }: OtpCallOptions): Promise<PasskeyOptionsResult> {
    return this.#call(signal, () => this.bank.passkeyOptions(req));
  }

  registerPasskey(req: RegisterPasskeyRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#call(signal, () => this.bank.registerPasskey(req));
  }

  getTransaction(req: TransactionRequest, { signal }: OtpCallOptions): Promise<OtpTransaction> {
    return this.#call(signal, () => this.bank.getTransaction(req));
  }

  confirmTransaction(req: ConfirmTransactionRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#call(signal, () => this.bank.confirmTransaction(req));
  }

  async declineTransaction(req: TransactionRequest, { signal }: OtpCallOptions): Promise<void> {
    await this.#call(signal, () => this.bank.declineTransaction(req));
  }

  /** Runs `work` after the simulated delay; an abort rejects at once, whatever stage the call is in. */
  #call<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      signal.throwIfAborted();
      const abort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', abort, { once: true });
      const timer = setTimeout(() => {
        work()
          .then(resolve, reject)
          .finally(() => signal.removeEventListener('abort', abort));
      }, this.#latencyMs);
    });
  }
}
