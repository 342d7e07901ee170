// The reference bank over HTTP: the protocol of docs/protocol.md in front of the shared DemoBank rules.
// A plain Node request handler, usable on its own (server.ts) or in front of the demo's files.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OtpError, type OtpErrorCode } from '../../src/adapters/otp-error.js';
import type { AuthenticationResponseJSON, ConfirmMethod, Money, OtpFlow, OtpPayee, RegistrationResponseJSON } from '../../src/adapters/types.js';
import type { DemoBank } from '../../src/bank/demo-bank.js';
import { LoginQueue, QueueRefusal, RequestBudget, clientOf, defaultLimits, type BankLimits } from './limits.js';

export interface BankHandlerOptions {
  bank: DemoBank;
  /** Path the routes live under, e.g. "/api/bank" (default: the root). */
  basePath?: string;
  /**
   * Origins whose pages may call the bank, as exact "scheme://host[:port]": the server's own
   * public origin(s) and any page origin allowed besides (answered with CORS headers). A browser
   * request from any other origin is refused; a request without `Origin` (curl, a backend) is not.
   */
  origins: readonly string[];
  /** Largest request body in bytes; default 4096. */
  maxBodyBytes?: number;
  /** Time a client has to send the whole body, in milliseconds; default 10,000. */
  bodyTimeoutMs?: number;
  /** Per-client budget and the queue in front of the password hash; `false` for none (benchmarks). */
  limits?: Partial<BankLimits> | false;
  /** Receives one line per request: method, path, status, duration. Never a body or a header. */
  log?: (line: string) => void;
}

/** A Node request handler; `next` is called for paths outside `basePath` (else they get 404). It never rejects. */
export type BankHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<void>;

/**
 * Status of each error answer. The body always says the code — `{error, remainingAttempts?,
 * retryAfter?}` — so a client needs only the body; the status is for logs and proxies.
 *
 * | error                 | status                 |
 * | --------------------- | ---------------------- |
 * | invalid-credentials   | 401                    |
 * | session-expired       | 401                    |
 * | invalid-otp           | 422                    |
 * | invalid-token-id      | 422                    |
 * | already-registered    | 409                    |
 * | not-registered        | 409                    |
 * | passkey-rejected      | 422                    |
 * | transaction-closed    | 409                    |
 * | transaction-expired   | 410                    |
 * | locked                | 423 with `Retry-After` |
 * | unknown               | 400 (malformed request) |
 * | unavailable           | 500 (a fault of ours)  |
 *
 * Refused before the bank sees anything, all with `{error: "unknown"}` unless said: 403
 * cross-origin (an `Origin` not in `origins`, or `Sec-Fetch-Site: cross-site` without one), 404
 * unknown path, 405 not POST, 408 body not sent within `bodyTimeoutMs`, 413 body over
 * `maxBodyBytes` (16 KiB for `/passkeys`, whose body holds a new passkey), 415 not `application/json`, 429 `{error: "unavailable", retryAfter}` over the
 * client's budget or with too many logins at once, 503 `{error: "unavailable", retryAfter}`
 * when the login queue is full. A client that drops mid-request gets nothing: its socket is closed.
 * The bank never fails with `network` or `timeout`; they are listed so every code has a status.
 */
const statusOf: Record<OtpErrorCode, number> = {
  'invalid-credentials': 401,
  'session-expired': 401,
  'invalid-otp': 422,
  'invalid-token-id': 422,
  'already-registered': 409,
  'not-registered': 409,
  'passkey-rejected': 422,
  'transaction-closed': 409,
  'transaction-expired': 410,
  locked: 423,
  unknown: 400,
  unavailable: 500,
  network: 502,
  timeout: 504,
};

interface Route {
  /** The status of a success. */
  status: number;
  /** Whether the route hashes a password: it then waits for a turn in the login queue. */
  login?: boolean;
  /** The route's own body limit in bytes, when its requests are larger than the handler's `maxBodyBytes`. */
  maxBodyBytes?: number;
  /** The bank call the body asks for, or undefined when the body is not a request of this route. */
  call(bank: DemoBank, body: Record<string, unknown>): (() => Promise<object>) | undefined;
}

