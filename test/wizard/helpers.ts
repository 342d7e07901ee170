// What the wizard tests share: mounting a wizard, finding what a customer sees, acting as a
// customer does (real key presses through @web/test-runner-commands).
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import type { OtpErrorDetail } from '../../src/events.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import type { OtpSoftKeyboard } from '../../src/otp-soft-keyboard.js';
import type { OtpSuspend } from '../../src/otp-suspend.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';

export type Wizard = OtpEnroll | OtpSuspend;
export type WizardTag = 'otp-enroll' | 'otp-suspend';

export interface MountOptions {
  adapter?: OtpHostAdapter;
  lang?: 'ja' | 'en';
  /** Default desktop, so that button order and labels are known; `auto` follows `width`. */
  layout?: 'auto' | 'desktop' | 'mobile';
  /** Width of the wizard's container in px (default 800). */
  width?: number;
  attributes?: Record<string, string>;
  /** Text for the `prepare` slot. */
  prepare?: string;
}

/** A wizard in a container of the given width, rendered and ready. */
export async function mount(tag: WizardTag, o: MountOptions = {}): Promise<Wizard> {
  const el = document.createElement(tag);
  el.setAttribute('lang', o.lang ?? 'ja');
  el.setAttribute('layout', o.layout ?? 'desktop');
  for (const [name, value] of Object.entries(o.attributes ?? {})) el.setAttribute(name, value);
  if (o.adapter) el.adapter = o.adapter;
  if (o.prepare) {
    const guide = document.createElement('p');
    guide.slot = 'prepare';
    guide.textContent = o.prepare;
    el.append(guide);
  }
  await fixture(html`<div style="width: ${o.width ?? 800}px">${el}</div>`);
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

export function contractIdInput(el: Wizard): HTMLInputElement {
  return el.querySelector('input[autocomplete="username"]')!;
}

export function passwordInput(el: Wizard): HTMLInputElement {
  return el.querySelector('input[autocomplete="current-password"]')!;
}

export function tokenIdInput(el: Wizard): HTMLInputElement {
  return shadow(el).querySelector('#token-id')!;
}

export function codeField(el: Wizard, id: 'otp' | 'next-otp' = 'otp'): OtpTokenField {
  return shadow(el).querySelector(`#${id}`)!;
}

/**
 * What the code field's inner input is described by: the text of each element its
 * aria-describedby names, in order. Every id must resolve within the field's shadow root, the
 * only tree the reference can reach.
 */
export function codeDescription(field: OtpTokenField): string {
  const root = field.shadowRoot!;
  const ids = root.querySelector('input')!.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => {
      const target = root.getElementById(id);
      if (!target) throw new Error(`aria-describedby names #${id}, which is not in the field's shadow root`);
      return target.textContent!.trim();
    })
    .filter(Boolean)
    .join(' ');
}

export function primaryButton(el: Wizard): HTMLButtonElement {
  return shadow(el).querySelector('[part~="primary-button"]')!;
}

export function secondaryButton(el: Wizard): HTMLButtonElement {
  return shadow(el).querySelector('[part~="secondary-button"]')!;
}

/** The button labels in DOM (= focus) order. */
export function buttonLabels(el: Wizard): string[] {
  return [...shadow(el).querySelectorAll('[part~="button"]')].map((b) => b.textContent!.trim());
}

export function heading(el: Wizard): HTMLElement {
  return shadow(el).querySelector('[part="heading"]')!;
}

/** The alert region for adapter errors. */
export function alertText(el: Wizard): string {
  return shadow(el).querySelector('[part="error"]')!.textContent!.trim();
}

/** The step heading's own words, without the step's position that precedes them. */
export function headingText(el: Wizard): string {
  const h = heading(el).cloneNode(true) as HTMLElement;
  h.querySelector('[part="step-position"]')?.remove();
  return h.textContent!.trim();
}

/** The step's position as the heading says it ("ステップ2/3"), or '' where there is none. */
export function stepPosition(el: Wizard): string {
  return heading(el).querySelector('[part="step-position"]')?.textContent!.trim() ?? '';
}

/**
 * Opens the software keyboard with its toggle and waits until it is there: its code loads when
 * first opened.
 */
export async function openKeyboard(el: Wizard): Promise<OtpSoftKeyboard> {
  shadow(el).querySelector<HTMLButtonElement>('[part="keyboard-toggle"]')!.click();
  await el.updateComplete;
  await customElements.whenDefined('otp-soft-keyboard');
  const keyboard = shadow(el).querySelector<OtpSoftKeyboard>('otp-soft-keyboard')!;
  await keyboard.updateComplete;
  return keyboard;
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses `target` and types `text` with real key presses. */
export async function type(target: HTMLElement, text: string): Promise<void> {
  target.focus();
  await sendKeys({ type: text });
}

/** Resolves when the wizard fires `otp-step` for `step`. Start waiting before acting. */
export async function stepShown(el: Wizard, step: string): Promise<void> {
  for (;;) {
    const event = await oneEvent(el, 'otp-step');
    if (event.detail.step === step) return;
  }
}

/** Types the contract ID and the password with real key presses. */
export async function typeCredentials(el: Wizard, contractId: string, password: string): Promise<void> {
  await type(contractIdInput(el), contractId);
  await type(passwordInput(el), password);
}

/** Puts the credentials in, presses 次へ and waits for the `otp-error` the adapter answers with, rendered. */
export async function authenticateFailing(el: Wizard, contractId: string, password: string): Promise<OtpErrorDetail> {
  contractIdInput(el).value = contractId;
  passwordInput(el).value = password;
  const failed = oneEvent(el, 'otp-error');
  primaryButton(el).click();
  const { detail } = await failed;
  await el.updateComplete;
  return detail;
}

/** Types the credentials, presses 次へ and waits for the step `next`. */
export async function authenticate(el: Wizard, contractId: string, password: string, next: string): Promise<void> {
  await typeCredentials(el, contractId, password);
  const shown = stepShown(el, next);
  primaryButton(el).click();
  await shown;
}
