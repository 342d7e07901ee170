// `npm run server` and the reference bank's HTTP handler under attack: the reproductions of
// issue 9 (a request that ends the process, Origin checked against Host, lockout bypassed in
// parallel, no rate limit, a busy port), each against the real server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { OtpError } from '../../src/adapters/otp-error.js';
import { DemoBank } from '../../src/bank/demo-bank.js';
import { parseOrigins, serve } from '../../demo/server/http.js';
import { startReferenceServer, type ReferenceServer } from '../../demo/server/reference-server.js';
import { httpText, postJson, raw, root, runScript, send, statusOf, type Script } from './helpers.js';

const login = { flow: 'enroll', contractId: '1234567890', password: 'Passw0rd!' };
const secretMarker = 'Secret-Marker-7f3a';

/** The three requests that ended the server before: each must be answered or closed, never fatal. */
function reproductions(port: number) {
  const host = `localhost:${port}`;
  return {
    // curl -m1 -H 'Content-Type: application/json' -H 'Content-Length: 100' --data-binary '{' …/authenticate
    droppedMidBody: () =>
      raw(port, httpText('POST', '/api/bank/authenticate', { Host: host, 'Content-Type': 'application/json', 'Content-Length': 100 }, '{'), {
        pauseMs: 300,
        drop: true,
      }),
    absoluteForm: () => raw(port, httpText('GET', 'http://[x/', { Host: host, Connection: 'close' })),
    stalledBody: () =>
      raw(port, httpText('POST', '/api/bank/authenticate', { Host: host, 'Content-Type': 'application/json', 'Content-Length': 60 }, `{"password":"${secretMarker}"`), {
        timeoutMs: 1500,
      }),
  };
}