const routes = new Map<string, Route>([
  [
    'authenticate',
    {
      status: 200,
      login: true,
      call: (bank, { flow, contractId, password }) =>
        isFlow(flow) && isText(contractId) && isText(password) ? () => bank.authenticate({ flow, contractId, password }) : undefined,
    },
  ],
  [
    'tokens',
    {
      status: 201,
      call: (bank, { session, tokenId, otp, nextOtp }) =>
        isText(session) && isText(otp) && isOptionalText(tokenId) && isOptionalText(nextOtp)
          ? () => bank.registerToken({ session, tokenId, otp, nextOtp })
          : undefined,
    },
  ],
  ['suspend', { status: 200, call: (bank, { session }) => (isText(session) ? () => bank.suspend({ session }) : undefined) }],
  ['provision', { status: 200, call: (bank, { session }) => (isText(session) ? () => bank.provision({ session }) : undefined) }],
  ['extend', { status: 200, call: (bank, { session }) => (isText(session) ? () => bank.extendSession({ session }) : undefined) }],
  [
    'passkeys/options',
    {
      status: 200,
      call: (bank, { session, otp }) => (isText(session) && isOptionalText(otp) ? () => bank.passkeyOptions({ session, otp }) : undefined),
    },
  ],
  [
    'passkeys',
    {
      status: 201,
      // A new passkey: its attestation, client data and public key, base64url (an RSA key is the largest).
      maxBodyBytes: 16 * 1024,
      // The credential's fields are the verifying library's to check (bank.registerPasskey).
      call: (bank, { session, credential }) =>
        isText(session) && isRecord(credential)
          ? () => bank.registerPasskey({ session, credential: credential as unknown as RegistrationResponseJSON })
          : undefined,
    },
  ],
  // The stand-in for a portal's transfer form: the bank checks what the payee and amount hold.
  [
    'transfers',
    {
      status: 200,
      login: true,
      call: (bank, { contractId, password, payee, amount }) =>
        isText(contractId) && isText(password) && isRecord(payee) && isRecord(amount)
          ? () => bank.createTransfer({ contractId, password, payee: payee as unknown as OtpPayee, amount: amount as unknown as Money })
          : undefined,
    },
  ],
  ['transactions/get', { status: 200, call: (bank, { transaction }) => (isText(transaction) ? () => bank.getTransaction({ transaction }) : undefined) }],
  [
    'transactions/confirm',
    {
      status: 200,
      call: (bank, { transaction, method, otp, credential }) =>
        isText(transaction) && isMethod(method) && isOptionalText(otp) && (credential === undefined || isRecord(credential))
          ? () => bank.confirmTransaction({ transaction, method, otp, credential: credential as AuthenticationResponseJSON | undefined })
          : undefined,
    },
  ],
  ['transactions/decline', { status: 200, call: (bank, { transaction }) => (isText(transaction) ? () => bank.declineTransaction({ transaction }) : undefined) }],
]);

/** The routes the bank answers, under its base path: what `npm run server` lists at start. */
export const bankRoutes: readonly string[] = [...routes.keys()];

/** What the handler answers: status, JSON body (by default the refusal `{error: "unknown"}`), extra headers. */
class Reply {
  constructor(
    readonly status: number,
    readonly body: object = { error: 'unknown' },
    readonly headers: Record<string, string> = {},
  ) {}
}

const retryIn = (status: number, error: OtpErrorCode, seconds: number) =>
  new Reply(status, { error, retryAfter: seconds }, { 'Retry-After': String(seconds) });

