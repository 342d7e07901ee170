// The reference bank's passkey way of <otp-confirm> under review findings: a passkey added with a
// stolen password waits out the hold before it confirms anything, and each passkey confirmation
// is kept with its nonce and canonical JSON so the signature can be checked again in a dispute.
// A software passkey signs; @simplewebauthn/server in the bank verifies.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { OtpError } from '../../src/adapters/otp-error.js';
import { DemoBank } from '../../src/bank/demo-bank.js';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import { canonicalTransaction } from '../../src/bank/transactions.js';
import { refusal } from './helpers.js';
import { register, softwarePasskey } from './software-authenticator.js';

const origin = 'http://localhost:8000';
const holder = { contractId: '2345678901', password: 'Passw0rd!' }; // VSST87654321 bound, keypad KT20260001
const newcomer = { contractId: '1234567890', password: 'Passw0rd!' }; // no token
const payee = { bank: 'デモ銀行', branch: '本店営業部', accountType: '普通', account: '1234567', name: 'ヤマダ タロウ' };
const amount = { value: '12345', currency: 'JPY' };
const day = 86_400_000;

function setup(passkey = softwarePasskey()) {
  const clock = { now: Date.now() };
  const credentials = [{ contractId: holder.contractId, id: passkey.id, publicKey: passkey.publicKey }];
  const bank = new DemoBank({ now: () => clock.now, passkeys: { rpId: 'localhost', origins: [origin], credentials } });
  return { bank, clock, passkey };
}

describe('reference bank: a passkey added with the password alone waits out the hold', () => {
  it('a token bound and a passkey added in one session confirm no transfer for 24 h, then do', async () => {
    const { bank, clock } = setup();
    const { session } = await bank.authenticate({ flow: 'enroll', ...newcomer });
    await bank.registerToken({ session, tokenId: 'VSST12345678', otp: demoTokenCode('VSST12345678', clock.now) });
    const { options } = await bank.passkeyOptions({ session });
    await bank.registerPasskey({ session, credential: await register({ challenge: options.challenge, origin }) });
    assert.equal(await refusal(bank.createTransfer({ ...newcomer, payee, amount })), 'not-registered');
    clock.now += day - 1000;
    assert.equal(await refusal(bank.createTransfer({ ...newcomer, payee, amount })), 'not-registered');
    clock.now += 1000;
    const { transaction } = await bank.createTransfer({ ...newcomer, payee, amount });
    // The passkey is settled now; the soft token's code, weaker, is not offered beside it.
    assert.deepEqual((await bank.getTransaction({ transaction })).methods, ['passkey']);
  });

  it('a transfer of a contract that just added a passkey lists only its settled one', async () => {
    const { bank, clock, passkey } = setup();
    const { session } = await bank.authenticate({ flow: 'passkey', ...holder });
    const { options } = await bank.passkeyOptions({ session, otp: demoTokenCode('VSST87654321', clock.now) });
    const added = await register({ challenge: options.challenge, origin });
    await bank.registerPasskey({ session, credential: added });
    const { transaction } = await bank.createTransfer({ ...holder, payee, amount });
    const tx = await bank.getTransaction({ transaction });
    assert.deepEqual(tx.methods, ['passkey', 'challenge']);
    assert.deepEqual(tx.passkey?.allowCredentials?.map((c) => c.id), [passkey.id]);
  });
});

describe('reference bank: a passkey confirmation is kept as evidence', () => {
  it('with the nonce, the canonical JSON and the assertion, whose challenge is SHA-256(nonce ‖ JSON)', async () => {
    const { bank, passkey } = setup();
    const { transaction } = await bank.createTransfer({ ...holder, payee, amount });
    const tx = await bank.getTransaction({ transaction });
    const assertion = passkey.sign(tx.passkey!.challenge, origin);
    const { resultCode } = await bank.confirmTransaction({ transaction, method: 'passkey', credential: assertion });
    const evidence = bank.confirmationEvidence(resultCode!);
    assert.ok(evidence?.passkey, 'the passkey confirmation is kept');
    assert.deepEqual({ ...evidence, passkey: undefined, at: undefined }, {
      resultCode,
      contractId: holder.contractId,
      method: 'passkey',
      at: undefined,
      transaction: canonicalTransaction({ id: transaction, payee, amount, fee: tx.fee! }),
      passkey: undefined,
    });
    assert.deepEqual(evidence.passkey.assertion, assertion);
    const signed = createHash('sha256').update(Buffer.concat([Buffer.from(evidence.passkey.nonce, 'base64url'), Buffer.from(evidence.transaction)])).digest();
    const clientData = JSON.parse(Buffer.from(assertion.response.clientDataJSON, 'base64url').toString()) as { challenge: string };
    assert.equal(clientData.challenge, signed.toString('base64url'));
  });

  it('refuses an assertion made on another origin (a phishing site relaying the transfer)', async () => {
    const { bank, passkey } = setup();
    const { transaction } = await bank.createTransfer({ ...holder, payee, amount });
    const relayed = passkey.sign((await bank.getTransaction({ transaction })).passkey!.challenge, 'https://bank.example.phish');
    assert.equal(await refusal(bank.confirmTransaction({ transaction, method: 'passkey', credential: relayed })), 'invalid-otp');
  });

  it('refuses an assertion over another transaction\'s challenge, counted as a wrong code', async () => {
    const { bank, passkey } = setup();
    const a = (await bank.createTransfer({ ...holder, payee, amount })).transaction;
    const b = (await bank.createTransfer({ ...holder, payee, amount })).transaction;
    const forA = passkey.sign((await bank.getTransaction({ transaction: a })).passkey!.challenge, origin);
    const wrong = await bank.confirmTransaction({ transaction: b, method: 'passkey', credential: forA }).catch((e: unknown) => e);
    assert.ok(wrong instanceof OtpError);
    assert.deepEqual([wrong.code, wrong.remainingAttempts], ['invalid-otp', 4]);
    assert.ok((await bank.confirmTransaction({ transaction: a, method: 'passkey', credential: forA })).resultCode);
  });
});
