// <otp-confirm>'s state machine without a DOM: every screen and what moves it on.
import { expect } from '@open-wc/testing';
import {
  failedFields,
  failure,
  fieldErrors,
  initialState,
  isBusy,
  orderMethods,
  transition,
  type ConfirmEvent,
  type ReviewState,
  type State,
} from '../../src/confirm/machine.js';
import { checkTransaction } from '../../src/confirm/transaction.js';
import { validTransaction } from './transactions.js';

const transaction = checkTransaction(validTransaction()); // passkey, challenge, code
const run = (...events: ConfirmEvent[]): State => events.reduce(transition, initialState);
const reviewing = (preferred?: 'passkey' | 'challenge' | 'code') => run({ type: 'loaded', transaction, ...(preferred ? { preferred } : {}) }) as ReviewState;
const confirming = () => transition(reviewing(), { type: 'submit', fields: {} }) as ReviewState;
const declining = () => transition(reviewing(), { type: 'decline' }) as ReviewState;

describe('confirm machine: loading', () => {
  it('starts busy, loading the transaction', () => {
    expect(initialState).to.deep.equal({ step: 'loading' });
    expect(isBusy(initialState)).to.equal(true);
  });

  it('shows the review with the bank\'s ways in its order, the first chosen', () => {
    const state = reviewing();
    expect(state).to.deep.equal({ step: 'review', transaction, methods: ['passkey', 'challenge', 'code'], method: 'passkey', status: { kind: 'editing' } });
  });

  it('puts the preferred way first when the bank offers it, and ignores one it does not', () => {
    expect(reviewing('code').methods).to.deep.equal(['code', 'passkey', 'challenge']);
    expect(reviewing('code').method).to.equal('code');
    expect(orderMethods(['challenge', 'code'], 'passkey')).to.deep.equal(['challenge', 'code']);
  });

  it('ends on a transaction it cannot show, or one already expired or closed: another try would not help', () => {
    for (const code of ['unknown', 'transaction-expired', 'transaction-closed', 'session-expired'] as const) {
      expect(run({ type: 'failed', error: { code } })).to.deep.equal({ step: 'ended', reason: code });
    }
  });

  it('offers another try after a network failure, and loads again on it', () => {
    const failed = run({ type: 'failed', error: { code: 'network' } });
    expect(failed).to.deep.equal({ step: 'loading', error: { code: 'network' } });
    expect(isBusy(failed)).to.equal(false);
    expect(failure(failed)).to.deep.equal({ code: 'network' });
    expect(transition(failed, { type: 'load' })).to.deep.equal({ step: 'loading' });
    expect(transition(failed, { type: 'loaded', transaction })).to.equal(failed);
  });

  it('asks again when the element comes back after its call was aborted', () => {
    expect(run({ type: 'interrupted' })).to.deep.equal({ step: 'loading', error: { code: 'network' } });
  });
});

