// The device's passkey prompt for <otp-confirm>'s passkey way: the shared WebAuthn ceremony
// (src/webauthn/ceremony.ts, which `<otp-enroll>`'s passkey step uses too), with its endings said
// as this element says them. Loaded when the customer first confirms with a passkey, never before.
import type { AuthenticationResponseJSON } from '../adapters/types.js';
import { getPasskey } from '../webauthn/ceremony.js';
import { hasWebAuthn } from '../webauthn/support.js';
import type { PromptProblem } from './machine.js';
import { passkeyRequestOptions, type CheckedRequestOptions } from './transaction.js';

/** How the prompt ended: the signed assertion, or why there is none. */
export type PromptOutcome = { readonly credential: AuthenticationResponseJSON } | { readonly problem: PromptProblem };

/**
 * Asks the device to sign the bank's challenge (derived from the transaction) with a passkey.
 * Every way the prompt can end without a credential is a `problem`, never a thrown error; only
 * an abort of `signal` (the element left the page, or the call was superseded) rejects.
 */
export async function signWithPasskey(options: CheckedRequestOptions, signal: AbortSignal): Promise<PromptOutcome> {
  if (!hasWebAuthn()) return { problem: 'unsupported' };
  const started = Date.now();
  let outcome: Awaited<ReturnType<typeof getPasskey>>;
  try {
    outcome = await getPasskey(passkeyRequestOptions(options), signal);
  } catch {
    // Options this page cannot use (an RP ID that is not its own): a lookalike site, say.
    signal.throwIfAborted();
    return { problem: 'security' };
  }
  signal.throwIfAborted();
  switch (outcome.kind) {
    case 'done':
      return { credential: outcome.credential };
    // Browsers answer alike for a closed prompt, a refused one and one that timed out (so that a
    // page cannot tell whether a passkey exists); only the time it took tells the last apart.
    case 'not-allowed':
      return { problem: options.timeout !== undefined && Date.now() - started >= options.timeout ? 'timed-out' : 'cancelled' };
    case 'no-user-verification':
    case 'no-authenticator':
    case 'unsupported':
      return { problem: outcome.kind };
    default:
      return { problem: 'failed' };
  }
}
