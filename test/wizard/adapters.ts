// Adapters for the wizard tests. `recording` wraps a real adapter (the demo bank or the fetch
// adapter) and only watches it; `failing` throws a given error, to test how each error is shown.
import { OtpError, type OtpErrorCode } from '../../src/adapters/otp-error.js';
import type { OtpCallOptions, OtpHostAdapter } from '../../src/adapters/types.js';

type Method = 'authenticate' | 'registerToken' | 'suspend' | 'provision' | 'passkeyOptions' | 'registerPasskey';

export interface RecordedCall {
  method: Method;
  request: Record<string, unknown>;
  signal: AbortSignal;
  /** The real adapter's answer (settles even when the wizard no longer waits for it). */
  answer: Promise<unknown>;
}

export interface RecordingAdapter extends OtpHostAdapter {
  readonly calls: RecordedCall[];
  /** While held, calls wait before reaching the real adapter. */
  hold(): void;
  release(): void;
}

export interface RecordingOptions {
  /** Pass the real adapter a signal of its own, as an adapter that ignores aborts would behave. */
  ignoreAbort?: boolean;
}

/** Watches every call the wizard makes to `real`: request, signal, answer. */
export function recording(real: OtpHostAdapter, { ignoreAbort = false }: RecordingOptions = {}): RecordingAdapter {
  const calls: RecordedCall[] = [];
  let gate: Promise<void> = Promise.resolve();
  let open = (): void => {};
  const wrap =
    <R, A>(method: Method, call: (req: R, o: OtpCallOptions) => Promise<A>) =>
    (req: R, o: OtpCallOptions): Promise<A> => {
      const signal = ignoreAbort ? new AbortController().signal : o.signal;
      const answer = gate.then(() => call(req, { signal }));
      calls.push({ method, request: { ...req } as Record<string, unknown>, signal: o.signal, answer: answer.catch((e: unknown) => e) });
      return answer;
    };
  return {
    calls,
    hold: () => void (gate = new Promise((resolve) => (open = resolve))),
    release: () => open(),
    authenticate: wrap('authenticate', real.authenticate.bind(real)),
    registerToken: wrap('registerToken', real.registerToken.bind(real)),
    suspend: wrap('suspend', real.suspend.bind(real)),
    ...(real.provision ? { provision: wrap('provision', real.provision.bind(real)) } : {}),
    ...(real.passkeyOptions ? { passkeyOptions: wrap('passkeyOptions', real.passkeyOptions.bind(real)) } : {}),
    ...(real.registerPasskey ? { registerPasskey: wrap('registerPasskey', real.registerPasskey.bind(real)) } : {}),
  };
}

/** An adapter whose every call fails with `error` (an OtpError, or anything else thrown). */
export function failing(error: unknown): OtpHostAdapter {
  const fail = async (): Promise<never> => {
    throw error;
  };
  return { authenticate: fail, registerToken: fail, suspend: fail };
}

export function otpError(code: OtpErrorCode, options: { remainingAttempts?: number; retryAfter?: number } = {}): OtpError {
  return new OtpError(code, `test: ${code}`, options);
}
