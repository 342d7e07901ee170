import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { preloadFetchExchange } from '../adapters/fetch-load.js';
import { OtpError } from '../adapters/otp-error.js';
import type { AuthenticateResult, OtpFlow, OtpHostAdapter } from '../adapters/types.js';
import { setCustomStates } from '../custom-states.js';
import { checkChoice, checkLang } from '../misconfiguration.js';
import { flowEvent, type OtpFlowEvents } from '../events.js';
import { LocalizeController, holdUpdate, type OtpLang, type Translations } from '../i18n/localize.js';
import { AdapterTask } from './adapter-task.js';
import { HostAdapterSource } from './host-adapter.js';
import type { FirstLoadStrings, WizardStrings } from './i18n/strings.js';
import { formatWait } from './i18n/wait.js';
import { LayoutController, type Layout, type LayoutSetting } from './layout.js';
import {
  errorInfo,
  failedFields,
  failure,
  initialState,
  isActionState,
  isBusy,
  isComplete,
  stepIndex,
  trailIndex,
  transition,
  type ErrorInfo,
  type FieldErrors,
  type FlowSpec,
  type State,
  type WizardEvent,
} from './machine.js';
import type { StepResult, StepRun, StepView, WizardStep } from './step.js';
import type { SessionTime, SessionStart } from './session-time.js';
import { AuthenticateStep, type SoftKeyboardSetting } from './steps/authenticate.js';
import { renderButtons } from './steps/buttons.js';
import { completeView } from './steps/complete.js';
import { prepareView } from './steps/prepare.js';
import { safeUrl } from './return-url.js';
import { trail } from './steps/trail.js';
import { wizardStyles } from './styles.js';

export type { SoftKeyboardSetting } from './steps/authenticate.js';

const softKeyboardConverter = {
  fromAttribute: (value: string | null): SoftKeyboardSetting =>
    value === null || value === 'auto' ? 'auto' : value === 'off' || value === 'false' ? 'off' : 'on',
};

/** What a flow brings to the wizard. */
export interface WizardFlow<S extends WizardStrings> {
  readonly flow: OtpFlow;
  /** The steps between authenticate and complete, in order: every one the flow may show. */
  readonly actions: readonly WizardStep<S>[];
  /** Where Back on the first action step leads: to authenticate again, or out of the wizard. */
  readonly backFromAction: FlowSpec['backFromAction'];
  /**
   * The names of the action steps to show, in order (never none), when they depend on the adapter
   * or the browser: asked when the flow starts (`adapter` gives the adapter if one is known) and
   * again once authenticated, when the trail follows. Default: all of `actions`.
   */
  plan?(adapter: () => OtpHostAdapter | undefined): readonly string[];
  /** The texts as this flow, in this state, words them (e.g. a trail entry per planned step). Default: as they are. */
  wording?(text: S, state: State): S;
}

/** How long a step's call may wait for the next step's module once its own work is done. */
const nextStepWaitMs = 2000;

/**
 * The session time's module once loaded: asked for while the bank checks the password, as the
 * next step's is (a first step counts no time), so that a session starts counting at once, as the
 * bank answers. A failed load is asked again.
 */
let sessionTime: typeof import('./session-time.js') | undefined;
const loadSessionTime = async () => (sessionTime ??= await import('./session-time.js'));

