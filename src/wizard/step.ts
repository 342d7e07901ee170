import type { TemplateResult } from 'lit';
import type { OtpErrorCode } from '../adapters/otp-error.js';
import type { AuthenticateResult, OtpHostAdapter } from '../adapters/types.js';
import type { OtpLang, Translations } from '../i18n/localize.js';
import type { WizardStrings } from './i18n/strings.js';
import type { Layout } from './layout.js';
import type { FieldErrors, State } from './machine.js';

/** What a step shows inside the wizard's frame; the frame adds title, trail, errors and buttons. */
export interface StepView {
  heading: string;
  body: TemplateResult;
  /** Label of the step's submit button. */
  primary: string;
  /** Label of the Back / Cancel button, when the step has one. */
  secondary?: string;
  /** The secondary button passes over this optional step (e.g. 今はしない), instead of going back or out. */
  secondarySkips?: boolean;
}

/** What an action step reports when its work is done; goes into `otp-complete`. */
export interface StepResult {
  resultCode?: string;
  tokenId?: string;
}

/**
 * What the wizard offers the step it shows: the state to render and the ways to move on. It is
 * live: each read gives the current value.
 */
export interface StepRun<S extends WizardStrings = WizardStrings> {
  readonly state: State;
  readonly text: S;
  readonly layout: Layout;
  readonly lang: OtpLang;
  /** The wizard's shadow root, which holds the step's own inputs. */
  readonly root: ShadowRoot;
  /** The adapter error's message when it is about `field` (the customer has not edited it since), else ''. */
  fieldFailure(field: string): string;
  /**
   * Submits the step. With problems, shows them and focuses the first refused field, and
   * resolves false; without, the step is busy and its call may start (true).
   */
  start(problems: FieldErrors, contractId?: string): boolean;
  /**
   * Makes the busy step's adapter call as the wizard's one running call. Resolves to its value;
   * to `undefined` once a failure was shown and fired, or when the answer no longer matters
   * (superseded, or the element left the page).
   */
  call<T>(work: (adapter: OtpHostAdapter, signal: AbortSignal) => Promise<T>): Promise<T | undefined>;
  /** The customer changed a field: its error goes away. */
  edit(field: string): void;
  /** Submits the step as its primary button does (Enter in one of its fields). */
  submit(): void;
  /** A call answered without ending the step: it is editable again. */
  answered(): void;
  /** The step, shown loading until now, is there: as `answered`, and said in the status region. */
  arrived(): void;
  /** The authenticate step succeeded: on to the flow's first action step. */
  authenticated(result: AuthenticateResult): void;
  /** The step's work is done: on to the next step, or to complete and `otp-complete`. */
  done(result?: StepResult): void;
  /** The customer passes over this optional step: on as after `done`, its work not done. */
  skip(): void;
  /** The step's own state changed: render again. */
  update(): void;
  /** Resolves once the step after this one can be shown (a lazy step's module loaded, or failed to); never rejects. */
  nextStepReady(): Promise<void>;
  /** Adds texts that loaded later (with a lazy step's module), under the host's `strings`. */
  addTexts(tables: Translations<Partial<S>>): void;
}

/**
 * One step of a wizard as one unit: what it shows, what its submit checks and performs, where
 * focus goes, what happens on entering and leaving it. The wizard's frame renders the current
 * step's view and hands its submit to it.
 */
export interface WizardStep<S extends WizardStrings = WizardStrings> {
  readonly name: string;
  view(run: StepRun<S>): StepView;
  /** The primary button, or Enter in one of the step's fields. */
  submit(run: StepRun<S>): void | Promise<void>;
  /** Moves focus to one of the step's fields (a refused one). */
  focus?(field: string, run: StepRun<S>): void;
  /** The step's fields an adapter error is about, so its message is tied to them. */
  fieldsOf?(code: OtpErrorCode): readonly string[];
  /** The step is shown after another one (or again after the element came back to the page). */
  entered?(run: StepRun<S>): void;
  /** The step is no longer shown, or the element left the page. */
  left?(): void;
  /** The flow starts over: forget what the customer typed. */
  reset?(): void;
  /** Gets ready to be shown (loads the step's module); resolves either way, never rejects. */
  preload?(): Promise<void>;
}

/** Each table's lines, joined: every wizard on a page shows (and keeps) the same string. */
const joined = new WeakMap<readonly string[], string>();

/**
 * Lines of text (an intro) as one text, a line break between them, for an element styled
 * `white-space: pre-line` (`.intro`, `.message`): one paragraph, one text part, no `<br>` or
 * template per line (every wizard on a page keeps the parts of what it renders).
 */
export function lines(text: readonly string[]): string {
  // A page's `strings` may give one line as a plain string (not split into characters).
  if (typeof text === 'string') return text;
  // Joined each time (a page may change its array in place), but the string kept is the first
  // one made from this array, so every wizard showing a table's lines holds the same.
  const value = text.join('\n');
  const kept = joined.get(text);
  if (kept === value) return kept;
  joined.set(text, value);
  return value;
}
