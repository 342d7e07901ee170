import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import { OtpError } from '../../src/adapters/otp-error.js';
import { AdapterTask } from '../../src/wizard/adapter-task.js';

/** The smallest host a reactive controller needs: an element, the one the console messages name. */
class Host extends HTMLElement implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {}
  readonly updateComplete = Promise.resolve(true);
}
customElements.define('adapter-task-host', Host);

/** A call that settles when told to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('AdapterTask', () => {
  it('gives each call its own signal and the outcome of the call', async () => {
    const task = new AdapterTask(new Host());
    const signals: AbortSignal[] = [];
    const first = await task.run(async (signal) => (signals.push(signal), 'one'));
    const second = await task.run(async (signal) => (signals.push(signal), 'two'));
    expect([first, second]).to.deep.equal([{ ok: true, value: 'one' }, { ok: true, value: 'two' }]);
    expect(signals[0]).not.to.equal(signals[1]);
    expect(signals.map((s) => s.aborted)).to.deep.equal([false, false]);
  });

  it('aborts a running call when a new one starts, and drops the old answer', async () => {
    const task = new AdapterTask(new Host());
    const slow = deferred<string>();
    let firstSignal!: AbortSignal;
    const first = task.run((signal) => ((firstSignal = signal), slow.promise));
    const second = task.run(async () => 'fresh');
    expect(firstSignal.aborted).to.equal(true);
    slow.resolve('stale');
    expect(await first).to.equal(undefined);
    expect(await second).to.deep.equal({ ok: true, value: 'fresh' });
  });

  it('aborts the running call when the host leaves the page, and drops its answer', async () => {
    const host = new Host();
    const task = new AdapterTask(host);
    const call = deferred<string>();
    let signal!: AbortSignal;
    const outcome = task.run((s) => ((signal = s), call.promise));
    host.controllers.forEach((c) => c.hostDisconnected?.());
    expect(signal.aborted).to.equal(true);
    call.resolve('late');
    expect(await outcome).to.equal(undefined);
  });

  it('passes an OtpError through and counts anything else thrown as unknown', async () => {
    const task = new AdapterTask(new Host());
    const locked = new OtpError('locked', 'x', { retryAfter: 60 });
    expect(await task.run(() => Promise.reject(locked))).to.deep.equal({ ok: false, error: locked });
    const other = await task.run(() => Promise.reject(new Error('internal')));
    expect(other?.ok === false && other.error.code).to.equal('unknown');
    expect(other?.ok === false && other.error.message).not.to.contain('internal');
  });

  it('tells the developer once that the adapter threw something other than an OtpError, without its message', async () => {
    const errors = sinon.stub(console, 'error');
    try {
      const task = new AdapterTask(new Host());
      await task.run(() => Promise.reject(new OtpError('invalid-otp')));
      expect(errors.callCount).to.equal(0);
      await task.run(() => Promise.reject(new TypeError('password Passw0rd! rejected')));
      await task.run(() => Promise.reject(new TypeError('again')));
      expect(errors.callCount).to.equal(1);
      const said = String(errors.firstCall.args[0]);
      expect(said).to.contain('<adapter-task-host>').and.contain('TypeError').and.contain('OtpError');
      expect(said).not.to.contain('Passw0rd!');
    } finally {
      errors.restore();
    }
  });
});
