import { OtpError, type OtpErrorCode } from '../adapters/otp-error.js';
import type { Translations } from '../i18n/localize.js';
import type { WizardStrings } from './i18n/strings.js';
import type { StepRun, StepView, WizardStep } from './step.js';

/** What a lazy step's module gives: the step, and the texts that came with it. */
export interface LoadedStep<S extends WizardStrings> {
  step: WizardStep<S>;
  /** Added to the wizard's texts (under the host's `strings`) once loaded. */
  texts?: Translations<Partial<S>>;
}

/**
 * A step whose module loads when the step is first shown (a dynamic import), so that a page that
 * never shows it never loads it, nor its texts. Until the step is there it shows `pending` while
 * busy; when loading fails, the wizard says `network` and the primary button tries again. Once
 * loaded, it is that step.
 */
export class LazyStep<S extends WizardStrings = WizardStrings> implements WizardStep<S> {
  readonly name: string;
  readonly #load: () => Promise<LoadedStep<S>>;
  readonly #pending: (run: StepRun<S>) => StepView;
  #step?: WizardStep<S>;

  /**
   * @param load imports the step's module and makes the step (named `name`)
   * @param pending what is shown until it is there
   */
  constructor(name: string, load: () => Promise<LoadedStep<S>>, pending: (run: StepRun<S>) => StepView) {
    this.name = name;
    this.#load = load;
    this.#pending = pending;
  }

  view(run: StepRun<S>): StepView {
    return this.#step ? this.#step.view(run) : this.#pending(run);
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
    if (this.#step) this.#step.entered?.(run);
    else void this.#fetch(run);
  }

  left(): void {
    this.#step?.left?.();
  }

  reset(): void {
    this.#step?.reset?.();
  }

  /** Loads the step as the wizard's one running call, then shows it as if it had just been entered. */
  async #fetch(run: StepRun<S>): Promise<void> {
    if (!run.start({})) return;
    const loaded = await run.call(() =>
      this.#load().catch((error: unknown) => {
        throw new OtpError('network', `the ${this.name} step could not be loaded`, { cause: error });
      }),
    );
    if (!loaded) return;
    if (loaded.texts) run.addTexts(loaded.texts);
    this.#step = loaded.step;
    run.answered();
    loaded.step.entered?.(run);
  }
}
