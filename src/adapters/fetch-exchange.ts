// The HTTP exchange of FetchHostAdapter (./fetch.ts), loaded with the adapter's first call rather
// than with the page: one POST of JSON, the answer read within a size limit, and what each call
// takes from it checked. Every failure becomes one OtpError, and nothing the server sends can
// make it hold more than a small answer.
import { OtpError, isOtpErrorCode, type OtpErrorCode } from './otp-error.js';
import type { AuthenticateResult, ExtendSessionResult, OperationResult, OtpTransaction, PasskeyOptionsResult, ProvisionResult } from './types.js';

export type Answer = Record<string, unknown>;

/** How the adapter was set up to reach the bank (see `FetchHostAdapterOptions`). */
export interface Connection {
  readonly headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  readonly credentials: RequestCredentials;
  readonly fetch: typeof fetch;
}

/** The largest answer read; a larger one is `unknown`, and reading stops there. */
const maxAnswerBytes = 64 * 1024;
/** The longest text field of a success (session, token ID, result code, URI). */
const maxFieldLength = 1024;
/** The longest wait or session time believed, in seconds (a day); longer ones are cut to it. */
const maxSeconds = 86_400;

/** POSTs `payload` to `url` and gives the JSON object answered, or throws the OtpError it stands for. */
export async function exchange({ headers: given, credentials, fetch }: Connection, url: string, payload: object, signal: AbortSignal): Promise<Answer> {
  const headers = new Headers(typeof given === 'function' ? await given() : given);
  headers.set('Content-Type', 'application/json');
  headers.set('Accept', 'application/json');
  let response: Response;
  let body: string | undefined;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      credentials,
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

/** What each call takes from a successful answer, checked. */
export const answers = {
  authenticate(answer: Answer): AuthenticateResult {
    const result: AuthenticateResult = { session: required(answer, 'session') };
    const currentTokenId = optional(answer, 'currentTokenId');
    if (currentTokenId !== undefined) result.currentTokenId = currentTokenId;
    if (answer.expiresIn !== undefined) result.expiresIn = requiredSeconds(answer, 'expiresIn');
    return result;
  },

  operation(answer: Answer): OperationResult {
    const code = optional(answer, 'resultCode');
    return code === undefined ? {} : { resultCode: code };
  },

  provision(answer: Answer): ProvisionResult {
    const uri = required(answer, 'uri');
    if (!uri.startsWith('otpauth://')) throw new OtpError('unknown', 'provision answered without an otpauth:// URI');
    return { uri };
  },

  extendSession(answer: Answer): ExtendSessionResult {
    return { expiresIn: requiredSeconds(answer, 'expiresIn') };
  },

  passkeyOptions({ options }: Answer): PasskeyOptionsResult {
    // Its fields are checked where they are used, by the browser's own parser
    // (PublicKeyCredential.parseCreationOptionsFromJSON): what does not parse is `unknown` there.
    if (options === null || typeof options !== 'object' || Array.isArray(options)) fail('options');
    return { options: options as PublicKeyCredentialCreationOptionsJSON };
  },

  /**
   * The transaction as the bank answered it, not checked here: `<otp-confirm>` checks every field
   * before it shows any (so does a custom adapter's answer).
   */
  transaction(answer: Answer): OtpTransaction {
    return answer as unknown as OtpTransaction;
  },

  none(): void {},
};

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
