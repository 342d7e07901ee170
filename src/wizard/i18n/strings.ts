import type { ErrorMessages } from './errors.js';

/**
 * Every text the shared wizard shows, in one language. The flow-specific values (title, trail,
 * headings, the completion message) come from each flow's own translation; the rest is shared.
 * Plain text only: nothing here is ever parsed as HTML.
 */
export interface WizardStrings {
  /** Title over every step, e.g. ワンタイムパスワード利用登録. */
  title: string;
  /** Accessible name of the progress trail. */
  trailLabel: string;
  /** The trail entries: authenticate, the action step(s), the result. */
  trail: readonly string[];
  /** The step's place in the trail, said with its heading, e.g. "Step 2 of 3". */
  stepPosition: (index: number, count: number) => string;

  /** Heading of the optional `prepare` step (its content comes from the host), e.g. ソフトウェアトークンの準備. */
  prepareHeading: string;

  authenticateHeading: string;
  /** Lines under the authenticate heading. */
  authenticateIntro: readonly string[];
  contractIdLabel: string;
  passwordLabel: string;
  /** The toggle that opens the on-screen keyboard (ソフトウェアキーボード入力). */
  softKeyboard: string;

  /** Heading of the result step: it says the outcome. */
  completeHeading: string;
  completeMessage: string;
  /** Label of the bank's reference for the operation (受付番号). */
  resultCodeLabel: string;
  /** The bank's reference for the operation as shown after its label, e.g. "(00001)". */
  resultCode: (code: string) => string;
  /** What changes from the next login. */
  completeNote: string;
  /** The instruction above the button, naming it as the current layout labels it. */
  completeInstruction: (button: string) => string;

  next: string;
  back: string;
  /** "Back to login", desktop wording (ログイン画面に戻る). */
  backToLogin: string;
  /** "Back to login", phone wording (ログイン画面). */
  backToLoginShort: string;

  /** Said while an adapter call runs. */
  busy: string;
  /** Said when a step that was shown loading (its module was slow) is there, named by its heading. */
  stepReady: (heading: string) => string;
  /** The button that loads a step again after its module failed to load (再試行). */
  retry: string;

  /**
   * The warning before the session ends: `wait` is worded for the language ("1 分後", "in 1
   * minute"); `canExtend` when the extend button follows.
   */
  sessionWarning: (wait: string, canExtend: boolean) => string;
  /** The button that extends the session. */
  extendSession: string;
  /** Said once the session was extended. */
  sessionExtended: string;

  contractIdRequired: string;
  passwordRequired: string;

  /** The message for each adapter error code. */
  errors: ErrorMessages;
}

/** The texts each flow words its own way; the rest of `WizardStrings` is shared. */
export type FlowTextKey =
  | 'title'
  | 'trail'
  | 'prepareHeading'
  | 'authenticateHeading'
  | 'authenticateIntro'
  | 'completeHeading'
  | 'completeMessage'
  | 'completeNote';

/**
 * The result step's texts. A first load has none of them: they come with a flow's action steps
 * (each one's `LoadedStep.texts`), as the result follows an action step.
 */
export type CompleteTextKey =
  | 'completeHeading'
  | 'completeMessage'
  | 'completeNote'
  | 'resultCodeLabel'
  | 'resultCode'
  | 'completeInstruction'
  | 'backToLoginShort';

/** What a wizard's first load says, in every flow: the frame, authenticate, the session, errors. */
export type SharedWizardStrings = Omit<WizardStrings, FlowTextKey | CompleteTextKey>;

/** What the result step says in every flow (each flow words its heading, message and note). */
export type SharedCompleteStrings = Pick<WizardStrings, Exclude<CompleteTextKey, FlowTextKey>>;

/**
 * A flow's texts as its first load has them: the wizard's, but the result step's; the flow's own
 * beyond them are optional (those its lazy steps show load with them).
 */
export type FirstLoadStrings<S extends WizardStrings> = Omit<WizardStrings, CompleteTextKey> & Partial<S>;
