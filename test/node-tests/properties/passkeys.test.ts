// The reference bank's passkey routes under any body: bad JSON, wrong types, huge fields, any
// session. Each answer is a documented status with a documented error code, nothing escapes, and
// no registration but an honest one is ever kept: every change to what the client data or the
// authenticator data says (challenge, origin, type, RP ID, flags) is refused.
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { isOtpErrorCode } from '../../../src/adapters/otp-error.js';
import { demoTokenCode } from '../../../src/bank/demo-data.js';
import { startReferenceServer, type ReferenceServer } from '../../../demo/server/reference-server.js';
import { base64url, register } from '../software-authenticator.js';
import { numRuns } from './runs.js';

/** What the passkey routes answer (bank-handler.ts): successes, refusals of the body, the bank's codes. */
const knownStatuses = new Set([200, 201, 400, 401, 409, 413, 422, 423]);

const bound = { contractId: '2345678901', tokenId: 'VSST87654321' };

/** `text` with the character at `at` (modulo its length) replaced by `char`, or by another one where they are the same. */
function misspelt(text: string, at: number, char: string): string {
  const i = at % text.length;
  const replacement = char === text[i] ? String.fromCharCode(text.charCodeAt(i) ^ 1) : char;
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

describe('reference bank passkey routes: properties', () => {
  let server: ReferenceServer;
  let page: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const escaped: unknown[] = [];
  const record = (error: unknown) => escaped.push(error);

  function post(route: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
    return new Promise((resolve, reject) => {
      const headers = { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) };
      const req = request({ host: '127.0.0.1', port: server.reach.port, method: 'POST', path: `/api/bank/${route}`, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** A session of flow "passkey" whose code was right (the reference server's clock is the real one). */
  let proven: string;
  let timeStep = 0;
  async function provenSession(): Promise<string> {
    const { json } = await post('authenticate', JSON.stringify({ flow: 'passkey', contractId: bound.contractId, password: 'Passw0rd!' }));
    // Each code is accepted once: a later session waits for the next time step's code.
    while (Math.floor(Date.now() / 30_000) === timeStep) await new Promise((resolve) => setTimeout(resolve, 250));
    timeStep = Math.floor(Date.now() / 30_000);
    const session = json.session as string;
    const answer = await post('passkeys/options', JSON.stringify({ session, otp: demoTokenCode(bound.tokenId) }));
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    return session;
  }

  before(async () => {
    process.on('unhandledRejection', record);
    process.on('uncaughtException', record);
    server = await startReferenceServer({ port: 0, limits: false });
    page = `http://localhost:${server.reach.port}`;
    proven = await provenSession();
  });
  after(async () => {
    process.off('unhandledRejection', record);
    process.off('uncaughtException', record);
    agent.destroy();
    await server.close();
  });

  const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ minLength: 4000, maxLength: 20_000 }));
  const anything = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: text });
  /** Shaped like a registration, each field anything. */
  const nearCredential = fc.record(
    {
      id: anything,
      rawId: anything,
      type: fc.oneof(fc.constant('public-key'), anything),
      response: fc.oneof(
        fc.record({ clientDataJSON: anything, attestationObject: anything, authenticatorData: anything, transports: anything }, { requiredKeys: [] }),
        anything,
      ),
      clientExtensionResults: anything,
    },
    { requiredKeys: [] },
  );

  it('answers any body with a documented status and code, and never keeps a passkey it was not honestly given', async () => {
    const session = fc.oneof(fc.constant('proven'), fc.string({ maxLength: 300 }), fc.jsonValue({ maxDepth: 2 }));
    const body = fc.record({ session, otp: fc.oneof(fc.constant(undefined), fc.stringMatching(/^\d{6}$/), anything), credential: fc.oneof(fc.constant(undefined), nearCredential, anything) }, { requiredKeys: [] });
    const payload = fc.oneof(
      { weight: 6, arbitrary: body.map((b) => JSON.stringify({ ...b, ...(b.session === 'proven' ? { session: proven } : {}) })) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3000 }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('passkeys/options', 'passkeys'), payload, async (route, sent) => {
        const { status, json } = await post(route, sent);
        assert.ok(knownStatuses.has(status), `status ${status}`);
        if (status >= 400) assert.ok(isOtpErrorCode(json.error), JSON.stringify(json));
        // Options, for a session that may have them; a registration never (none of these is honest).
        if (status < 400) assert.equal(route, 'passkeys/options', sent.slice(0, 200));
      }),
      { numRuns },
    );
    assert.deepEqual(escaped, []);
  });

  it('refuses every registration whose client data or authenticator data says anything but what the bank asked', async () => {
    const change = fc.oneof(
      fc.record({ origin: fc.webUrl().map((url) => new URL(url).origin).filter((origin) => origin !== page) }),
      fc.record({ rpId: fc.domain().filter((domain) => domain !== 'localhost') }),
      fc.record({ type: fc.string({ maxLength: 20 }).filter((type) => type !== 'webauthn.create') }),
      fc.record({ challenge: fc.uint8Array({ minLength: 1, maxLength: 64 }).map(base64url) }),
      fc.record({ userVerified: fc.constant(false), userPresent: fc.boolean() }),
      // One character of the challenge, the origin or the type the client data states, changed.
      fc.record({ typo: fc.record({ field: fc.constantFrom('challenge', 'origin', 'type'), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }) }),
    );
    await fc.assert(
      fc.asyncProperty(change, async (changed) => {
        const { json } = await post('passkeys/options', JSON.stringify({ session: proven }));
        const { challenge } = json.options as PublicKeyCredentialCreationOptionsJSON;
        const { typo, ...ceremony } = changed as { typo?: { field: 'challenge' | 'origin' | 'type'; at: number; char: string } };
        const honest = { challenge, origin: page, type: 'webauthn.create' };
        if (typo) honest[typo.field] = misspelt(honest[typo.field], typo.at, typo.char);
        const credential = await register({ ...honest, ...ceremony });
        const answer = await post('passkeys', JSON.stringify({ session: proven, credential }));
        assert.deepEqual([answer.status, answer.json.error], [422, 'passkey-rejected'], JSON.stringify(changed));
      }),
      // Each case makes a key pair and asks the bank for options: a quarter of the runs keeps the suite quick.
      { numRuns: Math.ceil(numRuns / 4) },
    );
    assert.deepEqual(escaped, []);
  });
});
