import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OtpError } from '../adapters/otp-error.js';
import { reportMisconfiguration } from '../misconfiguration.js';

/** How an adapter call ended, when its result still matters. */
export type CallOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: OtpError };

/**
 * Runs the wizard's adapter calls the way `@lit/task` runs tasks: each call gets its own
 * `AbortSignal`, starting a call aborts the one before it, and a call that was aborted or
 * superseded resolves to `undefined`, so its late answer never reaches the UI. Removing the host
 * from the page aborts the running call. An adapter that throws anything but an `OtpError` is
 * reported to the page's developer once, in the console.
 */
export class AdapterTask implements ReactiveController {
  #running?: AbortController;
  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolves to the outcome, or to `undefined` when the call no longer matters. */
  async run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<CallOutcome<T> | undefined> {
    this.#running?.abort();
    const controller = new AbortController();
    this.#running = controller;
    let outcome: CallOutcome<T>;
    let thrown: unknown;
    try {
      outcome = { ok: true, value: await call(controller.signal) };
    } catch (error) {
      // Whatever else an adapter throws is `unknown`, and its message is never shown.
      outcome = { ok: false, error: OtpError.from(error) };
      thrown = error;
    }
    if (this.#running !== controller) return undefined;
    this.#running = undefined;
    if (!outcome.ok && !(thrown instanceof OtpError)) this.#reportForeign(thrown);
    return outcome;
  }

  /** Names what was thrown but not its message, which may quote what the customer typed. */
  #reportForeign(thrown: unknown): void {
    const what = thrown instanceof Error ? thrown.name : typeof thrown;
    reportMisconfiguration(
      this.#host,
      'adapter threw',
      `the host adapter threw ${what}, not an OtpError, so the customer is told "something went wrong" (code "unknown"). ` +
        'Throw OtpError with one of its codes (its message is not printed here: it may quote what the customer typed).',
    );
  }

  hostDisconnected(): void {
    this.#running?.abort();
    this.#running = undefined;
  }
}