describe('npm run server: no request ends it', () => {
  let server: Script;
  let port: number;
  before(async () => {
    server = runScript('demo/server/main.ts', { PORT: '0' });
    port = Number((await server.line(/^Reference bank: http:\/\/localhost:(\d+)\//))[1]);
  });
  after(() => server.stop());

  it('survives the issue\'s reproductions and answers the next request', async () => {
    const attacks = reproductions(port);
    assert.equal(await attacks.droppedMidBody(), '');
    assert.equal(statusOf(await attacks.absoluteForm()), 400);
    await attacks.stalledBody();
    await attacks.droppedMidBody();
    assert.equal(server.child.exitCode, null, 'the server is still running');
    assert.equal((await postJson(`http://127.0.0.1:${port}/api/bank/authenticate`, login, { headers: { Host: `localhost:${port}` } })).status, 200);
  });

  it('lists at start the routes it answers, every route of docs/protocol.md among them', async () => {
    const listed = /^Reference bank: \S+ \(POST (.+)\)$/.exec(server.lines.find((line) => line.startsWith('Reference bank: '))!)![1]!.split(', ');
    // Each listed route exists: an empty body is refused as a bad request (400), not an unknown route (404).
    for (const route of listed) {
      const answer = await postJson(`http://127.0.0.1:${port}/api/bank${route}`, {}, { localAddress: '127.0.0.7' });
      assert.equal(answer.status, 400, route);
    }
    assert.equal((await postJson(`http://127.0.0.1:${port}/api/bank/nothing`, {}, { localAddress: '127.0.0.7' })).status, 404);
    const documented = [...readFileSync(join(root, 'docs/protocol.md'), 'utf8').matchAll(/^\| `POST \{endpoint\}(\/[\w/]+)` \|/gm)].map((m) => m[1]!);
    assert.ok(documented.length >= 10, 'the protocol\'s route table');
    assert.deepEqual(documented.filter((route) => !listed.includes(route)), []);
  });

  it('logs each of them in one line without a body or a header', async () => {
    const log = server.lines.filter((line) => line.startsWith('[bank] ')).join('\n');
    assert.match(log, /POST \/api\/bank\/authenticate → client gone/);
    assert.doesNotMatch(log, new RegExp(`${secretMarker}|application/json|localhost:${port}|Passw0rd`));
  });
});

describe('reference server: every failure is answered (400/408/413/421/500) or the socket closed', () => {
  let bank: ReferenceServer;
  const log: string[] = [];
  class FaultyBank extends DemoBank {
    override async suspend(): Promise<never> {
      throw new TypeError('a bug in the bank');
    }
  }
  before(async () => {
    // No per-client limit: these tests send many requests from one address, about other things.
    bank = await startReferenceServer({ port: 0, bank: new FaultyBank(), bodyTimeoutMs: 300, limits: false, log: (line) => log.push(line) });
  });
  after(() => bank.close());

  const host = () => `localhost:${bank.reach.port}`;
  const json = { 'Content-Type': 'application/json' };

  it('answers a body that does not come in time with 408, and closes the connection', async () => {
    const answer = await raw(bank.reach.port, httpText('POST', '/api/bank/authenticate', { Host: host(), ...json, 'Content-Length': 60 }, '{'));
    assert.equal(statusOf(answer), 408);
    assert.match(answer, /Connection: close/i);
  });

  it('answers a body over 4 KB with 413, declared or chunked', async () => {
    const big = JSON.stringify({ ...login, padding: 'x'.repeat(5000) });
    const declared = await raw(bank.reach.port, httpText('POST', '/api/bank/authenticate', { Host: host(), ...json, 'Content-Length': big.length }, big));
    assert.equal(statusOf(declared), 413);
    const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
    const chunked = await raw(
      bank.reach.port,
      httpText('POST', '/api/bank/authenticate', { Host: host(), ...json, 'Transfer-Encoding': 'chunked' }, chunk(big) + '0\r\n\r\n'),
    );
    assert.equal(statusOf(chunked), 413);
  });

  it('answers targets that are not a path with 400: absolute form, asterisk', async () => {
    for (const target of ['http://[x/', 'http://localhost/api/bank/authenticate', '*']) {
      assert.equal(statusOf(await raw(bank.reach.port, httpText('OPTIONS', target, { Host: host(), Connection: 'close' }))), 400, target);
    }
  });

  it('answers bytes that are not HTTP with 400 (Node\'s parser) and goes on', async () => {
    assert.equal(statusOf(await raw(bank.reach.port, '\u0000\u00ff not http at all\r\n\r\n')), 400);
    assert.equal((await postJson(`${bank.endpoint}/authenticate`, login)).status, 200);
  });

  it('answers a fault of the bank with 500 unavailable, and goes on', async () => {
    const answer = await postJson(`${bank.endpoint}/suspend`, { session: 'x' });
    assert.deepEqual([answer.status, JSON.parse(answer.body)], [500, { error: 'unavailable' }]);
    assert.equal((await postJson(`${bank.endpoint}/authenticate`, login)).status, 200);
  });

  it('refuses a Host that is not one of its names (DNS rebinding) with 421', async () => {
    const rebound = await postJson(`${bank.endpoint}/authenticate`, login, { headers: { Host: 'evil.example', Origin: 'http://evil.example' } });
    assert.equal(rebound.status, 421);
    for (const name of ['localhost', '127.0.0.1', '[::1]']) {
      const local = await postJson(`${bank.endpoint}/authenticate`, login, { headers: { Host: `${name}:${bank.reach.port}` } });
      assert.equal(local.status, 200, name);
    }
  });

  it('compares Origin with its own origins, scheme included, not with the request\'s Host', async () => {
    const port = bank.reach.port;
    const refused = ['http://evil.example', `https://localhost:${port}`, `http://localhost:${port + 1}`, 'null'];
    for (const origin of refused) {
      const answer = await postJson(`${bank.endpoint}/authenticate`, login, { headers: { Origin: origin } });
      assert.equal(answer.status, 403, origin);
    }
    assert.equal((await postJson(`${bank.endpoint}/authenticate`, login, { headers: { Origin: `http://localhost:${port}` } })).status, 200);
  });

  it('logs one line per request, never a body or a header', () => {
    const text = log.join('\n');
    assert.doesNotMatch(text, /Passw0rd|evil\.example|application\/json|padding|xxxx/);
    assert.ok(log.every((line) => /^(OTHER|GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH) (\S+|\(not a path\)) → (\d{3}|client gone) \(\d+ ms\)$|^request refused/.test(line)), log.join('\n'));
  });
});

/** The bank's routes by the address the server listens on (Host 127.0.0.1:<port>, one of its names). */
const routeOf = (bank: ReferenceServer, route: string) => `http://127.0.0.1:${bank.reach.port}/api/bank/${route}`;

describe('reference server: a flood cannot starve logins', () => {
  it('answers a client over its budget with 429, Retry-After and a retryAfter the wizard shows', async () => {
    const bank = await startReferenceServer({ port: 0, limits: { burst: 12, perSecond: 2, loginCost: 6 } });
    try {
      const from = { localAddress: '127.0.0.3' };
      assert.equal((await postJson(routeOf(bank, 'authenticate'), login, from)).status, 200);
      assert.equal((await postJson(routeOf(bank, 'authenticate'), login, from)).status, 200);
      const third = await postJson(routeOf(bank, 'authenticate'), login, from);
      assert.equal(third.status, 429);
      assert.equal(third.headers['retry-after'], '3');
      assert.deepEqual(JSON.parse(third.body), { error: 'unavailable', retryAfter: 3 });
      // Another client has its own budget.
      assert.equal((await postJson(routeOf(bank, 'authenticate'), login, { localAddress: '127.0.0.4' })).status, 200);
    } finally {
      await bank.close();
    }
  });

  it('answers logins of one client beyond two at once with 429 before hashing them', async () => {
    const bank = await startReferenceServer({ port: 0, limits: { burst: 1000 } });
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => postJson(routeOf(bank, 'authenticate'), { ...login, password: 'x' })));
      const statuses = answers.map((a) => a.status);
      assert.ok(statuses.includes(429) && statuses.every((s) => s === 401 || s === 429 || s === 423), statuses.join());
      assert.ok(answers.filter((a) => a.status === 429).every((a) => a.headers['retry-after'] === '1'));
    } finally {
      await bank.close();
    }
  });
});

