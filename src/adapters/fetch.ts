// The adapter for a bank backend that speaks the HTTP protocol of docs/protocol.md: JSON POSTs to
// {endpoint}/authenticate, /tokens, /suspend, /provision, /extend, /passkeys/options, /passkeys and /transactions/…. Every failure becomes one
// OtpError, and nothing the server sends can make it hold more than a small answer.
import { OtpError, isOtpErrorCode, type OtpErrorCode } from './otp-error.js';
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

type Answer = Record<string, unknown>;

/** The largest answer read; a larger one is `unknown`, and reading stops there. */
const maxAnswerBytes = 64 * 1024;
/** The longest text field of a success (session, token ID, result code, URI). */
const maxFieldLength = 1024;
/** The longest wait or session time believed, in seconds (a day); longer ones are cut to it. */
const maxSeconds = 86_400;

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
  readonly #headers: FetchHostAdapterOptions['headers'];
  readonly #timeoutMs: number;
  readonly #credentials: RequestCredentials;
  readonly #fetch: typeof fetch;

  constructor({ endpoint, headers, timeoutMs = 15000, credentials = 'same-origin', fetch: fetcher }: FetchHostAdapterOptions) {
    this.#endpoint = endpoint.replace(/\/+$/, '');
    this.#headers = headers;
    this.#timeoutMs = timeoutMs;
    this.#credentials = credentials;
    // Called through a closure: a bare reference to the global fetch throws "Illegal invocation".
    this.#fetch = fetcher ?? ((input, init) => fetch(input, init));
  }

  async authenticate(req: AuthenticateRequest, { signal }: OtpCallOptions): Promise<AuthenticateResult> {
    const { flow, contractId, password } = req;
    const answer = await this.#post('authenticate', { flow, contractId, password }, signal);
    const result: AuthenticateResult = { session: required(answer, 'session') };
    const currentTokenId = optional(answer, 'currentTokenId');
    if (currentTokenId !== undefined) result.currentTokenId = currentTokenId;
    if (answer.expiresIn !== undefined) result.expiresIn = requiredSeconds(answer, 'expiresIn');
    return result;
  }

  async registerToken({ session, tokenId, otp, nextOtp }: RegisterTokenRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return resultCode(await this.#post('tokens', { session, tokenId, otp, nextOtp }, signal));
  }

  async suspend({ session }: SuspendRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return resultCode(await this.#post('suspend', { session }, signal));
  }

  async provision({ session }: ProvisionRequest, { signal }: OtpCallOptions): Promise<ProvisionResult> {
    const uri = required(await this.#post('provision', { session }, signal), 'uri');
    if (!uri.startsWith('otpauth://')) throw new OtpError('unknown', 'provision answered without an otpauth:// URI');
    return { uri };
  }

  async extendSession({ session }: ExtendSessionRequest, { signal }: OtpCallOptions): Promise<ExtendSessionResult> {
    return { expiresIn: requiredSeconds(await this.#post('extend', { session }, signal), 'expiresIn') };
  }

  async passkeyOptions({ session, otp }: PasskeyOptionsRequest, { signal }: OtpCallOptions): Promise<PasskeyOptionsResult> {
    const { options } = await this.#post('passkeys/options', { session, otp }, signal);
    // Its fields are checked where they are used, by the browser's own parser
    // (PublicKeyCredential.parseCreationOptionsFromJSON): what does not parse is `unknown` there.
    if (options === null || typeof options !== 'object' || Array.isArray(options)) fail('options');
    return { options: options as PublicKeyCredentialCreationOptionsJSON };
  }

  async registerPasskey({ session, credential }: RegisterPasskeyRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return resultCode(await this.#post('passkeys', { session, credential }, signal));
  }

  /**
   * The transaction as the bank answered it, not checked here: `<otp-confirm>` checks every field
   * before it shows any (so does a custom adapter's answer).
   */
  async getTransaction({ transaction }: TransactionRequest, { signal }: OtpCallOptions): Promise<OtpTransaction> {
    return (await this.#post('transactions/get', { transaction }, signal)) as unknown as OtpTransaction;
  }

  async confirmTransaction({ transaction, method, otp, credential }: ConfirmTransactionRequest, { signal }: OtpCallOptions): Promise<OperationResult> {
    return resultCode(await this.#post('transactions/confirm', { transaction, method, otp, credential }, signal));
  }

  async declineTransaction({ transaction }: TransactionRequest, { signal }: OtpCallOptions): Promise<void> {
    await this.#post('transactions/decline', { transaction }, signal);
  }

  async #post(path: string, payload: object, signal: AbortSignal): Promise<Answer> {
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
    // Rejects the moment the call is abandoned, even if fetch or the headers function ignores it.
    const abandoned = new Promise<never>((_, reject) => {
      call.signal.addEventListener('abort', () => reject(call.signal.reason), { once: true });
    });
    try {
      return await Promise.race([this.#exchange(url, payload, call.signal), abandoned]);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timedOut) throw new OtpError('timeout', `POST ${url}: no answer within ${this.#timeoutMs} ms`);
      throw OtpError.from(error);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forward);
    }
  }

  async #exchange(url: string, payload: object, signal: AbortSignal): Promise<Answer> {
    const headers = new Headers(typeof this.#headers === 'function' ? await this.#headers() : this.#headers);
    headers.set('Content-Type', 'application/json');
    headers.set('Accept', 'application/json');
    let response: Response;
    let body: string | undefined;
    try {
      response = await this.#fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(payload),
        credentials: this.#credentials,
        // Never re-send a password to wherever a redirect points; a redirect reads as `unknown`.
        redirect: 'manual',
        cache: 'no-store',
        signal,
      });
      body = await readLimited(response);
    } catch {
      throw new OtpError('network', `POST ${url}: no connection or connection lost`);
    }
    if (body === undefined) throw new OtpError('unknown', `POST ${url}: answer over ${maxAnswerBytes} bytes`);
    return read(url, response, body);
  }
}

/**
 * The body as text, or undefined when it is over `maxAnswerBytes`: then it is not read further
 * (a declared length over it is not read at all) and the connection is let go.
 */
async function readLimited(response: Response): Promise<string | undefined> {
  const stream = response.body;
  if (!stream) return '';
  if (Number(response.headers.get('Content-Length')) > maxAnswerBytes) {
    void stream.cancel().catch(() => {});
    return undefined;
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxAnswerBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The JSON object a response holds, or throws the OtpError it stands for. */
function read(url: string, response: Response, body: string): Answer {
  const answer = parseObject(body);
  if (response.ok) {
    if (answer) return answer;
    throw new OtpError('unknown', `POST ${url}: HTTP ${response.status} without a JSON object`);
  }
  const named = answer?.error;
  const status = response.status;
  // A code the bank names wins; otherwise the status says what it can (gateways answer in HTML).
  const code: OtpErrorCode = isOtpErrorCode(named)
    ? named
    : status === 423
      ? 'locked'
      : status === 429 || status >= 500
        ? 'unavailable' // 429 is too many requests, not wrong guesses: the customer is not locked out
        : 'unknown';
  throw new OtpError(code, `POST ${url}: HTTP ${status || response.type}`, {
    remainingAttempts: count(answer?.remainingAttempts),
    retryAfter: seconds(answer?.retryAfter) ?? retryAfterHeader(response.headers.get('Retry-After')),
  });
}

function parseObject(body: string): Answer | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Answer) : undefined;
  } catch {
    return undefined;
  }
}

function required(answer: Answer, key: string): string {
  return optional(answer, key) ?? fail(key);
}

/** A text field: absent, or a non-empty string of at most `maxFieldLength` characters. */
function optional(answer: Answer, key: string): string | undefined {
  const value = answer[key];
  if (value === undefined || (typeof value === 'string' && value && value.length <= maxFieldLength)) return value;
  return fail(key);
}

function requiredSeconds(answer: Answer, key: string): number {
  return seconds(answer[key]) ?? fail(key);
}

function fail(key: string): never {
  throw new OtpError('unknown', `answer field "${key}" is missing or not what it should be`);
}

function resultCode(answer: Answer): OperationResult {
  const code = optional(answer, 'resultCode');
  return code === undefined ? {} : { resultCode: code };
}

function count(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/** A number of seconds, whole and within 0–`maxSeconds` (a 400-digit one is a day, not Infinity). */
function seconds(value: unknown): number | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  return Math.min(maxSeconds, Math.max(0, Math.floor(value)));
}

/** `Retry-After` is either seconds or an HTTP date. */
function retryAfterHeader(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return seconds(Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : seconds(Math.ceil((date - Date.now()) / 1000));
}
