// <otp-confirm>'s passkey way against the reference bank, with the DevTools Protocol's virtual
// authenticator (Chromium only: Firefox has none to drive, so these skip there). The bank's
// challenge is SHA-256(nonce ‖ the transaction's canonical JSON), verified with
// @simplewebauthn/server: a signature over one transfer confirms no other.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { base64url } from '../../src/bank/bytes.js';
import { signWithPasskey } from '../../src/confirm/passkey.js';
import { checkTransaction } from '../../src/confirm/transaction.js';
import type { OtpConfirm } from '../../src/otp-confirm.js';
import { createTestBank, type TestBank } from '../bank/test-bank.js';
import { userVerified, virtualAuthenticator } from '../webauthn/browser.js';
import { createTransfer, holder, otherPayee } from './bank.js';
import { deepActiveElement, methodRadio, next, part, primaryButton, shadow, stepShown, text } from './helpers.js';


const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** A P-256 passkey: the private key for the virtual authenticator, the COSE public key for the bank. */
async function makePasskey() {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey)); // 04 ‖ x ‖ y
  // COSE_Key {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y} in CBOR.
  const cose = Uint8Array.from([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20, ...raw.slice(1, 33), 0x22, 0x58, 0x20, ...raw.slice(33)]);
  const id = crypto.getRandomValues(new Uint8Array(16));
  return { id, pkcs8, cose };
}

/** A test bank whose demo customer has a passkey, and a virtual authenticator that holds it. */
async function bankWithPasskey(this: Mocha.Context): Promise<TestBank> {
  const passkey = await makePasskey();
  const rpId = location.hostname;
  const ready = await virtualAuthenticator({}, [{ credentialId: base64(passkey.id), privateKey: base64(passkey.pkcs8), rpId }]);
  if (!ready) this.skip();
  return createTestBank({ passkeyRpId: rpId, passkeyCredentials: [{ contractId: holder.contractId, id: base64url(passkey.id), publicKey: base64url(passkey.cose) }] });
}

async function confirmAt(bank: TestBank, transaction: string, lang = 'ja'): Promise<OtpConfirm> {
  const el = document.createElement('otp-confirm');
  const shown = stepShown(el, 'review');
  for (const [name, value] of Object.entries({ lang, layout: 'desktop', endpoint: bank.endpoint, transaction })) el.setAttribute(name, value);
  await fixture(html`<div style="width: 800px">${el}</div>`);
  await shown;
  await el.updateComplete;
  return el;
}

async function post(bank: TestBank, path: string, body: unknown) {
  const response = await fetch(`${bank.endpoint}/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('<otp-confirm> passkey way (Chromium, virtual authenticator)', () => {
  it('offers the passkey first, and confirms with the device’s passkey by keyboard alone', async function () {
    const bank = await bankWithPasskey.call(this);
    const transaction = await createTransfer(bank);
    const el = await confirmAt(bank, transaction);
    expect(methodRadio(el, 'passkey').checked).to.equal(true);
    expect(text(el, 'primary-button')).to.equal('パスキーで確定');
    await expect(el).to.be.accessible();
    part(el, 'heading')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(primaryButton(el));
    const completed = next(el, 'otp-complete');
    await sendKeys({ press: 'Enter' });
    expect(await completed).to.deep.equal({ flow: 'confirm', transaction, method: 'passkey', resultCode: '00001' });
    await el.updateComplete;
    expect(el.step).to.equal('complete');
  });

  it('says a prompt that ended without a passkey apart from the bank’s errors, and the customer can take another way', async function () {
    const bank = await bankWithPasskey.call(this);
    await userVerified(false);
    const transaction = await createTransfer(bank);
    const el = await confirmAt(bank, transaction);
    let errors = 0;
    el.addEventListener('otp-error', () => errors++);
    primaryButton(el).click();
    await new Promise<void>((resolve) => {
      const check = () => (text(el, 'error') ? resolve() : setTimeout(check, 50));
      check();
    });
    expect(text(el, 'error')).to.contain('パスキーで確認できませんでした');
    expect(errors).to.equal(0);
    expect(el.step).to.equal('review');
    expect(shadow(el).querySelector('[part~="decline-button"]')).not.to.equal(null);
  });

  it('refuses for transaction B the signature over transaction A, and confirms A with it once', async function () {
    const bank = await bankWithPasskey.call(this);
    const a = await createTransfer(bank);
    const b = await createTransfer(bank, otherPayee);
    const txA = checkTransaction((await post(bank, 'transactions/get', { transaction: a })).body);
    const outcome = await signWithPasskey(txA.passkey!, new AbortController().signal);
    if (!('credential' in outcome)) throw new Error(`no assertion: ${outcome.problem}`);
    const { credential } = outcome;
    expect(await post(bank, 'transactions/confirm', { transaction: b, method: 'passkey', credential })).to.deep.equal({
      status: 422,
      body: { error: 'invalid-otp', remainingAttempts: 4 },
    });
    expect((await post(bank, 'transactions/confirm', { transaction: a, method: 'passkey', credential })).status).to.equal(200);
    expect((await post(bank, 'transactions/confirm', { transaction: a, method: 'passkey', credential })).body.error).to.equal('transaction-closed');
  });

  it('binds the challenge to the transfer: two transfers, two challenges', async function () {
    const bank = await bankWithPasskey.call(this);
    const [a, b] = [await createTransfer(bank), await createTransfer(bank)];
    const challengeOf = async (transaction: string) => checkTransaction((await post(bank, 'transactions/get', { transaction })).body).passkey!.challenge;
    expect(await challengeOf(a)).not.to.equal(await challengeOf(b));
    expect(await challengeOf(a)).to.equal(await challengeOf(a));
  });
});
