// Every way a passkey prompt ends, for both helpers (`createPasskey` for <otp-enroll>, `getPasskey`
// for <otp-confirm>): with a real prompt where Chromium's virtual authenticator can produce the
// ending, and with a stand-in `navigator.credentials` (any engine) for the others.
import { expect } from '@open-wc/testing';
import { OtpError } from '../../src/adapters/otp-error.js';
import { createPasskey, getPasskey } from '../../src/webauthn/ceremony.js';
import { hasWebAuthn } from '../../src/webauthn/support.js';
import { creationOptions, failingWith, fakeCredential, standInPrompt, virtualAuthenticator, withoutWebAuthn } from './browser.js';

const requestOptions = (allow: string[] = []): PublicKeyCredentialRequestOptionsJSON => ({
  challenge: creationOptions().challenge,
  rpId: location.hostname,
  allowCredentials: allow.map((id) => ({ id, type: 'public-key' })),
  userVerification: 'required',
  timeout: 10_000,
});

const signal = () => new AbortController().signal;

describe('passkey prompts, as the browser ends them (virtual authenticator, Chromium)', () => {
  before(async function () {
    if (!(await virtualAuthenticator())) this.skip();
  });
  after(() => virtualAuthenticator(null));

  it('makes a passkey, then signs with it: each answer is the JSON the bank verifies', async () => {
    await virtualAuthenticator();
    const made = await createPasskey(creationOptions(), signal());
    if (made.kind !== 'done') throw new Error(`created nothing: ${made.kind}`);
    expect(made.credential.type).to.equal('public-key');
    expect(made.credential.response.attestationObject).to.match(/^[\w-]+$/);
    expect(JSON.parse(atob(made.credential.response.clientDataJSON.replace(/-/g, '+').replace(/_/g, '/')))).to.include({ type: 'webauthn.create', origin: location.origin });

    const signed = await getPasskey(requestOptions([made.credential.id]), signal());
    if (signed.kind !== 'done') throw new Error(`signed nothing: ${signed.kind}`);
    expect(signed.credential.id).to.equal(made.credential.id);
    expect(signed.credential.response.signature).to.match(/^[\w-]+$/);
  });

  it('ends not-allowed when the device cannot verify the customer and UV is required', async () => {
    await virtualAuthenticator({ isUserVerified: false });
    expect((await createPasskey(creationOptions(), signal())).kind).to.equal('not-allowed');
  });

  it('ends not-allowed when the prompt times out', async () => {
    await virtualAuthenticator({ automaticPresenceSimulation: false });
    expect((await createPasskey(creationOptions({ timeout: 500 }), signal())).kind).to.equal('not-allowed');
    expect((await getPasskey({ ...requestOptions(), timeout: 500 }, signal())).kind).to.equal('not-allowed');
  });

  it('ends exists when the authenticator already holds a passkey the options exclude', async () => {
    await virtualAuthenticator();
    const first = await createPasskey(creationOptions(), signal());
    if (first.kind !== 'done') throw new Error(first.kind);
    const again = await createPasskey(creationOptions({ excludeCredentials: [{ id: first.credential.id, type: 'public-key' }] }), signal());
    expect(again.kind).to.equal('exists');
  });

  it('ends no-authenticator when the device has none', async () => {
    await virtualAuthenticator(null);
    expect((await createPasskey(creationOptions({ timeout: 500 }), signal())).kind).to.equal('no-authenticator');
  });

  it('ends aborted, and the prompt closes, when its signal aborts', async () => {
    await virtualAuthenticator({ automaticPresenceSimulation: false });
    const controller = new AbortController();
    const pending = createPasskey(creationOptions(), controller.signal);
    setTimeout(() => controller.abort(), 100);
    expect((await pending).kind).to.equal('aborted');
  });

  it('says the options are the bank’s fault (OtpError unknown) when their RP ID is not this site’s', async () => {
    await virtualAuthenticator();
    // Not a real-looking name: Chromium fetches https://<rpId>/.well-known/webauthn first (related origins).
    const foreign = creationOptions({ rp: { id: 'bank.localhost', name: 'elsewhere' } });
    const failure = await createPasskey(foreign, signal()).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(OtpError);
    expect((failure as OtpError).code).to.equal('unknown');
  });
});

