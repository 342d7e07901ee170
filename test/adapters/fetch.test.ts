import { expect } from '@open-wc/testing';
import { URI, type TOTP } from 'otpauth';
import { FetchHostAdapter } from '../../src/adapters/fetch.js';
import type { OtpErrorCode } from '../../src/adapters/otp-error.js';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import { okFullAnswer } from '../node/protocol.js';
import { command, createTestBank, faultEndpoint, randomId, type FaultName } from '../bank/test-bank.js';
import { failsWith, failure, rejection } from './failure.js';

const password = 'Passw0rd!';
const newcomer = { flow: 'enroll', contractId: '1234567890', password } as const;
const holder = { flow: 'suspend', contractId: '2345678901', password } as const;
const secrets = [password, '123456', 'secret-session'];
const live = () => ({ signal: new AbortController().signal });

type Call = 'authenticate' | 'registerToken' | 'suspend' | 'provision' | 'extendSession';

function call(adapter: OtpHostAdapter, name: Call, signal = new AbortController().signal): Promise<unknown> {
  switch (name) {
    case 'authenticate':
      return adapter.authenticate(newcomer, { signal });
    case 'registerToken':
      return adapter.registerToken({ session: 'secret-session', tokenId: 'VSST12345678', otp: '123456' }, { signal });
    case 'suspend':
      return adapter.suspend({ session: 'secret-session' }, { signal });
    case 'provision':
      return adapter.provision!({ session: 'secret-session' }, { signal });
    case 'extendSession':
      return adapter.extendSession!({ session: 'secret-session' }, { signal });
  }
}

/** Fails like `failsWith`, and proves the error holds nothing of the request. */
async function failsCleanly(promise: Promise<unknown>, code: OtpErrorCode) {
  const error = await failsWith(promise, code);
  expect(error).not.to.have.property('cause');
  const visible = JSON.stringify({ ...error, message: error.message, stack: error.stack });
  for (const secret of secrets) expect(visible).not.to.include(secret);
  return error;
}

