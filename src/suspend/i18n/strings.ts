import type { CompleteTextKey, WizardStrings } from '../../wizard/i18n/strings.js';

/** Every text of `<otp-suspend>`: the shared wizard's and those of its confirm step. */
export interface SuspendStrings extends WizardStrings {
  confirmHeading: string;
  /** Lines under the confirm heading. */
  confirmIntro: readonly string[];
  /** What suspension means, one point per entry. */
  confirmPoints: readonly string[];
  /** Label of the masked token ID that will stop being used. */
  currentTokenLabel: string;
  /** The suspend button (利用停止). */
  suspend: string;
}

/**
 * The texts that load with the confirm step's module: the step's own (its heading aside, which
 * the step shows while it loads) and the result's.
 */
export type ConfirmStrings = Pick<SuspendStrings, 'confirmIntro' | 'confirmPoints' | 'currentTokenLabel' | 'suspend' | CompleteTextKey>;

/** `<otp-suspend>`'s texts in its first load (the Japanese table, or the English chunk). */
export type SuspendFirstStrings = Omit<SuspendStrings, keyof ConfirmStrings>;
