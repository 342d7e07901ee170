// The reference bank's per-client budget and its fair queue in front of the password hash.
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, it } from 'node:test';
import { FairQueue, QueueRefusal, RequestBudget, clientOf } from '../../demo/server/limits.js';

describe('RequestBudget', () => {
  it('grants a burst, then what refills per second, and says how long to wait', () => {
    let now = 0;
    const budget = new RequestBudget({ burst: 12, perSecond: 2 }, () => now);
    assert.deepEqual([budget.take('a', 6), budget.take('a', 6), budget.take('a', 6)], [0, 0, 3]);
    now = 1000; // 2 back
    assert.equal(budget.take('a', 6), 2);
    now = 3000; // 6 back
    assert.equal(budget.take('a', 6), 0);
    assert.equal(budget.take('b', 12), 0, 'another client has its own budget');
  });

  it('never holds more than the burst, however long a client waited', () => {
    let now = 0;
    const budget = new RequestBudget({ burst: 2, perSecond: 1 }, () => now);
    now = 3_600_000;
    assert.deepEqual([budget.take('a', 1), budget.take('a', 1), budget.take('a', 1)], [0, 0, 1]);
  });
});

/** A job that runs until its `finish` is called, recording when it started. */
function jobs() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const job = (name: string) => () =>
    new Promise<string>((resolve) => {
      started.push(name);
      finish.set(name, () => resolve(name));
    });
  return { started, job, finish: (name: string) => finish.get(name)!() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('FairQueue', () => {
  it('runs at most `concurrentLogins` jobs at once', async () => {
    const queue = new FairQueue({ concurrentLogins: 2, queuedLogins: 10, loginsPerClient: 10 });
    const { started, job, finish } = jobs();
    const done = ['a', 'b', 'c'].map((name) => queue.run(name, job(name)));
    await tick();
    assert.deepEqual(started, ['a', 'b']);
    finish('a');
    await tick();
    assert.deepEqual(started, ['a', 'b', 'c']);
    finish('b');
    finish('c');
    assert.deepEqual(await Promise.all(done), ['a', 'b', 'c']);
  });

  it('lets clients take turns: one login waits behind one job of each other client, not all of a flood', async () => {
    const queue = new FairQueue({ concurrentLogins: 1, queuedLogins: 100, loginsPerClient: 10 });
    const { started, job, finish } = jobs();
    const flood = Array.from({ length: 6 }, (_, i) => queue.run('flood', job(`flood-${i}`)));
    const customer = queue.run('customer', job('customer'));
    await tick();
    finish('flood-0');
    await tick();
    finish('flood-1'); // the flood was waiting first: its turn, then the customer's
    await tick();
    assert.deepEqual(started, ['flood-0', 'flood-1', 'customer']);
    finish('customer');
    for (let i = 2; i < 6; i++) {
      await tick();
      finish(`flood-${i}`);
    }
    await Promise.all([...flood, customer]);
  });

  it('refuses a client with too many logins at once, and any login when the queue is full', async () => {
    const queue = new FairQueue({ concurrentLogins: 1, queuedLogins: 1, loginsPerClient: 2 });
    const { job, finish } = jobs();
    const first = queue.run('a', job('a1'));
    const second = queue.run('a', job('a2'));
    await assert.rejects(queue.run('a', job('a3')), (e) => e instanceof QueueRefusal && e.reason === 'client-busy');
    await assert.rejects(queue.run('b', job('b1')), (e) => e instanceof QueueRefusal && e.reason === 'queue-full');
    await tick();
    finish('a1');
    await tick();
    finish('a2');
    await Promise.all([first, second]);
    // Everything was given back: the client and the queue take work again.
    const again = queue.run('a', job('a4'));
    await tick();
    finish('a4');
    assert.equal(await again, 'a4');
  });

  it('gives the slot back when a job fails', async () => {
    const queue = new FairQueue({ concurrentLogins: 1, queuedLogins: 1, loginsPerClient: 1 });
    await assert.rejects(queue.run('a', () => Promise.reject(new Error('wrong'))));
    assert.equal(await queue.run('a', async () => 'next'), 'next');
  });
});

describe('clientOf', () => {
  const from = (remoteAddress: string) => clientOf({ socket: { remoteAddress } } as IncomingMessage);

  it('keys IPv4 clients by address, IPv4-mapped ones too', () => {
    assert.equal(from('203.0.113.7'), '203.0.113.7');
    assert.equal(from('::ffff:203.0.113.7'), '203.0.113.7');
  });

  it('keys IPv6 clients by their /64, however the address is written', () => {
    assert.equal(from('2001:db8:0:1:aaaa::1'), '2001:db8:0:1::/64');
    assert.equal(from('2001:db8:0:1::2'), '2001:db8:0:1::/64');
    assert.equal(from('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(from('::1'), '0:0:0:0::/64');
  });
});