describe('FetchHostAdapter against the reference server', () => {
  it('registers a token: authenticate, then tokens with the code', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session } = await adapter.authenticate(newcomer, live());
    const result = await adapter.registerToken({ session, tokenId: 'VSST12345678', otp: await bank.code('VSST12345678') }, live());
    expect(result).to.deep.equal({ resultCode: '00001' });
    expect((await bank.customer('1234567890')).tokenId).to.equal('VSST12345678');
  });

  it('suspends: authenticate reports the bound token masked, then suspend', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session, currentTokenId } = await adapter.authenticate(holder, live());
    expect(currentTokenId).to.equal('VSST****4321');
    expect(await adapter.suspend({ session }, live())).to.deep.equal({ resultCode: '00001' });
    expect(await bank.customer('2345678901')).not.to.have.property('tokenId');
  });

  it('provisions: the otpauth URI it returns holds the secret a code then proves', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session } = await adapter.authenticate(newcomer, live());
    const { uri } = await adapter.provision({ session }, live());
    const otp = await bank.codeForSecret((URI.parse(uri) as TOTP).secret.base32);
    await adapter.registerToken({ session, otp }, live());
    expect((await bank.customer('1234567890')).tokenId).to.match(/^[A-Z]{4}\d{8}$/);
  });

  it('passes the server\'s refusal on: a wrong password is invalid-credentials with the attempts left', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const error = await failsCleanly(adapter.authenticate({ ...newcomer, password: 'wrong' }, live()), 'invalid-credentials');
    expect(error.remainingAttempts).to.equal(4);
  });

  it('POSTs JSON with only the documented fields, secrets in the body and none in the URL', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session } = await adapter.authenticate({ ...newcomer, extra: 'dropped' } as typeof newcomer, live());
    const otp = await bank.code('VSST12345678');
    await adapter.registerToken({ session, tokenId: 'VSST12345678', otp }, live());
    const [auth, tokens] = await bank.requests();
    expect([auth!.method, auth!.url, auth!.headers['content-type']]).to.deep.equal(['POST', `${bank.endpoint}/authenticate`, 'application/json']);
    expect(JSON.parse(auth!.body)).to.deep.equal({ flow: 'enroll', contractId: '1234567890', password });
    expect(tokens!.url).to.equal(`${bank.endpoint}/tokens`);
    expect(JSON.parse(tokens!.body)).to.deep.equal({ session, tokenId: 'VSST12345678', otp });
  });

  it('sends nextOtp when the wizard asks for two codes', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session } = await adapter.authenticate(newcomer, live());
    // Two consecutive codes of one time step, read again until no step boundary fell between them
    // (it once did: HTTP 422); the current one and the next, so one boundary before the bank
    // checks them still leaves the first within its window.
    let otp: string, nextOtp: string;
    do [otp, nextOtp] = [await bank.code('VSST12345678'), await bank.code('VSST12345678', 1)];
    while (otp !== (await bank.code('VSST12345678')));
    await adapter.registerToken({ session, tokenId: 'VSST12345678', otp, nextOtp }, live());
    expect(JSON.parse((await bank.requests())[1]!.body)).to.deep.equal({ session, tokenId: 'VSST12345678', otp, nextOtp });
  });

  it('reads a headers function at every call, e.g. for a fresh CSRF token', async () => {
    const bank = await createTestBank();
    let issued = 0;
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint, headers: () => ({ 'X-CSRF-Token': `token-${++issued}` }) });
    await failure(adapter.authenticate({ ...newcomer, password: 'wrong' }, live()));
    await adapter.authenticate(newcomer, live());
    expect((await bank.requests()).map((r) => r.headers['x-csrf-token'])).to.deep.equal(['token-1', 'token-2']);
  });

  it('awaits an async headers function', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint, headers: async () => ({ 'X-CSRF-Token': 'from-a-promise' }) });
    await adapter.authenticate(newcomer, live());
    expect((await bank.requests())[0]!.headers['x-csrf-token']).to.equal('from-a-promise');
  });

  it('sends a headers object, but keeps its own JSON content type', async () => {
    const bank = await createTestBank();
    const headers = { 'X-Portal': 'retail', 'Content-Type': 'text/plain' };
    const adapter = new FetchHostAdapter({ endpoint: `${bank.endpoint}/`, headers });
    await adapter.authenticate(newcomer, live());
    const [request] = await bank.requests();
    expect([request!.url, request!.headers['x-portal'], request!.headers['content-type']]).to.deep.equal([
      `${bank.endpoint}/authenticate`,
      'retail',
      'application/json',
    ]);
  });

  describe('cookies', () => {
    beforeEach(() => void (document.cookie = 'otp_portal=present; path=/'));
    afterEach(() => void (document.cookie = 'otp_portal=; max-age=0; path=/'));

    it('sends the portal\'s cookies by default (credentials "same-origin")', async () => {
      const bank = await createTestBank();
      await new FetchHostAdapter({ endpoint: bank.endpoint }).authenticate(newcomer, live());
      expect((await bank.requests())[0]!.headers.cookie).to.include('otp_portal=present');
    });

    it('sends no cookies with credentials "omit"', async () => {
      const bank = await createTestBank();
      await new FetchHostAdapter({ endpoint: bank.endpoint, credentials: 'omit' }).authenticate(newcomer, live());
      expect((await bank.requests())[0]!.headers).not.to.have.property('cookie');
    });
  });
});

