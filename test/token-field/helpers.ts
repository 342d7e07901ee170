// Shared test helpers for <otp-token-field>: real keys, real and dispatched pastes.
import { fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { OtpTokenField } from '../../src/otp-token-field.js';

/**
 * Renders a template and waits until the fields in it have rendered. Unlike fixture(), it
 * waits for no animation frame, which a test page running in a background tab never gets.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const fields = root.matches('otp-token-field') ? [root] : [...root.querySelectorAll('otp-token-field')];
  await Promise.all(fields.map((field) => (field as OtpTokenField).updateComplete));
  return root;
}

export const inner = (el: OtpTokenField): HTMLInputElement => el.shadowRoot!.querySelector('input')!;

export const errorOf = (el: OtpTokenField): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part=error]')!;

/** The text in the error/hint element, as a screen reader would read it. */
export const errorText = (el: OtpTokenField): string => errorOf(el).textContent!.trim();

/** Focuses the field and types with the real keyboard. */
export async function type(el: OtpTokenField, text: string): Promise<void> {
  if (el.shadowRoot!.activeElement !== inner(el)) el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function press(el: OtpTokenField, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * Leaves the field with a real Tab to a button placed after it: with nothing after it, Tab
 * would go to the browser's own UI or wrap around, differently in each browser.
 */
export async function tabAway(el: OtpTokenField): Promise<void> {
  const next = document.createElement('button');
  next.textContent = 'next';
  el.after(next);
  await sendKeys({ press: 'Tab' });
  const reached = document.activeElement === next;
  next.remove();
  if (!reached) throw new Error('Tab did not leave the field');
  await el.updateComplete;
}

async function chord(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

/** Puts the caret (or a selection) into the inner input, as the user would by clicking. */
export function caret(el: OtpTokenField, start: number, end = start): void {
  el.focus();
  inner(el).setSelectionRange(start, end);
}

/**
 * A real clipboard paste: the text is copied from a helper textarea with Control+C, then the
 * field gets Control+V at its current selection (or at its end when it was not focused).
 */
export async function clipboardPaste(el: OtpTokenField, text: string): Promise<void> {
  const input = inner(el);
  const selection = el.shadowRoot!.activeElement === input ? [input.selectionStart!, input.selectionEnd!] : null;
  const helper = document.createElement('textarea');
  document.body.append(helper);
  helper.value = text;
  helper.focus();
  helper.select();
  await chord('c');
  helper.remove();
  el.focus();
  if (selection) input.setSelectionRange(selection[0], selection[1]);
  await chord('v');
  await el.updateComplete;
}

/**
 * A paste event as the browser fires it, with the text in a real DataTransfer; returns it.
 * Firefox ignores `clipboardData` in the constructor and reads its own `dataType` and `data`.
 */
export async function dispatchPaste(el: OtpTokenField, text: string): Promise<ClipboardEvent> {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const init = { clipboardData, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true };
  const event = new ClipboardEvent('paste', init);
  inner(el).dispatchEvent(event);
  await el.updateComplete;
  return event;
}

/** Collects the events of the given types that reach `target`. */
export function record<T extends Event = Event>(target: EventTarget, ...types: string[]): T[] {
  const seen: T[] = [];
  for (const t of types) target.addEventListener(t, (e) => seen.push(e as T));
  return seen;
}
