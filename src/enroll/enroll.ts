import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { OtpHostAdapter } from '../adapters/types.js';
import { checkChoice } from '../misconfiguration.js';
import { hasWebAuthn } from '../webauthn/support.js';
import { LazyStep, pendingView, type LoadedStep } from '../wizard/lazy-step.js';
import type { State } from '../wizard/machine.js';
import { defaultTokenIdPattern } from '../wizard/normalize.js';
import type { StepRun, StepView } from '../wizard/step.js';
import { OtpWizardElement, type WizardFlow } from '../wizard/wizard.js';
import { ja } from './i18n/ja.js';
import type { EnrollFirstStrings, EnrollStrings } from './i18n/strings.js';
import { leaveLabel } from './leave-label.js';
import type { EnrollMode } from './register-step.js';

export type { EnrollMode } from './register-step.js';

/** `passkey`: `off` (default), or `offer` a passkey on this device once the token is bound. */
export type PasskeyOffer = 'off' | 'offer';

const modeConverter = {
  fromAttribute: (value: string | null): EnrollMode => (value === 'provision' || value === 'passkey' ? value : 'credential'),
};

/** Whether a passkey can be offered: the adapter can make one, and so can the browser. */
function canOfferPasskey(adapter: OtpHostAdapter | undefined): boolean {
  return typeof adapter?.passkeyOptions === 'function' && typeof adapter.registerPasskey === 'function' && hasWebAuthn();
}

/**
 * `passkey="offer"`: the trail has the passkey step when it is planned; the result says whether
 * a passkey was added (in texts that came with the passkey step, the plain message without them).
 */
function offerWording(text: EnrollStrings, state: State): EnrollStrings {
  if (!state.steps.includes('passkey')) return text;
  const trail = [...text.trail.slice(0, -1), text.passkeyTrail, ...text.trail.slice(-1)];
  if (state.step !== 'complete') return { ...text, trail };
  const message = state.skipped.includes('passkey') ? text.completeWithoutPasskey : text.completeWithPasskey;
  return { ...text, trail, completeMessage: message ?? text.completeMessage };
}

/** `mode="passkey"`: the flow's own title, trail, authenticate and result texts (those came with the passkey step). */
function passkeyWording(text: EnrollStrings): EnrollStrings {
  return {
    ...text,
    title: text.passkeyTitle,
    trail: [text.trail[0]!, text.passkeyTrail, text.trail.at(-1)!],
    authenticateHeading: text.passkeyTitle,
    authenticateIntro: text.passkeyAuthenticateIntro,
    completeHeading: text.passkeyCompleteHeading ?? text.completeHeading,
    completeMessage: text.passkeyCompleteMessage ?? text.completeMessage,
    completeNote: text.passkeyCompleteNote ?? text.completeNote,
  };
}

const loadRegisterStep = (host: OtpEnroll): Promise<LoadedStep<EnrollStrings>> =>
  import('./register-step.js').then(({ RegisterStep, registerStepStyles, registerTexts }) => ({
    step: new RegisterStep(host),
    texts: registerTexts,
    styles: registerStepStyles,
  }));

const registerPending = (run: StepRun<EnrollStrings>): StepView =>
  pendingView(run, run.text.registerHeading, run.text.retryProvision, { secondary: leaveLabel(run) });

const loadPasskeyStep = (host: OtpEnroll): Promise<LoadedStep<EnrollStrings>> =>
  import('./passkey-step.js').then(({ PasskeyStep, passkeyStepStyles, passkeyTexts }) => ({ step: new PasskeyStep(host), texts: passkeyTexts, styles: passkeyStepStyles }));

const passkeyPending = (run: StepRun<EnrollStrings>, host: OtpEnroll): StepView =>
  pendingView(
    run,
    run.text.passkeyHeading,
    run.text.passkeyRetry,
    host.mode === 'passkey' ? { secondary: leaveLabel(run) } : { secondary: run.text.passkeySkip, secondarySkips: true },
  );

