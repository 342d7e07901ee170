// The wizard as plain data: which step is shown and what it is doing. Both flows run on this one
// machine; they differ only in their `FlowSpec`. No DOM, no adapter, no secrets: the password,
// codes and a provisioned key never enter a state (the session does, as it must outlive the
// authenticate step).
import type { OtpErrorCode } from '../adapters/otp-error.js';
import type { OtpFlow } from '../adapters/types.js';

/** Every step either flow can show. */
export type StepName = 'prepare' | 'authenticate' | 'register' | 'confirm' | 'complete';

/** The step between authenticate and complete, which does the flow's work. */
export type ActionStep = 'register' | 'confirm';

/** What differs between the flows. */
export interface FlowSpec {
  readonly flow: OtpFlow;
  readonly action: ActionStep;
  /** Where Back on the action step leads: to authenticate again, or out of the wizard. */
  readonly backFromAction: 'authenticate' | 'leave';
}

/** An adapter failure as the customer is told about it. */
export interface ErrorInfo {
  readonly code: OtpErrorCode;
  readonly remainingAttempts?: number;
  readonly retryAfter?: number;
}

export type FieldName = 'contractId' | 'password' | 'tokenId' | 'otp' | 'nextOtp';
/** Why a field was refused before any call: empty, wrong shape, too short, a repeated code. */
export type FieldProblem = 'required' | 'pattern' | 'incomplete' | 'same';
export type FieldErrors = Readonly<Partial<Record<FieldName, FieldProblem>>>;

/** What a form step is doing. */
export type Status =
  | { readonly kind: 'editing' }
  | { readonly kind: 'invalid'; readonly fields: FieldErrors }
  | { readonly kind: 'busy' }
  | { readonly kind: 'failed'; readonly error: ErrorInfo };

interface Flow {
  readonly spec: FlowSpec;
  /** The steps this instance shows, in order (`prepare` only when the host supplied one). */
  readonly steps: readonly StepName[];
}

export interface PrepareState extends Flow {
  readonly step: 'prepare';
}
export interface AuthenticateState extends Flow {
  readonly step: 'authenticate';
  readonly status: Status;
  /** Normalized; kept so that a return to this step (Back, expired session) shows it again. */
  readonly contractId: string;
}
export interface ActionState extends Flow {
  readonly step: ActionStep;
  readonly status: Status;
  readonly contractId: string;
  readonly session: string;
  /** The token already bound, masked, as authenticate reported it. */
  readonly currentTokenId?: string;
  /**
   * `<otp-enroll mode="provision">`: the key the adapter issues for the new token is being
   * requested, or has been issued and is shown. Absent when the customer brings a token ID.
   * The key itself stays with the element that shows it.
   */
  readonly key?: KeyStatus;
}
export interface CompleteState extends Flow {
  readonly step: 'complete';
  readonly resultCode?: string;
  readonly tokenId?: string;
}
export type KeyStatus = 'requested' | 'issued';
export type State = PrepareState | AuthenticateState | ActionState | CompleteState;
export type FormState = AuthenticateState | ActionState;

export type WizardEvent =
  /** Leave `prepare` for authenticate. */
  | { readonly type: 'next' }
  /** The customer submitted the step; `fields` holds what was refused before any call. */
  | { readonly type: 'submit'; readonly fields: FieldErrors; readonly contractId?: string }
  /** The customer changed a field: its error goes away. */
  | { readonly type: 'edit'; readonly field: FieldName }
  | { readonly type: 'authenticated'; readonly session: string; readonly currentTokenId?: string }
  /** The action step asks the adapter for a key (mode="provision"): first, again after a failure, or to replace a dropped one. */
  | { readonly type: 'provision' }
  /** The key arrived and is shown: the code can now be entered. */
  | { readonly type: 'provisioned' }
  | { readonly type: 'completed'; readonly resultCode?: string; readonly tokenId?: string }
  | { readonly type: 'failed'; readonly error: ErrorInfo }
  /** The running call was aborted (the element left the page): the step is editable again. */
  | { readonly type: 'interrupted' }
  | { readonly type: 'back' }
  | { readonly type: 'reset' };

const editing: Status = { kind: 'editing' };

export function initialState(spec: FlowSpec, options: { prepare: boolean }): State {
  const steps: StepName[] = [...(options.prepare ? ['prepare' as const] : []), 'authenticate', spec.action, 'complete'];
  return options.prepare ? { spec, steps, step: 'prepare' } : authenticate({ spec, steps }, '');
}

