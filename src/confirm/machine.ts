// <otp-confirm> as plain data: which screen is shown and what it is doing. No DOM, no adapter, no
// clock, no secrets: the code the customer types and the passkey credential never enter a state;
// the transaction does (as checked: frozen), since every screen shows it.
//
// loading ──loaded──▶ review ──confirmed──▶ complete
//    │                  │  └──declined──▶ declined
//    └──failed──▶ ended ◀──(time up, expired, closed)
import type { OtpErrorCode } from '../adapters/otp-error.js';
import { editedStatus, type ErrorInfo, type FieldErrors } from '../wizard/machine.js';
import type { CheckedTransaction, ConfirmMethod } from './transaction.js';

/** How a passkey prompt ended when it gave no credential (see passkey.ts). */
export type PromptProblem = 'cancelled' | 'timed-out' | 'unsupported' | 'no-authenticator' | 'no-user-verification' | 'security' | 'failed';

/** Why the element can do no more for this transaction. */
export type EndReason =
  /** Its time ran out (the element's countdown, or the bank said so). */
  | 'transaction-expired'
  /** It was confirmed or declined already. */
  | 'transaction-closed'
  /** The portal's session ended. */
  | 'session-expired'
  /** What the bank sent cannot be shown: never half of it. */
  | 'unknown';

export type Status =
  | { readonly kind: 'editing' }
  | { readonly kind: 'invalid'; readonly fields: FieldErrors }
  | { readonly kind: 'busy'; readonly action: 'confirm' | 'decline' }
  /** `fields`: the fields the error is about, until the customer edits them. */
  | { readonly kind: 'failed'; readonly error: ErrorInfo; readonly fields: readonly string[] }
  /** The passkey prompt ended without a credential: not a bank error. */
  | { readonly kind: 'prompt-failed'; readonly problem: PromptProblem };

export interface LoadingState {
  readonly step: 'loading';
  /** Absent while the call runs; after a failure that another try may mend (network, …). */
  readonly error?: ErrorInfo;
}
export interface ReviewState {
  readonly step: 'review';
  readonly transaction: CheckedTransaction;
  /** The ways in the order shown: the preferred one first, then the bank's order. */
  readonly methods: readonly ConfirmMethod[];
  readonly method: ConfirmMethod;
  readonly status: Status;
  /** The time ran out while a call was running: the answer decides, then the transfer has expired. */
  readonly timeUp?: true;
}
export interface CompleteState {
  readonly step: 'complete';
  readonly transaction: CheckedTransaction;
  readonly method: ConfirmMethod;
  readonly resultCode?: string;
}
export interface DeclinedState {
  readonly step: 'declined';
  readonly transaction: CheckedTransaction;
}
export interface EndedState {
  readonly step: 'ended';
  readonly reason: EndReason;
}
export type State = LoadingState | ReviewState | CompleteState | DeclinedState | EndedState;
export type Step = State['step'];

export type ConfirmEvent =
  /** (Again) ask the bank for the transaction. */
  | { readonly type: 'load' }
  /** `unusable`: ways this browser cannot take (a passkey without WebAuthn): offered last, never chosen first. */
  | { readonly type: 'loaded'; readonly transaction: CheckedTransaction; readonly preferred?: ConfirmMethod; readonly unusable?: readonly ConfirmMethod[] }
  /** A call failed; `fields` are the review's fields the error is about. */
  | { readonly type: 'failed'; readonly error: ErrorInfo; readonly fields?: readonly string[] }
  | { readonly type: 'choose'; readonly method: ConfirmMethod }
  /** The customer submitted the way shown: `fields` holds what was refused, else the call starts. */
  | { readonly type: 'submit'; readonly fields: FieldErrors }
  | { readonly type: 'edit'; readonly field: string }
  | { readonly type: 'prompt-failed'; readonly problem: PromptProblem }
  | { readonly type: 'confirmed'; readonly resultCode?: string }
  | { readonly type: 'decline' }
  | { readonly type: 'declined' }
  /** The transaction's time ran out on the element's clock. */
  | { readonly type: 'time-up' }
  /** The running call was aborted (the element left the page): the screen is usable again. */
  | { readonly type: 'interrupted' };

export const initialState: State = { step: 'loading' };

const editing: Status = { kind: 'editing' };

/** Codes after which nothing more can be done for the transaction. */
const endings: readonly OtpErrorCode[] = ['transaction-expired', 'transaction-closed', 'session-expired'];

export function isBusy(state: State): boolean {
  return (state.step === 'loading' && !state.error) || (state.step === 'review' && state.status.kind === 'busy');
}