const loadEnglish = async (): Promise<EnrollFirstStrings> => (await import('./i18n/en.js')).en;

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
 * Passkeys (where the adapter has `passkeyOptions` and `registerPasskey` and the browser has
 * WebAuthn): with `passkey="offer"`, a `passkey` step after the token is bound offers to make a
 * passkey on this device, or to go on without one; with `mode="passkey"` (flow `passkey`), a
 * customer whose token is bound makes one: authenticate, then the token's code and the device's
 * prompt. The passkey step and the WebAuthn code load when the step is first shown. The
 * credential, its challenge and its public key go to the adapter only (no attribute, event or log).
 *
 * Everything but the register and passkey steps (register-step.ts, passkey-step.ts) comes from
 * `OtpWizardElement`, shared with `<otp-suspend>`.
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
 * @csspart points - The passkey step's list of what a passkey is and protects against.
 * @csspart passkey-ending - The alert region that says how a passkey prompt ended when it made no passkey.
 *
 * @cssprop --otp-enroll-qr-size - Width of the QR code, quiet zone included (default `12rem`).
 */
export class OtpEnroll extends OtpWizardElement<EnrollStrings> {
  // Declared as data, not with decorators: this class is in the CMS bundle's first load.
  static override properties: PropertyDeclarations = {
    mode: { converter: modeConverter },
    passkey: {},
    digits: { type: Number },
    period: { type: Number },
    codes: { type: Number },
    tokenIdPattern: { attribute: 'token-id-pattern' },
  };

  /**
   * `credential` (default: token ID and code), `provision` (the adapter issues a key, shown as a
   * QR code; read when the register step opens) or `passkey` (a passkey for a customer whose token
   * is bound; read when the flow starts).
   */
  declare mode: EnrollMode;

  /** `off` (default) or `offer`: once the token is bound, offer a passkey on this device (where the adapter and the browser can make one). */
  declare passkey: PasskeyOffer;

  /** Code length, 6 (default) to 8; in mode="provision" the issued key's length applies. */
  declare digits: number;

  /** The token's time step in seconds, for the hint text (default 30); in mode="provision" the key's applies. */
  declare period: number;

  /** Consecutive codes asked to bind the token: 1 (default) or 2, sent as `otp` and `nextOtp`. */
  declare codes: number;

  /** Regular-expression source a token ID must match after normalizing (upper case, half-width). */
  declare tokenIdPattern: string;

  // Neither is in the first page load, which holds the authenticate step only.
  readonly #register = new LazyStep('register', this, loadRegisterStep, registerPending);
  // DESIGN.md: the WebAuthn code (which the step's module imports) loads when the step is shown, not before.
  readonly #passkeyStep = new LazyStep('passkey', this, loadPasskeyStep, passkeyPending, { loadsAhead: false });

  protected get flow(): WizardFlow<EnrollStrings> {
    if (this.mode === 'passkey') return { flow: 'passkey', actions: [this.#passkeyStep], backFromAction: 'leave', wording: passkeyWording };
    return {
      flow: 'enroll',
      actions: [this.#register, this.#passkeyStep],
      backFromAction: 'leave',
      plan: (adapter) => (this.passkey === 'offer' && canOfferPasskey(adapter()) ? ['register', 'passkey'] : ['register']),
      wording: offerWording,
    };
  }

  constructor() {
    super(ja, loadEnglish);
    // Defaults here rather than as field initializers, which could shadow the reactive accessors.
    this.mode = 'credential';
    this.passkey = 'off';
    this.digits = 6;
    this.period = 30;
    this.codes = 1;
    this.tokenIdPattern = defaultTokenIdPattern;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) checkChoice(this, 'mode', ['credential', 'provision', 'passkey'], 'credential');
    if (changed.has('passkey')) checkChoice(this, 'passkey', ['off', 'offer'], 'off');
  }
}
