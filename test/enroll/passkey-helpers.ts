// Driving <otp-enroll>'s passkey step as a customer does: bind the token (passkey="offer"), or
// authenticate and type the token's code (mode="passkey"), then press the step's buttons.
import { oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { OtpCompleteDetail, OtpErrorDetail } from '../../src/events.js';
import '../../src/otp-enroll.js';
import { authenticate, codeField, primaryButton, secondaryButton, shadow, stepShown, tokenIdInput, type, type Wizard } from '../wizard/helpers.js';
import { demoTokenId } from './driver.js';

/** The customer with a token bound (VSST87654321), who can add a passkey in mode="passkey". */
export const boundCustomer = { contractId: '2345678901', password: 'Passw0rd!', tokenId: 'VSST87654321' };

/** The trail entries as shown (their separators are drawn by the styles). */
export function trail(el: Wizard): string[] {
  return [...shadow(el).querySelectorAll('[part~="trail-step"]')].map((entry) => entry.textContent!.trim());
}

/** How the last prompt ended, as the step says it ('' when it says nothing). */
export function ending(el: Wizard): string {
  return shadow(el).querySelector('[part="passkey-ending"]')?.textContent!.trim() ?? '';
}

/** Once nothing runs: the step's module loaded, a call or the prompt answered, its code fields rendered (in English, once their texts loaded). */
export async function idle(el: Wizard): Promise<void> {
  await waitUntil(() => primaryButton(el).getAttribute('aria-disabled') === null, 'the wizard stayed busy', { timeout: 10_000 });
  await el.updateComplete;
  await Promise.all([...shadow(el).querySelectorAll<LitElement>('otp-token-field')].map((field) => field.updateComplete));
}

/** Registers the demo token with `code` on the register step, and waits for the passkey step, ready. */
export async function bindToken(el: Wizard, code: string): Promise<void> {
  await type(tokenIdInput(el), demoTokenId);
  await type(codeField(el), code);
  const shown = stepShown(el, 'passkey');
  primaryButton(el).click();
  await shown;
  await idle(el);
}

/** Authenticates (the step after it is `next`) and, for the passkey step, waits until it is ready. */
export async function signIn(el: Wizard, contractId: string, next: string): Promise<void> {
  await authenticate(el, contractId, 'Passw0rd!', next);
  await idle(el);
}

/** Presses the step's primary button and waits until it answered (a prompt that ended, a failure shown). */
export async function press(el: Wizard): Promise<void> {
  primaryButton(el).click();
  await el.updateComplete;
  await idle(el);
}

/** Presses the primary button and resolves with the flow's `otp-complete`. */
export async function pressToComplete(el: Wizard): Promise<OtpCompleteDetail> {
  const completed = oneEvent(el, 'otp-complete');
  primaryButton(el).click();
  const { detail } = await completed;
  await el.updateComplete;
  return detail;
}

/** Presses the primary button and resolves with the `otp-error` it ends in. */
export async function pressToError(el: Wizard): Promise<OtpErrorDetail> {
  const failed = oneEvent(el, 'otp-error');
  primaryButton(el).click();
  const { detail } = await failed;
  await idle(el);
  return detail;
}

/** Presses 今はしない / Not now and resolves with the flow's `otp-complete`. */
export async function skip(el: Wizard): Promise<OtpCompleteDetail> {
  const completed = oneEvent(el, 'otp-complete');
  secondaryButton(el).click();
  const { detail } = await completed;
  await el.updateComplete;
  return detail;
}

/** Whether the page has fetched a module whose path contains `path` (e.g. the WebAuthn code). */
export function fetched(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
}
