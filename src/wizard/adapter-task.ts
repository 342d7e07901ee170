import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OtpError } from '../adapters/otp-error.js';

/** How an adapter call ended, when its result still matters. */
export type CallOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: OtpError };

/**
 * Runs the wizard's adapter calls the way `@lit/task` runs tasks: each call gets its own
 * `AbortSignal`, starting a call aborts the one before it, and a call that was aborted or
 * superseded resolves to `undefined`, so its late answer never reaches the UI. Removing the host
 * from the page aborts the running call.
 */
export class AdapterTask implements ReactiveController {
  #running?: AbortController;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Resolves to the outcome, or to `undefined` when the call no longer matters. */
  async run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<CallOutcome<T> | undefined> {
    this.#running?.abort();
    const controller = new AbortController();
    this.#running = controller;
    let outcome: CallOutcome<T>;
    try {
      outcome = { ok: true, value: await call(controller.signal) };
    } catch (error) {
      // Whatever else an adapter throws is `unknown`, and its message is never shown.
      outcome = { ok: false, error: OtpError.from(error) };
    }
    if (this.#running !== controller) return undefined;
    this.#running = undefined;
    return outcome;
  }

  hostDisconnected(): void {
    this.#running?.abort();
    this.#running = undefined;
  }
}
