import { html, type CSSResult } from 'lit';
import { OtpError, type OtpErrorCode } from '../adapters/otp-error.js';
import type { Translations } from '../i18n/localize.js';
import { addStyles } from '../styles/add-styles.js';
import type { WizardStrings } from './i18n/strings.js';
import { isBusy } from './machine.js';
import type { StepRun, StepView, WizardStep } from './step.js';

/** What a lazy step's module gives: the step, and the texts that came with it. */
export interface LoadedStep<S extends WizardStrings> {
  step: WizardStep<S>;
  /**
   * Added to the wizard's texts (under the host's `strings`) once loaded, before the step renders:
   * the step's own, and the result's (which follows an action step), in every language.
   */
  texts?: Translations<Partial<S>>;
  /** Added to the wizard's styles once loaded. */
  styles?: readonly CSSResult[];
}

/**
 * A step whose module loads on the way to it (a dynamic import): while the step before it makes
 * its call (`preload`, unless `loadsAhead` is false), or when the step is shown. A page that never
 * comes near the step never loads it, nor its texts and styles. Until the step is there it shows
 * `pending` while busy; when loading fails, the wizard says `network` and the primary button tries
 * again. Once loaded, it is that step.
 */
export class LazyStep<S extends WizardStrings = WizardStrings, H = unknown> implements WizardStep<S> {
  readonly name: string;
  readonly #host: H;
  readonly #load: (host: H) => Promise<LoadedStep<S>>;
  readonly #pending: (run: StepRun<S>, host: H) => StepView;
  readonly #loadsAhead: boolean;
  /** The module's import, once asked for (forgotten when it fails, so that it can be asked again). */
  #loading?: Promise<LoadedStep<S>>;
  /** Loaded ahead: its texts and styles are added when it is entered. */
  #loaded?: LoadedStep<S>;
  #step?: WizardStep<S>;

  /**
   * @param host what `load` and `pending` are given (the wizard): they can then be functions that
   *   every wizard shares, rather than closures each one keeps
   * @param load imports the step's module and makes the step (named `name`)
   * @param pending what is shown until it is there
   * @param loadsAhead whether `preload` loads it (else it loads when shown)
   */
  constructor(
    name: string,
    host: H,
    load: (host: H) => Promise<LoadedStep<S>>,
    pending: (run: StepRun<S>, host: H) => StepView,
    { loadsAhead = true } = {},
  ) {
    this.name = name;
    this.#host = host;
    this.#load = load;
    this.#pending = pending;
    this.#loadsAhead = loadsAhead;
  }

  view(run: StepRun<S>): StepView {
    return this.#step ? this.#step.view(run) : this.#pending(run, this.#host);
  }

  submit(run: StepRun<S>): void | Promise<void> {
    return this.#step ? this.#step.submit(run) : this.#fetch(run);
  }

  focus(field: string, run: StepRun<S>): void {
    this.#step?.focus?.(field, run);
  }

  fieldsOf(code: OtpErrorCode): readonly string[] {
    return this.#step?.fieldsOf?.(code) ?? [];
  }

  entered(run: StepRun<S>): void {
    if (!this.#step && this.#loaded) this.#install(this.#loaded, run);
    if (this.#step) this.#step.entered?.(run);
    else void this.#fetch(run);
  }

  left(): void {
    this.#step?.left?.();
  }

  reset(): void {
    this.#step?.reset?.();
  }

  async preload(): Promise<void> {
    if (this.#loadsAhead) await this.#module().catch(() => undefined);
  }

  #module(): Promise<LoadedStep<S>> {
    this.#loading ??= this.#load(this.#host).then(
      (loaded) => (this.#loaded = loaded),
      (error: unknown) => {
        this.#loading = undefined;
        throw new OtpError('network', `the ${this.name} step could not be loaded`, { cause: error });
      },
    );
    return this.#loading;
  }

  #install(loaded: LoadedStep<S>, run: StepRun<S>): void {
    if (loaded.texts) run.addTexts(loaded.texts);
    if (loaded.styles) addStyles(run.root, loaded.styles);
    this.#step = loaded.step;
  }

  /** Loads the step as the wizard's one running call, then shows it as if it had just been entered. */
  async #fetch(run: StepRun<S>): Promise<void> {
    if (!run.start({})) return;
    const loaded = await run.call(() => this.#module());
    if (!loaded) return;
    this.#install(loaded, run);
    run.arrived();
    loaded.step.entered?.(run);
  }
}

/**
 * A lazy step until it is there (`pending` of `LazyStep`), from texts of the first load: busy, a
 * word that it is coming; when it could not load, its heading and a button that tries again.
 */
export function pendingView(
  { text, state }: StepRun,
  heading: string,
  retry: string,
  buttons: Pick<StepView, 'secondary' | 'secondarySkips'>,
): StepView {
  const loading = isBusy(state);
  return { heading, body: loading ? html`<p class="hint">${text.busy}</p>` : html``, primary: loading ? text.next : retry, ...buttons };
}
