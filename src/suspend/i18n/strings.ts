import type { WizardStrings } from '../../wizard/i18n/strings.js';

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
