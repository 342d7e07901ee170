// FetchHostAdapter while its exchange (src/adapters/fetch-exchange.ts, loaded when the first
// adapter is made) is still on its way, held by the test server (modules-held) as a slow CDN
// would: calls wait for it within their time limit, and an abandoned call is let go at once.
// The tests run in order on one held import: a page imports a module once, and only a first
// import can be held.
import { expect } from '@open-wc/testing';
import { FetchHostAdapter } from '../../src/adapters/fetch.js';
import { command, createTestBank } from '../bank/test-bank.js';
import { failsWith, rejection } from './failure.js';

const newcomer = { flow: 'enroll', contractId: '1234567890', password: 'Passw0rd!' } as const;
const live = () => ({ signal: new AbortController().signal });
/** Long enough for a call to reach the test bank and come back, were nothing holding it. */
const bankRoundTrip = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('FetchHostAdapter while its exchange module loads', () => {
  before(() => command('modules-held', { paths: ['/src/adapters/fetch-exchange.'] }));
  after(() => command('modules-held', { paths: [] }));

  it('counts the wait for the module in the time limit', async () => {
    const bank = await createTestBank();
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint, timeoutMs: 300 });
    await failsWith(adapter.authenticate(newcomer, live()), 'timeout');
    expect(await bank.requests()).to.deep.equal([]);
  });

  it('rejects an abandoned call at once with its reason and forgets it, and makes the others once the module is there', async () => {
    const bank = await createTestBank();
    let headersRead = 0;
    const adapter = new FetchHostAdapter({ endpoint: bank.endpoint, headers: () => (headersRead++, {}) });
    let settled = false;
    const kept = adapter.authenticate(newcomer, live()).finally(() => (settled = true));
    const leaving = new AbortController();
    const abandoned = adapter.authenticate({ ...newcomer, contractId: '2345678901' }, { signal: leaving.signal });
    await bankRoundTrip();
    const reason = new DOMException('the customer left', 'AbortError');
    leaving.abort(reason);
    // Still held: the abandoned call did not wait for the module.
    expect(await rejection(abandoned)).to.equal(reason);
    expect(settled, 'a call while the module is held').to.be.false;
    expect(await bank.requests()).to.deep.equal([]);

    await command('modules-held', { paths: [] });
    expect((await kept).session).to.be.a('string');
    const sent = (await bank.requests()).map(({ body }) => JSON.parse(body).contractId);
    expect(sent, 'only the call that was kept reached the bank').to.deep.equal(['1234567890']);
    expect(headersRead, 'the headers function, for the call that was kept only').to.equal(1);
  });
});
