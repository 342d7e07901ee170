// The reference bank's passkeys under attack (issue 15): registrations no honest browser sends are
// refused — another origin, another RP ID, no user verification, a replay, another session's
// challenge — and the code of mode="passkey" is counted like every code. A software authenticator
// makes the registrations; @simplewebauthn/server in the bank verifies them.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { OtpError } from '../../src/adapters/otp-error.js';
import { DemoBank } from '../../src/bank/demo-bank.js';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import { maxPasskeysPerContract } from '../../src/bank/passkeys.js';
import { startReferenceServer } from '../../demo/server/reference-server.js';
import { postJson, refusal } from './helpers.js';
import { base64url, register, type Ceremony } from './software-authenticator.js';

const origin = 'http://localhost:8000';
const newcomer = '1234567890';
const bound = { contractId: '2345678901', tokenId: 'VSST87654321' };

let now = Date.now();
let bank: DemoBank;
beforeEach(() => {
  now = Date.now();
  bank = new DemoBank({ now: () => now, passkeys: { rpId: 'localhost', origins: [origin] } });
});

/** A session of flow "passkey" for the customer whose token is bound, its code proven: the options' challenge. */
async function passkeySession(): Promise<{ session: string; challenge: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const { session } = await bank.authenticate({ flow: 'passkey', contractId: bound.contractId, password: 'Passw0rd!' });
  const { options } = await bank.passkeyOptions({ session, otp: demoTokenCode(bound.tokenId, now) });
  return { session, challenge: options.challenge, options };
}

/** A session of flow "enroll" that bound a token: it may then ask for passkey options without a code. */
async function enrolled(): Promise<{ session: string; challenge: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const { session } = await bank.authenticate({ flow: 'enroll', contractId: newcomer, password: 'Passw0rd!' });
  await bank.registerToken({ session, tokenId: 'VSST12345678', otp: demoTokenCode('VSST12345678', now) });
  const { options } = await bank.passkeyOptions({ session });
  return { session, challenge: options.challenge, options };
}

const made = (challenge: string, ceremony: Partial<Ceremony> = {}) => register({ challenge, origin, ...ceremony });

describe('reference bank: a passkey registered', () => {
  it('after binding a token, in the same session: kept for the contract; the session then ends', async () => {
    const { session, challenge } = await enrolled();
    assert.deepEqual(await bank.registerPasskey({ session, credential: await made(challenge) }), { resultCode: '00002' });
    assert.equal(bank.inspect(newcomer)?.passkeys, 1);
    assert.equal(await refusal(bank.passkeyOptions({ session })), 'session-expired');
  });

  it('asks for a discoverable passkey on this device with user verification, no attestation, a random user handle', async () => {
    const { options } = await enrolled();
    assert.deepEqual(options.authenticatorSelection, { authenticatorAttachment: 'platform', residentKey: 'required', userVerification: 'required', requireResidentKey: true });
    assert.equal(options.attestation, 'none');
    assert.equal(options.rp.id, 'localhost');
    assert.notEqual(Buffer.from(options.user.id, 'base64url').toString(), newcomer);
    assert.equal(Buffer.from(options.user.id, 'base64url').length, 32);
    assert.ok(Buffer.from(options.challenge, 'base64url').length >= 32);
  });

  it('names the passkey by a masked contract ID, which passkey managers store and sync', async () => {
    const { options } = await enrolled();
    assert.deepEqual([options.user.name, options.user.displayName], ['******7890', '******7890']);
  });

  it('lists the contract’s passkeys in excludeCredentials, and only its own', async () => {
    const first = await passkeySession();
    const credential = await made(first.challenge);
    await bank.registerPasskey({ session: first.session, credential });
    now += 30_000; // the next code
    const again = await passkeySession();
    assert.deepEqual(again.options.excludeCredentials?.map((c) => c.id), [credential.id]);
    const other = await enrolled();
    assert.deepEqual(other.options.excludeCredentials, []);
  });
});

