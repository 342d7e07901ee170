// The wizard as plain data: which step is shown and what it is doing. Every flow runs on this
// one machine and differs only in its `FlowSpec`: the steps that do the flow's work between
// authenticate and complete, which the flow may choose again once authenticated (when they
// depend on what is known only then). What those steps hold of their own (a token ID, a key)
// stays with them. No DOM, no adapter, no secrets: the password and codes never enter a state (the session
// does, as it must outlive the authenticate step).
import type { OtpErrorCode } from '../adapters/otp-error.js';
import type { OtpFlow } from '../adapters/types.js';

/** What differs between the flows. */
export interface FlowSpec {
  readonly flow: OtpFlow;
  /** The steps between authenticate and complete, in order (e.g. `register`). */
  readonly actions: readonly string[];
  /** Where Back on the first action step leads: to authenticate again, or out of the wizard. */
  readonly backFromAction: 'authenticate' | 'leave';
}

/** An adapter failure as the customer is told about it. */
export interface ErrorInfo {
  readonly code: OtpErrorCode;
  readonly remainingAttempts?: number;
  readonly retryAfter?: number;
}

/** An adapter failure as the customer is told about it: the attempts left and the wait only when they are sane numbers. */
export function errorInfo({ code, remainingAttempts, retryAfter }: ErrorInfo): ErrorInfo {
  const attempts = count(remainingAttempts, 1000);
  // A wait is said in words (Intl.RelativeTimeFormat), which takes no Infinity: at most a day.
  const wait = count(retryAfter === undefined ? undefined : Math.ceil(Math.min(retryAfter, 86_400)), 86_400);
  return { code, ...(attempts !== undefined ? { remainingAttempts: attempts } : {}), ...(wait !== undefined ? { retryAfter: wait } : {}) };
}

/** A whole number from 0 to `max`, or undefined for anything else. */
function count(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : undefined;
}

/** Why a field was refused before any call. */
export type FieldProblem = 'required' | 'pattern' | 'incomplete' | 'same';
/** The refused fields of a step, by the names the step gives them, in the order they are shown. */
export type FieldErrors = Readonly<Record<string, FieldProblem>>;

/** What a form step is doing. */
export type Status =
  | { readonly kind: 'editing' }
  | { readonly kind: 'invalid'; readonly fields: FieldErrors }
  | { readonly kind: 'busy' }
  /** `fields`: the step's fields the error is about, until the customer edits them. */
  | { readonly kind: 'failed'; readonly error: ErrorInfo; readonly fields: readonly string[] };

