import type { ErrorMessages, ErrorTextParams } from '../../wizard/i18n/errors.js';
import type { EndReason, PromptProblem } from '../machine.js';
import type { ConfirmMethod } from '../transaction.js';

/**
 * Every text `<otp-confirm>` shows, in one language. Plain text only: nothing here is ever
 * parsed as HTML, and neither is anything the bank sends.
 */
export interface ConfirmStrings {
  /** Title over every screen, e.g. 振込内容の確認. */
  title: string;
  /** Said while the transfer is being fetched. */
  loading: string;
  /** Heading when the transfer could not be fetched but another try may work. */
  loadFailedHeading: string;
  /** The button that fetches the transfer again. */
  reload: string;

  reviewHeading: string;
  /** Lines under the review heading. */
  reviewIntro: readonly string[];
  /** Labels of the transfer's details, as the bank states them. */
  payeeBank: string;
  payeeBranch: string;
  accountType: string;
  account: string;
  payeeName: string;
  amount: string;
  fee: string;
  /** Label of the quiet countdown. */
  timeLeft: string;
  /** The alert before the transfer's time runs out; `wait` is worded for the language ("1 分後", "in 1 minute"). */
  timeWarning: (wait: string) => string;

  /** Legend of the choice of ways. */
  methodsLabel: string;
  /** Each way's name. */
  methodNames: Record<ConfirmMethod, string>;
  /** What each way protects against, and what it does not: said honestly beside it. */
  methodNotes: Record<ConfirmMethod, string>;

  /** `code`: label and hint of the code field. */
  codeLabel: string;
  codeHint: (digits: number) => string;
  /** `challenge`: what to do with the token, step by step. */
  challengeKeyIn: string;
  /** `challenge`: what the digits are. */
  challengeWhat: string;
  challengeCodeLabel: string;
  challengeCodeHint: (digits: number) => string;
  /** `passkey`: what the button does. */
  passkeyIntro: string;

  /** The submit button of `code` and `challenge`. */
  confirm: string;
  /** The submit button of `passkey`. */
  confirmWithPasskey: string;
  /** Above the decline button. */
  declineQuestion: string;
  /** The decline button (この振込は私のものではありません). */
  decline: string;
  /** Once the decline button is pressed: what declining does, asked before anything is sent (WCAG 3.3.4). */
  declineCheck: string;
  /** Declines, after `declineCheck`. */
  declineConfirm: string;
  /** Takes the question back: the transfer stays to confirm. */
  declineKeep: string;

  codeRequired: string;
  codeIncomplete: (digits: number) => string;
  /** Said while a call runs. */
  busy: string;

  completeHeading: string;
  completeMessage: string;
  /** Label of the bank's reference for the transfer (受付番号). */
  resultCodeLabel: string;
  declinedHeading: string;
  /** The transfer is stopped, and what to do next. */
  declinedMessage: readonly string[];
  /** Heading and lines of each way the element can end without a result. */
  endedHeading: Record<EndReason, string>;
  endedMessage: Record<EndReason, readonly string[]>;
  /** The button that leaves (follows `return-url`). */
  back: string;

  /** The bank refused the passkey's signature (said with the attempts left, as for a wrong code). */
  passkeyRefused: (params: ErrorTextParams) => string;
  /** How a passkey prompt ended without a credential, and what to do. */
  promptProblems: Record<PromptProblem, string>;
  /** The message for each adapter error code. */
  errors: ErrorMessages;
}