export function createBankHandler(options: BankHandlerOptions): BankHandler {
  const { bank, basePath = '', origins, maxBodyBytes = 4096, bodyTimeoutMs = 10_000, log } = options;
  const prefix = `${basePath.replace(/\/+$/, '')}/`;
  const limits = options.limits === false ? undefined : { ...defaultLimits, ...options.limits };
  const budget = limits && new RequestBudget(limits);
  const logins = limits && new LoginQueue(limits);

  async function answer(req: IncomingMessage, res: ServerResponse, name: string): Promise<Reply> {
    const origin = req.headers.origin;
    if (origin === undefined ? req.headers['sec-fetch-site'] === 'cross-site' : !origins.includes(origin)) return new Reply(403);
    if (origin !== undefined) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    }
    res.setHeader('Vary', 'Origin');

    const route = routes.get(name);
    const client = clientOf(req);
    const { wait, left } = budget?.take(client, route?.login && limits ? limits.loginCost : 1) ?? { wait: 0, left: 0 };
    if (wait) return retryIn(429, 'unavailable', wait);
    if (!route) return new Reply(404);
    if (req.method === 'OPTIONS') return preflight(res);
    if (req.method !== 'POST') return new Reply(405, undefined, { Allow: 'POST, OPTIONS' });
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return new Reply(415);
    const limit = route.maxBodyBytes ?? maxBodyBytes;
    if (Number(req.headers['content-length'] ?? 0) > limit) return new Reply(413, undefined, { Connection: 'close' });

    const text = await readBody(req, limit, bodyTimeoutMs);
    if (text === 'too-large') return new Reply(413, undefined, { Connection: 'close' });
    if (text === 'too-slow') return new Reply(408, undefined, { Connection: 'close' });
    const body = parseObject(text);
    const call = body && route.call(bank, body);
    if (!call) return new Reply(400);

    try {
      // A login whose client left while it waited is dropped before it costs a hash.
      const whenPresent = () => (req.socket.destroyed ? Promise.reject(new Error('client gone')) : call());
      return new Reply(route.status, await (route.login && logins ? logins.run(client, left, whenPresent) : call()));
    } catch (error) {
      if (error instanceof QueueRefusal) return error.reason === 'client-busy' ? retryIn(429, 'unavailable', 1) : retryIn(503, 'unavailable', 1);
      const { code, remainingAttempts, retryAfter } = error instanceof OtpError ? error : new OtpError('unavailable');
      const headers: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
      return new Reply(statusOf[code], { error: code, remainingAttempts, retryAfter }, headers);
    }
  }

  return async (req, res, next) => {
    const started = performance.now();
    const path = originFormPath(req.url);
    if (path !== undefined && !path.startsWith(prefix)) {
      if (next) return next();
      return void send(res, new Reply(404));
    }
    let outcome: string;
    try {
      outcome = send(res, path === undefined ? new Reply(400) : await answer(req, res, path.slice(prefix.length)));
    } catch {
      // A client gone mid-request, or a fault of ours: nothing may escape to end the process.
      outcome = send(res, new Reply(500, { error: 'unavailable' }));
    }
    // Only names we chose are logged: never the raw target, a header or a body.
    const route = path === undefined ? '(not a path)' : routes.has(path.slice(prefix.length)) ? path : `${prefix}…`;
    log?.(`${methodName(req.method)} ${route} → ${outcome} (${Math.round(performance.now() - started)} ms)`);
  };
}

/** The answer to a CORS preflight from an allowed origin (checked before). */
function preflight(res: ServerResponse): Reply {
  res.setHeader('Access-Control-Allow-Methods', 'POST');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
  res.setHeader('Access-Control-Max-Age', '600');
  return new Reply(204, undefined, { Allow: 'POST, OPTIONS' });
}

/** The path of an origin-form target ("/api/bank/x?y"); undefined for any other form ("http://[x/", "*"). */
function originFormPath(target: string | undefined): string | undefined {
  if (!target?.startsWith('/') || target.startsWith('//')) return undefined;
  return target.split(/[?#]/, 1)[0];
}

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']);
const methodName = (method: string | undefined) => (method && methods.has(method) ? method : 'OTHER');

type BodyText = string | 'too-large' | 'too-slow';

/**
 * The body as text, or why there is none: over `limit` bytes (the rest is discarded), or not
 * complete within `timeoutMs`. @throws when the client drops the connection first.
 */
function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<BodyText> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyText | Error) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', finish).off('close', onClose);
      if (typeof result !== 'string') return reject(result);
      if (result === 'too-large' || result === 'too-slow') req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish('too-large');
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks).toString('utf8'));
    const onClose = () => finish(new Error('client closed the connection mid-body'));
    const timer = setTimeout(() => finish('too-slow'), timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', finish).on('close', onClose);
  });
}

/** Sends the reply and returns its status, or "client gone" when nobody is left to answer. */
function send(res: ServerResponse, { status, body, headers }: Reply): string {
  if (res.headersSent || res.socket?.destroyed !== false) {
    res.destroy();
    return 'client gone';
  }
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(status === 204 ? undefined : JSON.stringify(body));
  return String(status);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 256;
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value);
const isFlow = (value: unknown): value is OtpFlow => value === 'enroll' || value === 'suspend' || value === 'passkey';
const isMethod = (value: unknown): value is ConfirmMethod => value === 'passkey' || value === 'challenge' || value === 'code';
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
