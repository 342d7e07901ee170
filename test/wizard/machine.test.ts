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

const enroll: FlowSpec = { flow: 'enroll', action: 'register', backFromAction: 'leave' };
const suspend: FlowSpec = { flow: 'suspend', action: 'confirm', backFromAction: 'authenticate' };

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
    const done = run(s, { type: 'submit', fields: {} }, { type: 'completed', resultCode: '00001', tokenId: 'VSST12345678' });
    expect(done).to.deep.include({ step: 'complete', resultCode: '00001', tokenId: 'VSST12345678' });
    expect(done).not.to.have.property('session');
  });

  it('walks suspend from authenticate through confirm to complete', () => {
    const s = run(initialState(suspend, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} });
    expect(s.step).to.equal('confirm');
    expect(isBusy(s)).to.equal(true);
    expect(run(s, { type: 'completed' }).step).to.equal('complete');
  });

  it('marks no trail entry during prepare, then the seed’s three entries in turn, prepare or not', () => {
    const withPrepare = initialState(enroll, { prepare: true });
    expect(trailIndex(withPrepare)).to.equal(-1);
    const authenticate = run(withPrepare, { type: 'next' });
    const register = run(authenticate, submit, authenticated);
    const complete = run(register, { type: 'submit', fields: {} }, { type: 'completed' });
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
    expect(transition(idle, { type: 'completed' })).to.equal(idle);
  });

  it('shows an adapter failure on the same step with its attempts left, and allows a retry', () => {
    const failed = run(initialState(enroll, { prepare: false }), submit, {
      type: 'failed',
      error: { code: 'invalid-credentials', remainingAttempts: 3 },
    });
    expect(failed).to.deep.include({ step: 'authenticate', status: { kind: 'failed', error: { code: 'invalid-credentials', remainingAttempts: 3 } } });
    expect(isBusy(transition(failed, submit))).to.equal(true);
  });

  it('returns to authenticate on session-expired, keeping the contract ID and the error', () => {
    const s = run(initialState(enroll, { prepare: false }), submit, authenticated, { type: 'submit', fields: {} }, {
      type: 'failed',
      error: { code: 'session-expired' },
    });
    expect(s).to.deep.include({ step: 'authenticate', contractId: '1234567890', status: { kind: 'failed', error: { code: 'session-expired' } } });
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

  describe('provisioning a key (mode="provision")', () => {
    const atRegister = (): State => run(initialState(enroll, { prepare: false }), submit, authenticated);
    const provision: WizardEvent = { type: 'provision' };
    const provisioned: WizardEvent = { type: 'provisioned' };
    const submitCode: WizardEvent = { type: 'submit', fields: {} };

    it('is busy while the key is requested, then lets the code be registered once it is issued', () => {
      const requested = run(atRegister(), provision);
      expect(requested).to.deep.include({ step: 'register', key: 'requested', session: 's-1', status: { kind: 'busy' } });
      const issued = run(requested, provisioned);
      expect(issued).to.deep.include({ step: 'register', key: 'issued', status: { kind: 'editing' } });
      const done = run(issued, submitCode, { type: 'completed', resultCode: '00002' });
      expect(done).to.deep.equal({ spec: enroll, steps: ['authenticate', 'register', 'complete'], step: 'complete', resultCode: '00002' });
    });

    it('refuses to register a code before the key is issued, and a registration result while it is requested', () => {
      const requested = run(atRegister(), provision);
      expect(transition(requested, submitCode)).to.equal(requested);
      expect(transition(requested, { type: 'completed', resultCode: '00001' })).to.equal(requested);
      const failed = run(requested, { type: 'failed', error: { code: 'network' } });
      expect(transition(failed, submitCode)).to.equal(failed);
    });

    it('keeps a failed request on the register step and allows asking again', () => {
      const failed = run(atRegister(), provision, { type: 'failed', error: { code: 'unavailable' } });
      expect(failed).to.deep.include({ step: 'register', key: 'requested', status: { kind: 'failed', error: { code: 'unavailable' } } });
      expect(run(failed, provision, provisioned)).to.deep.include({ key: 'issued', status: { kind: 'editing' } });
    });

    it('ignores a key that arrives when none is requested, and a second request while one runs', () => {
      const register = atRegister();
      expect(transition(register, provisioned)).to.equal(register);
      const requested = run(register, provision);
      expect(transition(requested, provision)).to.equal(requested);
      const registering = run(requested, provisioned, submitCode);
      expect(transition(registering, provisioned)).to.equal(registering);
      expect(transition(registering, provision)).to.equal(registering);
    });

    it('asks again for a key it had to drop, after an interrupted call', () => {
      const interrupted = run(atRegister(), provision, provisioned, submitCode, { type: 'interrupted' });
      expect(interrupted).to.deep.include({ key: 'issued', status: { kind: 'editing' } });
      expect(run(interrupted, provision)).to.deep.include({ key: 'requested', status: { kind: 'busy' } });
    });

    it('provisions only on the register step', () => {
      const authenticate = initialState(enroll, { prepare: false });
      expect(transition(authenticate, provision)).to.equal(authenticate);
      const confirm = run(initialState(suspend, { prepare: false }), submit, authenticated);
      expect(transition(confirm, provision)).to.equal(confirm);
    });

    it('forgets the key with the session when it expires or the flow restarts', () => {
      const expired = run(atRegister(), provision, { type: 'failed', error: { code: 'session-expired' } });
      expect(expired.step).to.equal('authenticate');
      expect(expired).not.to.have.property('key');
      expect(run(atRegister(), provision, provisioned, { type: 'reset' })).to.deep.equal(initialState(enroll, { prepare: false }));
    });
  });

  it('resets to the first step and forgets the session', () => {
    const reset = run(initialState(enroll, { prepare: true }), { type: 'next' }, submit, authenticated, { type: 'reset' });
    expect(reset).to.deep.equal(initialState(enroll, { prepare: true }));
  });
});