describe('passkey prompts, every ending mapped (stand-in navigator.credentials, any engine)', () => {
  let prompt: ReturnType<typeof standInPrompt> | undefined;
  afterEach(() => prompt?.restore());

  for (const helper of ['create', 'get'] as const) {
    const run = (s = signal()) => (helper === 'create' ? createPasskey(creationOptions(), s) : getPasskey(requestOptions(), s));

    describe(`${helper}Passkey`, () => {
      const endings: [string, string, { platformAuthenticator?: boolean }?][] = [
        ['NotAllowedError', 'not-allowed'],
        ['NotAllowedError', 'no-authenticator', { platformAuthenticator: false }],
        ['InvalidStateError', 'exists'],
        ['NotSupportedError', 'unsupported'],
        ['ConstraintError', 'unsupported'],
        ['UnknownError', 'failed'],
        ['AbortError', 'aborted'],
      ];
      for (const [name, kind, device] of endings) {
        it(`${name}${device ? ' on a device without a platform authenticator' : ''} → ${kind}`, async () => {
          prompt = standInPrompt(failingWith(name), device);
          expect((await run()).kind).to.equal(kind);
        });
      }

      for (const name of ['SecurityError', 'EncodingError']) {
        it(`${name} → OtpError unknown (the bank's options)`, async () => {
          prompt = standInPrompt(failingWith(name));
          const failure = await run().then(
            () => undefined,
            (error: unknown) => error,
          );
          expect((failure as OtpError).code).to.equal('unknown');
        });
      }

      it('→ done with the credential’s JSON when the device verified the customer', async () => {
        const credential = fakeCredential(helper);
        prompt = standInPrompt(async () => credential);
        const outcome = await run();
        expect(outcome).to.deep.equal({ kind: 'done', credential: credential.toJSON() });
        expect(prompt.calls[0]!.signal).to.be.instanceOf(AbortSignal);
      });

      it('→ no-user-verification when UV was required and the credential says it was not done', async () => {
        prompt = standInPrompt(async () => fakeCredential(helper, { verified: false }));
        expect((await run()).kind).to.equal('no-user-verification');
      });

      it('→ failed when the browser answers without a credential', async () => {
        prompt = standInPrompt(async () => null);
        expect((await run()).kind).to.equal('failed');
      });

      it('→ aborted when its own signal aborted, whatever the browser said', async () => {
        const controller = new AbortController();
        prompt = standInPrompt(async () => {
          controller.abort();
          throw new DOMException('closed', 'NotAllowedError');
        });
        expect((await run(controller.signal)).kind).to.equal('aborted');
      });
    });
  }

  it('accepts a credential without UV when the bank did not require it (its policy, not ours)', async () => {
    prompt = standInPrompt(async () => fakeCredential('create', { verified: false }));
    const preferred = creationOptions({ authenticatorSelection: { userVerification: 'preferred' } });
    expect((await createPasskey(preferred, signal())).kind).to.equal('done');
  });

  it('says options the browser cannot parse are the bank’s fault (OtpError unknown), without a prompt', async () => {
    prompt = standInPrompt(async () => fakeCredential('create'));
    const failure = await createPasskey({ ...creationOptions(), challenge: '***' }, signal()).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((failure as OtpError).code).to.equal('unknown');
    expect(prompt.calls).to.have.length(0);
  });
});

describe('hasWebAuthn', () => {
  it('is true in these browsers on http://localhost, false once PublicKeyCredential or its JSON methods are gone', async () => {
    expect(hasWebAuthn()).to.equal(true);
    const parse = Object.getOwnPropertyDescriptor(PublicKeyCredential, 'parseCreationOptionsFromJSON')!;
    try {
      delete (PublicKeyCredential as unknown as Record<string, unknown>).parseCreationOptionsFromJSON;
      expect(hasWebAuthn()).to.equal(false);
    } finally {
      Object.defineProperty(PublicKeyCredential, 'parseCreationOptionsFromJSON', parse);
    }
    await withoutWebAuthn(() => expect(hasWebAuthn()).to.equal(false));
    expect(hasWebAuthn()).to.equal(true);
  });
});
