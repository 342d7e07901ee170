import { expect } from '@open-wc/testing';
import { URI, type TOTP } from 'otpauth';
import type { OtpFlow } from '../../src/adapters/types.js';
import { DemoBank, type DemoBankOptions } from '../../src/bank/demo-bank.js';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import { failsWith, failure } from '../adapters/failure.js';

// Ten seconds into a time step, so "the previous step" and "the next step" are unambiguous.
const start = 56_666_667 * 30_000 + 10_000;
const newcomer = { contractId: '1234567890', password: 'Passw0rd!' }; // no token
const holder = { contractId: '2345678901', password: 'Passw0rd!' }; // VSST87654321 bound

function setup(options: DemoBankOptions = {}) {
  const clock = { now: start };
  const bank = new DemoBank({ now: () => clock.now, ...options });
  const at = (seconds: number) => (clock.now = start + seconds * 1000);
  const code = (tokenId: string, steps = 0) => demoTokenCode(tokenId, clock.now + steps * 30_000);
  const session = async (customer: typeof newcomer, flow: OtpFlow = 'enroll') =>
    (await bank.authenticate({ flow, ...customer })).session;
  return { bank, clock, at, code, session };
}

describe('DemoBank: authentication', () => {
  it('opens a session for the right contract ID and password', async () => {
    const { bank } = setup();
    const result = await bank.authenticate({ flow: 'enroll', ...newcomer });
    expect(result.session).to.match(/^[\w-]{43}$/);
    expect(result).not.to.have.property('currentTokenId');
  });

  it('reports the token already bound, masked', async () => {
    const { bank } = setup();
    const result = await bank.authenticate({ flow: 'enroll', ...holder });
    expect(result.currentTokenId).to.equal('VSST****4321');
  });

  it('refuses a wrong password as invalid-credentials with the attempts left', async () => {
    const { bank } = setup();
    const error = await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }), 'invalid-credentials');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('fails an unknown contract ID exactly like a wrong password', async () => {
    const { bank } = setup();
    const unknownId = await failure(bank.authenticate({ flow: 'enroll', contractId: '9999999999', password: 'Passw0rd!' }));
    const wrongPassword = await failure(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }));
    expect([unknownId.code, unknownId.message, unknownId.remainingAttempts]).to.deep.equal([
      wrongPassword.code,
      wrongPassword.message,
      wrongPassword.remainingAttempts,
    ]);
  });

  it('locks the customer after five wrong passwords, even against the right one', async () => {
    const { bank } = setup({ lockoutSeconds: 120 });
    for (const left of [4, 3, 2, 1]) {
      const error = await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }), 'invalid-credentials');
      expect(error.remainingAttempts).to.equal(left);
    }
    const fifth = await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }), 'locked');
    expect(fifth.retryAfter).to.equal(120);
    await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer }), 'locked');
    expect(bank.inspect(newcomer.contractId)?.lockedFor).to.equal(120);
  });

  it('locks unknown contract IDs the same way, so a lock says nothing about the ID', async () => {
    const { bank } = setup({ maxFailures: 2 });
    const stranger = { flow: 'enroll' as const, contractId: '9999999999', password: 'x' };
    await failsWith(bank.authenticate(stranger), 'invalid-credentials');
    await failsWith(bank.authenticate(stranger), 'locked');
  });

  it('ends the lock after lockoutSeconds, with a fresh count of attempts', async () => {
    const { bank, at } = setup({ lockoutSeconds: 120, maxFailures: 2 });
    await failure(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }));
    await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }), 'locked');
    at(119);
    const still = await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer }), 'locked');
    expect(still.retryAfter).to.equal(1);
    at(120);
    await bank.authenticate({ flow: 'enroll', ...newcomer });
    const error = await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }), 'invalid-credentials');
    expect(error.remainingAttempts).to.equal(1);
  });

  it('forgets earlier wrong passwords once the right one is given', async () => {
    const { bank } = setup();
    for (let i = 0; i < 4; i++) await failure(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }));
    await bank.authenticate({ flow: 'enroll', ...newcomer });
    const error = await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }), 'invalid-credentials');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('refuses to start a suspension for a customer without a token as not-registered', async () => {
    const { bank } = setup();
    await failsWith(bank.authenticate({ flow: 'suspend', ...newcomer }), 'not-registered');
  });
});

