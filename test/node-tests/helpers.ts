// What the Node tests share: raw HTTP over a socket (to send what no HTTP client would), JSON
// requests, the project's servers started as their own processes, as a user starts them, and
// the code a bank's refusal carries.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

import { OtpError, type OtpErrorCode } from '../../src/adapters/otp-error.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RawOptions {
  host?: string;
  /** Bytes sent after the first write, once `pauseMs` passed (a slow or stalled client). */
  then?: string;
  pauseMs?: number;
  /** Closes the socket from this side after the writes (a client that drops mid-request). */
  drop?: boolean;
  /** Gives up reading after this long; default 5000. */
  timeoutMs?: number;
}

/**
 * Sends `text` as is over a fresh TCP connection and resolves with everything the server wrote
 * until it closed the connection (or `timeoutMs` passed, or we dropped it).
 */
export function raw(port: number, text: string, { host = '127.0.0.1', then, pauseMs = 0, drop = false, timeoutMs = 5000 }: RawOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', done);
    socket.on('error', (error) => (chunks.length ? done() : reject(error)));
    socket.write(text);
    setTimeout(() => {
      if (then !== undefined && !socket.destroyed) socket.write(then);
      if (drop) done();
    }, pauseMs);
  });
}

/** The status code at the start of a raw answer ("HTTP/1.1 400 Bad Request" → 400), or 0 for none. */
export const statusOf = (answer: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with Node's client, from `localAddress` if given (127.0.0.2 is another client). */
export function send(
  url: string,
  { method = 'POST', headers = {}, body, localAddress }: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A JSON POST, as the adapter sends it. */
export function postJson(url: string, body: unknown, options: { headers?: Record<string, string>; localAddress?: string } = {}): Promise<Answer> {
  const headers = { 'Content-Type': 'application/json', ...options.headers };
  return send(url, { headers, body: JSON.stringify(body), localAddress: options.localAddress });
}

export interface Script {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr, line by line. */
  lines: string[];
  /** Resolves with the first printed line matching `pattern` (past or future); rejects if the process ends first. */
  line(pattern: RegExp): Promise<RegExpExecArray>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Runs a project script (`node [--import tsx] <file>`) with `env` added, as `npm start` or `npm
 * run server` would, in the project or in a copy of it (`cwd`).
 */
export function runScript(file: string, env: Record<string, string>, cwd = root): Script {
  const args = file.endsWith('.ts') ? ['--import', 'tsx', file] : [file];
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let pending = '';
  const read = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const complete = pending.split('\n');
    pending = complete.pop()!;
    lines.push(...complete);
    waiting.forEach((check) => check());
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  return {
    child,
    lines,
    exited,
    line: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          for (const text of lines) {
            const match = pattern.exec(text);
            if (match) {
              waiting.delete(check);
              return resolve(match);
            }
          }
        };
        waiting.add(check);
        check();
        void exited.then((code) => reject(new Error(`exited with ${code} before printing ${pattern}: ${lines.join(' | ')}`)));
      }),
    async stop() {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}

/** The ASCII bytes of an HTTP/1.1 request. */
export function httpText(method: string, target: string, headers: Record<string, string | number>, body = ''): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The OtpError code `work` fails with (and fails the test when it succeeds). */
export async function refusal(work: Promise<unknown>): Promise<OtpErrorCode> {
  const error = await work.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof OtpError, String(error));
  return error.code;
}
