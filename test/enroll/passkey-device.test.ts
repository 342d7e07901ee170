// Passkeys made by a real browser prompt end to end: Chromium's virtual authenticator (a platform
// authenticator, through the DevTools Protocol) makes them, and the reference bank verifies them
// with @simplewebauthn/server over HTTP. Firefox has no virtual authenticator: these skip there
// (passkey.test.ts covers both engines with a stand-in prompt).
import { expect } from '@open-wc/testing';
import { FetchHostAdapter } from '../../src/adapters/fetch.js';
import type { RegistrationResponseJSON } from '../../src/adapters/types.js';
import { passkeyEn } from '../../src/enroll/i18n/passkey-en.js';
import { passkeyJa } from '../../src/enroll/i18n/passkey-ja.js';
import { ja as wizardJa } from '../../src/wizard/i18n/ja.js';
import { createTestBank, type TestBank, type TestBankOptions } from '../bank/test-bank.js';
import { passkeysOnDevice, virtualAuthenticator } from '../webauthn/browser.js';
import { recording, type RecordingAdapter } from '../wizard/adapters.js';
import { expectNoLeak, watchForLeaks } from '../wizard/suite/secrets.js';
import { alertText, authenticate, codeField, mount, shadow, type, type MountOptions, type Wizard } from '../wizard/helpers.js';
import { demoTokenId } from './driver.js';
import { bindToken, boundCustomer, ending, press, pressToComplete, pressToError, signIn, skip } from './passkey-helpers.js';

interface Run {
  el: Wizard;
  adapter: RecordingAdapter;
  bank: TestBank;
}

/** An enroll wizard on a fresh reference bank (over HTTP), with `attributes`. */
async function wizard(attributes: Record<string, string>, bankOptions: TestBankOptions = {}, o: MountOptions = {}): Promise<Run> {
  const bank = await createTestBank(bankOptions);
  const adapter = recording(new FetchHostAdapter({ endpoint: bank.endpoint }));
  const el = await mount('otp-enroll', { adapter, attributes, ...o });
  return { el, adapter, bank };
}

/** passkey="offer", the token bound: on the passkey step. */
async function offered(bankOptions: TestBankOptions = {}, o: MountOptions = {}): Promise<Run> {
  const run = await wizard({ passkey: 'offer' }, bankOptions, o);
  await authenticate(run.el, '1234567890', 'Passw0rd!', 'register');
  await bindToken(run.el, await run.bank.code(demoTokenId));
  return run;
}

/** mode="passkey" for the customer whose token is bound: the code typed, not yet sent. */
async function passkeyMode(bankOptions: TestBankOptions = {}, bank?: TestBank): Promise<Run> {
  const run = bank ? { bank, ...(await wizardOn(bank)) } : await wizard({ mode: 'passkey' }, bankOptions);
  await signIn(run.el, boundCustomer.contractId, 'passkey');
  await type(codeField(run.el), await run.bank.code(boundCustomer.tokenId));
  return run;
}

async function wizardOn(bank: TestBank): Promise<Omit<Run, 'bank'>> {
  const adapter = recording(new FetchHostAdapter({ endpoint: bank.endpoint }));
  return { el: await mount('otp-enroll', { adapter, attributes: { mode: 'passkey' } }), adapter };
}

/** The bank's routes that were called, in order, with their status. */
async function routes(bank: TestBank): Promise<string[]> {
  return (await bank.requests()).map((r) => `${r.url.slice(bank.endpoint.length)} ${r.status}`);
}

const message = (el: Wizard): string => shadow(el).querySelector('[part="message"]')!.textContent!;