/** The review's refused fields, while it shows them. */
export function fieldErrors(state: State): FieldErrors {
  return state.step === 'review' && state.status.kind === 'invalid' ? state.status.fields : {};
}

/** The bank's error the screen shows, if any. */
export function failure(state: State): ErrorInfo | undefined {
  if (state.step === 'loading') return state.error;
  return state.step === 'review' && state.status.kind === 'failed' ? state.status.error : undefined;
}

/** The fields a bank error is tied to, while they are not edited. */
export function failedFields(state: State): readonly string[] {
  return state.step === 'review' && state.status.kind === 'failed' ? state.status.fields : [];
}

/**
 * The ways in the order shown: `preferred` first when the bank offers it, then the bank's order;
 * the ways this browser cannot take last, so that one is never chosen for the customer.
 */
export function orderMethods(
  offered: readonly ConfirmMethod[],
  preferred?: ConfirmMethod,
  unusable: readonly ConfirmMethod[] = [],
): readonly ConfirmMethod[] {
  const ordered = preferred && offered.includes(preferred) ? [preferred, ...offered.filter((m) => m !== preferred)] : offered;
  return [...ordered.filter((m) => !unusable.includes(m)), ...ordered.filter((m) => unusable.includes(m))];
}

/**
 * The next state. An event that does not apply to the current state returns that same state
 * object, so `transition(s, e) === s` means "ignored" (e.g. a second submit while busy, a way
 * the bank did not offer, anything after the end).
 */
export function transition(state: State, event: ConfirmEvent): State {
  switch (state.step) {
    case 'loading':
      return loading(state, event);
    case 'review':
      return review(state, event);
    default:
      return state;
  }
}

function loading(state: LoadingState, event: ConfirmEvent): State {
  const busy = !state.error;
  switch (event.type) {
    case 'load':
      return busy ? state : initialState;
    case 'loaded': {
      if (!busy) return state;
      const methods = orderMethods(event.transaction.methods, event.preferred, event.unusable);
      return { step: 'review', transaction: event.transaction, methods, method: methods[0]!, status: editing };
    }
    case 'failed': {
      if (!busy) return state;
      const { code } = event.error;
      // What the bank sent, or answered, cannot be shown: another try would show nothing better.
      if (code === 'unknown' || endings.includes(code)) return { step: 'ended', reason: code as EndReason };
      return { step: 'loading', error: event.error };
    }
    case 'interrupted':
      // Back on the page, the element asks again.
      return busy ? { step: 'loading', error: { code: 'network' } } : state;
    default:
      return state;
  }
}

function review(state: ReviewState, event: ConfirmEvent): State {
  const busy = state.status.kind === 'busy';
  switch (event.type) {
    case 'choose':
      return busy || event.method === state.method || !state.methods.includes(event.method) ? state : { ...state, method: event.method, status: editing };
    case 'submit': {
      if (busy) return state;
      const status: Status = Object.keys(event.fields).length ? { kind: 'invalid', fields: event.fields } : { kind: 'busy', action: 'confirm' };
      return { ...state, status };
    }
    case 'decline':
      return busy ? state : { ...state, status: { kind: 'busy', action: 'decline' } };
    case 'edit': {
      const status = editedStatus(state.status, event.field);
      return status === state.status ? state : { ...state, status };
    }
    case 'confirmed': {
      if (!busy || state.status.kind !== 'busy' || state.status.action !== 'confirm') return state;
      const { transaction, method } = state;
      return { step: 'complete', transaction, method, ...(event.resultCode ? { resultCode: event.resultCode } : {}) };
    }
    case 'declined':
      return busy && state.status.kind === 'busy' && state.status.action === 'decline' ? { step: 'declined', transaction: state.transaction } : state;
    case 'failed': {
      if (!busy) return state;
      const { code } = event.error;
      if (endings.includes(code)) return { step: 'ended', reason: code as EndReason };
      if (state.timeUp) return { step: 'ended', reason: 'transaction-expired' };
      return { ...state, status: { kind: 'failed', error: event.error, fields: event.fields ?? [] } };
    }
    case 'prompt-failed':
      if (!busy) return state;
      return state.timeUp ? { step: 'ended', reason: 'transaction-expired' } : { ...state, status: { kind: 'prompt-failed', problem: event.problem } };
    case 'interrupted':
      if (!busy) return state;
      return state.timeUp ? { step: 'ended', reason: 'transaction-expired' } : { ...state, status: editing };
    case 'time-up':
      // A running call's answer decides: the bank may have confirmed in time.
      if (busy) return state.timeUp ? state : { ...state, timeUp: true };
      return { step: 'ended', reason: 'transaction-expired' };
    default:
      return state;
  }
}