interface Flow {
  readonly spec: FlowSpec;
  /** The steps this instance shows, in order (`prepare` only when the host supplied one). */
  readonly steps: readonly string[];
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
/** What the action steps before the current one did: each did its work, unless it is in `skipped`. */
interface Progress {
  /** Action steps passed over without their work (the customer skipped them, or the session ended first). */
  readonly skipped: readonly string[];
}
export interface ActionState extends Flow, Progress {
  /** One of `spec.actions`. */
  readonly step: string;
  readonly status: Status;
  readonly contractId: string;
  readonly session: string;
  /** The token already bound, masked, as authenticate reported it. */
  readonly currentTokenId?: string;
  /** The bank's reference for the work an earlier action step did. */
  readonly resultCode?: string;
}
export interface CompleteState extends Flow, Progress {
  readonly step: 'complete';
  /** The bank's reference for the operation. */
  readonly resultCode?: string;
}
export type State = PrepareState | AuthenticateState | ActionState | CompleteState;
export type FormState = AuthenticateState | ActionState;

export type WizardEvent =
  /** Leave `prepare` for authenticate. */
  | { readonly type: 'next' }
  /** The customer submitted the step: `fields` holds what was refused, else a call starts. */
  | { readonly type: 'submit'; readonly fields: FieldErrors; readonly contractId?: string }
  /** The customer changed a field: its error goes away. */
  | { readonly type: 'edit'; readonly field: string }
  /** `actions`: the flow's action steps as chosen now, when they differ from those planned at the start. */
  | { readonly type: 'authenticated'; readonly session: string; readonly currentTokenId?: string; readonly actions?: readonly string[] }
  /** A call answered without ending the step (e.g. it fetched what the step shows next). */
  | { readonly type: 'answered' }
  /** The step's work is done: on to the next action step, or to complete. */
  | { readonly type: 'done'; readonly resultCode?: string }
  /** The customer passes over an optional action step: on as after `done`, the step's work not done. */
  | { readonly type: 'skip' }
  /** The call failed; `fields` are the step's fields the error is about. */
  | { readonly type: 'failed'; readonly error: ErrorInfo; readonly fields?: readonly string[] }
  /** The session ran out while the customer was on an action step. */
  | { readonly type: 'expired' }
  /** The running call was aborted (the element left the page): the step is editable again. */
  | { readonly type: 'interrupted' }
  | { readonly type: 'back' }
  /** Start over; with `spec`, as another flow (a setting that names the flow changed). */
  | { readonly type: 'reset'; readonly spec?: FlowSpec };

const editing: Status = { kind: 'editing' };

export function initialState(spec: FlowSpec, options: { prepare: boolean }): State {
  const flow = planned(spec, options.prepare);
  return options.prepare ? { ...flow, step: 'prepare' } : authenticate(flow, '');
}

/** The flow with these action steps: the trail and `otp-step` index follow them. */
function planned(spec: FlowSpec, prepare: boolean): Flow {
  return { spec, steps: [...(prepare ? ['prepare'] : []), 'authenticate', ...spec.actions, 'complete'] };
}

function authenticate(flow: Flow, contractId: string, status: Status = editing): AuthenticateState {
  return { spec: flow.spec, steps: flow.steps, step: 'authenticate', status, contractId };
}

/**
 * A session cannot be resumed: authenticate again, with the contract ID kept and the reason said.
 * But what earlier action steps did stays done and is never asked again: once one did its work,
 * the flow ends with that, the steps left passed over.
 */
function expired(state: FormState, error: ErrorInfo): AuthenticateState | CompleteState {
  if (isActionState(state)) {
    const { actions } = state.spec;
    const here = actions.indexOf(state.step);
    if (actions.slice(0, here).some((step) => !state.skipped.includes(step))) {
      return complete(state, [...state.skipped, ...actions.slice(here)], state.resultCode);
    }
  }
  return authenticate(state, state.contractId, { kind: 'failed', error, fields: [] });
}

function complete(flow: Flow, skipped: readonly string[], resultCode: string | undefined): CompleteState {
  return { spec: flow.spec, steps: flow.steps, step: 'complete', skipped, ...(resultCode ? { resultCode } : {}) };
}

/** The action step after this one, or complete, keeping the session and the result code. */
function onward(state: ActionState, skipped: readonly string[], resultCode: string | undefined): ActionState | CompleteState {
  const next = state.spec.actions[state.spec.actions.indexOf(state.step) + 1];
  if (!next) return complete(state, skipped, resultCode);
  return { ...state, step: next, status: editing, skipped, ...(resultCode ? { resultCode } : {}) };
}

export function isFormState(state: State): state is FormState {
  return state.step !== 'prepare' && state.step !== 'complete';
}

export function isActionState(state: State): state is ActionState {
  return isFormState(state) && state.step !== 'authenticate';
}

export function isComplete(state: State): state is CompleteState {
  return state.step === 'complete';
}

export function isBusy(state: State): boolean {
  return isFormState(state) && state.status.kind === 'busy';
}

/** The 0-based position of the shown step among `steps`, as `otp-step` reports it. */
export function stepIndex(state: State): number {
  return state.steps.indexOf(state.step);
}

/**
 * The entry of the progress trail that is current, or -1 for none. The trail has one entry per
 * step from authenticate to complete. `prepare` gets no entry and marks none: in a bank's
 * procedure, getting the app comes before the registration screens, which open on 利用者認証; an
 * invented extra entry would also be read out as a step of the bank's procedure. So during
 * `prepare` the trail is a preview of what is to come, with nothing marked as done or current.
 */
export function trailIndex(state: State): number {
  return state.step === 'prepare' ? -1 : state.steps.filter((step) => step !== 'prepare').indexOf(state.step);
}

/** Errors of the fields, while the step shows them. */
export function fieldErrors(state: State): FieldErrors {
  return isFormState(state) && state.status.kind === 'invalid' ? state.status.fields : {};
}

/** The step's fields an adapter failure is tied to, while they are not edited. */
export function failedFields(state: State): readonly string[] {
  return isFormState(state) && state.status.kind === 'failed' ? state.status.fields : [];
}

/** The adapter failure the step shows, if any. */
export function failure(state: State): ErrorInfo | undefined {
  return isFormState(state) && state.status.kind === 'failed' ? state.status.error : undefined;
}

/** The statuses an edit changes: a refusal before any call, or a bank error tied to fields. */
type EditableStatus = Extract<Status, { readonly kind: 'editing' | 'invalid' | 'failed' }>;

/**
 * The status once the customer edited `field`: its refusal goes, or its tie to the bank's error
 * (which stays said in the alert region); the same object when the edit changes nothing.
 */
export function editedStatus<S extends { readonly kind: string }>(status: S, field: string): S | EditableStatus {
  const known = status as unknown as EditableStatus;
  if (known.kind === 'failed' && known.fields.includes(field)) return { ...known, fields: known.fields.filter((f) => f !== field) };
  if (known.kind !== 'invalid' || !(field in known.fields)) return status;
  const { [field]: _fixed, ...fields } = known.fields;
  return Object.keys(fields).length ? { kind: 'invalid', fields } : { kind: 'editing' };
}

/**
 * The next state. An event that does not apply to the current state returns that same state
 * object, so `transition(s, e) === s` means "ignored" (e.g. a second submit while busy).
 */
export function transition(state: State, event: WizardEvent): State {
  switch (event.type) {
    case 'reset':
      return initialState(event.spec ?? state.spec, { prepare: state.steps[0] === 'prepare' });
    case 'next':
      return state.step === 'prepare' ? authenticate(state, '') : state;
    case 'back':
      if (isBusy(state)) return state;
      if (state.step === 'authenticate' && state.steps[0] === 'prepare') return { spec: state.spec, steps: state.steps, step: 'prepare' };
      if (isActionState(state) && state.step === state.spec.actions[0] && state.spec.backFromAction === 'authenticate') {
        return authenticate(state, state.contractId);
      }
      return state;
  }
  if (!isFormState(state)) return state;
  const busy = state.status.kind === 'busy';
  switch (event.type) {
    case 'submit': {
      if (busy) return state;
      const status: Status = Object.keys(event.fields).length ? { kind: 'invalid', fields: event.fields } : { kind: 'busy' };
      return state.step === 'authenticate' ? authenticate(state, event.contractId ?? state.contractId, status) : { ...state, status };
    }
    case 'edit': {
      const status = editedStatus(state.status, event.field);
      return status === state.status ? state : { ...state, status };
    }
    case 'interrupted':
    case 'answered':
      return busy ? { ...state, status: editing } : state;
    case 'failed':
      if (!busy) return state;
      // An expired session cannot be resumed: authenticate again, with the contract ID kept.
      if (event.error.code === 'session-expired') return expired(state, event.error);
      return { ...state, status: { kind: 'failed', error: event.error, fields: event.fields ?? [] } };
    case 'expired':
      return busy || !isActionState(state) ? state : expired(state, { code: 'session-expired' });
    case 'authenticated': {
      if (!busy || state.step !== 'authenticate') return state;
      const flow = event.actions ? planned({ ...state.spec, actions: event.actions }, state.steps[0] === 'prepare') : state;
      return {
        spec: flow.spec,
        steps: flow.steps,
        step: flow.spec.actions[0]!,
        status: editing,
        contractId: state.contractId,
        session: event.session,
        skipped: [],
        ...(event.currentTokenId ? { currentTokenId: event.currentTokenId } : {}),
      };
    }
    case 'done':
      if (!busy || !isActionState(state)) return state;
      return onward(state, state.skipped, event.resultCode ?? state.resultCode);
    case 'skip':
      if (busy || !isActionState(state)) return state;
      return onward(state, [...state.skipped, state.step], state.resultCode);
  }
}
