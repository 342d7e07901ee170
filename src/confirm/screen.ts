// What `<otp-confirm>` does and shows, loaded on its first connection (confirm.ts): the state
// (machine.ts) and the runner that moves it on — one adapter call at a time, the countdown,
// the events, focus — and the frame the views fill.
import { adoptStyles, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { OtpError } from '../adapters/otp-error.js';
import type { ConfirmTransactionRequest, OtpHostAdapter } from '../adapters/types.js';
import { setCustomStates } from '../custom-states.js';
import { flowEvent, type OtpFlowEvents } from '../events.js';
import { LocalizeController } from '../i18n/localize.js';
import { checkChoice, checkLang, reportMisconfiguration } from '../misconfiguration.js';
import '../otp-token-field.js';
import type { OtpTokenField } from '../token-field/token-field.js';
import { AdapterTask } from '../wizard/adapter-task.js';
import { Deadline } from '../wizard/deadline.js';
import { HostAdapterSource, type AdapterHost } from '../wizard/host-adapter.js';
import { formatWait } from '../wizard/i18n/wait.js';
import { LayoutController, type LayoutSetting } from '../wizard/layout.js';
import { hasWebAuthn } from '../webauthn/support.js';
import { errorInfo, type ErrorInfo, type FieldProblem } from '../wizard/machine.js';
import { safeUrl } from '../wizard/return-url.js';
import { formatClock, formatDuration } from './format.js';
import { ja } from './i18n/ja.js';
import type { ConfirmStrings } from './i18n/strings.js';
import { failedFields, failure, fieldErrors, initialState, isBusy, transition, type ConfirmEvent, type ReviewState, type State } from './machine.js';
import { completeView, declinedView, endedView, type ScreenView } from './outcome-view.js';
import { reviewBody } from './review-view.js';
import { confirmStyles } from './styles.js';
import { checkTransaction, codeDigits, confirmMethods, type CheckedTransaction, type ConfirmMethod } from './transaction.js';

/** What the screen reads of its element: the public properties of `OtpConfirm`. */
export interface ConfirmHost extends AdapterHost, ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  transaction?: string;
  method?: ConfirmMethod;
  returnUrl?: string;
  layout: LayoutSetting;
  strings: Partial<ConfirmStrings>;
}

type TransactionCall = 'getTransaction' | 'confirmTransaction' | 'declineTransaction';
type TransactionAdapter = Required<Pick<OtpHostAdapter, TransactionCall>>;

/** The position of each announced step in `otp-step`. */
const stepIndex: Partial<Record<State['step'], number>> = { review: 0, complete: 1, declined: 1 };

export class ConfirmScreen implements ReactiveController {
  #state: State = initialState;
  /** The handle the state is about (undefined inside when the element has none); another one on the element loads afresh. */
  #loadedFor?: { readonly handle: string | undefined };
  /** The customer has acted (or the time ran out under them): from now on a new step takes the focus. */
  #acted = false;
  /** "This is not my transfer" was pressed: the screen asks before the bank is told (WCAG 3.3.4). */
  #askingDecline = false;
  #shownStep?: State['step'];
  readonly #host: ConfirmHost;
  readonly #localize: LocalizeController<ConfirmStrings>;
  readonly #task: AdapterTask;
  readonly #layout: LayoutController;
  readonly #deadline: Deadline;
  readonly #adapters: HostAdapterSource;
  readonly #internals: ElementInternals;

  constructor(host: ConfirmHost) {
    this.#host = host;
    this.#localize = new LocalizeController(host, ja, async () => (await import('./i18n/en.js')).en, () => host.strings);
    this.#task = new AdapterTask(host);
    this.#layout = new LayoutController(host);
    this.#deadline = new Deadline(host, { ended: () => this.#timeUp(), everySecond: true });
    this.#adapters = new HostAdapterSource(host);
    this.#internals = host.attachInternals();
    adoptStyles(host.renderRoot as ShadowRoot, confirmStyles);
    host.addController(this);
  }

  /** While the language in effect is loading (English, on first use), the promise of its arrival: the element holds its render until then. */
  get languageLoading(): Promise<void> | undefined {
    return this.#localize.loading;
  }

