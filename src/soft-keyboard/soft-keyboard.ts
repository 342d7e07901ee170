import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LocalizeController, holdUpdate } from '../i18n/localize.js';
import { clearText, deleteBackward, insertText, type TextState } from './edit.js';
import { keyChar, shuffledKeyOrder, type KeyOrder } from './keys.js';
import { isNavigationKey, neighbour } from './navigation.js';
import { ja } from './i18n/ja.js';
import type { SoftKeyboardStrings } from './i18n/strings.js';
import { styles } from './styles.js';

/**
 * An on-screen keyboard (ソフトウェアキーボード入力) that types into a password input, so a
 * keylogger on the customer's machine never sees the password typed. The keys are shuffled
 * each time the keyboard opens.
 *
 * Typing goes into `target` at its selection, sets `target.value` and dispatches a plain
 * `input` event (no `data`) on the target; the characters never reach an attribute, an event,
 * a live region or the console. After each key press a polite status says only how many
 * characters the input holds.
 *
 * Keyboard use: the keys form one tab stop (roving tabindex). Arrow keys move between keys as
 * they are drawn (Up/Down to the nearest key in the row above/below, Left/Right in reading
 * order), Home/End to the ends of a row, Enter or Space presses the focused key, Escape closes.
 * Focus stays on a pressed key. When the keyboard closes, its host should move focus back,
 * as a disclosure does: to the toggle that opened it (the wizards do so).
 *
 * @summary On-screen keyboard with shuffled keys that types into a password input.
 * @tagname otp-soft-keyboard
 *
 * @fires otp-keyboard-close - Close or Escape pressed; no detail. The host hides the keyboard
 * by clearing `open`.
 *
 * @csspart base - The keyboard (`role="group"`).
 * @csspart section - Each block of keys: digits, letters, symbols, control keys.
 * @csspart key - Every key button.
 * @csspart character-key - A key that types a character.
 * @csspart control-key - Shift, Backspace, Clear and Close.
 * @csspart shift-key - The Shift key.
 * @csspart backspace-key - The Backspace key.
 * @csspart clear-key - The Clear key.
 * @csspart close-key - The Close key.
 * @csspart pressed - The Shift key while it is on.
 *
 * @cssprop --otp-keyboard-background - Keyboard background; falls back to `--otp-color-surface`, then white.
 * @cssprop --otp-keyboard-border-color - Keyboard border; falls back to `--otp-color-border`, then `#767676`.
 * @cssprop --otp-keyboard-radius - Corner radius of keyboard and keys; falls back to `--otp-radius`, then `4px`.
 * @cssprop [--otp-keyboard-gap=0.25rem] - Space between keys.
 * @cssprop [--otp-keyboard-key-min-size=2.5rem] - Smallest key width and height, never under 24px; on touch screens 2.75rem and at least 44px.
 * @cssprop [--otp-keyboard-key-font-family=ui-monospace, …, monospace] - Font of the character keys: monospace, so l, 1 and I differ.
 * @cssprop [--otp-keyboard-key-background=#f4f6f8] - Key background.
 * @cssprop [--otp-keyboard-key-hover-background=#dde3ea] - Key background under the pointer.
 * @cssprop --otp-keyboard-key-color - Key text; falls back to `--otp-color-text`, then `#1f2328`.
 * @cssprop --otp-keyboard-key-border-color - Key border; falls back to `--otp-color-border`, then `#767676`.
 * @cssprop [--otp-keyboard-control-key-background=#e3e8ee] - Background of Shift, Backspace, Clear and Close.
 * @cssprop --otp-keyboard-pressed-background - Shift key while on; falls back to `--otp-color-primary`, then `#0b5394`.
 * @cssprop --otp-keyboard-pressed-color - Its text; falls back to `--otp-color-on-primary`, then white.
 */
export class OtpSoftKeyboard extends LitElement {
  static override styles = styles;
  // Declared as data, not with decorators, as every element of the package: Lit's decorators
  // would add their own code to the chunk.
  static override properties: PropertyDeclarations = {
    target: { attribute: false },
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
    shifted: { state: true },
    activeKey: { state: true },
    status: { state: true },
  };

  /** The input the keys type into (e.g. a slotted `<input type="password">`). */
  declare target: HTMLInputElement | null;

  /** Whether the keyboard is shown; each opening shuffles the keys. */
  declare open: boolean;

