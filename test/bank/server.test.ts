import { expect } from '@open-wc/testing';
import { FetchHostAdapter } from '../../src/adapters/fetch.js';
import { demoTokenCode, demoTokens } from '../../src/bank/demo-data.js';
import { failsWith } from '../adapters/failure.js';
import { command, createTestBank, oathtool, oathtoolMissing, type TestBank } from './test-bank.js';

const password = 'Passw0rd!';
const newcomer = { flow: 'enroll', contractId: '1234567890', password } as const;
const holder = { contractId: '2345678901', password } as const;
const secretOf = (tokenId: string) => demoTokens.find((t) => t.tokenId === tokenId)!.secret;
const live = () => ({ signal: new AbortController().signal });

/** A raw POST, to see the status and headers the adapter hides. */
async function post(bank: TestBank, path: string, body: unknown, init: RequestInit = {}) {
  const response = await fetch(`${bank.endpoint}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    ...init,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function session(bank: TestBank, flow: 'enroll' | 'suspend', customer: { contractId: string; password: string }) {
  return ((await post(bank, 'authenticate', { flow, ...customer })).body.session as string);
}

describe('reference server: codes from an independent implementation', () => {
  before(async function (this: { skip(): void }) {
    if (await oathtoolMissing()) this.skip();
  });

  it('accepts a code computed by oathtool over HTTP', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session } = await adapter.authenticate(newcomer, live());
    const otp = await oathtool({ secret: secretOf('VSST12345678') });
    expect(await adapter.registerToken({ session, tokenId: 'VSST12345678', otp }, live())).to.deep.equal({ resultCode: '00001' });
  });

  it('computes the same demo token codes as oathtool (the code the demo page shows)', async () => {
    const time = 1_760_000_000;
    for (const { tokenId, secret } of demoTokens) {
      expect(demoTokenCode(tokenId, time * 1000)).to.equal(await oathtool({ secret, time }));
    }
  });
});

describe('reference server: the bank rules over HTTP', () => {
  it('answers /transfers with 409 not-registered for a token bound moments ago (a stolen password could bind it), and 200 a day later', async () => {
    const bank = await createTestBank();
    const transfer = { ...newcomer, payee: { bank: 'デモ銀行', account: '1234567', name: 'ヤマダ タロウ' }, amount: { value: '1', currency: 'JPY' } };
    const enroll = await session(bank, 'enroll', newcomer);
    expect((await post(bank, 'tokens', { session: enroll, tokenId: 'VSST12345678', otp: await bank.code('VSST12345678') })).status).to.equal(201);
    expect(await post(bank, 'transfers', transfer)).to.deep.include({ status: 409, body: { error: 'not-registered' } });
    await bank.advance(86_400);
    expect((await post(bank, 'transfers', transfer)).status).to.equal(200);
  });

  it('answers a wrong password with 401 invalid-credentials and the attempts left', async () => {
    const bank = await createTestBank();
    const answer = await post(bank, 'authenticate', { ...newcomer, password: 'wrong' });
    expect([answer.status, answer.body]).to.deep.equal([401, { error: 'invalid-credentials', remainingAttempts: 4 }]);
  });

  it('answers a wrong code with 422 invalid-otp and the attempts left', async () => {
    const bank = await createTestBank();
    const otp = (await bank.code('VSST12345678')) === '000000' ? '111111' : '000000';
    const answer = await post(bank, 'tokens', { session: await session(bank, 'enroll', newcomer), tokenId: 'VSST12345678', otp });
    expect([answer.status, answer.body]).to.deep.equal([422, { error: 'invalid-otp', remainingAttempts: 4 }]);
  });

  it('refuses a replayed code with 422 invalid-otp', async () => {
    const bank = await createTestBank();
    const otp = await bank.code('VSST12345678');
    expect((await post(bank, 'tokens', { session: await session(bank, 'enroll', newcomer), tokenId: 'VSST12345678', otp })).status).to.equal(201);
    // Suspended, the token is free for another contract to bind; its used code is not.
    expect((await post(bank, 'suspend', { session: await session(bank, 'suspend', { contractId: newcomer.contractId, password }) })).status).to.equal(200);
    const replay = await post(bank, 'tokens', { session: await session(bank, 'enroll', holder), tokenId: 'VSST12345678', otp });
    expect([replay.status, replay.body.error]).to.deep.equal([422, 'invalid-otp']);
  });

  it('answers an unknown token ID with 422 invalid-token-id', async () => {
    const bank = await createTestBank();
    const answer = await post(bank, 'tokens', { session: await session(bank, 'enroll', newcomer), tokenId: 'ABCD00000000', otp: '123456' });
    expect([answer.status, answer.body]).to.deep.equal([422, { error: 'invalid-token-id', remainingAttempts: 4 }]);
  });

  it('answers the token already bound with 409 already-registered', async () => {
    const bank = await createTestBank();
    const otp = await bank.code('VSST87654321');
    const answer = await post(bank, 'tokens', { session: await session(bank, 'enroll', holder), tokenId: 'VSST87654321', otp });
    expect([answer.status, answer.body]).to.deep.equal([409, { error: 'already-registered' }]);
  });

  it('answers a suspension without token with 409 not-registered', async () => {
    const bank = await createTestBank();
    const answer = await post(bank, 'authenticate', { ...newcomer, flow: 'suspend' });
    expect([answer.status, answer.body]).to.deep.equal([409, { error: 'not-registered' }]);
  });

  it('locks after five wrong passwords with 423 and Retry-After, and opens again when the lock ends', async () => {
    const bank = await createTestBank({ lockoutSeconds: 60 });
    for (let i = 0; i < 4; i++) await post(bank, 'authenticate', { ...newcomer, password: 'wrong' });
    const fifth = await post(bank, 'authenticate', { ...newcomer, password: 'wrong' });
    expect([fifth.status, fifth.headers.get('Retry-After'), fifth.body]).to.deep.equal([423, '60', { error: 'locked', retryAfter: 60 }]);
    expect((await post(bank, 'authenticate', newcomer)).status).to.equal(423);
    await bank.advance(60);
    expect((await post(bank, 'authenticate', newcomer)).status).to.equal(200);
  });

  it('locks after five wrong codes, seen through FetchHostAdapter as locked with retryAfter', async () => {
    const bank = await createTestBank({ lockoutSeconds: 90 });
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session } = await adapter.authenticate(newcomer, live());
    const otp = (await bank.code('VSST12345678')) === '000000' ? '111111' : '000000';
    const attempt = () => adapter.registerToken({ session, tokenId: 'VSST12345678', otp }, live());
    for (const left of [4, 3, 2, 1]) expect((await failsWith(attempt(), 'invalid-otp')).remainingAttempts).to.equal(left);
    expect((await failsWith(attempt(), 'locked')).retryAfter).to.equal(90);
  });

  it('expires a session: 401 session-expired', async () => {
    const bank = await createTestBank({ sessionTtlSeconds: 60 });
    const enroll = await session(bank, 'enroll', newcomer);
    await bank.advance(60);
    const answer = await post(bank, 'tokens', { session: enroll, tokenId: 'VSST12345678', otp: await bank.code('VSST12345678') });
    expect([answer.status, answer.body]).to.deep.equal([401, { error: 'session-expired' }]);
  });

  it('replaces the bound token on device change, then reports the new one masked', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session, currentTokenId } = await adapter.authenticate({ flow: 'enroll', ...holder }, live());
    expect(currentTokenId).to.equal('VSST****4321');
    await adapter.registerToken({ session, tokenId: 'VSMT23456789', otp: await bank.code('VSMT23456789') }, live());
    expect((await adapter.authenticate({ flow: 'enroll', ...holder }, live())).currentTokenId).to.equal('VSMT****6789');
  });

  it('suspends, after which suspension is refused and registration allowed again', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session } = await adapter.authenticate({ flow: 'suspend', ...holder }, live());
    await adapter.suspend({ session }, live());
    expect(await bank.customer(holder.contractId)).to.deep.equal({ contractId: holder.contractId });
    await failsWith(adapter.authenticate({ flow: 'suspend', ...holder }, live()), 'not-registered');
    const enroll = await adapter.authenticate({ flow: 'enroll', ...holder }, live());
    await adapter.registerToken({ session: enroll.session, tokenId: 'VSST87654321', otp: await bank.code('VSST87654321') }, live());
  });
});

describe('reference server: what it refuses', () => {
  it('refuses a body over 4 KB with 413', async () => {
    const bank = await createTestBank();
    const answer = await post(bank, 'authenticate', { ...newcomer, padding: 'x'.repeat(5000) });
    expect([answer.status, answer.body]).to.deep.equal([413, { error: 'unknown' }]);
  });

  it('refuses a content type other than JSON with 415', async () => {
    const bank = await createTestBank();
    const answer = await post(bank, 'authenticate', newcomer, { headers: { 'Content-Type': 'text/plain' } });
    expect([answer.status, answer.body]).to.deep.equal([415, { error: 'unknown' }]);
  });

  it('refuses methods other than POST with 405', async () => {
    const bank = await createTestBank();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(`${bank.endpoint}/authenticate`, { method });
      expect([method, response.status, response.headers.get('Allow')]).to.deep.equal([method, 405, 'POST, OPTIONS']);
    }
  });

  it('refuses malformed requests with 400 unknown', async () => {
    const bank = await createTestBank();
    const bad = [[], { flow: 'other', contractId: '1234567890', password }, { flow: 'enroll', contractId: 1234567890, password }];
    for (const body of bad) expect((await post(bank, 'authenticate', body)).status).to.equal(400);
    expect((await post(bank, 'authenticate', '', { body: '{"flow":' })).status).to.equal(400);
  });

  it('answers an unknown route with 404', async () => {
    const bank = await createTestBank();
    expect((await post(bank, 'toString', {})).status).to.equal(404);
  });

  it('marks answers as not to be stored or sniffed', async () => {
    const bank = await createTestBank();
    const { headers } = await post(bank, 'authenticate', newcomer);
    expect([headers.get('Cache-Control'), headers.get('X-Content-Type-Options')]).to.deep.equal(['no-store', 'nosniff']);
  });

  it('refuses a real request from a page of an origin it does not serve with 403', async () => {
    // This bank takes the other loopback name as its own origin: this page is foreign to it.
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const bank = await createTestBank({ publicOrigin: `${location.protocol}//${otherHost}:${location.port}` });
    // A form-style "simple" request, as a cross-site attack would send: no preflight to stop it.
    await fetch(`${bank.endpoint}/authenticate`, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(newcomer),
    });
    const [request] = await bank.requests();
    expect([request!.headers.origin, request!.status]).to.deep.equal([location.origin, 403]);
  });

  it('compares Origin with its configured origins, scheme included, never with the request\'s Host', async () => {
    const bank = await createTestBank();
    const path = `${bank.endpoint}/authenticate`;
    const body = JSON.stringify(newcomer);
    const refused: Record<string, string>[] = [
      { Host: 'evil.example', Origin: 'http://evil.example' },
      { Origin: location.origin.replace(/^http:/, 'https:') },
      { Origin: `${location.origin}.evil.example` },
    ];
    for (const headers of refused) {
      const answer = await command('http-probe', { path, headers: { 'Content-Type': 'application/json', ...headers }, body });
      expect([headers, answer.status]).to.deep.equal([headers, 403]);
    }
  });

  it('refuses a foreign Origin, an opaque one, and Sec-Fetch-Site: cross-site with 403', async () => {
    const bank = await createTestBank();
    const path = `${bank.endpoint}/authenticate`;
    const body = JSON.stringify(newcomer);
    const refused: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }];
    for (const headers of refused) {
      const answer = await command('http-probe', { path, headers: { 'Content-Type': 'application/json', ...headers }, body });
      expect([headers, answer.status]).to.deep.equal([headers, 403]);
    }
  });

  it('accepts an origin on its allowed list, and a request without Origin from a non-browser client', async () => {
    const bank = await createTestBank({ allowedOrigins: ['https://portal.example'] });
    const path = `${bank.endpoint}/authenticate`;
    const body = JSON.stringify(newcomer);
    const accepted: Record<string, string>[] = [{ Origin: 'https://portal.example' }, {}];
    for (const headers of accepted) {
      const answer = await command('http-probe', { path, headers: { 'Content-Type': 'application/json', ...headers }, body });
      expect([headers, answer.status]).to.deep.equal([headers, 200]);
    }
  });

  it('answers an allowed origin with CORS headers, its preflight included, and refuses another\'s preflight', async () => {
    const bank = await createTestBank({ allowedOrigins: ['https://portal.example'] });
    const path = `${bank.endpoint}/tokens`;
    const ask = (origin: string) => ({
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    });
    const preflight = await command('http-probe', { path, method: 'OPTIONS', headers: ask('https://portal.example') });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers).to.include({
      'access-control-allow-origin': 'https://portal.example',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type, Accept',
      vary: 'Origin',
    });
    const answer = await command('http-probe', {
      path,
      headers: { Origin: 'https://portal.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ session: 'none', tokenId: 'VSST12345678', otp: '123456' }),
    });
    expect([answer.status, answer.headers['access-control-allow-origin']]).to.deep.equal([401, 'https://portal.example']);
    const foreign = await command('http-probe', { path, method: 'OPTIONS', headers: ask('https://evil.example') });
    expect(foreign.status).to.equal(403);
    expect(foreign.headers).not.to.have.property('access-control-allow-origin');
  });
});
