import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Seconds of warning before a time limit of `seconds` ends: 60, less for a short limit, never
 * under 20 (WCAG 2.2.1 asks for at least 20 s to act before time runs out).
 */
export function warningLead(seconds: number): number {
  return Math.min(60, Math.max(20, Math.floor(seconds / 3)));
}

export interface DeadlineOptions {
  /** The time is up; called once, after the deadline stopped itself. */
  ended(): void;
  /** The warning began (see `warnedAt`). */
  warned?(): void;
  /** Re-render the host each time the whole seconds left change, for a visible countdown. */
  everySecond?: boolean;
}

/**
 * A time limit the bank set (a session, a transaction), counted from its end time, so that a
 * page that sleeps, or a host that leaves the page and comes back, sees the true time left. It
 * re-renders its host when the warning begins (`warningLead` seconds before the end) and tells it
 * when the time is up. Shared by the wizards' session time and `<otp-confirm>`'s countdown.
 */
export class Deadline implements ReactiveController {
  #endsAt?: number;
  #lead = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #warnedAt?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DeadlineOptions,
  ) {
    host.addController(this);
  }

  /**
   * Counts down a limit that ends `seconds` after `since` (default now; again from the start if one
   * was running).
   */
  start(seconds: number, since = Date.now()): void {
    this.#lead = warningLead(seconds);
    this.#endsAt = since + seconds * 1000;
    this.#warnedAt = undefined;
    this.#schedule();
  }

  /** Nothing to count down any more. */
  stop(): void {
    if (this.#endsAt === undefined) return;
    this.#endsAt = this.#warnedAt = undefined;
    clearTimeout(this.#timer);
    this.host.requestUpdate();
  }

  /** Whole seconds left, rounded up (0 only once the time is up or nothing runs). */
  get secondsLeft(): number {
    return this.#endsAt === undefined ? 0 : Math.max(0, Math.ceil((this.#endsAt - Date.now()) / 1000));
  }

  /**
   * Seconds left when the warning began, or undefined before: a warning says it once and is not
   * counted down, so that an alert region does not announce it again and again.
   */
  get warnedAt(): number | undefined {
    return this.#warnedAt;
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#endsAt === undefined) return;
    const left = this.#endsAt - Date.now();
    if (left <= 0) {
      this.stop();
      this.options.ended();
      return;
    }
    const warnIn = left - this.#lead * 1000;
    if (warnIn <= 0 && this.#warnedAt === undefined) {
      this.#warnedAt = Math.ceil(left / 1000);
      this.options.warned?.();
      this.host.requestUpdate();
    }
    let next = warnIn > 0 ? warnIn : left;
    if (this.options.everySecond) {
      // The whole seconds shown change when `left` crosses a multiple of a second.
      next = Math.min(next, left % 1000 || 1000);
      this.host.requestUpdate();
    }
    this.#timer = setTimeout(() => this.#schedule(), next);
  }
}