  /** Text overrides for the current language; any key of `SoftKeyboardStrings`. */
  declare strings: Partial<SoftKeyboardStrings>;

  private declare shifted: boolean;
  /** Index (in reading order) of the key that holds the keyboard's one tab stop. */
  private declare activeKey: number;
  private declare status: string;

  private order: KeyOrder = shuffledKeyOrder();
  private readonly localize = new LocalizeController<SoftKeyboardStrings>(this, ja, async () => (await import('./i18n/en.js')).en, () => this.strings);

  constructor() {
    super();
    // Defaults here rather than as field initializers, which could shadow the reactive accessors.
    this.target = null;
    this.open = false;
    this.strings = {};
    this.shifted = false;
    this.activeKey = 0;
    this.status = '';
  }

  /** Focuses the key that holds the tab stop (after the keyboard has rendered open). */
  override focus(options?: FocusOptions): void {
    this.keys()[this.activeKey]?.focus(options);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return holdUpdate(this.localize, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      this.order = shuffledKeyOrder();
      this.shifted = false;
      this.activeKey = 0;
      this.status = '';
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const s = this.text();
    let index = 0;
    const charKey = (char: string): TemplateResult => {
      const label = keyChar(char, this.shifted);
      return html`<button
        type="button"
        part="key character-key"
        tabindex=${index++ === this.activeKey ? 0 : -1}
        @click=${() => this.type(label)}
      >${label}</button>`;
    };
    const controlKey = (name: string, label: string, press: () => void, pressed?: boolean): TemplateResult =>
      html`<button
        type="button"
        part="key control-key ${name}-key${pressed ? ' pressed' : ''}"
        tabindex=${index++ === this.activeKey ? 0 : -1}
        aria-pressed=${pressed === undefined ? nothing : String(pressed)}
        @click=${press}
      >${label}</button>`;
    return html`
      <div part="base" role="group" aria-label=${s.keyboard} @keydown=${this.onKeydown} @focusin=${this.onFocusin}>
        <div part="section" class="keys">${this.order.digits.map(charKey)}</div>
        <div part="section" class="keys">${this.order.letters.map(charKey)}</div>
        <div part="section" class="keys">${this.order.symbols.map(charKey)}</div>
        <div part="section" class="controls">
          ${controlKey('shift', s.shift, () => (this.shifted = !this.shifted), this.shifted)}
          ${controlKey('backspace', s.backspace, () => this.edit(deleteBackward))}
          ${controlKey('clear', s.clear, () => this.edit(clearText))}
          ${controlKey('close', s.close, () => this.close())}
        </div>
      </div>
      <span class="status" role="status">${this.status}</span>
    `;
  }

  private text(): SoftKeyboardStrings {
    return this.localize.text;
  }

  private keys(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="key"]')];
  }

  private type(char: string): void {
    this.edit((t) => insertText(t, char, this.target?.maxLength ?? -1));
  }

  /**
   * Applies one edit to the target and tells the page as typing would: a plain `input` event
   * that carries no text. An input that is disabled or read-only is left alone.
   */
  private edit(change: (text: TextState) => TextState | null): void {
    const target = this.target;
    if (!target || target.disabled || target.readOnly) return;
    const { value } = target;
    // Inputs without a selection API (e.g. type="email") report null: type at the end.
    const start = target.selectionStart ?? value.length;
    const end = target.selectionEnd ?? value.length;
    const next = change({ value, start, end });
    if (next) {
      target.value = next.value;
      if (target.selectionStart !== null) target.setSelectionRange(next.start, next.end);
      target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    this.status = this.text().entered(target.value.length);
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('otp-keyboard-close', { bubbles: true, composed: true }));
  }

  private readonly onFocusin = (event: FocusEvent): void => {
    const index = this.keys().indexOf(event.target as HTMLButtonElement);
    if (index >= 0) this.activeKey = index;
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      // Handled here, so an enclosing dialog does not close along with the keyboard.
      event.preventDefault();
      event.stopPropagation();
      this.close();
      return;
    }
    if (!isNavigationKey(event.key)) return;
    const keys = this.keys();
    const from = keys.indexOf(event.target as HTMLButtonElement);
    if (from < 0) return;
    event.preventDefault();
    const to = neighbour(keys.map((k) => k.getBoundingClientRect()), from, event.key);
    this.activeKey = to;
    keys[to]!.focus();
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'otp-keyboard-close': CustomEvent<void>;
  }
}
