import { expect } from '@open-wc/testing';
import {
  fieldErrors,
  initialState,
  isBusy,
  stepIndex,
  trailIndex,
  transition,
  type FlowSpec,
  type State,
  type WizardEvent,
} from '../../src/wizard/machine.js';

const enroll: FlowSpec = { flow: 'enroll', actions: ['register'], backFromAction: 'leave' };
const suspend: FlowSpec = { flow: 'suspend', actions: ['confirm'], backFromAction: 'authenticate' };

const run = (state: State, ...events: WizardEvent[]): State => events.reduce(transition, state);
const submit: WizardEvent = { type: 'submit', fields: {}, contractId: '1234567890' };
const authenticated: WizardEvent = { type: 'authenticated', session: 's-1', currentTokenId: 'VSST****4321' };

describe('wizard machine', () => {
  it('starts on authenticate, or on prepare when the host supplied one', () => {
    expect(initialState(enroll, { prepare: false })).to.deep.include({ step: 'authenticate', steps: ['authenticate', 'register', 'complete'] });
    const withPrepare = initialState(suspend, { prepare: true });
    expect(withPrepare).to.deep.include({ step: 'prepare', steps: ['prepare', 'authenticate', 'confirm', 'complete'] });
    expect(run(withPrepare, { type: 'next' }).step).to.equal('authenticate');
  });

  it('walks enroll from authenticate through register to complete, keeping the result', () => {
    const s = run(initialState(enroll, { prepare: false }), submit, authenticated);
    expect(s).to.deep.include({ step: 'register', session: 's-1', currentTokenId: 'VSST****4321', contractId: '1234567890' });
    expect(stepIndex(s)).to.equal(1);
    const done = run(s, { type: 'submit', fields: {} }, { type: 'done', resultCode: '00001' });
    expect(done).to.deep.include({ step: 'complete', resultCode: '00001' });
    expect(done).not.to.have.property('session');
  });

  it('walks suspend from authenticate through confirm to complete', () => {
    const s = run(initialState(suspend, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} });
    expect(s.step).to.equal('confirm');
    expect(isBusy(s)).to.equal(true);
    expect(run(s, { type: 'done' }).step).to.equal('complete');
  });

  it('marks no trail entry during prepare, then the seed’s three entries in turn, prepare or not', () => {
    const withPrepare = initialState(enroll, { prepare: true });
    expect(trailIndex(withPrepare)).to.equal(-1);
    const authenticate = run(withPrepare, { type: 'next' });
    const register = run(authenticate, submit, authenticated);
    const complete = run(register, { type: 'submit', fields: {} }, { type: 'done' });
    expect([authenticate, register, complete].map(trailIndex)).to.deep.equal([0, 1, 2]);
    // The otp-step index counts prepare; the trail does not.
    expect(stepIndex(register)).to.equal(2);
    expect(trailIndex(run(initialState(suspend, { prepare: false }), submit, authenticated))).to.equal(1);
  });

  it('refuses a submit with field errors without becoming busy, and clears each error once edited', () => {
    const s = run(initialState(enroll, { prepare: false }), { type: 'submit', fields: { contractId: 'required', password: 'required' } });
    expect(isBusy(s)).to.equal(false);
    expect(fieldErrors(s)).to.deep.equal({ contractId: 'required', password: 'required' });
    const edited = run(s, { type: 'edit', field: 'password' });
    expect(fieldErrors(edited)).to.deep.equal({ contractId: 'required' });
    expect(fieldErrors(run(edited, { type: 'edit', field: 'contractId' }))).to.deep.equal({});
  });

  it('ignores a second submit while a call runs, so a double click makes one call', () => {
    const busy = run(initialState(enroll, { prepare: false }), submit);
    expect(isBusy(busy)).to.equal(true);
    expect(transition(busy, submit)).to.equal(busy);
    expect(transition(busy, { type: 'back' })).to.equal(busy);
  });

  it('ignores results that arrive when no call is running', () => {
    const idle = initialState(enroll, { prepare: false });
    expect(transition(idle, authenticated)).to.equal(idle);
    expect(transition(idle, { type: 'failed', error: { code: 'network' } })).to.equal(idle);
    expect(transition(idle, { type: 'done' })).to.equal(idle);
  });

  it('shows an adapter failure on the same step with its attempts left, and allows a retry', () => {
    const failed = run(initialState(enroll, { prepare: false }), submit, {
      type: 'failed',
      error: { code: 'invalid-credentials', remainingAttempts: 3 },
    });
    expect(failed).to.deep.include({ step: 'authenticate', status: { kind: 'failed', error: { code: 'invalid-credentials', remainingAttempts: 3 }, fields: [] } });
    expect(isBusy(transition(failed, submit))).to.equal(true);
  });

  it('returns to authenticate on session-expired, keeping the contract ID and the error', () => {
    const s = run(initialState(enroll, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} }, {
      type: 'failed',
      error: { code: 'session-expired' },
    });
    expect(s).to.deep.include({ step: 'authenticate', contractId: '1234567890', status: { kind: 'failed', error: { code: 'session-expired' }, fields: [] } });
    expect(s).not.to.have.property('session');
  });

  it('goes back from suspend confirm to authenticate, but not from enroll register', () => {
    const confirm = run(initialState(suspend, { prepare: false }), submit, authenticated);
    expect(run(confirm, { type: 'back' })).to.deep.include({ step: 'authenticate', contractId: '1234567890', status: { kind: 'editing' } });
    const register = run(initialState(enroll, { prepare: false }), submit, authenticated);
    expect(transition(register, { type: 'back' })).to.equal(register);
  });

  it('goes back from authenticate to prepare only when there is one', () => {
    expect(run(initialState(enroll, { prepare: true }), { type: 'next' }, { type: 'back' }).step).to.equal('prepare');
    const first = initialState(enroll, { prepare: false });
    expect(transition(first, { type: 'back' })).to.equal(first);
  });

  it('makes an interrupted call editable again', () => {
    const s = run(initialState(enroll, { prepare: false }), submit, { type: 'interrupted' });
    expect(s).to.deep.include({ step: 'authenticate', status: { kind: 'editing' }, contractId: '1234567890' });
  });

  describe('a step that calls the adapter without ending (e.g. a key fetched on entering it)', () => {
    const atRegister = (): State => run(initialState(enroll, { prepare: false }), submit, authenticated);
    const call: WizardEvent = { type: 'submit', fields: {} };

    it('is busy while the call runs, then editable again with the session kept', () => {
      const busy = run(atRegister(), call);
      expect(busy).to.deep.include({ step: 'register', session: 's-1', status: { kind: 'busy' } });
      expect(run(busy, { type: 'answered' })).to.deep.include({ step: 'register', session: 's-1', status: { kind: 'editing' } });
    });

    it('ignores an answer when no call runs', () => {
      const register = atRegister();
      expect(transition(register, { type: 'answered' })).to.equal(register);
    });
  });

  describe('a flow with several action steps', () => {
    const twoSteps: FlowSpec = { flow: 'enroll', actions: ['register', 'extra'], backFromAction: 'leave' };

    it('goes from one action step to the next with the session, then to complete with the earlier result code', () => {
      const first = run(initialState(twoSteps, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} }, { type: 'done', resultCode: '00007' });
      expect(first).to.deep.include({ step: 'extra', session: 's-1', status: { kind: 'editing' }, resultCode: '00007' });
      expect(stepIndex(first)).to.equal(2);
      expect(trailIndex(first)).to.equal(2);
      const complete = run(first, { type: 'submit', fields: {} }, { type: 'done' });
      expect(complete).to.deep.equal({ spec: twoSteps, steps: ['authenticate', 'register', 'extra', 'complete'], step: 'complete', skipped: [], resultCode: '00007' });
    });

    it('passes over an optional step on skip, keeping the result code and saying the step was skipped', () => {
      const extra = run(initialState(twoSteps, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} }, { type: 'done', resultCode: '00007' });
      expect(run(extra, { type: 'skip' })).to.deep.include({ step: 'complete', skipped: ['extra'], resultCode: '00007' });
      const busy = run(extra, { type: 'submit', fields: {} });
      expect(transition(busy, { type: 'skip' })).to.equal(busy);
      const first = initialState(twoSteps, { prepare: false });
      expect(transition(first, { type: 'skip' })).to.equal(first);
    });

    it('ends in complete when the session ends after an earlier step did its work, never asking it again', () => {
      const extra = run(initialState(twoSteps, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} }, { type: 'done', resultCode: '00007' });
      expect(run(extra, { type: 'expired' })).to.deep.include({ step: 'complete', skipped: ['extra'], resultCode: '00007' });
      const failed = run(extra, { type: 'submit', fields: {} }, { type: 'failed', error: { code: 'session-expired' } });
      expect(failed).to.deep.include({ step: 'complete', skipped: ['extra'] });
      // When the earlier step was itself passed over, nothing was done: authenticate again.
      const three: FlowSpec = { ...twoSteps, actions: ['offer', 'register', 'extra'] };
      const skippedFirst = run(initialState(three, { prepare: false }), submit, authenticated, { type: 'skip' });
      expect(run(skippedFirst, { type: 'expired' })).to.deep.include({ step: 'authenticate', contractId: '1234567890' });
    });

    it('goes back only from the first action step', () => {
      const extra = run(initialState({ ...twoSteps, backFromAction: 'authenticate' }, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} }, { type: 'done' });
      expect(transition(extra, { type: 'back' })).to.equal(extra);
    });
  });

  describe('a flow that chooses its action steps once authenticated', () => {
    const planned: FlowSpec = { flow: 'enroll', actions: ['register'], backFromAction: 'leave' };

    it('shows the steps chosen on authenticated, and the trail and step index follow', () => {
      const start = initialState(planned, { prepare: true });
      const s = run(start, { type: 'next' }, submit, { ...authenticated, actions: ['register', 'passkey'] });
      expect(s).to.deep.include({ step: 'register', steps: ['prepare', 'authenticate', 'register', 'passkey', 'complete'] });
      expect(s.spec.actions).to.deep.equal(['register', 'passkey']);
      const passkey = run(s, { type: 'submit', fields: {} }, { type: 'done' });
      expect([stepIndex(passkey), trailIndex(passkey)]).to.deep.equal([3, 2]);
      expect(run(passkey, { type: 'submit', fields: {} }, { type: 'done' }).step).to.equal('complete');
    });

    it('keeps the planned steps when authenticated names none', () => {
      const s = run(initialState(planned, { prepare: false }), submit, authenticated);
      expect(s.steps).to.deep.equal(['authenticate', 'register', 'complete']);
    });

    it('starts over as another flow on reset with a spec', () => {
      const other: FlowSpec = { flow: 'passkey', actions: ['passkey'], backFromAction: 'leave' };
      const s = run(initialState(planned, { prepare: false }), submit, authenticated, { type: 'reset', spec: other });
      expect(s).to.deep.equal(initialState(other, { prepare: false }));
    });
  });

  it('resets to the first step and forgets the session', () => {
    const reset = run(initialState(enroll, { prepare: true }), { type: 'next' }, submit, authenticated, { type: 'reset' });
    expect(reset).to.deep.equal(initialState(enroll, { prepare: true }));
  });
});