describe('DemoBank: registration', () => {
  it('binds the token for the right code and answers result code 00001', async () => {
    const { bank, code, session } = setup();
    const result = await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: code('VSST12345678') });
    expect(result).to.deep.equal({ resultCode: '00001' });
    expect(bank.inspect(newcomer.contractId)?.tokenId).to.equal('VSST12345678');
  });

  it('counts result codes up across operations', async () => {
    const { bank, code, session } = setup();
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: code('VSST12345678') });
    const second = await bank.suspend({ session: await session(holder, 'suspend') });
    expect(second.resultCode).to.equal('00002');
  });

  it('refuses a wrong code as invalid-otp with the attempts left, and binds nothing', async () => {
    const { bank, code, session } = setup();
    const wrong = code('VSST12345678') === '000000' ? '111111' : '000000';
    const error = await failsWith(bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: wrong }), 'invalid-otp');
    expect(error.remainingAttempts).to.equal(4);
    expect(bank.inspect(newcomer.contractId)).not.to.have.property('tokenId');
  });

  it('refuses a replayed code, even for another customer', async () => {
    const { bank, code, session } = setup();
    const otp = code('VSST12345678');
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp });
    await failsWith(bank.registerToken({ session: await session(holder), tokenId: 'VSST12345678', otp }), 'invalid-otp');
  });

  it('refuses a code from an older step than one already used', async () => {
    const { bank, code, session } = setup();
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: code('VSST12345678') });
    const older = code('VSST12345678', -1);
    await failsWith(bank.registerToken({ session: await session(holder), tokenId: 'VSST12345678', otp: older }), 'invalid-otp');
  });

  it('accepts the code from the previous step once', async () => {
    const { bank, code, session } = setup();
    const previous = code('VSST12345678', -1);
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: previous });
    await failsWith(bank.registerToken({ session: await session(holder), tokenId: 'VSST12345678', otp: previous }), 'invalid-otp');
  });

  it('accepts the code from the next step (a token clock running ahead)', async () => {
    const { bank, code, session } = setup();
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: code('VSST12345678', 1) });
  });

  it('refuses codes two steps away in either direction', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678', -2) }), 'invalid-otp');
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678', 2) }), 'invalid-otp');
  });

  it('locks the customer after five wrong codes, against the right code and the password too', async () => {
    const { bank, code, session } = setup({ lockoutSeconds: 60 });
    const enroll = await session(newcomer);
    const wrong = code('VSST12345678') === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: wrong }), 'invalid-otp');
    const fifth = await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: wrong }), 'locked');
    expect(fifth.retryAfter).to.equal(60);
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678') }), 'locked');
    await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer }), 'locked');
  });

  it('refuses an unknown or malformed token ID as invalid-token-id', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST00000000', otp: code('VSST12345678') }), 'invalid-token-id');
    await failsWith(bank.registerToken({ session: enroll, tokenId: '12345678', otp: code('VSST12345678') }), 'invalid-token-id');
  });

  it('matches token IDs whatever their case', async () => {
    const { bank, code, session } = setup();
    await bank.registerToken({ session: await session(newcomer), tokenId: 'vsmt23456789', otp: code('VSMT23456789') });
    expect(bank.inspect(newcomer.contractId)?.tokenId).to.equal('VSMT23456789');
  });

  it('refuses the token already bound as already-registered', async () => {
    const { bank, code, session } = setup();
    await failsWith(
      bank.registerToken({ session: await session(holder), tokenId: 'VSST87654321', otp: code('VSST87654321') }),
      'already-registered',
    );
  });

  it('replaces the bound token with a new one (device change) and reports the new one', async () => {
    const { bank, code, session } = setup();
    await bank.registerToken({ session: await session(holder), tokenId: 'VSST12345678', otp: code('VSST12345678') });
    expect(bank.inspect(holder.contractId)?.tokenId).to.equal('VSST12345678');
    const again = await bank.authenticate({ flow: 'enroll', ...holder });
    expect(again.currentTokenId).to.equal('VSST****5678');
  });

  it('accepts two consecutive codes (codes="2") and uses both up', async () => {
    const { bank, code, session } = setup();
    const [otp, nextOtp] = [code('VSST12345678', -1), code('VSST12345678')];
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp, nextOtp });
    await failsWith(bank.registerToken({ session: await session(holder), tokenId: 'VSST12345678', otp: nextOtp }), 'invalid-otp');
  });

  it('refuses two codes that are not consecutive', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    const error = await failsWith(
      bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678', -1), nextOtp: code('VSST12345678', 1) }),
      'invalid-otp',
    );
    expect(error.remainingAttempts).to.equal(4);
  });
});

