// The reference bank's per-client budget and its login queue in front of the password hash.
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, it } from 'node:test';
import { LoginQueue, QueueRefusal, RequestBudget, clientOf } from '../../demo/server/limits.js';

describe('RequestBudget', () => {
  it('grants a burst, then what refills per second, and says how long to wait and what is left', () => {
    let now = 0;
    const budget = new RequestBudget({ burst: 12, perSecond: 2 }, () => now);
    assert.deepEqual([budget.take('a', 6), budget.take('a', 6), budget.take('a', 6)], [
      { wait: 0, left: 6 },
      { wait: 0, left: 0 },
      { wait: 3, left: 0 },
    ]);
    now = 1000; // 2 back
    assert.deepEqual(budget.take('a', 6), { wait: 2, left: 2 });
    now = 3000; // 6 back
    assert.deepEqual(budget.take('a', 6), { wait: 0, left: 0 });
    assert.deepEqual(budget.take('b', 12), { wait: 0, left: 0 }, 'another client has its own budget');
  });

  it('never holds more than the burst, however long a client waited', () => {
    let now = 0;
    const budget = new RequestBudget({ burst: 2, perSecond: 1 }, () => now);
    now = 3_600_000;
    assert.deepEqual([budget.take('a', 1).wait, budget.take('a', 1).wait, budget.take('a', 1).wait], [0, 0, 1]);
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

describe('LoginQueue', () => {
  const limits = (concurrentLogins: number, queuedLogins: number, loginsPerClient = 10) => ({ concurrentLogins, queuedLogins, loginsPerClient });

  it('runs at most `concurrentLogins` jobs at once, the others in order of arrival', async () => {
    const queue = new LoginQueue(limits(2, 10));
    const { started, job, finish } = jobs();
    const done = ['a', 'b', 'c', 'd'].map((name) => queue.run(name, 1, job(name)));
    await tick();
    assert.deepEqual(started, ['a', 'b']);
    finish('b');
    await tick();
    finish('a');
    await tick();
    assert.deepEqual(started, ['a', 'b', 'c', 'd']);
    finish('c');
    finish('d');
    assert.deepEqual(await Promise.all(done), ['a', 'b', 'c', 'd']);
  });

  it('serves a quiet client (much budget left) before a flood already waiting', async () => {
    const queue = new LoginQueue(limits(1, 100));
    const { started, job, finish } = jobs();
    const flood = Array.from({ length: 6 }, (_, i) => queue.run(`flood-${i}`, 0, job(`flood-${i}`)));
    const customer = queue.run('customer', 18, job('customer'));
    await tick();
    finish('flood-0');
    await tick();
    assert.deepEqual(started, ['flood-0', 'customer']);
    finish('customer');
    for (let i = 1; i < 6; i++) {
      await tick();
      finish(`flood-${i}`);
    }
    await Promise.all([...flood, customer]);
  });

  it('when full, refuses a newcomer of no higher priority, and lets one of higher priority take the last place', async () => {
    const queue = new LoginQueue(limits(1, 2));
    const { started, job, finish } = jobs();
    const running = queue.run('a', 0, job('a'));
    const waiting = [queue.run('b', 0, job('b')), queue.run('c', 0, job('c'))];
    await assert.rejects(queue.run('d', 0, job('d')), (e) => e instanceof QueueRefusal && e.reason === 'queue-full');
    const customer = queue.run('customer', 5, job('customer'));
    await assert.rejects(waiting[1]!, (e) => e instanceof QueueRefusal && e.reason === 'queue-full');
    finish('a');
    await tick();
    finish('customer');
    await tick();
    finish('b');
    await Promise.all([running, customer, waiting[0]]);
    assert.deepEqual(started, ['a', 'customer', 'b']);
  });

  it('refuses a client with too many logins at once, and gives everything back after', async () => {
    const queue = new LoginQueue(limits(1, 5, 2));
    const { job, finish } = jobs();
    const first = queue.run('a', 0, job('a1'));
    const second = queue.run('a', 0, job('a2'));
    await assert.rejects(queue.run('a', 0, job('a3')), (e) => e instanceof QueueRefusal && e.reason === 'client-busy');
    await tick();
    finish('a1');
    await tick();
    finish('a2');
    await Promise.all([first, second]);
    const again = queue.run('a', 0, job('a4'));
    await tick();
    finish('a4');
    assert.equal(await again, 'a4');
  });

  it('gives the slot back when a job fails', async () => {
    const queue = new LoginQueue(limits(1, 1, 1));
    await assert.rejects(queue.run('a', 0, () => Promise.reject(new Error('wrong'))));
    assert.equal(await queue.run('a', 0, async () => 'next'), 'next');
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
