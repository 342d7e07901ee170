import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { OtpErrorCode } from '../adapters/otp-error.js';
import type { OtpHostAdapter } from '../adapters/types.js';
import type { OtpLang } from '../i18n/localize.js';
import { AdapterTask } from './adapter-task.js';
import { Deadline } from './deadline.js';
import type { WizardStrings } from './i18n/strings.js';
import { formatWait } from './i18n/wait.js';

/** The longest session the wizard counts down (a day); a bank's answer beyond it is not believed. */
const longest = 86_400;

/** A session length the bank may give: whole or fractional seconds, above 0. */
export function isSessionLength(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && value <= longest;
}

interface Extension {
  /** The session to extend. */
  readonly session: string;
  readonly adapter: OtpHostAdapter;
}

/** A session as the bank gave it, kept by the wizard until this module is there to count it. */
export interface SessionStart {
  /** Its length in seconds, as the adapter answered (counted only if `isSessionLength`). */
  readonly expiresIn?: number;
  /** When the wizard took the bank's answer, in milliseconds since the epoch: the session is counted from then. */
  readonly since: number;
  readonly extension: Extension;
}

/**
 * Session time (WCAG 2.2.1 Timing Adjustable): counts down the bank's session (see `Deadline`),
 * warns in the wizard's `role="alert"` region before it ends, with a button that extends it where the
 * adapter can (`extendSession`), and tells the wizard when it has run out.
 */
export class SessionTime {
  /** Made when the first session starts (after authenticate): a first step counts no time. */
  #deadline?: Deadline;
  #extension?: Extension;
  #extending = false;
  #extendFailed?: OtpErrorCode;
  #extended = false;
  /** Where focus was before it reached the extend button, to return it there. */
  #returnFocus?: HTMLElement;
  /** The extension's call; made when the customer first asks for one. */
  #task?: AdapterTask;

  /**
   * @param host re-rendered when the warning starts or ends
   * @param expired called once the session has run out
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly expired: () => void,
  ) {}

  /**
   * Counts down a session that ends `expiresIn` seconds after `since` (default now); `extension`
   * when it can be extended.
   */
  start(expiresIn: number, extension?: Extension, since?: number): void {
    this.#extension = extension;
    this.#extendFailed = undefined;
    this.#deadline ??= new Deadline(this.host, {
      ended: () => {
        this.stop();
        this.expired();
      },
      // A new warning replaces the news of the last extension.
      warned: () => (this.#extended = false),
    });
    this.#deadline.start(expiresIn, since);
  }

  /** No session to count down any more (it ended, or the flow left its action steps). */
  stop(): void {
    this.#deadline?.stop();
    this.#extension = undefined;
    this.#extended = false;
  }

  /** Polite news for the status region: the session was just extended. */
  status(text: WizardStrings): string {
    return this.#extended ? text.sessionExtended : '';
  }

  /**
   * What the warning region (the wizard's, always in the tree so that screen readers announce what
   * appears in it) holds: nothing until the warning begins.
   */
  render(text: WizardStrings, lang: OtpLang): TemplateResult | typeof nothing {
    const warned = this.#deadline?.warnedAt;
    const canExtend = !!this.#extension?.adapter.extendSession;
    return warned === undefined
      ? nothing
      : html`<p>${text.sessionWarning(formatWait(warned, lang), canExtend)}</p>${this.#extendFailed
            ? html`<p class="field-error">${text.errors[this.#extendFailed]({})}</p>`
            : nothing}${canExtend
            ? html`<button
                type="button"
                part="extend-button"
                aria-disabled=${this.#extending ? 'true' : nothing}
                @focusin=${this}
                @click=${this}
              >
                ${text.extendSession}
              </button>`
            : nothing}`;
  }

  /**
   * The extend button's `focusin` and `click`: Lit calls `handleEvent` of an object given as a
   * listener, so no wizard makes functions for a button that most never show.
   */
  handleEvent(event: Event): void {
    // By type, not instanceof: a wizard moved into another document gets that window's events.
    if (event.type === 'focusin') this.#rememberFocus(event as FocusEvent);
    else if (event.type === 'click') void this.#extend();
  }

  #rememberFocus(event: FocusEvent): void {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== event.currentTarget) this.#returnFocus = from;
  }

  async #extend(): Promise<void> {
    const extension = this.#extension;
    if (!extension?.adapter.extendSession || this.#extending) return;
    this.#extending = true;
    this.host.requestUpdate();
    this.#task ??= new AdapterTask(this.host);
    const outcome = await this.#task.run((signal) => extension.adapter.extendSession!({ session: extension.session }, { signal }));
    this.#extending = false;
    // Superseded, or the session ended meanwhile: nothing to show.
    if (!outcome || this.#extension !== extension) return;
    if (outcome.ok && isSessionLength(outcome.value?.expiresIn)) {
      const returnTo = this.#returnFocus;
      this.start(outcome.value.expiresIn, extension);
      this.#extended = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      // The button is gone: focus goes back where the customer was, else to the step's heading.
      const target = returnTo?.isConnected ? returnTo : this.host.shadowRoot?.querySelector<HTMLElement>('.heading');
      target?.focus();
      return;
    }
    const code = outcome.ok ? 'unknown' : outcome.error.code;
    if (code === 'session-expired') {
      this.stop();
      this.expired();
      return;
    }
    this.#extendFailed = code;
    this.host.requestUpdate();
  }
}
