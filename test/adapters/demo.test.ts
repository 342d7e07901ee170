import { expect } from '@open-wc/testing';
import { DemoBank, DemoHostAdapter, demoKeypadCode, demoTokenCode } from '../../src/adapters/demo.js';
import { failsWith, rejection } from './failure.js';

const newcomer = { flow: 'enroll', contractId: '1234567890', password: 'Passw0rd!' } as const;
const live = () => ({ signal: new AbortController().signal });

describe('DemoHostAdapter', () => {
  it('runs a registration on its bank through the adapter interface', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 0 });
    const { session } = await adapter.authenticate(newcomer, live());
    const result = await adapter.registerToken({ session, tokenId: 'VSST12345678', otp: demoTokenCode('VSST12345678') }, live());
    expect(result).to.deep.equal({ resultCode: '00001' });
    expect(adapter.bank).to.be.instanceOf(DemoBank);
    expect(adapter.bank.inspect(newcomer.contractId)?.tokenId).to.equal('VSST12345678');
  });

  it('passes the bank options on (here: one failure locks for 30 s)', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 0, maxFailures: 1, lockoutSeconds: 30 });
    const error = await failsWith(adapter.authenticate({ ...newcomer, password: 'wrong' }, live()), 'locked');
    expect(error.retryAfter).to.equal(30);
  });

  it('tells how long a session lasts and extends it, on its bank\'s clock', async () => {
    const clock = { now: Date.UTC(2026, 0, 1) };
    const adapter = new DemoHostAdapter({ latencyMs: 0, now: () => clock.now, sessionTtlSeconds: 120, maxSessionSeconds: 200 });
    const { session, expiresIn } = await adapter.authenticate(newcomer, live());
    expect(expiresIn).to.equal(120);
    clock.now += 100_000;
    expect(await adapter.extendSession({ session }, live())).to.deep.equal({ expiresIn: 100 });
    clock.now += 100_000;
    await failsWith(adapter.extendSession({ session }, live()), 'session-expired');
  });

  it('confirms and declines transfers made on its bank, through the adapter interface', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 0 });
    const holder = { contractId: '2345678901', password: 'Passw0rd!' };
    const payee = { bank: 'デモ銀行', account: '1234567', name: 'ヤマダ タロウ' };
    const amount = { value: '500', currency: 'JPY' };
    const { transaction } = await adapter.bank.createTransfer({ ...holder, payee, amount });
    expect((await adapter.getTransaction({ transaction }, live())).payee).to.deep.equal(payee);
    const otp = await demoKeypadCode('KT20260001', '1234567');
    expect(await adapter.confirmTransaction({ transaction, method: 'challenge', otp }, live())).to.deep.equal({ resultCode: '00001' });
    const second = (await adapter.bank.createTransfer({ ...holder, payee, amount })).transaction;
    expect(await adapter.declineTransaction({ transaction: second }, live())).to.equal(undefined);
    await failsWith(adapter.getTransaction({ transaction: second }, live()), 'transaction-closed');
  });

  it('provisions an otpauth URI', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 0 });
    const { session } = await adapter.authenticate(newcomer, live());
    expect((await adapter.provision({ session }, live())).uri).to.match(/^otpauth:\/\/totp\//);
  });

  it('rejects at once with the signal\'s reason when already aborted, and the bank does nothing', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 0 });
    const { session } = await adapter.authenticate({ ...newcomer, flow: 'enroll' }, live());
    const controller = new AbortController();
    controller.abort();
    const otp = demoTokenCode('VSST12345678');
    expect(await rejection(adapter.registerToken({ session, tokenId: 'VSST12345678', otp }, { signal: controller.signal }))).to.equal(controller.signal.reason);
    expect(adapter.bank.inspect(newcomer.contractId)).not.to.have.property('tokenId');
  });

  it('rejects at once when aborted during the simulated network delay, and the bank does nothing', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 60_000 });
    const controller = new AbortController();
    const pending = adapter.authenticate({ ...newcomer, password: 'wrong' }, { signal: controller.signal });
    controller.abort();
    expect(await rejection(pending)).to.equal(controller.signal.reason);
    // Had the wrong password reached the bank, one attempt would be gone.
    const bank = adapter.bank;
    const error = await failsWith(bank.authenticate({ ...newcomer, password: 'wrong' }), 'invalid-credentials');
    expect(error.remainingAttempts).to.equal(4);
  });
});
