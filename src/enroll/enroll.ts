import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { checkChoice } from '../misconfiguration.js';
import { defaultTokenIdPattern } from '../wizard/normalize.js';
import { OtpWizardElement, type WizardFlow } from '../wizard/wizard.js';
import { ja } from './i18n/ja.js';
import type { EnrollStrings } from './i18n/strings.js';
import { RegisterStep, type EnrollMode } from './register-step.js';
import { registerStyles } from './styles.js';

export type { EnrollMode } from './register-step.js';

const modeConverter = {
  fromAttribute: (value: string | null): EnrollMode => (value === 'provision' ? 'provision' : 'credential'),
};

/**
 * The one-time-password registration wizard (ワンタイムパスワード利用登録) of a Japanese internet
 * bank: authenticate with contract ID and login password, register the soft token's ID and
 * code, see the result. Also used to move the token to a new device (機種変更).
 *
 * With `mode="provision"` the bank issues the token instead (`adapter.provision()`): the register
 * step shows its key as a QR code and as Base32 text for an authenticator app, then asks for the
 * app's code. The key is shown on screen and nowhere else (no attribute, event or log), and is
 * dropped when registration ends or the element leaves the page.
 *
 * Everything but the register step (register-step.ts) comes from `OtpWizardElement`, shared with
 * `<otp-suspend>`.
 *
 * @summary One-time-password registration wizard: authenticate, register the token, result.
 * @tagname otp-enroll
 *
 * @csspart notice - The notice that registering replaces the token already bound (機種変更).
 * @csspart key - mode="provision": the issued key (QR code and text).
 * @csspart qr - The QR code (an `svg`); always dark on light, whatever the theme, for scanners.
 * @csspart key-details - The issuer, account and key, as the authenticator app names them (a `dl`).
 * @csspart secret - The Base32 key in groups of four (a `code`).
 * @csspart copy-button - The button that copies the key.
 * @csspart open-button - Phone layout: the button that opens the key in the authenticator app on the same device.
 *
 * @cssprop --otp-enroll-qr-size - Width of the QR code, quiet zone included (default `12rem`).
 */
export class OtpEnroll extends OtpWizardElement<EnrollStrings> {
  static override styles = [OtpWizardElement.styles, registerStyles];

  /** `credential` (default: token ID and code) or `provision` (the adapter issues a key, shown as a QR code); read when the register step opens. */
  @property({ converter: modeConverter }) mode: EnrollMode = 'credential';

  /** Code length, 6 (default) to 8; in mode="provision" the issued key's length applies. */
  @property({ type: Number }) digits = 6;

  /** The token's time step in seconds, for the hint text (default 30); in mode="provision" the key's applies. */
  @property({ type: Number }) period = 30;

  /** Consecutive codes asked to bind the token: 1 (default) or 2, sent as `otp` and `nextOtp`. */
  @property({ type: Number }) codes = 1;

  /** Regular-expression source a token ID must match after normalizing (upper case, half-width). */
  @property({ attribute: 'token-id-pattern' }) tokenIdPattern = defaultTokenIdPattern;

  protected readonly flow: WizardFlow<EnrollStrings> = { flow: 'enroll', actions: [new RegisterStep(this)], backFromAction: 'leave' };

  constructor() {
    super(ja, async () => (await import('./i18n/en.js')).en);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) checkChoice(this, 'mode', ['credential', 'provision'], 'credential');
  }
}