/**
 * What every wizard shares: the frame (title, trail, step heading, error region, buttons) and a
 * runner that shows the current step and hands it the submit. A flow adds its steps (each one
 * unit: see `WizardStep`), its translations and its events' `flow`; the authenticate, prepare and
 * complete steps are shared.
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
 * @csspart heading - The step's heading; it receives focus on each step change, shown after a keyboard action by the focus ring.
 * @csspart step-position - The step's place in the trail, at the start of the heading ("Step 2 of 3").
 * @csspart session-warning - The alert region that warns before the session ends.
 * @csspart extend-button - The button in the warning that extends the session (where the adapter can).
 * @csspart intro - The step's explanation.
 * @csspart error - The alert region for adapter errors.
 * @csspart field - Each label-and-input row.
 * @csspart keyboard-toggle - The software keyboard button (ソフトウェアキーボード入力).
 * @csspart soft-keyboard - The on-screen keyboard.
 * @csspart prepare - The frame around the `prepare` slot.
 * @csspart message - The completion message.
 * @csspart result-code - The bank's result code, after its label.
 * @csspart result-code-label - The label of the result code (受付番号 / Reference number).
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
 * @cssprop --otp-focus-ring - Focus outline (an `outline` value); default `2px solid` the primary colour, drawn 2px off the control. Keep it at least 2px and 3:1 against the surface.
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
  // Declared as data, not with decorators: the wizards are in the CMS bundle's first load, and
  // Lit's decorators would add their own code to it.
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    endpoint: {},
    returnUrl: { attribute: 'return-url' },
    layout: { reflect: true },
    softKeyboard: { attribute: 'soft-keyboard', converter: softKeyboardConverter },
    strings: { attribute: false },
    state: { state: true },
  };

  /** The bank's backend; wins over `endpoint`. */
  declare adapter?: OtpHostAdapter;

  /** Base URL of a backend that speaks the HTTP protocol: a `FetchHostAdapter` is made for it. */
  declare endpoint?: string;

  /** Where "back to login" goes when `otp-return` (or a final `otp-cancel`) is not cancelled; http(s) or relative. */
  declare returnUrl?: string;

  /** `auto` (from the element's own width), `desktop` or `mobile`. */
  declare layout: LayoutSetting;

  /** Offer the on-screen keyboard for the password: `auto` (desktop layout only), `on`, `off`. */
  declare softKeyboard: SoftKeyboardSetting;

  /** Partial text overrides, in the current language. */
  declare strings: Partial<S>;

  /** The flow's current state; set only through `send`. */
  private declare state: State;

  /** The flow's steps and name; read when the flow starts (the first render, and after it ends). */
  protected abstract readonly flow: WizardFlow<S>;
  /** The flow as it was when it started: what runs until it ends. */
  #running!: WizardFlow<S>;
  /** The texts lazily loaded steps brought, in each language; made when the first come (most wizards never get any). */
  #addedTexts?: Set<Translations<Partial<S>>>;

  readonly #localize: LocalizeController<S>;
  /** The adapter calls; made with the first (a first step makes none before its submit). */
  #task?: AdapterTask;
  readonly #layoutController = new LayoutController(this);
  readonly #internals = this.attachInternals();
  /** The session's time; made when the first session starts (most wizards on a page never get one). */
  #session?: SessionTime;
  /** The session the bank gave, until the session time's module is there to count it. */
  #sessionToCount?: SessionStart;
  readonly #run: StepRun<S> = new OtpWizardElement.#Run(this);
  readonly #authenticateStep = new AuthenticateStep<S>(this, this.#run);
  readonly #adapters = new HostAdapterSource(this);
  /** The step on screen, whose `entered` ran; undefined before the first render and while off the page. */
  #shownStep?: string;
  /** The step `otp-step` last announced. */
  #announcedStep?: string;
  /** What the flow's steps reported, for `otp-complete`. */
  #result: StepResult = {};
  /** The session ran out during a call: the flow returns to authenticate once the call ends. */
  #expiredWhileBusy = false;
  /**
   * The step that was shown loading and has just arrived, for the one render that says so in the
   * status region: news told once, not again with the next render (a language switch). Focus
   * stays where the customer is (the heading, which now comes before the step's fields); a screen
   * reader hears the change without a jump.
   */
  #arrived?: string;
  /** The layout of the last render; a change may take the focused control away. */
  #renderedLayout?: Layout;
  /** The control that had focus when the layout changed, while it is re-rendered. */
  #focusedBeforeLayout?: Element;

  /**
   * @param japanese the flow's Japanese text, as its first load has it
   * @param english loads its English text, as the first load has it
   */
  constructor(japanese: FirstLoadStrings<S>, english: () => Promise<FirstLoadStrings<S>>) {
    super();
    // Defaults here rather than as field initializers, which could shadow the reactive accessors.
    this.layout = 'auto';
    this.softKeyboard = 'auto';
    this.strings = {};
    // Read as every text: those a first load lacks come with the steps that show them (a lazy
    // step's texts are added before it renders, and the result follows an action step).
    this.#localize = new LocalizeController(this, japanese as S, english as () => Promise<S>, () => this.strings);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return holdUpdate(this.#localize, () => super.scheduleUpdate());
  }

  /** The layout in effect: `layout`, or for `auto` the one the element's width gives. */
  get currentLayout(): Layout {
    return this.#layoutController.resolve(this.layout);
  }

  /** The current step's name, e.g. `authenticate` (once the element has rendered). */
  get step(): string | undefined {
    return this.state?.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.state) return;
    // Back on the page: a call that was running when the element left it was aborted, so the
    // step can be used again, and the step comes back on screen.
    this.#send({ type: 'interrupted' });
    this.#showStep();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stepNamed(this.#shownStep)?.left?.();
    this.#shownStep = undefined;
    // Re-render now, so that what the step dropped leaves the (detached) shadow DOM too.
    this.requestUpdate();
  }

  #send(event: WizardEvent): void {
    this.#arrived = undefined;
    this.state = transition(this.state, event);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout')) checkChoice(this, 'layout', ['auto', 'desktop', 'mobile'], 'auto');
    checkLang(this);
    this.#adapters.checkAttribute();
    if (!this.state) {
      // Decided when first shown: whether the host gave content for the prepare step.
      this.state = initialState(this.#startFlow(), { prepare: this.querySelector(':scope > [slot="prepare"]') !== null });
    }
    if (this.#expiredWhileBusy && !isBusy(this.state)) this.#expire();
    // The session is counted only on the flow's action steps.
    if (!isActionState(this.state)) {
      this.#session?.stop();
      this.#sessionToCount = undefined;
    }
    // Before rendering: what a step does on entering (a call it starts) is in the same update.
    this.#showStep();
    const layout = this.currentLayout;
    if (this.#renderedLayout && layout !== this.#renderedLayout) this.#focusedBeforeLayout = this.shadowRoot?.activeElement ?? undefined;
    this.#renderedLayout = layout;
  }

  protected override firstUpdated(): void {
    this.#layoutController.observe(this.renderRoot.querySelector('.probe')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // An endpoint's adapter is made with the first call, but its exchange loads once the step is
    // on screen, while the customer types, never holding up a render.
    if (changed.has('endpoint') && this.endpoint && !this.adapter) preloadFetchExchange();
    this.#arrived = undefined;
    const { step } = this.state;
    const layout = this.currentLayout;
    setCustomStates(this.#internals, { desktop: layout === 'desktop', mobile: layout === 'mobile', busy: isBusy(this.state) });
    this.#keepFocusAcrossLayout();
    if (step !== this.#announcedStep) {
      const first = this.#announcedStep === undefined;
      this.#announcedStep = step;
      // Not on the first render: the page decides where focus starts.
      if (!first) this.renderRoot.querySelector<HTMLElement>('.heading')!.focus();
      this.#emit('otp-step', { flow: this.#running.flow, step, index: stepIndex(this.state) });
    }
  }

  /** Tells the steps when the one on screen changed: the old one left, the new one entered. */
  #showStep(): void {
    const { step } = this.state;
    if (step === this.#shownStep || !this.isConnected) return;
    this.#stepNamed(this.#shownStep)?.left?.();
    this.#shownStep = step;
    const entered = this.#stepNamed(step);
    if (entered?.entered) this.#guard(() => entered.entered!(this.#run));
  }

  /**
   * A new layout renders other buttons (their order is the focus order), so the focused one is
   * replaced: focus goes to its counterpart, or where that is gone (the software keyboard, which
   * the phone layout does not offer), to the keyboard's toggle or the password.
   */
  #keepFocusAcrossLayout(): void {
    const focused = this.#focusedBeforeLayout;
    this.#focusedBeforeLayout = undefined;
    if (!focused || focused.isConnected) return;
    const root = this.renderRoot;
    const part = focused.getAttribute('part');
    const counterpart = focused.id ? root.querySelector(`#${focused.id}`) : part ? root.querySelector(`[part="${part}"]`) : null;
    const target = (counterpart as HTMLElement | null) ?? root.querySelector<HTMLElement>('[part="keyboard-toggle"]');
    if (target) target.focus();
    else if (this.state.step === 'authenticate') this.#authenticateStep.focus('password');
  }

  #stepNamed(name: string | undefined): WizardStep<S> | undefined {
    if (name === undefined) return undefined;
    if (name === 'authenticate') return this.#authenticateStep;
    return this.#running.actions.find((step) => step.name === name);
  }

  /** Takes the flow as it is now for the run that starts, and says what it plans. */
  #startFlow(): FlowSpec {
    const { flow, actions, backFromAction } = (this.#running = this.flow);
    // The adapter, if one is known, only for a flow whose plan asks for it: an `endpoint`'s fetch
    // adapter is otherwise made with the first call.
    const adapter = (): OtpHostAdapter | undefined => this.adapter ?? (this.endpoint ? this.#currentAdapter() : undefined);
    return { flow, actions: this.#running.plan?.(adapter) ?? actions.map((step) => step.name), backFromAction };
  }

  /**
   * Every text in the language in effect, with those lazily loaded steps brought (`addTexts`)
   * under the host's `strings`, as the running flow words it in this state.
   */
  get #text(): S {
    let text = this.#localize.text;
    if (this.#addedTexts) {
      const added = [...this.#addedTexts].map((tables) => tables[this.#localize.lang]);
      text = Object.assign({}, text, ...added, this.strings) as S;
    }
    return this.#running.wording?.(text, this.state) ?? text;
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const text = this.#text;
    const layout = this.currentLayout;
    const busy = isBusy(state);
    const view = this.#view(state, text);
    const error = failure(state);
    const position = trailIndex(state);
    // The session's news first (it may come while the step is there); a step's arrival is said
    // by the one render after it (see #arrived).
    const status = busy ? text.busy : this.#session?.status(text) || (this.#arrived === state.step ? text.stepReady(view.heading) : '');
    // The session warning's div holds no white space of its own: it is styled only while it has
    // content (:empty).
    return html`<div class="frame" lang=${this.#localize.lang}>
      <div class="probe"></div>
      <div part="base" class="panel">
        <div part="header" class="header">
          <h2 part="title" class="title">${text.title}</h2>
          <ol part="trail" class="trail" ${trail(text.trailLabel, text.trail, position)}></ol>
        </div>
        <form
          part="step"
          class="step"
          novalidate
          aria-labelledby="heading"
          aria-busy=${busy ? 'true' : 'false'}
          @submit=${this.#onSubmit}
        >
          <h3 id="heading" part="heading" class="heading" tabindex="-1">
            <span part="step-position" class="position">${position < 0 ? nothing : text.stepPosition(position + 1, text.trail.length)}</span>
            ${view.heading}
          </h3>
          <div part="session-warning" class="session-warning" role="alert">${this.#session?.render(text, this.#localize.lang)}</div>
          <div part="error" class="error" role="alert">${error ? this.#errorText(error, text) : ''}</div>
          ${view.body}
          ${renderButtons(view, layout, busy, view.secondarySkips ? this.#skip : this.#cancel)}
        </form>
        <!-- Outside the busy form: some screen readers mute what changes inside an aria-busy region. -->
        <p class="visually-hidden" role="status">${status}</p>
      </div>
    </div>`;
  }

  #view(state: State, text: S): StepView {
    if (state.step === 'prepare') return prepareView(text);
    if (isComplete(state)) return completeView(text, state, this.currentLayout);
    return this.#stepNamed(state.step)!.view(this.#run);
  }

  #errorText({ code, remainingAttempts, retryAfter }: ErrorInfo, text = this.#text): string {
    const wait = retryAfter === undefined ? undefined : formatWait(retryAfter, this.#localize.lang);
    return text.errors[code]({ remainingAttempts, wait });
  }

  // The template's listeners are methods, shared by every wizard: Lit calls them with the element as `this`.
  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#submit();
  }

  /** The step's primary button, or Enter in one of its fields. */
  #submit(): void {
    const state = this.state;
    if (isBusy(state)) return;
    if (state.step === 'prepare') return this.#send({ type: 'next' });
    if (state.step === 'complete') return this.#backToLogin();
    const step = this.#stepNamed(state.step)!;
    this.#guard(() => step.submit(this.#run));
  }

  /**
   * The one object through which steps see the wizard and move it on: one prototype for every
   * wizard on the page, not a closure per method per element (each live wizard keeps its run).
   */
  static readonly #Run = class Run<S extends WizardStrings> implements StepRun<S> {
    readonly #wizard: OtpWizardElement<S>;

    constructor(wizard: OtpWizardElement<S>) {
      this.#wizard = wizard;
    }

    get state(): State {
      return this.#wizard.state;
    }
    get text(): S {
      return this.#wizard.#text;
    }
    get layout(): Layout {
      return this.#wizard.currentLayout;
    }
    get lang(): OtpLang {
      return this.#wizard.#localize.lang;
    }
    get root(): ShadowRoot {
      return this.#wizard.renderRoot as ShadowRoot;
    }
    fieldFailure(field: string): string {
      const { state } = this.#wizard;
      const error = failure(state);
      return error && failedFields(state).includes(field) ? this.#wizard.#errorText(error) : '';
    }
    start(problems: FieldErrors, contractId?: string): boolean {
      return this.#wizard.#start(problems, contractId);
    }
    call<T>(work: (adapter: OtpHostAdapter, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
      return this.#wizard.#call(work);
    }
    edit(field: string): void {
      this.#wizard.#send({ type: 'edit', field });
    }
    submit(): void {
      this.#wizard.#submit();
    }
    answered(): void {
      this.#wizard.#send({ type: 'answered' });
    }
    arrived(): void {
      this.answered();
      this.#wizard.#arrived = this.#wizard.state.step;
    }
    authenticated(result: AuthenticateResult): void {
      this.#wizard.#authenticated(result);
    }
    done(result?: StepResult): void {
      this.#wizard.#done(result);
    }
    skip(): void {
      this.#wizard.#skip();
    }
    update(): void {
      this.#wizard.requestUpdate();
    }
    async nextStepReady(): Promise<void> {
      const { steps, step } = this.#wizard.state;
      const ready = this.#wizard.#stepNamed(steps[steps.indexOf(step) + 1])?.preload?.();
      // The session time comes with the steps that have a session (a failure is met again in #countSession).
      const session = step === 'authenticate' ? loadSessionTime().catch(() => undefined) : undefined;
      // Not for long: past this the step is shown loading, rather than the bank's answer held back.
      if (ready || session) await Promise.race([Promise.all([ready, session]), new Promise((resolve) => setTimeout(resolve, nextStepWaitMs))]);
    }
    addTexts(tables: Translations<Partial<S>>): void {
      (this.#wizard.#addedTexts ??= new Set()).add(tables);
      this.#wizard.requestUpdate();
    }
  };

  /** Sends a submit; true when a call should start, else focuses the first refused field. */
  #start(fields: FieldErrors, contractId?: string): boolean {
    this.#send({ type: 'submit', fields, ...(contractId === undefined ? {} : { contractId }) });
    if (isBusy(this.state)) return true;
    const first = Object.keys(fields)[0];
    const step = this.#stepNamed(this.state.step);
    if (first) void this.updateComplete.then(() => step?.focus?.(first, this.#run));
    return false;
  }

  /**
   * Makes the adapter call of the step the machine was just made busy for, as the one running
   * call: resolves to its value, or to `undefined` once a failure was shown and fired, or when the
   * answer no longer matters (superseded, or the element left the page).
   */
  async #call<T>(work: (adapter: OtpHostAdapter, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.#task ??= new AdapterTask(this);
    // A session whose time could not load yet: with each call, the network is tried again.
    this.#countSession();
    const outcome = await this.#task.run((signal) => work(this.#currentAdapter(), signal));
    if (!outcome) return undefined;
    // Adapters answer objects: nothing at all reads as an empty one, never as "no longer matters".
    if (outcome.ok) return outcome.value ?? ({} as T);
    this.#fail(outcome.error);
    return undefined;
  }

  #authenticated({ session, currentTokenId, expiresIn }: AuthenticateResult): void {
    if (typeof session !== 'string' || !session) throw new TypeError('authenticate() answered without a session');
    if (currentTokenId !== undefined && typeof currentTokenId !== 'string') throw new TypeError('currentTokenId is not text');
    this.#result = {};
    // The adapter is the one that answered: the flow's steps that depend on it are known now.
    const actions = this.#running.plan?.(() => this.#currentAdapter());
    this.#send({ type: 'authenticated', session, ...(currentTokenId ? { currentTokenId } : {}), ...(actions ? { actions } : {}) });
    this.#sessionToCount = { expiresIn, since: Date.now(), extension: { session, adapter: this.#currentAdapter() } };
    this.#countSession();
  }

  /**
   * Counts the session the bank gave, from when the wizard took the bank's answer: at once when
   * the session time's module is there (usually: it loads while the bank checks the password),
   * else once it arrives, if that session is still to be counted (a failed load is tried again
   * with the next call).
   */
  #countSession(): void {
    const start = this.#sessionToCount;
    if (!start) return;
    if (!sessionTime) {
      loadSessionTime().then(() => this.#countSession(), () => {});
      return;
    }
    this.#sessionToCount = undefined;
    if (sessionTime.isSessionLength(start.expiresIn)) {
      (this.#session ??= new sessionTime.SessionTime(this, () => this.#expire())).start(start.expiresIn, start.extension, start.since);
    }
  }

  /** The session ran out: back to authenticate (keeping what is not secret), as the bank would say. */
  #expire(): void {
    this.#expiredWhileBusy = isBusy(this.state);
    if (this.#expiredWhileBusy) return;
    const step = this.state.step;
    const before = this.state;
    this.#send({ type: 'expired' });
    if (this.state === before) return;
    this.#emit('otp-error', { flow: this.#running.flow, step, code: 'session-expired' });
    this.#completed();
  }

  #done(answer: StepResult = {}): void {
    // What the page hears and the customer reads of a result is text, or nothing.
    const result: StepResult = {
      ...(typeof answer.tokenId === 'string' && answer.tokenId ? { tokenId: answer.tokenId } : {}),
      ...(typeof answer.resultCode === 'string' && answer.resultCode ? { resultCode: answer.resultCode } : {}),
    };
    this.#result = { ...this.#result, ...result };
    this.#send({ type: 'done', ...(result.resultCode ? { resultCode: result.resultCode } : {}) });
    this.#completed();
  }

  /** The secondary button of an optional step: on without its work. */
  #skip(): void {
    this.#send({ type: 'skip' });
    this.#completed();
  }

  /** Once the flow reached complete (its work done, or what was done kept when the session ended): `otp-complete`. */
  #completed(): void {
    if (!isComplete(this.state)) return;
    const { tokenId, resultCode } = this.#result;
    this.#emit('otp-complete', { flow: this.#running.flow, ...(tokenId ? { tokenId } : {}), ...(resultCode ? { resultCode } : {}) });
  }

  /**
   * Runs a step's work so that nothing an adapter answers can leave the step busy: whatever the
   * step throws while a call is running (an answer it cannot use) fails the call as `unknown`.
   */
  #guard(work: () => void | Promise<void>): void {
    const failed = (): void => {
      if (isBusy(this.state)) this.#fail(new OtpError('unknown', 'the step could not use the adapter\'s answer'));
    };
    try {
      void Promise.resolve(work()).catch(failed);
    } catch {
      failed();
    }
  }

  #fail(error: OtpError): void {
    const step = this.state.step;
    const info = errorInfo(error);
    const fields = this.#stepNamed(step)?.fieldsOf?.(info.code) ?? [];
    this.#send({ type: 'failed', error: info, fields });
    this.#emit('otp-error', { flow: this.#running.flow, step, ...info });
    this.#completed();
    // Focus goes to the field to correct (the bank's message describes it), as after a refused submit.
    const first = fields[0];
    const shown = this.#stepNamed(this.state.step);
    if (first && shown) void this.updateComplete.then(() => shown.focus?.(first, this.#run));
  }

  #currentAdapter(): OtpHostAdapter {
    return this.#adapters.get();
  }

  /** Back / Cancel: `otp-cancel`, then back a step, or out of the wizard from its first step. */
  #cancel(): void {
    const state = this.state;
    if (isBusy(state)) return;
    if (!this.#emit('otp-cancel', { flow: this.#running.flow, step: state.step }, true)) return;
    const previous = transition(state, { type: 'back' });
    if (previous !== state) this.state = previous;
    else this.#leave();
  }

  #backToLogin(): void {
    if (this.#emit('otp-return', { flow: this.#running.flow }, true)) this.#leave();
  }

  /** Ends the flow: starts over (forgetting the session and what was typed), then follows `return-url` if it is safe. */
  #leave(): void {
    for (const step of this.#running.actions) step.reset?.();
    this.#send({ type: 'reset', spec: this.#startFlow() });
    this.#authenticateStep.reset();
    const url = safeUrl(this.returnUrl);
    if (url) window.location.assign(url);
  }

  #emit<K extends keyof OtpFlowEvents>(type: K, detail: OtpFlowEvents[K], cancelable = false): boolean {
    return this.dispatchEvent(flowEvent(type, detail, cancelable));
  }
}