describe('DemoBank: sessions', () => {
  it('expires a session after sessionTtlSeconds', async () => {
    const { bank, at, code, session } = setup({ sessionTtlSeconds: 60 });
    const enroll = await session(newcomer);
    at(60);
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678') }), 'session-expired');
  });

  it('keeps a session usable until its time is up', async () => {
    const { bank, at, code, session } = setup({ sessionTtlSeconds: 60 });
    const enroll = await session(newcomer);
    at(59);
    await bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678') });
  });

  it('refuses an unknown session handle as session-expired', async () => {
    const { bank } = setup();
    await failsWith(bank.suspend({ session: 'not-a-session' }), 'session-expired');
  });

  it('keeps sessions to their flow: an enrolment session cannot suspend, a suspension session cannot register', async () => {
    const { bank, code, session } = setup();
    await failsWith(bank.suspend({ session: await session(holder, 'enroll') }), 'session-expired');
    const suspension = await session(holder, 'suspend');
    await failsWith(bank.registerToken({ session: suspension, tokenId: 'VSST12345678', otp: code('VSST12345678') }), 'session-expired');
    await failsWith(bank.provision({ session: suspension }), 'session-expired');
  });

  it('uses a session up with the operation it was opened for', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    await bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678') });
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSMT23456789', otp: code('VSMT23456789') }), 'session-expired');
  });
});

describe('DemoBank: suspension', () => {
  it('unbinds the token: the customer no longer uses one-time passwords', async () => {
    const { bank, session } = setup();
    const result = await bank.suspend({ session: await session(holder, 'suspend') });
    expect(result.resultCode).to.equal('00001');
    expect(bank.inspect(holder.contractId)).to.deep.equal({ contractId: holder.contractId });
  });

  it('refuses a second suspension as not-registered', async () => {
    const { bank, session } = setup();
    await bank.suspend({ session: await session(holder, 'suspend') });
    await failsWith(bank.authenticate({ flow: 'suspend', ...holder }), 'not-registered');
  });

  it('lets a suspended customer register again', async () => {
    const { bank, code, session } = setup();
    await bank.suspend({ session: await session(holder, 'suspend') });
    const enroll = await bank.authenticate({ flow: 'enroll', ...holder });
    expect(enroll).not.to.have.property('currentTokenId');
    await bank.registerToken({ session: enroll.session, tokenId: 'VSST87654321', otp: code('VSST87654321') });
    expect(bank.inspect(holder.contractId)?.tokenId).to.equal('VSST87654321');
  });
});

describe('DemoBank: provisioning', () => {
  const parse = (uri: string) => URI.parse(uri) as TOTP;

  it('issues an otpauth://totp URI with a fresh 160-bit secret, SHA-1, 6 digits, 30 s', async () => {
    const { bank, session } = setup();
    const enroll = await session(newcomer);
    const first = parse((await bank.provision({ session: enroll })).uri);
    const second = parse((await bank.provision({ session: enroll })).uri);
    expect([first.algorithm, first.digits, first.period, first.label]).to.deep.equal(['SHA1', 6, 30, newcomer.contractId]);
    expect(first.secret.bytes.length).to.equal(20);
    expect(first.secret.base32).not.to.equal(second.secret.base32);
  });

  it('binds a new token for a code of the provisioned secret', async () => {
    const { bank, clock, session } = setup();
    const enroll = await session(newcomer);
    const totp = parse((await bank.provision({ session: enroll })).uri);
    await bank.registerToken({ session: enroll, otp: totp.generate({ timestamp: clock.now }) });
    expect(bank.inspect(newcomer.contractId)?.tokenId).to.match(/^[A-Z]{4}\d{8}$/);
  });

  it('refuses a code that is not of the provisioned secret', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    await bank.provision({ session: enroll });
    await failsWith(bank.registerToken({ session: enroll, otp: code('VSST12345678') }), 'invalid-otp');
  });

  it('refuses a registration without token ID when nothing was provisioned, as invalid-token-id', async () => {
    const { bank, code, session } = setup();
    await failsWith(bank.registerToken({ session: await session(newcomer), otp: code('VSST12345678') }), 'invalid-token-id');
  });
});
