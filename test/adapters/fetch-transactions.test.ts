// FetchHostAdapter's transaction calls (<otp-confirm>): /transactions/get, /confirm, /decline
// against the reference server, and what a broken or hostile server can answer.
import { expect } from '@open-wc/testing';
import { FetchHostAdapter } from '../../src/adapters/fetch.js';
import { createTestBank, faultEndpoint } from '../bank/test-bank.js';
import { createTransfer, keypadCode, payee, tokenCode } from '../confirm/bank.js';
import { failsWith } from './failure.js';

const live = () => ({ signal: new AbortController().signal });

describe('FetchHostAdapter: transactions against the reference server', () => {
  it('gets the transaction as the bank made it, and confirms it with the code, once', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const transaction = await createTransfer(bank);
    const tx = await adapter.getTransaction({ transaction }, live());
    expect(tx).to.deep.include({ id: transaction, payee, amount: { value: '12345', currency: 'JPY' }, methods: ['challenge', 'code'], challenge: '1234567' });
    const otp = await tokenCode(bank);
    expect(await adapter.confirmTransaction({ transaction, method: 'code', otp }, live())).to.deep.equal({ resultCode: '00001' });
    await failsWith(adapter.confirmTransaction({ transaction, method: 'code', otp: await tokenCode(bank, 1) }, live()), 'transaction-closed');
  });

  it('confirms with the keypad token\'s response to the payee\'s account number', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const transaction = await createTransfer(bank);
    expect(await adapter.confirmTransaction({ transaction, method: 'challenge', otp: await keypadCode(bank) }, live())).to.have.property('resultCode');
  });

  it('declines, after which the transaction is closed', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const transaction = await createTransfer(bank);
    expect(await adapter.declineTransaction({ transaction }, live())).to.equal(undefined);
    await failsWith(adapter.getTransaction({ transaction }, live()), 'transaction-closed');
  });

  it('says transaction-expired after the bank\'s time limit (HTTP 410)', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const transaction = await createTransfer(bank);
    await bank.advance(300);
    await failsWith(adapter.confirmTransaction({ transaction, method: 'code', otp: await tokenCode(bank) }, live()), 'transaction-expired');
    expect((await bank.requests()).at(-1)!.status).to.equal(410);
  });

  it('POSTs only the documented fields, the code in the body and nothing in the URL', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
    const transaction = await createTransfer(bank);
    await adapter.getTransaction({ transaction }, live());
    await adapter.confirmTransaction({ transaction, method: 'code', otp: '123456' }, live()).catch(() => {});
    await adapter.declineTransaction({ transaction }, live());
    const [, get, confirm, decline] = await bank.requests();
    expect([get!.url, confirm!.url, decline!.url]).to.deep.equal(['get', 'confirm', 'decline'].map((call) => `${bank.endpoint}/transactions/${call}`));
    expect(JSON.parse(get!.body)).to.deep.equal({ transaction });
    expect(JSON.parse(confirm!.body)).to.deep.equal({ transaction, method: 'code', otp: '123456' });
    expect(JSON.parse(decline!.body)).to.deep.equal({ transaction });
  });
});

describe('FetchHostAdapter: transaction answers a broken or hostile server sends', () => {
  it('takes an answer over 64 KB as unknown (as every call does)', async () => {
    await failsWith(new FetchHostAdapter({ endpoint: faultEndpoint('ok-70kb') }).getTransaction({ transaction: 't' }, live()), 'unknown');
  });

  it('takes JSON that is no object as unknown, and passes any object on for the element to check', async () => {
    await failsWith(new FetchHostAdapter({ endpoint: faultEndpoint('ok-json-null') }).getTransaction({ transaction: 't' }, live()), 'unknown');
    expect(await new FetchHostAdapter({ endpoint: faultEndpoint('ok-empty-object') }).getTransaction({ transaction: 't' }, live())).to.deep.equal({});
  });

  it('takes a result code that is not text as unknown', async () => {
    await failsWith(new FetchHostAdapter({ endpoint: faultEndpoint('ok-wrong-types') }).confirmTransaction({ transaction: 't', method: 'code', otp: '1' }, live()), 'unknown');
  });
});
