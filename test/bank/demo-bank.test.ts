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
  /** Suspends the customer's token, so another contract may try to bind it. */
  const release = async (customer: typeof newcomer) => bank.suspend({ session: await session(customer, 'suspend') });
  return { bank, clock, at, code, session, release };
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
    const { bank, code, session, release } = setup();
    const otp = code('VSST12345678');
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp });
    await release(newcomer);
    await failsWith(bank.registerToken({ session: await session(holder), tokenId: 'VSST12345678', otp }), 'invalid-otp');
  });

  it('refuses a code from an older step than one already used', async () => {
    const { bank, code, session, release } = setup();
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: code('VSST12345678') });
    const older = code('VSST12345678', -1);
    await release(newcomer);
    await failsWith(bank.registerToken({ session: await session(holder), tokenId: 'VSST12345678', otp: older }), 'invalid-otp');
  });

  it('accepts the code from the previous step once', async () => {
    const { bank, code, session, release } = setup();
    const previous = code('VSST12345678', -1);
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp: previous });
    await release(newcomer);
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
    const { bank, code, session, release } = setup();
    const [otp, nextOtp] = [code('VSST12345678', -1), code('VSST12345678')];
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST12345678', otp, nextOtp });
    await release(newcomer);
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

  it('ends the session with the bound token when the bank offers no passkeys: not even /extend keeps it', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    await bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678') });
    await failsWith(bank.extendSession({ session: enroll }), 'session-expired');
    await failsWith(bank.passkeyOptions({ session: enroll }), 'session-expired');
  });

  it('keeps the session after the token, for a passkey only, where the bank offers passkeys', async () => {
    const { bank, code, session } = setup({ passkeys: { rpId: 'localhost', origins: ['http://localhost:8000'] } });
    const enroll = await session(newcomer);
    await bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: code('VSST12345678') });
    expect((await bank.extendSession({ session: enroll })).expiresIn).to.be.above(0);
    expect((await bank.passkeyOptions({ session: enroll })).options.challenge).to.be.a('string');
    await failsWith(bank.suspend({ session: enroll }), 'session-expired');
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

/** Counts the PBKDF2 runs (password checks) `work` causes, through the real WebCrypto. */
async function passwordChecks(work: () => Promise<unknown>): Promise<number> {
  const subtle = crypto.subtle;
  const deriveBits = subtle.deriveBits;
  let count = 0;
  subtle.deriveBits = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['deriveBits']>) {
    count++;
    return deriveBits.apply(this, args);
  };
  try {
    await work();
  } finally {
    // Back to the prototype's method.
    delete (subtle as Partial<SubtleCrypto>).deriveBits;
  }
  return count;
}

const settled = (calls: Promise<unknown>[]) => Promise.allSettled(calls);
const codesOf = (results: PromiseSettledResult<unknown>[]) =>
  results.map((r) => (r.status === 'fulfilled' ? 'session' : (r.reason as { code: string }).code));