describe('reference server: lockout over HTTP under concurrency', () => {
  it('checks at most five of 50 passwords sent at once, the right one among them, and opens no session', async () => {
    const bank = await startReferenceServer({ port: 0, limits: false });
    assert.equal((await postJson(routeOf(bank, 'authenticate'), login)).status, 200); // the seed hash is ready
    const subtle = crypto.subtle;
    const deriveBits = subtle.deriveBits;
    let hashes = 0;
    subtle.deriveBits = (...args: Parameters<SubtleCrypto['deriveBits']>) => (hashes++, deriveBits.apply(subtle, args));
    try {
      const passwords = Array.from({ length: 50 }, (_, i) => (i === 20 ? login.password : 'wrong'));
      const answers = await Promise.all(passwords.map((password) => postJson(routeOf(bank, 'authenticate'), { ...login, password })));
      const statuses = answers.map((a) => a.status);
      assert.ok(hashes <= 5, `${hashes} passwords hashed`);
      assert.ok(!statuses.includes(200), 'no session');
      assert.ok(statuses.filter((s) => s === 401).length <= 4 && statuses.filter((s) => s === 423).length >= 46, statuses.join());
    } finally {
      delete (subtle as Partial<SubtleCrypto>).deriveBits;
      await bank.close();
    }
  });
});

describe('ALLOWED_ORIGINS', () => {
  it('reads comma-separated origins, and refuses anything that is not only an origin', () => {
    assert.deepEqual(parseOrigins(' https://cms.example.jp , http://localhost:8080,HTTPS://Portal.Example:443/'), [
      'https://cms.example.jp',
      'http://localhost:8080',
      'https://portal.example',
    ]);
    assert.deepEqual(parseOrigins(undefined), []);
    for (const bad of ['cms.example.jp', 'https://cms.example.jp/otp', 'ftp://x.example', 'https://u:p@x.example', 'https://x.example?a', '*']) {
      assert.throws(() => parseOrigins(bad), /ALLOWED_ORIGINS/, bad);
    }
  });

  it('makes npm run server answer a preflight from an allowed page with CORS headers, and refuse others', async () => {
    const server = runScript('demo/server/main.ts', { PORT: '0', ALLOWED_ORIGINS: 'https://cms.example.jp' });
    try {
      const port = (await server.line(/^Reference bank: http:\/\/localhost:(\d+)\//))[1];
      const preflight = (origin: string) =>
        send(`http://127.0.0.1:${port}/api/bank/authenticate`, {
          method: 'OPTIONS',
          headers: { Host: `localhost:${port}`, Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
        });
      const allowed = await preflight('https://cms.example.jp');
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers['access-control-allow-origin'], 'https://cms.example.jp');
      assert.equal(allowed.headers['access-control-allow-headers'], 'Content-Type, Accept');
      const other = await preflight('https://evil.example');
      assert.equal(other.status, 403);
      assert.equal(other.headers['access-control-allow-origin'], undefined);
    } finally {
      await server.stop();
    }
  });

  it('stops npm run server with one line when ALLOWED_ORIGINS is wrong', async () => {
    const server = runScript('demo/server/main.ts', { PORT: '0', ALLOWED_ORIGINS: 'cms.example.jp' });
    assert.equal(await server.exited, 1);
    assert.deepEqual(server.lines.filter(Boolean), [
      '[otp-elements] ALLOWED_ORIGINS: "cms.example.jp" is not an origin such as https://cms.example.jp or http://localhost:8080',
    ]);
  });
});

describe('a busy port', () => {
  let busy: ReturnType<typeof createServer>;
  let port: number;
  before(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  after(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('stops npm run server with one line, not a stack trace, when PORT is taken', async () => {
    const server = runScript('demo/server/main.ts', { PORT: String(port) });
    assert.equal(await server.exited, 1);
    assert.deepEqual(server.lines.filter(Boolean), [`[otp-elements] port ${port} is in use: stop what uses it, or choose another port with PORT=…`]);
  });

  it('takes the next free port when no PORT was given', async () => {
    const { server, reach } = await serve({ host: '127.0.0.1', port, scan: true, handler: () => () => {} });
    try {
      assert.ok(reach.port > port && reach.port <= port + 19, String(reach.port));
    } finally {
      server.close();
    }
  });
});

describe('reference server: a failure of ours is not an OtpError leak', () => {
  it('never sends a message or stack, only the code', async () => {
    const bank = await startReferenceServer({ port: 0, bank: new (class extends DemoBank {
      override async provision(): Promise<never> {
        throw new OtpError('unavailable', `database at 10.0.0.5 said ${secretMarker}`);
      }
    })() });
    try {
      const answer = await postJson(routeOf(bank, 'provision'), { session: 's' });
      assert.deepEqual([answer.status, answer.body], [500, '{"error":"unavailable"}']);
    } finally {
      await bank.close();
    }
  });
});