describe('FetchHostAdapter: every failure is one OtpError code', () => {
  const faults: [title: string, fault: FaultName, name: Call, code: OtpErrorCode][] = [
    ['a 401 with an error body is its code', 'error-body', 'authenticate', 'invalid-credentials'],
    ['a 423 with an error body is locked', 'error-locked', 'registerToken', 'locked'],
    ['an error body naming no known code is unknown', 'error-unknown-code', 'authenticate', 'unknown'],
    ['a 400 with a JSON body but no error field is unknown', 'error-no-code', 'suspend', 'unknown'],
    ['a 503 whose body names no known code is unavailable', 'unavailable-json', 'authenticate', 'unavailable'],
    ['a 423 without body is locked', 'locked-seconds', 'authenticate', 'locked'],
    ['a 429 without body is unavailable, not a lockout', 'rate-limited', 'registerToken', 'unavailable'],
    ['a 500 HTML error page is unavailable', 'server-error-html', 'authenticate', 'unavailable'],
    ['a 502 with an empty body is unavailable', 'bad-gateway-empty', 'suspend', 'unavailable'],
    ['a 404 HTML page is unknown', 'not-found-html', 'authenticate', 'unknown'],
    ['a 200 HTML page is unknown', 'ok-html', 'authenticate', 'unknown'],
    ['a 200 with an empty body is unknown', 'ok-empty', 'registerToken', 'unknown'],
    ['a 200 with cut-off JSON is unknown', 'ok-invalid-json', 'authenticate', 'unknown'],
    ['a 200 with JSON null is unknown', 'ok-json-null', 'suspend', 'unknown'],
    ['a success without session is unknown', 'ok-empty-object', 'authenticate', 'unknown'],
    ['a success without uri is unknown', 'ok-empty-object', 'provision', 'unknown'],
    ['a session that is not text is unknown', 'ok-wrong-types', 'authenticate', 'unknown'],
    ['a result code that is not text is unknown', 'ok-wrong-types', 'registerToken', 'unknown'],
    ['a uri that is not otpauth:// is unknown', 'ok-wrong-types', 'provision', 'unknown'],
    ['a connection reset before the answer is network', 'reset', 'authenticate', 'network'],
    ['a connection reset in the middle of the body is network', 'reset-mid-body', 'authenticate', 'network'],
  ];

  for (const [title, fault, name, code] of faults) {
    it(`${title} (${fault}, ${name})`, async () => {
      await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint(fault) }), name), code);
    });
  }

  it('carries remainingAttempts from the error body', async () => {
    const error = await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('error-body') }), 'authenticate'), 'invalid-credentials');
    expect(error.remainingAttempts).to.equal(3);
  });

  it('carries retryAfter from the error body', async () => {
    const error = await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('error-locked') }), 'authenticate'), 'locked');
    expect(error.retryAfter).to.equal(120);
  });

  it('reads retryAfter from a Retry-After header in seconds', async () => {
    const error = await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('locked-seconds') }), 'authenticate'), 'locked');
    expect(error.retryAfter).to.equal(90);
  });

  it('reads retryAfter from a Retry-After header holding an HTTP date (120 s ahead)', async () => {
    const error = await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('rate-limited-date') }), 'authenticate'), 'unavailable');
    // The date has whole seconds and is read a moment after it was written.
    expect(error.retryAfter).to.be.within(115, 121);
  });

  it('leaves retryAfter out when a 429 gives no Retry-After', async () => {
    const error = await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('rate-limited') }), 'authenticate'), 'unavailable');
    expect(error).not.to.have.property('retryAfter');
  });

  it('refuses to follow a redirect (unknown), so the password is posted nowhere else', async () => {
    const target = randomId();
    await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('redirect', target) }), 'authenticate'), 'unknown');
    expect(await command('test-bank-requests', { id: target })).to.deep.equal([]);
  });

  it('a refused connection is network', async () => {
    const endpoint = `${await command('closed-port-url', {})}/api`;
    await failsCleanly(call(new FetchHostAdapter({ endpoint }), 'authenticate'), 'network');
  });

  it('no answer within timeoutMs is timeout', async () => {
    await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('hang'), timeoutMs: 300 }), 'authenticate'), 'timeout');
  });

  it('a body that stops coming within timeoutMs is timeout', async () => {
    await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint('slow-body'), timeoutMs: 300 }), 'authenticate'), 'timeout');
  });

  it('a headers function that never settles runs into the time limit: timeout', async () => {
    const adapter = new FetchHostAdapter({ endpoint: faultEndpoint('ok-full'), timeoutMs: 100, headers: () => new Promise<never>(() => {}) });
    await failsCleanly(call(adapter, 'authenticate'), 'timeout');
  });

  it('a headers function that throws is unknown, with its message dropped', async () => {
    const adapter = new FetchHostAdapter({
      endpoint: faultEndpoint('ok-full'),
      headers: () => {
        throw new Error(`no CSRF token for ${password}`);
      },
    });
    await failsCleanly(call(adapter, 'authenticate'), 'unknown');
  });
});

