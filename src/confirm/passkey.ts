// The device's passkey prompt for <otp-confirm>'s passkey way, on the platform's WebAuthn JSON
// helpers (PublicKeyCredential.parseRequestOptionsFromJSON, credential.toJSON()). Loaded when the
// customer first confirms with a passkey, never before.
import type { AuthenticationResponseJSON } from '../adapters/types.js';
import type { PromptProblem } from './machine.js';
import { passkeyRequestOptions, type CheckedRequestOptions } from './transaction.js';

/** How the prompt ended: the signed assertion, or why there is none. */
export type PromptOutcome = { readonly credential: AuthenticationResponseJSON } | { readonly problem: PromptProblem };

/** Whether this browser can run the prompt at all. */
export function canSignWithPasskey(): boolean {
  return typeof PublicKeyCredential === 'function' && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function' && !!navigator.credentials;
}

/**
 * Asks the device to sign the bank's challenge (derived from the transaction) with a passkey.
 * Every way the prompt can end without a credential is a `problem`, never a thrown error; only
 * an abort of `signal` (the element left the page, or the call was superseded) rejects.
 */
export async function signWithPasskey(options: CheckedRequestOptions, signal: AbortSignal): Promise<PromptOutcome> {
  if (!canSignWithPasskey()) return { problem: 'unsupported' };
  const started = Date.now();
  let credential: Credential | null;
  try {
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(passkeyRequestOptions(options));
    credential = await navigator.credentials.get({ publicKey, signal });
  } catch (error) {
    signal.throwIfAborted();
    return { problem: problemOf(error, options.timeout, Date.now() - started) };
  }
  if (!(credential instanceof PublicKeyCredential) || typeof credential.toJSON !== 'function') return { problem: 'failed' };
  return { credential: credential.toJSON() as AuthenticationResponseJSON };
}

/**
 * What a failed prompt means for the customer. Browsers answer `NotAllowedError` alike for a
 * closed prompt, a refused one and one that timed out (so that a page cannot tell whether a
 * passkey exists); only the time it took tells the last apart.
 */
function problemOf(error: unknown, timeoutMs: number | undefined, tookMs: number): PromptProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError') return timeoutMs !== undefined && tookMs >= timeoutMs ? 'timed-out' : 'cancelled';
  if (name === 'SecurityError') return 'security';
  if (name === 'NotSupportedError') return 'unsupported';
  return 'failed';
}
