// What the <otp-confirm> tests share: mounting the element against a bank, finding what the
// customer sees, acting as a customer does (real key presses).
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoHostAdapter } from '../../src/adapters/demo.js';
import type { OtpHostAdapter, OtpPayee, OtpTransaction } from '../../src/adapters/types.js';
import { demoKeypadCode, demoTokenCode } from '../../src/bank/demo-data.js';
import type { OtpFlowEvents } from '../../src/events.js';
import '../../src/otp-confirm.js';
import type { OtpConfirm } from '../../src/otp-confirm.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';

export { deepActiveElement } from '../wizard/helpers.js';

export const holder = { contractId: '2345678901', password: 'Passw0rd!' } as const;
export const payee: OtpPayee = { bank: 'デモ銀行', branch: '本店営業部', accountType: '普通', account: '1234567', name: 'ヤマダ タロウ' };

export interface MountOptions {
  adapter?: OtpHostAdapter;
  transaction?: string;
  lang?: 'ja' | 'en';
  /** Default desktop; `auto` follows `width`. */
  layout?: 'auto' | 'desktop' | 'mobile';
  /** Width of the container in px (default 800). */
  width?: number;
  attributes?: Record<string, string>;
}

/** An <otp-confirm> in a container of the given width, its code loaded and its first screen rendered. */
export async function mount(o: MountOptions = {}): Promise<OtpConfirm> {
  const el = document.createElement('otp-confirm');
  el.setAttribute('lang', o.lang ?? 'ja');
  el.setAttribute('layout', o.layout ?? 'desktop');
  if (o.transaction !== undefined) el.setAttribute('transaction', o.transaction);
  for (const [name, value] of Object.entries(o.attributes ?? {})) el.setAttribute(name, value);
  if (o.adapter) el.adapter = o.adapter;
  await fixture(html`<div style="width: ${o.width ?? 800}px">${el}</div>`);
  await el.updateComplete;
  return el;
}

/**
 * A demo bank in the page, without latency, with a transfer from the holder to `to`. It offers
 * the code beside the keypad token, so that every way the element shows can be tested (the bank's
 * own policy, code only where nothing stronger is, is tested in test/bank/transactions.test.ts).
 */
export async function demoTransfer(to: OtpPayee = payee, value = '12345', options: ConstructorParameters<typeof DemoHostAdapter>[0] = {}) {
  const adapter = new DemoHostAdapter({ latencyMs: 0, codeWithStrongerWays: true, ...options });
  const { transaction } = await adapter.bank.createTransfer({ ...holder, payee: to, amount: { value, currency: 'JPY' } });
  return { adapter, transaction };
}

/** Mounts the element on a fresh demo transfer and waits for the review. */
export async function reviewing(o: MountOptions & { to?: OtpPayee } = {}) {
  const { adapter, transaction } = await demoTransfer(o.to);
  const el = await mountAt(o, adapter, transaction, 'review');
  return { el, adapter, transaction };
}

/** Mounts the element and waits until it shows `step`. */
export async function mountAt(o: MountOptions, adapter: OtpHostAdapter, transaction: string, step: string): Promise<OtpConfirm> {
  const el = document.createElement('otp-confirm');
  const shown = stepShown(el, step);
  el.setAttribute('lang', o.lang ?? 'ja');
  el.setAttribute('layout', o.layout ?? 'desktop');
  el.setAttribute('transaction', transaction);
  for (const [name, value] of Object.entries(o.attributes ?? {})) el.setAttribute(name, value);
  el.adapter = adapter;
  await fixture(html`<div style="width: ${o.width ?? 800}px">${el}</div>`);
  await shown;
  await el.updateComplete;
  return el;
}

/** An adapter answering `getTransaction` with `transaction` as given (however malformed), and `rest` for the other calls. */
export function answering(transaction: unknown, rest: Partial<OtpHostAdapter> = {}): OtpHostAdapter {
  return {
    authenticate: unused,
    registerToken: unused,
    suspend: unused,
    getTransaction: async () => structuredClone(transaction) as OtpTransaction,
    confirmTransaction: async () => ({ resultCode: '00042' }),
    declineTransaction: async () => {},
    ...rest,
  };
}

async function unused(): Promise<never> {
  throw new Error('not a call <otp-confirm> makes');
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const part = (el: Element, name: string): HTMLElement | null => shadow(el).querySelector(`[part~="${name}"]`);
export const text = (el: Element, name: string): string => part(el, name)?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
export const codeField = (el: Element): OtpTokenField => shadow(el).querySelector<OtpTokenField>('#otp')!;
export const primaryButton = (el: Element): HTMLButtonElement => part(el, 'primary-button') as HTMLButtonElement;
export const declineButton = (el: Element): HTMLButtonElement | null => part(el, 'decline-button') as HTMLButtonElement | null;

/** "This is not my transfer", then yes to the question it asks. */
export async function decline(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  declineButton(el)!.click();
  await el.updateComplete;
  (part(el, 'decline-confirm-button') as HTMLButtonElement).click();
}
export const methodRadio = (el: Element, method: string): HTMLInputElement => shadow(el).querySelector<HTMLInputElement>(`input[name="method"][value="${method}"]`)!;
/** The transfer's details as label → value, in order. */
export function details(el: Element): [string, string][] {
  return [...shadow(el).querySelectorAll('[part="details"] > div')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]);
}

/** Resolves when the element fires `otp-step` for `step`. Start waiting before acting. */
export async function stepShown(el: Element, step: string): Promise<void> {
  for (;;) {
    const event = await oneEvent(el, 'otp-step');
    if (event.detail.step === step) return;
  }
}

/** Resolves with the detail of the next `type` event. Start waiting before acting. */
export async function next<K extends keyof OtpFlowEvents>(el: Element, type: K): Promise<OtpFlowEvents[K]> {
  return (await oneEvent(el, type)).detail as OtpFlowEvents[K];
}

/** Focuses `target` and types `text` with real key presses. */
export async function type(target: HTMLElement, value: string): Promise<void> {
  target.focus();
  await sendKeys({ type: value });
}

/** The code the holder's soft token shows now. */
export const tokenCode = (time = Date.now()) => demoTokenCode('VSST87654321', time);
/** What the holder's keypad token shows now for `account` keyed in. */
export const keypadCode = (account: string = payee.account, time = Date.now()) => demoKeypadCode('KT20260001', account, time);
