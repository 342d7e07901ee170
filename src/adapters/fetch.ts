// The adapter for a bank backend that speaks the HTTP protocol of docs/protocol.md: JSON POSTs to
// {endpoint}/authenticate, /tokens, /suspend, /provision, /extend, /passkeys/options, /passkeys and /transactions/…. Every failure becomes one
// OtpError. The exchange itself (./fetch-exchange.ts) loads when the first adapter is made, not
// with the page: a CMS page that shows a first step loads only this class.
import type { Answer, Connection } from './fetch-exchange.js';
import { loadFetchExchange, preloadFetchExchange } from './fetch-load.js';
import { OtpError } from './otp-error.js';
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

export interface FetchHostAdapterOptions {
  /** Base URL of the bank's API; the calls go to `{endpoint}/authenticate` and so on. */
  endpoint: string;
  /** Extra request headers, or a function that returns them, read at each call (for a CSRF token). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Time limit per call in milliseconds, reading the answer included; past it the call fails with `timeout`. */
  timeoutMs?: number;
  /** Whether cookies go with the requests, as `fetch`'s `credentials`. */
  credentials?: RequestCredentials;
  /** The `fetch` to call (e.g. an instrumented one); default the global `fetch`. */
  fetch?: typeof fetch;
}

type Answers = typeof import('./fetch-exchange.js')['answers'];

// Called through a closure: a bare reference to the global fetch throws "Illegal invocation".
const platformFetch: typeof fetch = (input, init) => fetch(input, init);

/**
 * Talks to the bank over HTTP. Secrets travel only in request bodies, never in URLs, and no error
 * it throws carries the request.
 *
 * Cancelling: when the caller's `signal` aborts, the call rejects at once with `signal.reason`
 * (a `DOMException` named `AbortError` unless the caller gave another reason), never with an
 * `OtpError`, and nothing settles later: an abandoned call is not a failure to show.
 */
export class FetchHostAdapter implements OtpHostAdapter {
  readonly #endpoint: string;
  readonly #timeoutMs: number;
  readonly #connection: Connection;

  constructor({ endpoint, headers, timeoutMs = 15000, credentials = 'same-origin', fetch: fetcher }: FetchHostAdapterOptions) {
    this.#endpoint = endpoint.replace(/\/+$/, '');
    this.#timeoutMs = timeoutMs;
    this.#connection = { headers, credentials, fetch: fetcher ?? platformFetch };
    // Loaded now, so that the first call, made after the customer typed, does not wait for it; a
    // failure here is met again, and told, by that call.
    preloadFetchExchange();
  }

  async authenticate(req: AuthenticateRequest, { signal }: OtpCallOptions): Promise<AuthenticateResult> {
    const { flow, contractId, password } = req;
    return this.#post('authenticate', { flow, contractId, password }, signal, 'authenticate');
  }

  async registerToken({ session, tokenId, otp, nextOtp }: RegisterTokenRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#post('tokens', { session, tokenId, otp, nextOtp }, signal, 'operation');
  }

  async suspend({ session }: SuspendRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#post('suspend', { session }, signal, 'operation');
  }

  async provision({ session }: ProvisionRequest, { signal }: OtpCallOptions): Promise<ProvisionResult> {
    return this.#post('provision', { session }, signal, 'provision');
  }

  async extendSession({ session }: ExtendSessionRequest, { signal }: OtpCallOptions): Promise<ExtendSessionResult> {
    return this.#post('extend', { session }, signal, 'extendSession');
  }

  async passkeyOptions({ session, otp }: PasskeyOptionsRequest, { signal }: OtpCallOptions): Promise<PasskeyOptionsResult> {
    return this.#post('passkeys/options', { session, otp }, signal, 'passkeyOptions');
  }

  async registerPasskey({ session, credential }: RegisterPasskeyRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#post('passkeys', { session, credential }, signal, 'operation');
  }

  /**
   * The transaction as the bank answered it, not checked here: `<otp-confirm>` checks every field
   * before it shows any (so does a custom adapter's answer).
   */
  async getTransaction({ transaction }: TransactionRequest, { signal }: OtpCallOptions): Promise<OtpTransaction> {
    return this.#post('transactions/get', { transaction }, signal, 'transaction');
  }

  async confirmTransaction({ transaction, method, otp, credential }: ConfirmTransactionRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return this.#post('transactions/confirm', { transaction, method, otp, credential }, signal, 'operation');
  }

  async declineTransaction({ transaction }: TransactionRequest, { signal }: OtpCallOptions): Promise<void> {
    return this.#post('transactions/decline', { transaction }, signal, 'none');
  }

  /**
   * POSTs `payload` to `{endpoint}/{path}` and gives what `reading` takes from the answer. The
   * time limit counts from the call, the exchange's module loading included: the customer waits
   * for both alike.
   */
  async #post<K extends keyof Answers>(path: string, payload: object, signal: AbortSignal, reading: K): Promise<ReturnType<Answers[K]>> {
    signal.throwIfAborted();
    const url = `${this.#endpoint}/${path}`;
    const call = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      call.abort();
    }, this.#timeoutMs);
    const forward = () => call.abort();
    signal.addEventListener('abort', forward, { once: true });
    // Rejects the moment the call is abandoned, even while the module loads, or if fetch or the
    // headers function ignores it.
    const abandoned = new Promise<never>((_, reject) => {
      call.signal.addEventListener('abort', () => reject(call.signal.reason), { once: true });
    });
    const exchanged = async () => {
      const { exchange, answers } = await loadFetchExchange();
      // Abandoned while it loaded: not even the headers function is called.
      call.signal.throwIfAborted();
      const answer = await exchange(this.#connection, url, payload, call.signal);
      return (answers[reading] as (answer: Answer) => ReturnType<Answers[K]>)(answer);
    };
    try {
      return await Promise.race([exchanged(), abandoned]);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timedOut) throw new OtpError('timeout', `POST ${url}: no answer within ${this.#timeoutMs} ms`);
      throw OtpError.from(error);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forward);
    }
  }
}
