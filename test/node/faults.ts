// Fault-injecting routes: `/api/faults/<fault>/<key>/<call>` answers any call with one failure
// mode of a real network or backend (see FaultName in protocol.ts). `key` (optional) names the
// request so a test can wait until it arrived or until the client dropped it.
import type { ServerResponse } from 'node:http';
import type { TestRunnerPlugin } from '@web/test-runner';
import { mount } from './mount.js';
import { faultBase, testBankBase, type FaultName, okFullAnswer } from './protocol.js';

const html = '<!doctype html><html lang="en"><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>';

type Fault = (res: ServerResponse, key: string) => void;

/** Bytes of body each keyed fault request wrote before its connection closed. */
const written = new Map<string, number>();

/** Writes 16 KB chunks of `a` after `start` until the client lets go (or 64 MB went out). */
function stream(res: ServerResponse, key: string, start: string): void {
  const chunk = 'a'.repeat(16 * 1024);
  let sent = 0;
  const more = () => {
    while (!res.destroyed && sent < 64 * 1024 * 1024) {
      sent += chunk.length;
      written.set(key, sent);
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    res.destroy();
  };
  res.write(start);
  more();
}

const seventyKb = 'a'.repeat(70 * 1024);

const faults: Record<FaultName, Fault> = {
  'error-body': (res) => json(res, 401, { error: 'invalid-credentials', remainingAttempts: 3 }),
  'error-locked': (res) => json(res, 423, { error: 'locked', retryAfter: 120 }),
  'error-unknown-code': (res) => json(res, 400, { error: 'out-of-coffee' }),
  'error-no-code': (res) => json(res, 400, { message: 'Bad request' }),
  'unavailable-json': (res) => json(res, 503, { error: 'maintenance' }),
  'locked-seconds': (res) => res.writeHead(423, { 'Retry-After': '90' }).end(),
  'rate-limited-date': (res) => res.writeHead(429, { 'Retry-After': new Date(Date.now() + 120_000).toUTCString() }).end(),
  'rate-limited': (res) => res.writeHead(429).end(),
  'server-error-html': (res) => page(res, 500),
  'bad-gateway-empty': (res) => res.writeHead(502).end(),
  'not-found-html': (res) => page(res, 404),
  'ok-html': (res) => page(res, 200),
  'ok-empty': (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(),
  'ok-invalid-json': (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"session": "abc"'),
  'ok-json-null': (res) => json(res, 200, null),
  'ok-empty-object': (res) => json(res, 200, {}),
  'ok-wrong-types': (res) => json(res, 200, { session: 42, currentTokenId: 7, resultCode: 5, uri: 'https://example.com/' }),
  'ok-full': (res) => json(res, 200, okFullAnswer),
  'ok-endless': (res, key) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    stream(res, key, '{"session": "');
  },
  'ok-declared-huge': (res, key) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(300 * 1024 * 1024) });
    stream(res, key, '{"session": "');
  },
  'ok-70kb': (res) => json(res, 200, { ...okFullAnswer, padding: seventyKb }),
  'error-70kb': (res) => json(res, 401, { error: 'invalid-credentials', padding: seventyKb }),
  'ok-long-fields': (res) => {
    const long = 'a'.repeat(1025);
    json(res, 200, { session: long, currentTokenId: long, resultCode: long, uri: `otpauth://totp/${long}`, expiresIn: 60 });
  },
  'ok-expires': (res) => json(res, 200, { ...okFullAnswer, expiresIn: 90 }),
  'ok-expires-text': (res) => json(res, 200, { ...okFullAnswer, expiresIn: '90' }),
  'ok-expires-huge': (res) => raw(res, 200, `{"session": "s", "expiresIn": 1${'0'.repeat(400)}}`),
  'retry-after-huge': (res) => res.writeHead(429, { 'Retry-After': '9'.repeat(400) }).end(),
  'error-retry-huge': (res) => raw(res, 423, `{"error": "locked", "retryAfter": 9${'9'.repeat(400)}}`),
  'error-retry-negative': (res) => raw(res, 423, '{"error": "locked", "retryAfter": -30}'),
  created: (res) => json(res, 201, { resultCode: '00042' }),
  redirect: (res, key) => res.writeHead(307, { Location: `${testBankBase}/${key}/authenticate` }).end(),
  reset: (res) => res.socket?.destroy(),
  'reset-mid-body': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '64' });
    res.write('{"session": "ab', () => res.socket?.destroy());
  },
  // Ends itself after a minute so a forgotten request cannot hold the server open.
  hang: (res) => void setTimeout(() => res.destroy(), 60_000).unref(),
  'slow-body': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{');
    setTimeout(() => res.destroy(), 60_000).unref();
  },
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function raw(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
}

function page(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
}

/** A promise with its resolver, for "this happened" signals. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export function faultPlugin(): TestRunnerPlugin {
  const seen = new Map<string, { arrived: ReturnType<typeof signal>; closed: ReturnType<typeof signal> }>();
  const track = (key: string) => {
    let entry = seen.get(key);
    if (!entry) seen.set(key, (entry = { arrived: signal(), closed: signal() }));
    return entry;
  };

  return {
    name: 'otp-faults',
    serverStart({ server }) {
      mount(server, faultBase, (req, res, path) => {
        const parts = path.split('/');
        if (!Object.hasOwn(faults, parts[0]!)) return void res.writeHead(404).end();
        const fault = faults[parts[0] as FaultName];
        const key = parts.slice(1, -1).join('/');
        if (key) {
          const entry = track(key);
          entry.arrived.resolve();
          res.on('close', entry.closed.resolve);
        }
        req.resume();
        fault(res, key);
      });
    },
    async executeCommand({ command, payload }) {
      if (command === 'fault-bytes') return written.get((payload as { key: string }).key) ?? 0;
      if (command !== 'fault-wait') return undefined;
      const { key, event } = payload as { key: string; event: 'arrived' | 'closed' };
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref());
      return Promise.race([track(key)[event].promise.then(() => true), timeout]);
    },
  };
}