describe('DemoBank: lockout under concurrency (a guess is counted before it is checked)', () => {
  it('checks at most five of 50 wrong passwords sent at once, and locks', async () => {
    const { bank } = setup();
    await bank.authenticate({ flow: 'enroll', ...newcomer }); // the seed hash is ready: only guesses hash now
    let results: PromiseSettledResult<unknown>[] = [];
    const checked = await passwordChecks(async () => {
      results = await settled(Array.from({ length: 50 }, () => bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' })));
    });
    expect(checked).to.equal(5);
    expect(codesOf(results).filter((c) => c === 'locked')).to.have.length(50);
    expect(bank.inspect(newcomer.contractId)?.lockedFor).to.equal(300);
  });

  it('gives no session to the right password among 50 sent at once, wherever it is', async () => {
    for (const position of [0, 3, 4, 5, 49]) {
      const { bank } = setup();
      const guesses = Array.from({ length: 50 }, (_, i) => (i === position ? 'Passw0rd!' : 'wrong'));
      const results = await settled(guesses.map((password) => bank.authenticate({ flow: 'enroll', ...newcomer, password })));
      expect([position, codesOf(results).includes('session')]).to.deep.equal([position, false]);
      await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer }), 'locked');
    }
  });

  it('still tells the attempts left when guesses come one after another', async () => {
    const { bank } = setup();
    const left = [];
    for (let i = 0; i < 4; i++) left.push((await failure(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }))).remainingAttempts);
    expect(left).to.deep.equal([4, 3, 2, 1]);
  });

  it('checks at most five of 50 unknown-contract guesses sent at once, like a known one', async () => {
    const { bank } = setup();
    await failure(bank.authenticate({ flow: 'enroll', contractId: '0000000000', password: 'x' })); // the decoy hash is ready
    await bank.authenticate({ flow: 'enroll', ...newcomer }); // and the count forgotten
    const stranger = { flow: 'enroll' as const, contractId: '9999999999', password: 'x' };
    const checked = await passwordChecks(() => settled(Array.from({ length: 50 }, () => bank.authenticate(stranger))));
    expect(checked).to.equal(5);
    await failsWith(bank.authenticate(stranger), 'locked');
  });

  it('refuses 50 wrong codes sent at once on one session after five, and the right code with them', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    const right = code('VSST12345678');
    const wrong = right === '000000' ? '111111' : '000000';
    const otps = Array.from({ length: 50 }, (_, i) => (i === 7 ? right : wrong));
    const results = await settled(otps.map((otp) => bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp })));
    expect(codesOf(results).slice(0, 5)).to.deep.equal(['invalid-otp', 'invalid-otp', 'invalid-otp', 'invalid-otp', 'locked']);
    expect(codesOf(results).slice(5).every((c) => c === 'locked')).to.equal(true);
    expect(bank.inspect(newcomer.contractId)).not.to.have.property('tokenId');
  });

  it('counts guesses in the order they came when WebCrypto settles its digests out of order (Firefox under load)', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    const right = code('VSST12345678');
    const wrong = right === '000000' ? '111111' : '000000';
    // The first call's digest settles last, as a busy thread pool may have it.
    const digest = crypto.subtle.digest;
    let calls = 0;
    crypto.subtle.digest = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['digest']>) {
      const result = digest.apply(this, args);
      return calls++ === 0 ? result.then((bytes) => new Promise((resolve) => setTimeout(() => resolve(bytes), 50))) : result;
    } as SubtleCrypto['digest'];
    try {
      const otps = Array.from({ length: 6 }, (_, i) => (i === 5 ? right : wrong));
      const results = await settled(otps.map((otp) => bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp })));
      expect(codesOf(results)).to.deep.equal(['invalid-otp', 'invalid-otp', 'invalid-otp', 'invalid-otp', 'locked', 'locked']);
    } finally {
      crypto.subtle.digest = digest;
    }
    expect(bank.inspect(newcomer.contractId)).not.to.have.property('tokenId');
  });
});

describe('DemoBank: wrong token IDs count like wrong codes', () => {
  it('locks after five unknown token IDs on one session, with the attempts left on each', async () => {
    const { bank, code, session } = setup({ lockoutSeconds: 60 });
    const enroll = await session(newcomer);
    const otp = code('VSST12345678');
    const left = [];
    for (let i = 0; i < 4; i++) left.push((await failsWith(bank.registerToken({ session: enroll, tokenId: `ABCD0000000${i}`, otp }), 'invalid-token-id')).remainingAttempts);
    expect(left).to.deep.equal([4, 3, 2, 1]);
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'ABCD00000009', otp }), 'locked');
    // The lock holds for the real token and the password as well.
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp }), 'locked');
    await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer }), 'locked');
  });

  it('counts token IDs and codes together: three wrong IDs and two wrong codes lock', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    const wrong = code('VSST12345678') === '000000' ? '111111' : '000000';
    for (let i = 0; i < 3; i++) await failsWith(bank.registerToken({ session: enroll, tokenId: `ABCD0000000${i}`, otp: wrong }), 'invalid-token-id');
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: wrong }), 'invalid-otp');
    await failsWith(bank.registerToken({ session: enroll, tokenId: 'VSST12345678', otp: wrong }), 'locked');
  });
});

describe('DemoBank: a token is bound to one contract only', () => {
  it('refuses another contract\'s token as invalid-token-id, exactly like an unknown one, and counts it', async () => {
    const { bank, code, session } = setup();
    const enroll = await session(newcomer);
    // VSST87654321 is the holder's: the right code for it must not bind it to the newcomer.
    const taken = await failure(bank.registerToken({ session: enroll, tokenId: 'VSST87654321', otp: code('VSST87654321') }));
    const unknown = await failure(bank.registerToken({ session: enroll, tokenId: 'VSST00000000', otp: code('VSST87654321') }));
    expect([taken.code, taken.message, taken.remainingAttempts]).to.deep.equal(['invalid-token-id', unknown.message, 4]);
    expect(unknown.remainingAttempts).to.equal(3);
    expect(bank.inspect(newcomer.contractId)).not.to.have.property('tokenId');
    expect(bank.inspect(holder.contractId)?.tokenId).to.equal('VSST87654321');
  });

  it('frees a token when its contract suspends or changes device, for another contract to bind', async () => {
    const { bank, code, session } = setup();
    await bank.registerToken({ session: await session(holder), tokenId: 'VSMT23456789', otp: code('VSMT23456789') });
    // VSST87654321 was replaced on the holder's contract: the newcomer may bind it now.
    await bank.registerToken({ session: await session(newcomer), tokenId: 'VSST87654321', otp: code('VSST87654321') });
    expect(bank.inspect(newcomer.contractId)?.tokenId).to.equal('VSST87654321');
    const holderEnroll = await session(holder);
    await failsWith(bank.registerToken({ session: holderEnroll, tokenId: 'VSST87654321', otp: code('VSST87654321', 1) }), 'invalid-token-id');
  });
});