describe('reference bank: registrations refused (passkey-rejected)', () => {
  const refusedFor: [string, Partial<Ceremony>][] = [
    ['another origin (a phishing site)', { origin: 'https://bank.example.phish' }],
    ['another scheme on the same host', { origin: 'https://localhost:8000' }],
    ['another RP ID in the authenticator data', { rpId: 'bank.example' }],
    ['no user verification', { userVerified: false }],
    ['no user presence', { userPresent: false, userVerified: false }],
    ['a sign-in, not a registration (webauthn.get)', { type: 'webauthn.get' }],
  ];
  for (const [what, ceremony] of refusedFor) {
    it(`for ${what}, keeping nothing`, async () => {
      const { session, challenge } = await enrolled();
      assert.equal(await refusal(bank.registerPasskey({ session, credential: await made(challenge, ceremony) })), 'passkey-rejected');
      assert.equal(bank.inspect(newcomer)?.passkeys, undefined);
    });
  }

  it('for another session’s challenge; that session’s own registration still goes through', async () => {
    const a = await enrolled();
    const b = await passkeySession();
    const forA = await made(a.challenge);
    assert.equal(await refusal(bank.registerPasskey({ session: b.session, credential: forA })), 'passkey-rejected');
    await bank.registerPasskey({ session: a.session, credential: forA });
    assert.equal(bank.inspect(newcomer)?.passkeys, 1);
    assert.equal(bank.inspect(bound.contractId)?.passkeys, undefined);
  });

  it('for a replay: the same registration again, in its session (ended) or in a new one (another challenge)', async () => {
    const first = await enrolled();
    const credential = await made(first.challenge);
    await bank.registerPasskey({ session: first.session, credential });
    assert.equal(await refusal(bank.registerPasskey({ session: first.session, credential })), 'session-expired');
    const next = await passkeySession();
    assert.equal(await refusal(bank.registerPasskey({ session: next.session, credential })), 'passkey-rejected');
    assert.equal(bank.inspect(newcomer)?.passkeys, 1);
  });

  it('for a challenge already tried: good once, whatever the outcome', async () => {
    const { session, challenge } = await enrolled();
    assert.equal(await refusal(bank.registerPasskey({ session, credential: await made(challenge, { userVerified: false }) })), 'passkey-rejected');
    assert.equal(await refusal(bank.registerPasskey({ session, credential: await made(challenge) })), 'passkey-rejected');
    // New options, a new challenge: fine.
    const { options } = await bank.passkeyOptions({ session });
    await bank.registerPasskey({ session, credential: await made(options.challenge) });
  });

  it('for a registration without options in this session', async () => {
    const { session } = await bank.authenticate({ flow: 'passkey', contractId: bound.contractId, password: 'Passw0rd!' });
    assert.equal(await refusal(bank.registerPasskey({ session, credential: await made(base64url(new Uint8Array(32))) })), 'passkey-rejected');
  });

  it('for a credential ID already registered, by this contract or another', async () => {
    const credentialId = new Uint8Array(16).fill(7);
    const a = await enrolled();
    await bank.registerPasskey({ session: a.session, credential: await made(a.challenge, { credentialId }) });
    const b = await passkeySession();
    assert.equal(await refusal(bank.registerPasskey({ session: b.session, credential: await made(b.challenge, { credentialId }) })), 'passkey-rejected');
  });

  it('for a credential whose id is not the authenticator data’s', async () => {
    const { session, challenge } = await enrolled();
    const credential = await made(challenge);
    const other = base64url(new Uint8Array(16).fill(9));
    assert.equal(await refusal(bank.registerPasskey({ session, credential: { ...credential, id: other, rawId: other } })), 'passkey-rejected');
  });

  it(`past ${maxPasskeysPerContract} passkeys for one contract`, async () => {
    for (let i = 0; i < maxPasskeysPerContract; i++) {
      now += 30_000; // each visit types the token's next code
      const { session, challenge } = await passkeySession();
      await bank.registerPasskey({ session, credential: await made(challenge) });
    }
    assert.equal(bank.inspect(bound.contractId)?.passkeys, maxPasskeysPerContract);
    now += 30_000;
    const { session, challenge } = await passkeySession();
    assert.equal(await refusal(bank.registerPasskey({ session, credential: await made(challenge) })), 'passkey-rejected');
  });
});

describe('reference bank: which sessions may make a passkey', () => {
  it('not an enroll session before it bound a token, nor a suspend session', async () => {
    const { session } = await bank.authenticate({ flow: 'enroll', contractId: newcomer, password: 'Passw0rd!' });
    assert.equal(await refusal(bank.passkeyOptions({ session })), 'session-expired');
    const suspend = await bank.authenticate({ flow: 'suspend', contractId: bound.contractId, password: 'Passw0rd!' });
    assert.equal(await refusal(bank.passkeyOptions({ session: suspend.session })), 'session-expired');
  });

  it('not a contract without a token (flow "passkey" answers not-registered at authenticate)', async () => {
    assert.equal(await refusal(bank.authenticate({ flow: 'passkey', contractId: newcomer, password: 'Passw0rd!' })), 'not-registered');
  });

  it('once bound, the session cannot bind a token or issue a key again', async () => {
    const { session } = await enrolled();
    assert.equal(await refusal(bank.registerToken({ session, tokenId: 'VSMT23456789', otp: demoTokenCode('VSMT23456789', now) })), 'session-expired');
    assert.equal(await refusal(bank.provision({ session })), 'session-expired');
  });

  it('not once the session expired: the challenge dies with it', async () => {
    const { session, challenge } = await enrolled();
    const credential = await made(challenge);
    now += 301_000;
    assert.equal(await refusal(bank.registerPasskey({ session, credential })), 'session-expired');
  });
});

