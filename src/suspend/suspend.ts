import { OtpWizardElement, type WizardFlow } from '../wizard/wizard.js';
import { confirmStep } from './confirm-step.js';
import { ja } from './i18n/ja.js';
import type { SuspendStrings } from './i18n/strings.js';
import { confirmStyles } from './styles.js';

const loadEnglish = async (): Promise<SuspendStrings> => (await import('./i18n/en.js')).en;

/**
 * Stops the customer's use of one-time passwords (ワンタイムパスワード利用停止), the flow behind
 * 「利用停止」 under a bank's login form: authenticate, confirm what suspension means, see the
 * result. Afterwards the customer logs in with contract ID and password alone and may register
 * a token again with `<otp-enroll>`.
 *
 * Everything but the confirm step (confirm-step.ts) comes from `OtpWizardElement`, shared with
 * `<otp-enroll>`.
 *
 * @summary One-time-password suspension wizard: authenticate, confirm, result.
 * @tagname otp-suspend
 *
 * @csspart current-token - The masked ID of the token that stops being used.
 * @csspart points - The list of what suspension means.
 * @cssprop --otp-wizard-token-font-family - Font of the masked token ID (default monospace).
 */
export class OtpSuspend extends OtpWizardElement<SuspendStrings> {
  static override styles = [OtpWizardElement.styles, confirmStyles];

  protected readonly flow: WizardFlow<SuspendStrings> = { flow: 'suspend', actions: [confirmStep], backFromAction: 'authenticate' };

  constructor() {
    super(ja, loadEnglish);
  }
}