describe('DemoBank: unknown contract IDs cannot push a customer\'s count out', () => {
  const flood = (bank: DemoBank, count: number) =>
    settled(Array.from({ length: count }, (_, i) => bank.authenticate({ flow: 'enroll', contractId: `x${i}`, password: 'x' })));

  it('keeps a customer\'s wrong guesses through a flood of more unknown IDs than it keeps', async () => {
    const { bank } = setup({ maxFailures: 3, maxUnknownIds: 40 });
    await failure(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }));
    await failure(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }));
    await flood(bank, 41);
    await failsWith(bank.authenticate({ flow: 'enroll', ...newcomer, password: 'wrong' }), 'locked');
  });

  it('keeps memory bounded: past maxUnknownIds, the least recently guessed unknown ID is forgotten', async () => {
    const { bank } = setup({ maxUnknownIds: 40 });
    const stranger = { flow: 'enroll' as const, contractId: 'y', password: 'x' };
    await failure(bank.authenticate(stranger));
    await flood(bank, 40);
    // Forgotten: its count starts again.
    expect((await failure(bank.authenticate(stranger))).remainingAttempts).to.equal(4);
  });

  it('forgets an unlocked unknown ID first, and a locked one only when every kept ID is locked', async () => {
    const { bank } = setup({ maxFailures: 2, maxUnknownIds: 2 });
    const guess = async (contractId: string) => {
      const { code, remainingAttempts } = await failure(bank.authenticate({ flow: 'enroll', contractId, password: 'x' }));
      return code === 'locked' ? code : remainingAttempts;
    };
    expect([await guess('a'), await guess('a'), await guess('b'), await guess('b')]).to.deep.equal([1, 'locked', 1, 'locked']);
    expect(await guess('c')).to.equal(1); // both kept IDs locked: "a", the older, is forgotten
    expect(await guess('d')).to.equal(1); // "c" is unlocked: it goes before "b"
    expect([await guess('b'), await guess('a'), await guess('c')]).to.deep.equal(['locked', 1, 1]);
  });
});

describe('DemoBank: session time', () => {
  it('says how long a session lasts, and extends it by sessionTtlSeconds from the extension', async () => {
    const { bank, at, code } = setup({ sessionTtlSeconds: 120, maxSessionSeconds: 600 });
    const { session, expiresIn } = await bank.authenticate({ flow: 'enroll', ...newcomer });
    expect(expiresIn).to.equal(120);
    at(100);
    expect(await bank.extendSession({ session })).to.deep.equal({ expiresIn: 120 });
    at(219); // 100 + 120 − 1: still alive thanks to the extension
    await bank.registerToken({ session, tokenId: 'VSST12345678', otp: code('VSST12345678') });
  });

  it('never extends past maxSessionSeconds after authenticate, and then ends the session', async () => {
    const { bank, at } = setup({ sessionTtlSeconds: 120, maxSessionSeconds: 300 });
    const { session } = await bank.authenticate({ flow: 'suspend', ...holder });
    at(100);
    expect((await bank.extendSession({ session })).expiresIn).to.equal(120);
    at(200);
    expect((await bank.extendSession({ session })).expiresIn).to.equal(100);
    at(299);
    expect((await bank.extendSession({ session })).expiresIn).to.equal(1);
    at(300);
    await failsWith(bank.extendSession({ session }), 'session-expired');
    await failsWith(bank.suspend({ session }), 'session-expired');
  });

  it('lets a 300-second session be extended ten times by default (WCAG 2.2.1)', async () => {
    const { bank, at } = setup();
    const { session, expiresIn } = await bank.authenticate({ flow: 'enroll', ...newcomer });
    let time = 0;
    let left = expiresIn!;
    for (let extension = 1; extension <= 10; extension++) {
      time += left - 60; // the wizard offers more time a minute before the end
      at(time);
      left = (await bank.extendSession({ session })).expiresIn;
      expect([extension, left]).to.deep.equal([extension, 300]);
    }
  });

  it('refuses to extend an expired or unknown session', async () => {
    const { bank, at } = setup({ sessionTtlSeconds: 60 });
    const { session } = await bank.authenticate({ flow: 'enroll', ...newcomer });
    at(60);
    await failsWith(bank.extendSession({ session }), 'session-expired');
    await failsWith(bank.extendSession({ session: 'not-a-session' }), 'session-expired');
  });
});
