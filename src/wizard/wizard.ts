import { LitElement, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { FetchHostAdapter } from '../adapters/fetch.js';
import { OtpError } from '../adapters/otp-error.js';
import type { OtpHostAdapter } from '../adapters/types.js';
import { setCustomStates } from '../custom-states.js';
import type { OtpCancelDetail, OtpCompleteDetail, OtpErrorDetail, OtpReturnDetail, OtpStepDetail } from '../events.js';
import { LocalizeController, type OtpLang } from '../i18n/localize.js';
import { AdapterTask } from './adapter-task.js';
import { CredentialFields } from './credentials.js';
import type { WizardStrings } from './i18n/strings.js';
import { formatWait } from './i18n/wait.js';
import { LayoutController, type Layout, type LayoutSetting } from './layout.js';
import {
  fieldErrors,
  initialState,
  isBusy,
  isFormState,
  stepIndex,
  trailIndex,
  transition,
  type ActionState,
  type AuthenticateState,
  type ErrorInfo,
  type FieldErrors,
  type FieldName,
  type FlowSpec,
  type State,
  type StepName,
  type WizardEvent,
} from './machine.js';
import { normalizeContractId } from './normalize.js';
import { authenticateView } from './steps/authenticate.js';
import { renderButtons } from './steps/buttons.js';
import { completeView } from './steps/complete.js';
import { prepareView } from './steps/prepare.js';
import { renderTrail } from './steps/trail.js';
import type { StepView } from './steps/view.js';
import { wizardStyles } from './styles.js';

/** `soft-keyboard`: absent → auto (offered in the desktop layout), present or "on" → always, "off" → never. */
export type SoftKeyboardSetting = 'auto' | 'on' | 'off';

const softKeyboardConverter = {
  fromAttribute: (value: string | null): SoftKeyboardSetting =>
    value === null || value === 'auto' ? 'auto' : value === 'off' || value === 'false' ? 'off' : 'on',
};

/** What the action step reports when it succeeded. */
export interface ActionResult {
  resultCode?: string;
  tokenId?: string;
}

interface FlowEvents {
  'otp-step': OtpStepDetail;
  'otp-complete': OtpCompleteDetail;
  'otp-error': OtpErrorDetail;
  'otp-cancel': OtpCancelDetail;
  'otp-return': OtpReturnDetail;
}

/**
 * What `<otp-enroll>` and `<otp-suspend>` share: the frame (title, trail, step heading, error
 * region, buttons), the authenticate and complete steps, the state machine, adapter calls,
 * events, focus and layout. A flow adds its `FlowSpec`, its translations and its action step.
 *
 * The element holds no flow flags: it renders `state` (see machine.ts) and sends it events.
 *
 * The contract-ID and password inputs are native inputs the element creates in its own light
 * DOM and slots into its shadow DOM, so that password managers can fill them (see
 * `CredentialFields` for why); page styles for `input` reach them. They exist only while the
 * authenticate step is shown, and the password is cleared as soon as it has been sent.
 *
 * @slot prepare - Optional guidance shown as a first step (e.g. where to get the token app).
 * @slot contract-id - Internal: the element puts its own contract-ID label, input and error here.
 * @slot password - Internal: the element puts its own password label, input and error here.
 *
 * @fires otp-step - A step is shown: `{flow, step, index}`. Bubbles, composed.
 * @fires otp-complete - The flow succeeded: `{flow, tokenId?, resultCode?}` (`tokenId`: the token registered). Bubbles, composed.
 * @fires otp-error - The adapter failed: `{flow, step, code, remainingAttempts?, retryAfter?}`. Bubbles, composed.
 * @fires otp-cancel - Back / Cancel pressed (unless cancelled, the wizard goes back or ends): `{flow, step}`. Bubbles, composed, cancelable.
 * @fires otp-return - "Back to login" pressed (unless cancelled, `return-url` is followed): `{flow}`. Bubbles, composed, cancelable.
 *
 * @csspart base - The bordered panel.
 * @csspart header - Title and trail.
 * @csspart title - The title (e.g. ワンタイムパスワード利用登録).
 * @csspart trail - The progress trail (a list).
 * @csspart trail-step - Each trail entry.
 * @csspart trail-current - The current trail entry (none during `prepare`, which precedes the trail's steps).
 * @csspart step - The current step (a `form`).
 * @csspart heading - The step's heading; it receives focus on each step change, shown after a keyboard action by a faint tint, not a ring.
 * @csspart intro - The step's explanation.
 * @csspart error - The alert region for adapter errors.
 * @csspart field - Each label-and-input row.
 * @csspart keyboard-toggle - The software keyboard button (ソフトウェアキーボード入力).
 * @csspart soft-keyboard - The on-screen keyboard.
 * @csspart prepare - The frame around the `prepare` slot.
 * @csspart message - The completion message.
 * @csspart result-code - The bank's result code.
 * @csspart note - What changes from the next login.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button of the row.
 * @csspart primary-button - The step's main button (次へ, 登録, 利用停止, ログイン画面に戻る).
 * @csspart secondary-button - Back / Cancel.
 *
 * @cssstate desktop - The desktop layout is in effect.
 * @cssstate mobile - The phone layout is in effect.
 * @cssstate busy - An adapter call is running.
 *
 * @cssprop --otp-color-primary - Bank colour: title, primary button, focus (default `#0b5394`).
 * @cssprop --otp-color-on-primary - Text on the primary colour (default white).
 * @cssprop --otp-color-text - Text colour.
 * @cssprop --otp-color-muted - Secondary text: intro, hints, trail.
 * @cssprop --otp-color-border - Borders of panel and inputs.
 * @cssprop --otp-color-danger - Errors.
 * @cssprop --otp-color-surface - Panel and input background.
 * @cssprop --otp-radius - Corner radius.
 * @cssprop --otp-font-family - Font.
 * @cssprop --otp-focus-ring - Focus outline (an `outline` value).
 * @cssprop --otp-wizard-border-color - Panel border; falls back to `--otp-color-border`.
 * @cssprop --otp-wizard-background - Panel background; falls back to `--otp-color-surface`.
 * @cssprop --otp-wizard-radius - Panel radius; falls back to `--otp-radius`.
 * @cssprop --otp-wizard-header-background - Header background.
 * @cssprop --otp-wizard-accent-color - The line under the header; falls back to `--otp-color-primary`.
 * @cssprop --otp-wizard-title-color - Title colour; falls back to `--otp-color-primary`.
 * @cssprop --otp-wizard-current-step-color - Current trail entry; falls back to `--otp-color-primary`.
 * @cssprop --otp-wizard-rule-color - Lines between desktop rows.
 * @cssprop --otp-wizard-error-background - Background of the error region.
 * @cssprop --otp-wizard-notice-background - Background of the device-change notice.
 * @cssprop --otp-wizard-notice-border-color - Border of the device-change notice.
 * @cssprop --otp-wizard-note-background - Background of the completion note.
 * @cssprop --otp-input-border-color - Input border; falls back to `--otp-color-border`.
 * @cssprop --otp-input-background - Input background; falls back to `--otp-color-surface`.
 * @cssprop --otp-input-radius - Input radius; falls back to `--otp-radius`.
 * @cssprop --otp-button-radius - Button radius; falls back to `--otp-radius`.
 */
export abstract class OtpWizardElement<S extends WizardStrings = WizardStrings> extends LitElement {
  static override styles: CSSResultGroup = wizardStyles;

  /** The bank's backend; wins over `endpoint`. */
  @property({ attribute: false }) adapter?: OtpHostAdapter;

  /** Base URL of a backend that speaks the HTTP protocol: a `FetchHostAdapter` is made for it. */
  @property() endpoint?: string;

  /** Where "back to login" goes when `otp-return` (or a final `otp-cancel`) is not cancelled; http(s) or relative. */
  @property({ attribute: 'return-url' }) returnUrl?: string;

  /** `auto` (from the element's own width), `desktop` or `mobile`. */
  @property({ reflect: true }) layout: LayoutSetting = 'auto';

  /** Offer the on-screen keyboard for the password: `auto` (desktop layout only), `on`, `off`. */
  @property({ attribute: 'soft-keyboard', converter: softKeyboardConverter }) softKeyboard: SoftKeyboardSetting = 'auto';

  /** Partial text overrides, in the current language. */
  @property({ attribute: false }) strings: Partial<S> = {};

  /** The flow's current state; set only through `send`. */
  @state() protected state!: State;
  @state() private keyboardOpen = false;

  @query('.heading') private heading!: HTMLElement;
  @query('[part="keyboard-toggle"]') private keyboardToggle!: HTMLButtonElement | null;

  protected abstract readonly spec: FlowSpec;
  /** The action step (register / confirm) as the flow shows it. */
  protected abstract actionView(state: ActionState, text: S, layout: Layout): StepView;
  /** Checks the action step's fields before any call; may mark them invalid on screen. */
  protected abstract checkAction(): FieldErrors;
  /** Makes the action step's adapter call. */
  protected abstract performAction(adapter: OtpHostAdapter, state: ActionState, signal: AbortSignal): Promise<ActionResult>;

  private readonly task = new AdapterTask(this);
  private readonly layoutController = new LayoutController(this);
  private readonly credentials = new CredentialFields(
    (field) => this.send({ type: 'edit', field }),
    () => this.submit(),
  );
  private readonly internals = this.attachInternals();
  private readonly language: LocalizeController<S>;
  private fetchAdapter?: { endpoint: string; adapter: FetchHostAdapter };
  private shownStep?: string;

  /** @param translations the flow's text in each language */
  constructor(translations: Readonly<Record<OtpLang, S>>) {
    super();
    this.language = new LocalizeController(this, translations, () => this.strings);
  }

  /** The layout in effect: `layout`, or for `auto` the one the element's width gives. */
  get currentLayout(): Layout {
    return this.layoutController.resolve(this.layout);
  }

  /** The current step's name, e.g. `authenticate` (once the element has rendered). */
  get step(): StepName | undefined {
    return this.state?.step;
  }

  protected get text(): S {
    return this.language.text;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.state) return;
    // Back on the page: a call that was running when the element left it was aborted, so the
    // step can be used again, and the credential inputs return.
    this.send({ type: 'interrupted' });
    if (this.state.step === 'authenticate') this.credentials.attach(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.credentials.detach();
  }

  protected send(event: WizardEvent): void {
    this.state = transition(this.state, event);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Decided when first shown: whether the host gave content for the prepare step.
    this.state ??= initialState(this.spec, { prepare: this.querySelector(':scope > [slot="prepare"]') !== null });
    if (changed.has('state') && this.state.step !== 'authenticate') this.keyboardOpen = false;
  }

  protected override firstUpdated(): void {
    this.layoutController.observe(this.renderRoot.querySelector('.probe')!);
  }

  protected override updated(changed: PropertyValues): void {
    const state = this.state;
    if (changed.has('state')) this.syncCredentials(state, changed.get('state') as State | undefined);
    if (state.step === 'authenticate') this.credentials.update(this.text, fieldErrors(state));
    const layout = this.currentLayout;
    setCustomStates(this.internals, { desktop: layout === 'desktop', mobile: layout === 'mobile', busy: isBusy(state) });
    if (state.step !== this.shownStep) {
      const first = this.shownStep === undefined;
      this.shownStep = state.step;
      // Not on the first render: the page decides where focus starts.
      if (!first) this.heading.focus();
      this.emit('otp-step', { flow: this.spec.flow, step: state.step, index: stepIndex(state) });
    }
  }

  /**
   * The light-DOM credential inputs exist only while the authenticate step is shown. Arriving
   * there fills in the contract ID the state holds and an empty password.
   */
  private syncCredentials(state: State, previous: State | undefined): void {
    if (state.step !== 'authenticate') {
      this.credentials.detach();
      return;
    }
    if (previous?.step !== 'authenticate') {
      this.credentials.contractId.value = state.contractId;
      this.credentials.password.value = '';
    }
    this.credentials.attach(this);
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const text = this.text;
    const layout = this.currentLayout;
    const busy = isBusy(state);
    const view = this.view(state, text, layout);
    const error = isFormState(state) && state.status.kind === 'failed' ? this.errorText(state.status.error) : '';
    return html`<div class="frame">
      <div class="probe"></div>
      <div part="base" class="panel">
        <div part="header" class="header">
          <h2 part="title" class="title">${text.title}</h2>
          ${renderTrail(text.trailLabel, text.trail, trailIndex(state), layout)}
        </div>
        <form
          part="step"
          class="step"
          novalidate
          aria-labelledby="heading"
          aria-busy=${busy ? 'true' : 'false'}
          @submit=${this.onSubmit}
        >
          <h3 id="heading" part="heading" class="heading" tabindex="-1">${view.heading}</h3>
          <div part="error" class="error" role="alert">${error}</div>
          ${view.body}
          <p class="visually-hidden" role="status">${busy ? text.busy : ''}</p>
          ${renderButtons(view, layout, busy, () => this.cancel())}
        </form>
      </div>
    </div>`;
  }

  private view(state: State, text: S, layout: Layout): StepView {
    switch (state.step) {
      case 'prepare':
        return prepareView(text);
      case 'authenticate':
        return authenticateView(text, this.keyboardOffer(layout));
      case 'complete':
        return completeView(text, state, layout);
      default:
        return this.actionView(state, text, layout);
    }
  }

  private keyboardOffer(layout: Layout) {
    const offered = this.softKeyboard === 'on' || (this.softKeyboard === 'auto' && layout === 'desktop');
    if (!offered) return undefined;
    return {
      open: this.keyboardOpen,
      target: this.credentials.password,
      toggle: () => (this.keyboardOpen = !this.keyboardOpen),
      // Close or Escape: focus goes back to the toggle, as a disclosure's does, before the
      // focused key disappears. Not to the password input: the customer chose the on-screen
      // keyboard to keep keys off the physical keyboard, and from the toggle Tab reaches 次へ.
      close: () => {
        this.keyboardOpen = false;
        this.keyboardToggle?.focus();
      },
    };
  }

  private errorText({ code, remainingAttempts, retryAfter }: ErrorInfo): string {
    const wait = retryAfter === undefined ? undefined : formatWait(retryAfter, this.language.lang);
    return this.text.errors[code]({ remainingAttempts, wait });
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.submit();
  };

  /** The step's primary button, or Enter in one of its fields. */
  private submit(): void {
    const state = this.state;
    if (isBusy(state)) return;
    switch (state.step) {
      case 'prepare':
        return this.send({ type: 'next' });
      case 'complete':
        return this.backToLogin();
      case 'authenticate':
        return void this.authenticate(state);
      default:
        return this.submitAction(state);
    }
  }

  /** The contract ID as normalized, the password exactly as typed, straight to the adapter. */
  private async authenticate(state: AuthenticateState): Promise<void> {
    const contractId = normalizeContractId(this.credentials.contractId.value);
    this.credentials.contractId.value = contractId;
    const password = this.credentials.password.value;
    const fields = { ...(contractId ? {} : { contractId: 'required' as const }), ...(password ? {} : { password: 'required' as const }) };
    if (!this.start({ type: 'submit', contractId, fields })) return;
    // Used once: the input is empty before the answer, or any otp-error, arrives.
    this.credentials.password.value = '';

    const result = await this.call((adapter, signal) =>
      adapter.authenticate({ flow: state.spec.flow, contractId, password }, { signal }),
    );
    if (!result) return;
    this.send({ type: 'authenticated', session: result.session, currentTokenId: result.currentTokenId });
    this.actionEntered();
  }

  /** The action step was just reached from authenticate; a flow may start a call there. */
  protected actionEntered(): void {}

  /** The action step's primary button; a flow may need something else first (a key, in enroll's mode="provision"). */
  protected submitAction(state: ActionState): void {
    void this.act(state);
  }

  private async act(state: ActionState): Promise<void> {
    if (!this.start({ type: 'submit', fields: this.checkAction() })) return;
    const result = await this.call((adapter, signal) => this.performAction(adapter, state, signal));
    if (!result) return;
    const { resultCode, tokenId } = result;
    this.send({ type: 'completed', resultCode, tokenId });
    this.emit('otp-complete', {
      flow: this.spec.flow,
      ...(tokenId ? { tokenId } : {}),
      ...(resultCode ? { resultCode } : {}),
    });
  }

  /**
   * Makes the adapter call of the step the machine was just made busy for, as the one running
   * call: resolves to its value, or to `undefined` once a failure was shown and fired, or when the
   * answer no longer matters (superseded, or the element left the page).
   */
  protected async call<T>(work: (adapter: OtpHostAdapter, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const outcome = await this.task.run((signal) => work(this.currentAdapter(), signal));
    if (!outcome) return undefined;
    if (outcome.ok) return outcome.value;
    this.fail(outcome.error);
    return undefined;
  }

  /** Sends a submit; true when a call should start, else focuses the first refused field. */
  private start(submit: WizardEvent & { type: 'submit' }): boolean {
    this.send(submit);
    if (isBusy(this.state)) return true;
    const first = Object.keys(submit.fields)[0] as FieldName | undefined;
    if (first) void this.updateComplete.then(() => this.focusField(first));
    return false;
  }

  private fail(error: OtpError): void {
    const step = this.state.step;
    const { code, remainingAttempts, retryAfter } = error;
    const info: ErrorInfo = {
      code,
      ...(remainingAttempts !== undefined ? { remainingAttempts } : {}),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    };
    this.send({ type: 'failed', error: info });
    this.emit('otp-error', { flow: this.spec.flow, step, ...info });
  }

  /** Moves focus to a refused field; a flow extends this for the fields of its action step. */
  protected focusField(field: FieldName): void {
    if (field === 'contractId') this.credentials.contractId.focus();
    if (field === 'password') this.credentials.password.focus();
  }

  private currentAdapter(): OtpHostAdapter {
    if (this.adapter) return this.adapter;
    if (!this.endpoint) throw new OtpError('unavailable', 'neither adapter nor endpoint is set');
    if (this.fetchAdapter?.endpoint !== this.endpoint) {
      this.fetchAdapter = { endpoint: this.endpoint, adapter: new FetchHostAdapter({ endpoint: this.endpoint }) };
    }
    return this.fetchAdapter.adapter;
  }

  /** Back / Cancel: `otp-cancel`, then back a step, or out of the wizard from its first step. */
  private cancel(): void {
    const state = this.state;
    if (isBusy(state)) return;
    if (!this.emit('otp-cancel', { flow: this.spec.flow, step: state.step }, true)) return;
    const previous = transition(state, { type: 'back' });
    if (previous !== state) this.state = previous;
    else this.leave();
  }

  private backToLogin(): void {
    if (this.emit('otp-return', { flow: this.spec.flow }, true)) this.leave();
  }

  /** Ends the flow: starts over (forgetting the session and what was typed), then follows `return-url` if it is safe. */
  private leave(): void {
    this.send({ type: 'reset' });
    this.credentials.clear();
    const url = safeUrl(this.returnUrl);
    if (url) window.location.assign(url);
  }

  private emit<K extends keyof FlowEvents>(type: K, detail: FlowEvents[K], cancelable = false): boolean {
    return this.dispatchEvent(flowEvent(type, detail, cancelable));
  }
}

/**
 * A flow event: bubbles and is composed, so the page hears it; `detail` is plain data. Made out
 * here because the manifest analyzer would list a `new CustomEvent(type)` in the class as an
 * event named "type"; the `@fires` tags list the real ones.
 */
function flowEvent<K extends keyof FlowEvents>(type: K, detail: FlowEvents[K], cancelable: boolean): CustomEvent<FlowEvents[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

/** An http(s) URL (absolute or relative to the page), never `javascript:` or `data:`. */
function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