function authenticate(flow: Flow, contractId: string, status: Status = editing): AuthenticateState {
  return { spec: flow.spec, steps: flow.steps, step: 'authenticate', status, contractId };
}

export function isFormState(state: State): state is FormState {
  return state.step !== 'prepare' && state.step !== 'complete';
}

export function isBusy(state: State): boolean {
  return isFormState(state) && state.status.kind === 'busy';
}

/** The 0-based position of the shown step among `steps`, as `otp-step` reports it. */
export function stepIndex(state: State): number {
  return state.steps.indexOf(state.step);
}

/**
 * The entry of the progress trail that is current, or -1 for none. The trail is the seed's, three
 * entries on every screen: 利用者認証 >> (the action) >> 処理結果. `prepare` gets no entry and marks
 * none: in the seed, getting the app (① ソフトウェアトークンの準備) happens before the
 * registration screens, which open on 利用者認証; an invented fourth entry would also be read
 * out as a step of the bank's procedure. So during `prepare` the trail is a preview of what is
 * to come, with nothing marked as done or current.
 */
export function trailIndex(state: State): number {
  return state.step === 'prepare' ? -1 : state.steps.filter((step) => step !== 'prepare').indexOf(state.step);
}

/** Errors of the fields, while the step shows them. */
export function fieldErrors(state: State): FieldErrors {
  return isFormState(state) && state.status.kind === 'invalid' ? state.status.fields : {};
}

/**
 * The next state. An event that does not apply to the current state returns that same state
 * object, so `transition(s, e) === s` means "ignored" (e.g. a second submit while busy).
 */
export function transition(state: State, event: WizardEvent): State {
  switch (event.type) {
    case 'reset':
      return initialState(state.spec, { prepare: state.steps[0] === 'prepare' });
    case 'next':
      return state.step === 'prepare' ? authenticate(state, '') : state;
    case 'back':
      if (isBusy(state)) return state;
      if (state.step === 'authenticate' && state.steps[0] === 'prepare') return { spec: state.spec, steps: state.steps, step: 'prepare' };
      if (state.step === state.spec.action && state.spec.backFromAction === 'authenticate') {
        return authenticate(state, (state as ActionState).contractId);
      }
      return state;
  }
  if (!isFormState(state)) return state;
  const busy = state.status.kind === 'busy';
  switch (event.type) {
    case 'submit': {
      // Nothing can be registered before a key is shown: the element asks for one instead.
      if (busy || (state.step !== 'authenticate' && state.key === 'requested')) return state;
      const status: Status = Object.keys(event.fields).length ? { kind: 'invalid', fields: event.fields } : { kind: 'busy' };
      return state.step === 'authenticate'
        ? authenticate(state, event.contractId ?? state.contractId, status)
        : { ...state, status };
    }
    case 'edit': {
      if (state.status.kind !== 'invalid' || !(event.field in state.status.fields)) return state;
      const { [event.field]: _fixed, ...fields } = state.status.fields;
      return { ...state, status: Object.keys(fields).length ? { kind: 'invalid', fields } : editing };
    }
    case 'interrupted':
      return busy ? { ...state, status: editing } : state;
    case 'failed':
      if (!busy) return state;
      // An expired session cannot be resumed: authenticate again, with the contract ID kept.
      if (event.error.code === 'session-expired') return authenticate(state, state.contractId, { kind: 'failed', error: event.error });
      return { ...state, status: { kind: 'failed', error: event.error } };
    case 'authenticated':
      if (!busy || state.step !== 'authenticate') return state;
      return {
        spec: state.spec,
        steps: state.steps,
        step: state.spec.action,
        status: editing,
        contractId: state.contractId,
        session: event.session,
        ...(event.currentTokenId ? { currentTokenId: event.currentTokenId } : {}),
      };
    case 'provision':
      if (busy || state.step !== 'register') return state;
      return { ...state, status: { kind: 'busy' }, key: 'requested' };
    case 'provisioned':
      if (!busy || state.step === 'authenticate' || state.key !== 'requested') return state;
      return { ...state, status: editing, key: 'issued' };
    case 'completed':
      if (!busy || state.step === 'authenticate' || state.key === 'requested') return state;
      return {
        spec: state.spec,
        steps: state.steps,
        step: 'complete',
        ...(event.resultCode ? { resultCode: event.resultCode } : {}),
        ...(event.tokenId ? { tokenId: event.tokenId } : {}),
      };
  }
}
