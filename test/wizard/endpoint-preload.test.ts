// A wizard given an `endpoint` loads its fetch adapter's exchange (src/adapters/fetch-exchange.ts)
// once its first step is on screen, so that the first call, made after the customer typed, does
// not wait for it; a wizard given its own adapter never loads it.
import { expect, waitUntil } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import { createTestBank } from '../bank/test-bank.js';
import { mount } from './helpers.js';

const loaded = (): boolean =>
  performance.getEntriesByType('resource').some(({ name }) => new URL(name).pathname.startsWith('/src/adapters/fetch-exchange.'));

describe('<otp-enroll>: the fetch adapter before the first call', () => {
  it('is not loaded for a wizard with its own adapter', async () => {
    await mount('otp-enroll', { adapter: { authenticate: async () => ({ session: 'session' }) } as unknown as OtpHostAdapter });
    // As long as an endpoint wizard takes below to load it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(loaded()).to.be.false;
  });

  it('is loaded once a wizard with an endpoint shows its first step, before any call', async () => {
    const bank = await createTestBank();
    await mount('otp-enroll', { attributes: { endpoint: bank.endpoint } });
    await waitUntil(loaded, 'the exchange module loaded without a call');
    expect(await bank.requests()).to.deep.equal([]);
  });
});
