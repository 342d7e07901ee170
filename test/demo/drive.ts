// Drives a wizard inside a demo page with the real keyboard, as an evaluator would.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import { totpStep } from '../../src/bank/totp.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import type { OtpSuspend } from '../../src/otp-suspend.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';

type Wizard = OtpEnroll | OtpSuspend;

export const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
};

/** Focuses `target` and types `text` with real key presses. */
export async function typeInto(target: HTMLElement, text: string): Promise<void> {
  target.focus();
  await sendKeys({ type: text });
}

export async function waitForStep(wizard: Wizard, step: string): Promise<void> {
  await waitUntil(() => wizard.step === step, `<${wizard.localName}> did not reach step "${step}" (at "${wizard.step}")`, {
    timeout: 8000,
  });
  await wizard.updateComplete;
}

/** The step's main button (次へ, 登録, 利用停止…). */
export function primaryButton(wizard: Wizard): HTMLButtonElement {
  const button = shadow(wizard).querySelector<HTMLButtonElement>('[part~="primary-button"]');
  if (!button) throw new Error(`<${wizard.localName}> shows no primary button at step "${wizard.step}"`);
  return button;
}

/** Contract ID and password into the light-DOM inputs, then Enter, as a customer would. */
export async function authenticate(wizard: Wizard, contractId: string, password: string): Promise<void> {
  await waitForStep(wizard, 'authenticate');
  const id = wizard.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
  const secret = wizard.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!;
  await typeInto(id, contractId);
  await typeInto(secret, password);
  await sendKeys({ press: 'Enter' });
}

/** Token ID and code on the register step of <otp-enroll>, then Enter in the code field. */
export async function register(enroll: OtpEnroll, tokenId: string, code: string): Promise<void> {
  await waitForStep(enroll, 'register');
  const root = shadow(enroll);
  await typeInto(root.querySelector<HTMLInputElement>('#token-id')!, tokenId);
  const field = root.querySelector<OtpTokenField>('#otp')!;
  await typeInto(field, code);
  await sendKeys({ press: 'Enter' });
}

/**
 * The demo offers a passkey after the token (passkey="offer"): waits for that step, ready, and
 * goes on without one (今はしない / Not now).
 */
export async function skipPasskey(enroll: OtpEnroll): Promise<void> {
  await waitForStep(enroll, 'passkey');
  await waitUntil(() => primaryButton(enroll).getAttribute('aria-disabled') === null, 'the passkey step stayed busy', { timeout: 8000 });
  shadow(enroll).querySelector<HTMLButtonElement>('[part~="secondary-button"]')!.click();
}

/** The codes a demo token shows around now: the displayed one may lag a step by a few ms. */
export function recentCodes(tokenId: string): string[] {
  const step = totpStep(Date.now()) * 30_000;
  return [-1, 0, 1].map((d) => demoTokenCode(tokenId, step + d * 30_000));
}
