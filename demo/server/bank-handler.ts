// The reference bank over HTTP: the protocol of docs/protocol.md in front of the shared DemoBank rules.
// A plain Node request handler, usable on its own (main.ts) or inside @web/dev-server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OtpError, type OtpErrorCode } from '../../src/adapters/otp-error.js';
import type { OtpFlow } from '../../src/adapters/types.js';
import type { DemoBank } from '../../src/bank/demo-bank.js';

export interface BankHandlerOptions {
  bank: DemoBank;
  /** Path the four routes live under, e.g. "/api/bank" (default: the root). */
  basePath?: string;
  /** Origins besides the server's own allowed to call it, as exact "scheme://host:port". */
  allowedOrigins?: readonly string[];
  /** Largest request body in bytes; default 4096. */
  maxBodyBytes?: number;
  /** Receives one line per request: method, path, status, duration. Never a body or a header. */
  log?: (line: string) => void;
}

/** A Node request handler; `next` is called for paths outside `basePath` (else they get 404). */
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
 * | locked                | 423 with `Retry-After` |
 * | unknown               | 400 (malformed request) |
 * | unavailable           | 500 (a fault of ours)  |
 *
 * Refused before the bank sees anything, all with `{error: "unknown"}`: 403 cross-origin
 * (an `Origin` not ours nor allowed, or `Sec-Fetch-Site: cross-site` without one), 404 unknown
 * path, 405 not POST, 413 body over `maxBodyBytes`, 415 not `application/json`.
 * The bank never fails with `network` or `timeout`; they are listed so every code has a status.
 */
const statusOf: Record<OtpErrorCode, number> = {
  'invalid-credentials': 401,
  'session-expired': 401,
  'invalid-otp': 422,
  'invalid-token-id': 422,
  'already-registered': 409,
  'not-registered': 409,
  locked: 423,
  unknown: 400,
  unavailable: 500,
  network: 502,
  timeout: 504,
};

interface Route {
  /** The status of a success. */
  status: number;
  /** Calls the bank, or returns undefined when the body is not a request of this route. */
  call(bank: DemoBank, body: Record<string, unknown>): Promise<object> | undefined;
}

const routes = new Map<string, Route>([
  [
    'authenticate',
    {
      status: 200,
      call: (bank, { flow, contractId, password }) =>
        isFlow(flow) && isText(contractId) && isText(password) ? bank.authenticate({ flow, contractId, password }) : undefined,
    },
  ],
  [
    'tokens',
    {
      status: 201,
      call: (bank, { session, tokenId, otp, nextOtp }) =>
        isText(session) && isText(otp) && isOptionalText(tokenId) && isOptionalText(nextOtp)
          ? bank.registerToken({ session, tokenId, otp, nextOtp })
          : undefined,
    },
  ],
  ['suspend', { status: 200, call: (bank, { session }) => (isText(session) ? bank.suspend({ session }) : undefined) }],
  ['provision', { status: 200, call: (bank, { session }) => (isText(session) ? bank.provision({ session }) : undefined) }],
]);

export function createBankHandler(options: BankHandlerOptions): BankHandler {
  const { bank, basePath = '', allowedOrigins = [], maxBodyBytes = 4096, log } = options;
  const prefix = `${basePath.replace(/\/+$/, '')}/`;

  async function answer(req: IncomingMessage, res: ServerResponse, route: string): Promise<void> {
    if (isCrossOrigin(req, allowedOrigins)) return send(res, 403, { error: 'unknown' });
    const target = routes.get(route);
    if (!target) return send(res, 404, { error: 'unknown' });
    if (req.method !== 'POST') return send(res, 405, { error: 'unknown' }, { Allow: 'POST' });
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'unknown' });
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return tooLarge(req, res);
    const text = await readBody(req, maxBodyBytes);
    if (text === undefined) return tooLarge(req, res);
    const body = parseObject(text);
    const work = body && target.call(bank, body);
    if (!work) return send(res, 400, { error: 'unknown' });
    try {
      send(res, target.status, await work);
    } catch (error) {
      const failure = error instanceof OtpError ? error : new OtpError('unavailable');
      const { code, remainingAttempts, retryAfter } = failure;
      const headers: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
      send(res, statusOf[code], { error: code, remainingAttempts, retryAfter }, headers);
    }
  }

  return async (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(prefix)) {
      if (next) return next();
      return send(res, 404, { error: 'unknown' });
    }
    const started = performance.now();
    await answer(req, res, path.slice(prefix.length));
    log?.(`${req.method} ${path} → ${res.statusCode} (${Math.round(performance.now() - started)} ms)`);
  };
}

/**
 * The handler as @web/dev-server (koa) middleware: requests under its base path are answered
 * from the raw Node request, the rest go on down the chain.
 */
export function bankMiddleware(handler: BankHandler) {
  return async (ctx: { req: IncomingMessage; res: ServerResponse; respond?: boolean }, next: () => Promise<unknown>) => {
    let passed = false;
    await handler(ctx.req, ctx.res, () => (passed = true));
    if (passed) return next();
    ctx.respond = false;
  };
}

/** A browser says where a request comes from in `Origin`, and in `Sec-Fetch-Site` when it can. */
function isCrossOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] === 'cross-site';
  if (allowedOrigins.includes(origin)) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true; // "null" and other opaque origins
  }
}

/** The body as text, or undefined once it exceeds `limit` bytes (the rest is then discarded). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.removeAllListeners('data');
      req.resume();
      resolve(undefined);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  send(res, 413, { error: 'unknown' }, { Connection: 'close' });
}

function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 256;
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value);
const isFlow = (value: unknown): value is OtpFlow => value === 'enroll' || value === 'suspend';