describe('FetchHostAdapter: well-formed answers', () => {
  const adapter = () => new FetchHostAdapter({ endpoint: faultEndpoint('ok-full') });

  it('authenticate returns the session and current token only', async () => {
    expect(await call(adapter(), 'authenticate')).to.deep.equal({ session: okFullAnswer.session, currentTokenId: okFullAnswer.currentTokenId });
  });

  it('registerToken and suspend return the result code only', async () => {
    expect(await call(adapter(), 'registerToken')).to.deep.equal({ resultCode: okFullAnswer.resultCode });
    expect(await call(adapter(), 'suspend')).to.deep.equal({ resultCode: okFullAnswer.resultCode });
  });

  it('provision returns the uri only', async () => {
    expect(await call(adapter(), 'provision')).to.deep.equal({ uri: okFullAnswer.uri });
  });

  it('takes a 201 Created as success', async () => {
    expect(await call(new FetchHostAdapter({ endpoint: faultEndpoint('created') }), 'registerToken')).to.deep.equal({ resultCode: '00042' });
  });

  it('takes a success without result code as success', async () => {
    expect(await call(new FetchHostAdapter({ endpoint: faultEndpoint('ok-empty-object') }), 'suspend')).to.deep.equal({});
  });
});

describe('FetchHostAdapter: session time', () => {
  it('passes expiresIn on from authenticate, and extends the session at {endpoint}/extend', async () => {
    const bank = await createTestBank({ sessionTtlSeconds: 120, maxSessionSeconds: 300 });
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const { session, expiresIn } = await adapter.authenticate(newcomer, live());
    expect(expiresIn).to.equal(120);
    await bank.advance(100);
    expect(await adapter.extendSession({ session }, live())).to.deep.equal({ expiresIn: 120 });
    const extend = (await bank.requests())[1]!;
    expect([extend.url, JSON.parse(extend.body)]).to.deep.equal([`${bank.endpoint}/extend`, { session }]);
    await bank.advance(100);
    // 300 s after authenticate at most (the bank's clock runs on in real time, too).
    expect((await adapter.extendSession({ session }, live())).expiresIn).to.be.within(95, 100);
    await bank.advance(100);
    await failsCleanly(adapter.extendSession({ session }, live()), 'session-expired');
  });

  it('reads expiresIn as a number of seconds, and a day at most', async () => {
    expect(await call(new FetchHostAdapter({ endpoint: faultEndpoint('ok-expires') }), 'authenticate')).to.deep.include({ expiresIn: 90 });
    expect(await call(new FetchHostAdapter({ endpoint: faultEndpoint('ok-expires') }), 'extendSession')).to.deep.equal({ expiresIn: 90 });
    expect(await call(new FetchHostAdapter({ endpoint: faultEndpoint('ok-expires-huge') }), 'authenticate')).to.deep.include({ expiresIn: 86_400 });
  });
});