describe('confirm machine: review', () => {
  it('switches between offered ways, keeping nothing of the last one\'s errors', () => {
    const invalid = transition(transition(reviewing(), { type: 'choose', method: 'code' }), { type: 'submit', fields: { otp: 'required' } });
    const switched = transition(invalid, { type: 'choose', method: 'challenge' });
    expect(switched).to.deep.include({ method: 'challenge', status: { kind: 'editing' } });
  });

  it('ignores a way the bank did not offer, the way already chosen, and any switch while busy', () => {
    const codeOnly = run({ type: 'loaded', transaction: checkTransaction({ ...validTransaction(), methods: ['code'] }) });
    expect(transition(codeOnly, { type: 'choose', method: 'passkey' })).to.equal(codeOnly);
    const state = reviewing();
    expect(transition(state, { type: 'choose', method: 'passkey' })).to.equal(state);
    const busy = confirming();
    expect(transition(busy, { type: 'choose', method: 'code' })).to.equal(busy);
  });

  it('refuses an empty code before any call, and forgets the refusal once the field is edited', () => {
    const invalid = transition(reviewing('code'), { type: 'submit', fields: { otp: 'required' } });
    expect(fieldErrors(invalid)).to.deep.equal({ otp: 'required' });
    expect(isBusy(invalid)).to.equal(false);
    expect(transition(invalid, { type: 'edit', field: 'otp' })).to.deep.include({ status: { kind: 'editing' } });
  });

  it('confirms: busy, then complete with the result code and the way', () => {
    const busy = confirming();
    expect(isBusy(busy)).to.equal(true);
    expect(transition(busy, { type: 'submit', fields: {} })).to.equal(busy);
    expect(transition(busy, { type: 'decline' })).to.equal(busy);
    expect(transition(busy, { type: 'confirmed', resultCode: '00001' })).to.deep.equal({ step: 'complete', transaction, method: 'passkey', resultCode: '00001' });
  });

  it('declines: busy, then declined; a confirmation answer cannot end a decline', () => {
    const busy = declining();
    expect(transition(busy, { type: 'confirmed' })).to.equal(busy);
    expect(transition(busy, { type: 'declined' })).to.deep.equal({ step: 'declined', transaction });
    expect(transition(confirming(), { type: 'declined' })).to.deep.include({ step: 'review' });
  });

  it('ties a wrong code to its field until the field is edited, and keeps the message said', () => {
    const failed = transition(confirming(), { type: 'failed', error: { code: 'invalid-otp', remainingAttempts: 2 }, fields: ['otp'] });
    expect(failedFields(failed)).to.deep.equal(['otp']);
    const edited = transition(failed, { type: 'edit', field: 'otp' });
    expect(failedFields(edited)).to.deep.equal([]);
    expect(failure(edited)).to.deep.equal({ code: 'invalid-otp', remainingAttempts: 2 });
  });

  it('ends on expired, closed or a session that ended, whatever was running', () => {
    for (const code of ['transaction-expired', 'transaction-closed', 'session-expired'] as const) {
      expect(transition(confirming(), { type: 'failed', error: { code } })).to.deep.equal({ step: 'ended', reason: code });
      expect(transition(declining(), { type: 'failed', error: { code } })).to.deep.equal({ step: 'ended', reason: code });
    }
  });

  it('says a passkey prompt that gave nothing apart from bank errors, and is usable again', () => {
    const failed = transition(confirming(), { type: 'prompt-failed', problem: 'cancelled' });
    expect(failed).to.deep.include({ status: { kind: 'prompt-failed', problem: 'cancelled' } });
    expect(failure(failed)).to.equal(undefined);
    expect(isBusy(failed)).to.equal(false);
  });
});

describe('confirm machine: time', () => {
  it('ends as expired when the time is up and nothing runs', () => {
    expect(transition(reviewing(), { type: 'time-up' })).to.deep.equal({ step: 'ended', reason: 'transaction-expired' });
  });

  it('lets a running confirmation\'s answer decide: in time, complete', () => {
    const late = transition(confirming(), { type: 'time-up' });
    expect(late).to.deep.include({ step: 'review', timeUp: true });
    expect(transition(late, { type: 'time-up' })).to.equal(late);
    expect(transition(late, { type: 'confirmed' })).to.deep.include({ step: 'complete' });
  });

  it('ends as expired when the running call fails or is aborted after the time is up: nothing can be submitted again', () => {
    const late = transition(confirming(), { type: 'time-up' });
    const expired = { step: 'ended', reason: 'transaction-expired' };
    expect(transition(late, { type: 'failed', error: { code: 'network' } })).to.deep.equal(expired);
    expect(transition(late, { type: 'prompt-failed', problem: 'cancelled' })).to.deep.equal(expired);
    expect(transition(late, { type: 'interrupted' })).to.deep.equal(expired);
  });

  it('ignores everything once ended, complete or declined', () => {
    for (const state of [run({ type: 'failed', error: { code: 'unknown' } }), transition(confirming(), { type: 'confirmed' }), transition(declining(), { type: 'declined' })]) {
      for (const event of [{ type: 'load' }, { type: 'submit', fields: {} }, { type: 'decline' }, { type: 'time-up' }, { type: 'choose', method: 'code' }] as ConfirmEvent[]) {
        expect(transition(state, event)).to.equal(state);
      }
    }
  });
});
