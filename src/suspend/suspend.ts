import { LazyStep, pendingView, type LoadedStep } from '../wizard/lazy-step.js';
import type { StepRun, StepView } from '../wizard/step.js';
import { OtpWizardElement, type WizardFlow } from '../wizard/wizard.js';
import { confirmStep } from './confirm-step.js';
import { ja } from './i18n/ja.js';
import type { SuspendFirstStrings, SuspendStrings } from './i18n/strings.js';

const loadEnglish = async (): Promise<SuspendFirstStrings> => (await import('./i18n/en.js')).en;

const loadConfirmStep = (): Promise<LoadedStep<SuspendStrings>> =>
  import('./confirm-assets.js').then(({ confirmTexts, confirmStepStyles }) => ({ step: confirmStep, texts: confirmTexts, styles: confirmStepStyles }));

// Until it is there; after a failed load 再試行 loads it again.
const confirmPending = (run: StepRun<SuspendStrings>): StepView => pendingView(run, run.text.confirmHeading, run.text.retry, { secondary: run.text.back });

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
  // The confirm step's texts and styles are not in the first page load, which shows the authenticate step.
  protected readonly flow: WizardFlow<SuspendStrings> = {
    flow: 'suspend',
    actions: [new LazyStep('confirm', undefined, loadConfirmStep, confirmPending)],
    backFromAction: 'authenticate',
  };

  constructor() {
    super(ja, loadEnglish);
  }
}