describe('passkeys made by the device’s prompt, verified by the reference bank (Chromium)', () => {
  beforeEach(async function () {
    if (!(await virtualAuthenticator())) this.skip();
  });
  after(() => virtualAuthenticator(null));

  it('passkey="offer": adds a passkey after the token; the bank keeps it, the result says both', async () => {
    const { el, bank } = await offered();
    const detail = await pressToComplete(el);
    expect(detail).to.deep.equal({ flow: 'enroll', tokenId: demoTokenId, resultCode: '00002' });
    expect(message(el)).to.equal(passkeyJa.completeWithPasskey);
    expect(await bank.customer('1234567890')).to.deep.equal({ contractId: '1234567890', tokenId: demoTokenId, passkeys: 1 });
    expect(await passkeysOnDevice()).to.deep.equal(['localhost']);
    expect(await routes(bank)).to.deep.equal(['/authenticate 200', '/tokens 201', '/passkeys/options 200', '/passkeys 201']);
    await expect(el).to.be.accessible();
  });

  it('mode="passkey": the code, then the prompt; flow "passkey" in every event; the result says the passkey', async () => {
    const { el, bank } = await passkeyMode();
    const flows: string[] = [];
    for (const type of ['otp-step', 'otp-complete'] as const) el.addEventListener(type, (e) => flows.push(`${type}:${e.detail.flow}`));
    const detail = await pressToComplete(el);
    expect(detail).to.deep.equal({ flow: 'passkey', resultCode: '00001' });
    expect(flows).to.deep.equal(['otp-complete:passkey', 'otp-step:passkey']);
    expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.contain(passkeyJa.passkeyCompleteHeading);
    expect(message(el)).to.equal(passkeyJa.passkeyCompleteMessage);
    expect((await bank.customer(boundCustomer.contractId)).passkeys).to.equal(1);
  });

  it('refuses a prompt without user verification with a clear message, sends nothing, then succeeds once verified', async () => {
    await virtualAuthenticator({ isUserVerified: false });
    const { el, bank } = await offered();
    await press(el);
    expect(ending(el)).to.equal(passkeyJa.passkeyNotAllowed);
    expect(ending(el)).to.contain('ご本人の確認');
    expect(await routes(bank)).not.to.include('/passkeys 201');
    await virtualAuthenticator();
    await pressToComplete(el);
    expect((await bank.customer('1234567890')).passkeys).to.equal(1);
  });

  it('says a prompt that timed out, and goes on without a passkey: the token bound once', async () => {
    await virtualAuthenticator({ automaticPresenceSimulation: false });
    const { el, bank } = await offered({ passkeyTimeoutMs: 1000 }, { lang: 'en' });
    await press(el);
    expect(ending(el)).to.equal(passkeyEn.passkeyNotAllowed);
    const detail = await skip(el);
    expect(detail).to.deep.equal({ flow: 'enroll', tokenId: demoTokenId, resultCode: '00001' });
    expect(message(el)).to.equal(passkeyEn.completeWithoutPasskey);
    expect((await routes(bank)).filter((r) => r.startsWith('/tokens'))).to.deep.equal(['/tokens 201']);
    expect(await bank.customer('1234567890')).not.to.have.property('passkeys');
  });

  it('says when the device has no authenticator that can hold a passkey', async () => {
    await virtualAuthenticator(null);
    const { el } = await offered({ passkeyTimeoutMs: 1000 });
    await press(el);
    expect(ending(el)).to.equal(passkeyJa.passkeyNoAuthenticator);
  });

  it('says the same authenticator already holds the customer’s passkey (excluded by the bank), and keeps one', async () => {
    const first = await passkeyMode();
    await pressToComplete(first.el);
    // A code is accepted once: the second visit types the next one.
    await first.bank.advance(30);
    const second = await passkeyMode({}, first.bank);
    await press(second.el);
    expect(ending(second.el)).to.equal(passkeyJa.passkeyExists);
    expect((await first.bank.customer(boundCustomer.contractId)).passkeys).to.equal(1);
    expect(await passkeysOnDevice()).to.have.length(1);
  });

  it('refuses a passkey made on an origin the bank does not expect: passkey-rejected, a bank error', async () => {
    const { el, bank } = await offered({ passkeyOrigins: ['https://www.bank.example'] });
    const detail = await pressToError(el);
    expect(detail).to.deep.equal({ flow: 'enroll', step: 'passkey', code: 'passkey-rejected' });
    expect(alertText(el)).to.equal(wizardJa.errors['passkey-rejected']({}));
    expect(await bank.customer('1234567890')).not.to.have.property('passkeys');
    expect(await routes(bank)).to.include('/passkeys 422');
  });

  it('refuses to prompt for an RP ID that is not this site’s: the bank’s error, nothing made', async () => {
    const { el } = await offered({ passkeyRpId: 'bank.example' });
    expect((await pressToError(el)).code).to.equal('unknown');
    expect(await passkeysOnDevice()).to.deep.equal([]);
  });

  it('keeps the credential, its key, its challenge and client data out of every event, attribute, text change, URL, storage and console line', async () => {
    const watch = watchForLeaks();
    try {
      const { el, adapter } = await offered();
      await pressToComplete(el);
      const options = (await adapter.calls.find((c) => c.method === 'passkeyOptions')!.answer) as { options: PublicKeyCredentialCreationOptionsJSON };
      const { credential } = adapter.calls.find((c) => c.method === 'registerPasskey')!.request as { credential: RegistrationResponseJSON };
      const { session } = (await adapter.calls[0]!.answer) as { session: string };
      const secrets = [
        credential.id,
        credential.response.clientDataJSON,
        credential.response.attestationObject,
        credential.response.authenticatorData!,
        credential.response.publicKey!,
        options.options.challenge,
        options.options.user.id,
        session,
      ];
      const places = watch.places();
      expect(places.events).to.contain('"otp-complete"');
      expectNoLeak(places, secrets);
    } finally {
      watch.stop();
    }
  });

  it('words the English flow end to end', async () => {
    const { el } = await offered({}, { lang: 'en' });
    expect(shadow(el).querySelector('[part~="primary-button"]')!.textContent!.trim()).to.equal(passkeyEn.passkeyCreate);
    await pressToComplete(el);
    expect(message(el)).to.equal(passkeyEn.completeWithPasskey);
  });
});