describe('FetchHostAdapter: what a hostile or broken server can send', () => {
  const oversized: [fault: FaultName, name: Call][] = [
    ['ok-70kb', 'authenticate'],
    ['ok-70kb', 'provision'],
    ['error-70kb', 'authenticate'],
    ['ok-long-fields', 'authenticate'],
    ['ok-long-fields', 'registerToken'],
    ['ok-long-fields', 'provision'],
    ['ok-expires-text', 'authenticate'],
    ['ok-expires-text', 'extendSession'],
    ['ok-empty-object', 'extendSession'],
  ];
  for (const [fault, name] of oversized) {
    it(`takes ${fault} as unknown (${name})`, async () => {
      await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint(fault) }), name), 'unknown');
    });
  }

  for (const fault of ['ok-endless', 'ok-declared-huge'] as const) {
    it(`stops reading an answer at 64 KB and lets the connection go (${fault})`, async () => {
      const key = randomId();
      await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint(fault, key) }), 'authenticate'), 'unknown');
      expect(await command('fault-wait', { key, event: 'closed' })).to.equal(true);
      // What the server got out before the client hung up: the buffers, not 64 MB. Firefox's
      // network layer reads ahead into its own buffers (up to ~11 MB seen on a fresh machine).
      expect(await command('fault-bytes', { key })).to.be.below(24 * 1024 * 1024);
    });
  }

  const waits: [fault: FaultName, code: OtpErrorCode, retryAfter: number][] = [
    ['retry-after-huge', 'unavailable', 86_400],
    ['error-retry-huge', 'locked', 86_400],
    ['error-retry-negative', 'locked', 0],
  ];
  for (const [fault, code, retryAfter] of waits) {
    it(`clamps retryAfter to 0–86,400 s (${fault} → ${retryAfter})`, async () => {
      const error = await failsCleanly(call(new FetchHostAdapter({ endpoint: faultEndpoint(fault) }), 'authenticate'), code);
      expect(error.retryAfter).to.equal(retryAfter);
    });
  }
});

describe('FetchHostAdapter: cancelling', () => {
  it('rejects at once with the signal\'s reason when already aborted, and sends nothing', async () => {
    const bank = await createTestBank();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(new FetchHostAdapter({ endpoint: bank.endpoint }).authenticate(newcomer, { signal: controller.signal }));
    expect(error).to.equal(controller.signal.reason);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await bank.requests()).to.deep.equal([]);
  });

  it('rejects with an AbortError when aborted in flight, and drops the connection', async () => {
    const key = randomId();
    const controller = new AbortController();
    const pending = new FetchHostAdapter({ endpoint: faultEndpoint('hang', key) }).authenticate(newcomer, { signal: controller.signal });
    expect(await command('fault-wait', { key, event: 'arrived' })).to.equal(true);
    controller.abort();
    expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
    expect(await command('fault-wait', { key, event: 'closed' })).to.equal(true);
  });

  it('passes a custom abort reason through', async () => {
    const controller = new AbortController();
    const pending = new FetchHostAdapter({ endpoint: faultEndpoint('hang') }).authenticate(newcomer, { signal: controller.signal });
    const reason = new Error('superseded');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
  });

  it('rejects at once even when the fetch it was given ignores the signal', async () => {
    const controller = new AbortController();
    const adapter = new FetchHostAdapter({ endpoint: '/api/never', fetch: () => new Promise<never>(() => {}) });
    const pending = adapter.authenticate(newcomer, { signal: controller.signal });
    controller.abort();
    expect(await rejection(pending)).to.equal(controller.signal.reason);
  });

  it('drops an answer that arrives after the abort', async () => {
    const controller = new AbortController();
    let answer!: (response: Response) => void;
    let called!: () => void;
    const fetched = new Promise<void>((resolve) => (called = resolve));
    const fetch = () => {
      called();
      return new Promise<Response>((resolve) => (answer = resolve));
    };
    const pending = new FetchHostAdapter({ endpoint: '/api/late', fetch }).authenticate(newcomer, { signal: controller.signal });
    await fetched;
    controller.abort();
    answer(new Response(JSON.stringify(okFullAnswer), { status: 200 }));
    expect(await rejection(pending)).to.equal(controller.signal.reason);
  });

  it('rejects at once when aborted while the headers function is pending', async () => {
    const controller = new AbortController();
    const adapter = new FetchHostAdapter({ endpoint: faultEndpoint('ok-full'), headers: () => new Promise<never>(() => {}) });
    const pending = adapter.authenticate(newcomer, { signal: controller.signal });
    controller.abort();
    expect(await rejection(pending)).to.equal(controller.signal.reason);
  });
});