describe('reference bank: the code of mode="passkey" is counted like every code', () => {
  const login = () => bank.authenticate({ flow: 'passkey', contractId: bound.contractId, password: 'Passw0rd!' });
  const wrong = () => String((Number(demoTokenCode(bound.tokenId, now)) + 500_000) % 1_000_000).padStart(6, '0');

  it('a wrong or missing code is a guess: attempts left, then the lock, which even the right code meets', async () => {
    const { session } = await login();
    const remaining: (number | undefined)[] = [];
    for (const otp of [wrong(), undefined, wrong(), wrong()]) {
      const error = await bank.passkeyOptions({ session, otp }).then(
        () => assert.fail('a wrong code was taken'),
        (e: OtpError) => e,
      );
      assert.equal(error.code, 'invalid-otp');
      remaining.push(error.remainingAttempts);
    }
    assert.deepEqual(remaining, [4, 3, 2, 1]);
    assert.equal(await refusal(bank.passkeyOptions({ session, otp: wrong() })), 'locked');
    assert.equal(await refusal(bank.passkeyOptions({ session, otp: demoTokenCode(bound.tokenId, now) })), 'locked');
    assert.ok((bank.inspect(bound.contractId)?.lockedFor ?? 0) > 0);
  });

  it('guesses sent at once are counted as they arrive: no more than five are ever checked', async () => {
    const { session } = await login();
    const codes = await Promise.all(Array.from({ length: 12 }, () => refusal(bank.passkeyOptions({ session, otp: wrong() }))));
    assert.equal(codes.filter((code) => code === 'invalid-otp').length, 4);
    assert.equal(codes.filter((code) => code === 'locked').length, 8);
  });

  it('a right code is accepted once: not again in another session', async () => {
    const otp = demoTokenCode(bound.tokenId, now);
    await bank.passkeyOptions({ session: (await login()).session, otp });
    assert.equal(await refusal(bank.passkeyOptions({ session: (await login()).session, otp })), 'invalid-otp');
  });

  it('once proven, the session asks no code again (new options for a retry)', async () => {
    const { session, challenge } = await passkeySession();
    const { options } = await bank.passkeyOptions({ session });
    assert.notEqual(options.challenge, challenge);
  });
});

describe('reference bank over HTTP: the passkey routes', () => {
  it('answers /passkeys/options and /passkeys, refuses with 422 passkey-rejected, limits the bodies', async () => {
    const server = await startReferenceServer({ port: 0, limits: false });
    try {
      const url = (route: string) => `${server.endpoint}/${route}`;
      const page = `http://localhost:${server.reach.port}`;
      const login = await postJson(url('authenticate'), { flow: 'passkey', contractId: bound.contractId, password: 'Passw0rd!' });
      const { session } = JSON.parse(login.body) as { session: string };
      const optionsAnswer = await postJson(url('passkeys/options'), { session, otp: demoTokenCode(bound.tokenId) });
      assert.equal(optionsAnswer.status, 200);
      const { options } = JSON.parse(optionsAnswer.body) as { options: PublicKeyCredentialCreationOptionsJSON };
      // The server's own origin on the RP ID's host is the default page origin.
      const foreign = await postJson(url('passkeys'), { session, credential: await register({ challenge: options.challenge, origin: 'http://127.0.0.1:1' }) });
      assert.deepEqual([foreign.status, JSON.parse(foreign.body)], [422, { error: 'passkey-rejected' }]);
      const { options: next } = JSON.parse((await postJson(url('passkeys/options'), { session })).body) as { options: PublicKeyCredentialCreationOptionsJSON };
      const ok = await postJson(url('passkeys'), { session, credential: await register({ challenge: next.challenge, origin: page }) });
      assert.equal(ok.status, 201);
      assert.match((JSON.parse(ok.body) as { resultCode: string }).resultCode, /^\d{5}$/);

      const padded = (bytes: number) => ({ session, credential: { id: 'x'.repeat(bytes) } });
      assert.equal((await postJson(url('passkeys'), padded(15_000))).status, 401);
      assert.equal((await postJson(url('passkeys'), padded(17_000))).status, 413);
      assert.equal((await postJson(url('passkeys/options'), { session, otp: 'x'.repeat(5000) })).status, 413);
      for (const body of [{ session }, { session, credential: [] }, { session, credential: 'x' }, { session: 1, credential: {} }, { session, otp: 123456 }]) {
        const route = 'credential' in body || !('otp' in body) ? 'passkeys' : 'passkeys/options';
        assert.equal((await postJson(url(route), body)).status, 400, JSON.stringify(body));
      }
    } finally {
      await server.close();
    }
  });
});