  /** Resolves once the code field, an element with updates of its own (and its own English text), has rendered. */
  async fieldRendered(): Promise<void> {
    await (this.#host.renderRoot as ShadowRoot).querySelector<OtpTokenField>('#otp')?.updateComplete;
  }

  /** The screen shown: loading, review, complete, declined or ended. */
  get step(): State['step'] {
    return this.#state.step;
  }

  hostConnected(): void {
    // Back on the page: a call that was running when the element left it was aborted.
    if (this.#state.step === 'loading') this.#loadedFor = undefined;
    else this.#send({ type: 'interrupted' });
  }

  hostUpdate(): void {
    const host = this.#host;
    checkChoice(host, 'layout', ['auto', 'desktop', 'mobile'], 'auto');
    checkLang(host);
    checkChoice(host, 'method', confirmMethods, "the bank's first way");
    this.#adapters.checkAttribute();
    if (!this.#loadedFor || host.transaction !== this.#loadedFor.handle) this.#load();
    if (this.#state.step !== 'review') this.#deadline.stop();
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    const layout = this.#layout.resolve(this.#host.layout);
    setCustomStates(this.#internals, { desktop: layout === 'desktop', mobile: layout === 'mobile', busy: isBusy(this.#state) });
    if (!this.#shownStep) this.#layout.observe(root.querySelector('.probe')!);
    const { step } = this.#state;
    if (step === this.#shownStep) return;
    this.#shownStep = step;
    if (this.#acted) root.querySelector<HTMLElement>('.heading')!.focus();
    const index = stepIndex[step];
    if (index !== undefined) this.#emit('otp-step', { flow: 'confirm', step, index, ...this.#about() });
  }

  render(): TemplateResult {
    const state = this.#state;
    const { text, lang } = this.#localize;
    const busy = isBusy(state);
    const view = this.#view(state);
    const error = failure(state);
    const problem = state.step === 'review' && state.status.kind === 'prompt-failed' ? text.promptProblems[state.status.problem] : '';
    const warned = state.step === 'review' ? this.#deadline.warnedAt : undefined;
    return html`<div class="frame" lang=${lang}>
      <div class="probe"></div>
      <div part="base" class="panel">
        <div part="header" class="header"><h2 part="title" class="title">${text.title}</h2></div>
        <div part="step" class="step">
          <h3 id="heading" part="heading" class="heading" tabindex="-1">${view.heading}</h3>
          ${state.step === 'review' ? this.#countdown() : nothing}
          <!-- The alerts are outside the busy form (some screen readers mute what changes inside an
               aria-busy region: the time warning may come during a two-minute passkey prompt), and
               nothing is between their tags but the binding, so that they stay :empty (no box) until they speak. -->
          <div part="time-warning" class="session-warning" role="alert">${warned === undefined
            ? nothing
            : html`<p>${text.timeWarning(formatWait(warned, lang))}</p>`}</div>
          <div part="error" class="error" role="alert">${error ? this.#errorText(error) : problem}</div>
          <form part="form" novalidate aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
            ${view.body} ${this.#actions(state, busy)}
          </form>
        </div>
        <p class="visually-hidden" role="status">${busy ? text.busy : ''}</p>
      </div>
    </div>`;
  }

  #view(state: State): ScreenView {
    const { text, lang } = this.#localize;
    switch (state.step) {
      case 'loading':
        return state.error
          ? { heading: text.loadFailedHeading, body: html`` }
          : { heading: text.title, body: html`<p class="intro">${text.loading}</p>` };
      case 'review':
        return {
          heading: text.reviewHeading,
          body: reviewBody(state, {
            text,
            lang,
            codeError: this.#codeError(state),
            choose: (method) => this.#send({ type: 'choose', method }),
            edit: () => this.#send({ type: 'edit', field: 'otp' }),
          }),
        };
      case 'complete':
        return completeView(text, lang, state);
      case 'declined':
        return declinedView(text, lang, state);
      case 'ended':
        return endedView(text, state);
    }
  }

  /** The quiet countdown: a timer (not announced as it changes), its time also said in words. */
  #countdown(): TemplateResult {
    const { text, lang } = this.#localize;
    const seconds = this.#deadline.secondsLeft;
    return html`<p part="time-left" class="time-left" role="timer">
      <span>${text.timeLeft}</span><span class="clock" aria-hidden="true">${formatClock(seconds)}</span
      ><span class="visually-hidden">${formatDuration(seconds, lang)}</span>
    </p>`;
  }

  #actions(state: State, busy: boolean): TemplateResult | typeof nothing {
    const { text } = this.#localize;
    const disabled = busy ? 'true' : nothing;
    if (state.step === 'loading' && !state.error) return nothing;
    const label =
      state.step === 'loading' ? text.reload
      : state.step !== 'review' ? text.back
      : state.method === 'passkey' ? text.confirmWithPasskey
      : text.confirm;
    const canDecline = state.step === 'review' && this.#canDecline();
    return html`<div part="actions" class="actions">
        <button type="submit" part="button primary-button" aria-disabled=${disabled}>${label}</button>
      </div>
      ${canDecline ? this.#declineView(disabled) : nothing}`;
  }

  /** "This is not my transfer", or once pressed, the question before the bank is told. */
  #declineView(disabled: 'true' | typeof nothing): TemplateResult {
    const { text } = this.#localize;
    if (!this.#askingDecline) {
      return html`<div part="decline" class="decline">
        <p>${text.declineQuestion}</p>
        <button type="button" part="button decline-button" aria-disabled=${disabled} @click=${this.#askDecline}>${text.decline}</button>
      </div>`;
    }
    return html`<div part="decline" class="decline" role="group" aria-labelledby="decline-check">
      <p id="decline-check" class="decline-check">${text.declineCheck}</p>
      <div class="decline-actions">
        <button type="button" part="button decline-confirm-button" aria-disabled=${disabled} @click=${this.#decline}>${text.declineConfirm}</button>
        <button type="button" part="button decline-keep-button" aria-disabled=${disabled} @click=${this.#keepTransfer}>${text.declineKeep}</button>
      </div>
    </div>`;
  }

  readonly #askDecline = (): void => {
    if (isBusy(this.#state)) return;
    this.#askingDecline = true;
    this.#host.requestUpdate();
    this.#focusAfterUpdate('[part~="decline-keep-button"]');
  };

  readonly #keepTransfer = (): void => {
    if (isBusy(this.#state)) return;
    this.#askingDecline = false;
    this.#host.requestUpdate();
    this.#focusAfterUpdate('[part~="decline-button"]');
  };

  /** Focuses what `selector` finds once the pending update has rendered it. */
  #focusAfterUpdate(selector: string): void {
    void this.#host.updateComplete.then(() => (this.#host.renderRoot as ShadowRoot).querySelector<HTMLElement>(selector)?.focus());
  }

  /** What the code field says: a refusal before the call, else the bank's, else nothing. */
  #codeError(state: ReviewState): string {
    const { text } = this.#localize;
    const problem: FieldProblem | undefined = fieldErrors(state).otp;
    if (problem) return problem === 'required' ? text.codeRequired : text.codeIncomplete(codeDigits(state.transaction, state.method as 'code'));
    const error = failure(state);
    return error && failedFields(state).includes('otp') ? this.#errorText(error) : '';
  }

  #errorText({ code, remainingAttempts, retryAfter }: ErrorInfo): string {
    const { text, lang } = this.#localize;
    const wait = retryAfter === undefined ? undefined : formatWait(retryAfter, lang);
    // A refused signature is no wrong code: said as what it is.
    const passkey = code === 'invalid-otp' && this.#state.step === 'review' && this.#state.method === 'passkey';
    return (passkey ? text.passkeyRefused : text.errors[code])({ remainingAttempts, wait });
  }

  #send(event: ConfirmEvent): void {
    const next = transition(this.#state, event);
    if (next === this.#state) return;
    if (next.step !== this.#state.step) this.#askingDecline = false;
    this.#state = next;
    this.#host.requestUpdate();
  }

  /** Asks the bank for the transaction the element names, forgetting any other. */
  #load(): void {
    const transaction = this.#host.transaction;
    const request = (this.#loadedFor = { handle: transaction });
    this.#state = initialState;
    this.#askingDecline = false;
    this.#host.requestUpdate();
    if (!transaction) {
      reportMisconfiguration(this.#host, 'no-transaction', 'the transaction attribute is empty: set it to the handle your backend made for the transfer.');
      return this.#fail(new OtpError('unavailable', 'no transaction handle'));
    }
    void this.#run(async () => {
      const answer = await this.#call('getTransaction', (adapter, signal) => adapter.getTransaction({ transaction }, { signal }));
      if (answer === undefined || this.#loadedFor !== request) return;
      // Every field checked before any is shown: a malformed one ends here, as `unknown`; so does
      // an answer about another transaction than the one this element confirms.
      const checked = checkTransaction(answer);
      if (checked.id !== transaction) throw new OtpError('unknown', 'the bank answered about another transaction');
      this.#send({
        type: 'loaded',
        transaction: checked,
        ...(this.#host.method ? { preferred: this.#host.method } : {}),
        ...(hasWebAuthn() ? {} : { unusable: ['passkey'] }),
      });
      this.#deadline.start(checked.expiresIn);
    });
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const state = this.#state;
    if (isBusy(state)) return;
    this.#acted = true;
    if (state.step === 'loading') return this.#retry();
    if (state.step !== 'review') return this.#leave();
    if (state.method === 'passkey') return void this.#run(() => this.#confirmWithPasskey(state.transaction));
    void this.#run(() => this.#confirmWithCode(state));
  };

  #retry(): void {
    this.#send({ type: 'load' });
    this.#loadedFor = undefined;
    this.#host.requestUpdate();
  }

  async #confirmWithCode(state: ReviewState): Promise<void> {
    const field = (this.#host.renderRoot as ShadowRoot).querySelector<OtpTokenField>('#otp')!;
    const otp = field.value;
    const digits = codeDigits(state.transaction, state.method as 'code' | 'challenge');
    const problem: FieldProblem | undefined = !otp ? 'required' : otp.length < digits ? 'incomplete' : undefined;
    this.#send({ type: 'submit', fields: problem ? { otp: problem } : {} });
    if (!isBusy(this.#state)) return this.#focusAfterUpdate('#otp');
    // A code is spent once tried, right or wrong: off the screen before the answer arrives.
    field.value = '';
    await this.#confirm({ method: state.method, otp });
  }

  async #confirmWithPasskey(transaction: CheckedTransaction): Promise<void> {
    this.#send({ type: 'submit', fields: {} });
    const { signWithPasskey } = await import('./passkey.js');
    const outcome = await this.#task.run((signal) => signWithPasskey(transaction.passkey!, signal));
    if (!outcome) return;
    if (!outcome.ok) return this.#send({ type: 'prompt-failed', problem: 'failed' });
    if ('problem' in outcome.value) {
      // Options this page's origin cannot use: a page that is not the bank's own, or a bank whose
      // RP ID or options are wrong. The customer is asked to take another way; the developer is told.
      if (outcome.value.problem === 'security') {
        reportMisconfiguration(this.#host, 'passkey-options', "the bank's passkey request cannot be used on this page: its rpId must be this page's host name or a registrable suffix of it, and its options WebAuthn Level 3 JSON.");
      }
      return this.#send({ type: 'prompt-failed', problem: outcome.value.problem });
    }
    await this.#confirm({ method: 'passkey', credential: outcome.value.credential });
  }

  async #confirm(request: Omit<ConfirmTransactionRequest, 'transaction'>): Promise<void> {
    const transaction = this.#loadedFor!.handle!;
    const answer = await this.#call('confirmTransaction', (adapter, signal) => adapter.confirmTransaction({ transaction, ...request }, { signal }));
    if (answer === undefined) return;
    // What the page hears and the customer reads of a result is text, or nothing.
    const resultCode = typeof answer.resultCode === 'string' && answer.resultCode ? answer.resultCode : undefined;
    this.#send({ type: 'confirmed', ...(resultCode ? { resultCode } : {}) });
    if (this.#state.step !== 'complete') return;
    this.#emit('otp-complete', { flow: 'confirm', ...this.#about(), method: request.method, ...(resultCode ? { resultCode } : {}) });
  }

  readonly #decline = (): void => {
    if (isBusy(this.#state) || this.#state.step !== 'review') return;
    this.#acted = true;
    this.#askingDecline = false; // answered: should the bank not be reached, the plain button is back
    this.#send({ type: 'decline' });
    const transaction = this.#loadedFor!.handle!;
    void this.#run(async () => {
      const answer = await this.#call('declineTransaction', (adapter, signal) => adapter.declineTransaction({ transaction }, { signal }));
      if (answer === undefined) return;
      this.#send({ type: 'declined' });
      if (this.#state.step === 'declined') this.#emit('otp-cancel', { flow: 'confirm', step: 'review', ...this.#about(), reason: 'declined' });
    });
  };

  /** The transaction's time ran out on the element's clock: nothing can be submitted any more. */
  #timeUp(): void {
    const before = this.#state;
    this.#acted = true;
    this.#send({ type: 'time-up' });
    if (this.#state.step === 'ended' && before.step === 'review') {
      this.#emit('otp-error', { flow: 'confirm', step: 'review', code: 'transaction-expired', ...this.#about() });
    }
  }

  /** "Back": `otp-return`, then `return-url` when the page did not cancel it and the URL is http(s). */
  #leave(): void {
    if (!this.#emit('otp-return', { flow: 'confirm', ...this.#about() }, true)) return;
    const url = safeUrl(this.#host.returnUrl);
    if (url) window.location.assign(url);
  }

  /**
   * Makes the adapter call as the element's one running call: resolves to its answer (an empty
   * object for nothing at all), or to undefined once a failure was shown and fired, or when the
   * answer no longer matters (superseded, or the element left the page).
   */
  async #call<T>(name: TransactionCall, work: (adapter: TransactionAdapter, signal: AbortSignal) => Promise<T>): Promise<T | Record<string, never> | undefined> {
    const outcome = await this.#task.run((signal) => work(this.#adapterWith(name), signal));
    if (!outcome) return undefined;
    if (outcome.ok) return outcome.value ?? {};
    this.#fail(outcome.error);
    return undefined;
  }

  /** The adapter, once it is known to have the call `name`; tells the page's developer when it lacks it. */
  #adapterWith(name: TransactionCall): TransactionAdapter {
    const adapter = this.#adapters.get();
    if (typeof adapter[name] !== 'function') {
      reportMisconfiguration(this.#host, `no-${name}`, `the adapter has no ${name}(): <otp-confirm> needs getTransaction and confirmTransaction, and declineTransaction for "This is not my transfer".`);
      throw new OtpError('unavailable', `the adapter has no ${name}`);
    }
    return adapter as TransactionAdapter;
  }

  /** Whether the adapter can stop a transfer: else "This is not my transfer" is not offered. */
  #canDecline(): boolean {
    try {
      return typeof this.#adapters.get().declineTransaction === 'function';
    } catch {
      return false;
    }
  }

  /** Runs the work of an answer so that nothing it throws (an answer it cannot use) leaves the screen busy. */
  async #run(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (isBusy(this.#state)) this.#fail(OtpError.from(error));
    }
  }

  #fail(error: OtpError): void {
    const step = this.#state.step;
    const info = errorInfo(error);
    // A wrong code is about the code field: its message is tied to it, and it takes the focus.
    const fields = info.code === 'invalid-otp' && this.#state.step === 'review' && this.#state.method !== 'passkey' ? ['otp'] : [];
    this.#send({ type: 'failed', error: info, fields });
    this.#emit('otp-error', { flow: 'confirm', step, ...info, ...this.#about() });
    if (fields.length) this.#focusAfterUpdate('#otp');
  }

  /** The transaction the events are about. */
  #about(): { transaction?: string } {
    const handle = this.#loadedFor?.handle;
    return handle ? { transaction: handle } : {};
  }

  #emit<K extends keyof OtpFlowEvents>(type: K, detail: OtpFlowEvents[K], cancelable = false): boolean {
    return this.#host.dispatchEvent(flowEvent(type, detail, cancelable));
  }
}
