// The reference bank's request handling under any request: any method, route, content type,
// Origin, any JSON and any bytes. It always answers with a status it documents and a JSON
// `{error}` it documents (or closes the socket), and nothing it does escapes as an exception.
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { isOtpErrorCode } from '../../../src/adapters/otp-error.js';
import { startReferenceServer, type ReferenceServer } from '../../../demo/server/reference-server.js';
import { numRuns } from './runs.js';

/** Every status the handler documents (bank-handler.ts), and 421 for a foreign Host (http.ts). */
const knownStatuses = new Set([200, 201, 204, 400, 401, 403, 404, 405, 408, 409, 410, 413, 415, 421, 422, 423, 429, 500, 503]);

const utf8 = (text: string) => new TextEncoder().encode(text);
const jsonText = fc.oneof(fc.constantFrom('1234567890', '2345678901', '0000000000', 'VSST12345678', 'enroll', 'suspend', 'wrong', ''), fc.string({ maxLength: 300 }));
const field = fc.oneof({ weight: 4, arbitrary: jsonText }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
/** Shaped like a request of some route, with fields of any JSON. */
const nearRequest = fc.record(
  {
    flow: field,
    contractId: field,
    password: field,
    session: field,
    tokenId: field,
    otp: field,
    nextOtp: field,
    transaction: field,
    method: fc.oneof(fc.constantFrom('code', 'challenge', 'passkey'), field),
    payee: fc.oneof(fc.record({ bank: field, account: field, name: field }), field),
    amount: fc.oneof(fc.record({ value: field, currency: fc.constantFrom('JPY', 'USD') }), field),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.uint8Array({ maxLength: 700 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => utf8(JSON.stringify(value))),
  nearRequest.map((value) => utf8(JSON.stringify(value))),
  fc.string({ unit: 'binary', maxLength: 5000 }).map(utf8),
);
const route = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('authenticate', 'tokens', 'suspend', 'provision', 'extend', 'transfers', 'transactions/get', 'transactions/confirm', 'transactions/decline'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
);
const method = fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'OPTIONS', 'DELETE', 'PATCH', 'HEAD');
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/jsonx', undefined);

describe('reference bank handler: properties', () => {
  let bank: ReferenceServer;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const escaped: unknown[] = [];
  const record = (error: unknown) => escaped.push(error);
  before(async () => {
    process.on('unhandledRejection', record);
    process.on('uncaughtException', record);
    // No per-client limit here: every request must reach the parsing it is meant to try.
    bank = await startReferenceServer({ port: 0, limits: false });
  });
  after(async () => {
    process.off('unhandledRejection', record);
    process.off('uncaughtException', record);
    agent.destroy();
    await bank.close();
  });

  const origin = () => fc.constantFrom(undefined, `http://localhost:${bank.reach.port}`, 'https://evil.example', 'null');

  function ask(m: string, path: string, headers: Record<string, string>, payload: Uint8Array) {
    return new Promise<{ status: number; type: string | undefined; text: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: bank.reach.port, method: m, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  it('answers any request with a documented status and a documented error code', async () => {
    await fc.assert(
      fc.asyncProperty(method, route, contentType, origin(), body, async (m, r, type, from, payload) => {
        // The length is always declared: Node's client would send a GET's or DELETE's body unframed.
        const headers: Record<string, string> = { Host: `localhost:${bank.reach.port}`, 'Content-Length': String(payload.length) };
        if (type !== undefined) headers['Content-Type'] = type;
        if (from !== undefined) headers.Origin = from;
        const answer = await ask(m, `/api/bank/${r}`, headers, payload);
        assert.ok(knownStatuses.has(answer.status), `status ${answer.status}`);
        if (answer.status === 204 || m === 'HEAD') return;
        assert.equal(answer.type, 'application/json; charset=utf-8');
        const json: unknown = JSON.parse(answer.text);
        assert.ok(json !== null && typeof json === 'object' && !Array.isArray(json));
        if (answer.status >= 400) assert.ok(isOtpErrorCode((json as { error?: unknown }).error), answer.text);
      }),
      { numRuns },
    );
    assert.deepEqual(escaped, []);
  });

  it('answers any bytes on a connection with a documented status, or closes it, and goes on', async () => {
    const start = fc.constantFrom('', 'POST /api/bank/authenticate HTTP/1.1\r\n', `POST /api/bank/tokens HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n`, 'GET ');
    await fc.assert(
      fc.asyncProperty(start, fc.uint8Array({ maxLength: 400 }), async (head, bytes) => {
        const answer = await new Promise<string>((resolve) => {
          const socket = connect(bank.reach.port, '127.0.0.1');
          const chunks: Buffer[] = [];
          socket.on('data', (chunk) => chunks.push(chunk));
          socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
          socket.on('error', () => socket.destroy());
          socket.end(Buffer.concat([Buffer.from(head, 'latin1'), bytes]));
        });
        const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
        assert.ok(status === undefined || knownStatuses.has(Number(status)), answer.slice(0, 60));
      }),
      { numRuns: Math.ceil(numRuns / 5) },
    );
    const alive = await ask('POST', '/api/bank/authenticate', { Host: `localhost:${bank.reach.port}`, 'Content-Type': 'application/json', 'Content-Length': '2' }, utf8('{}'));
    assert.equal(alive.status, 400);
    assert.deepEqual(escaped, []);
  });
});
