import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../i18n/lang.js';
import { applyEdit, codeLength, diff, sanitize, type EditKind, type EditResult, type Refusal } from './normalize.js';
import { tokenFieldStrings, type TokenFieldStrings } from './strings.js';
import { styles } from './styles.js';

/**
 * The one-time-code input: one native `<input>` that takes part in its form like a native input
 * (value, reset, validity, disabled fieldsets, Enter submits) and accepts only the code's digits.
 * Full-width digits become ASCII, spaces, hyphens and invisible characters are dropped, a paste
 * of "Your code is 123456" yields `123456`, and text that holds no single code is refused with
 * a hint, never truncated. Nothing is changed while an IME composition is open.
 *
 * Name it with the `label` attribute (shown above the box) or a `<label for>` outside; without
 * either it is called "ワンタイムパスワード" / "One-time password".
 *
 * @summary A form-associated one-time-code input that accepts only the code's digits.
 * @tagname otp-token-field
 *
 * @attr name - The name the value is submitted under.
 *
 * @fires input - The user changed the value (after it was cleaned). Bubbles and is composed, like the native event.
 * @fires change - The user committed a changed value by leaving the field or pressing Enter. Bubbles, like the native event.
 * @fires otp-filled - All digits are in; `detail.value` is the code. Fires once per completion. Bubbles but is not composed, so the code stays inside the shadow root of an element that uses the field.
 *
 * @csspart label - The visible label, rendered when `label` is set.
 * @csspart input - The native input.
 * @csspart error - The validation message or the hint for refused input, announced politely.
 *
 * @cssstate complete - All digits are in.
 * @cssstate user-invalid - The value is invalid and the field says so (after the user left it or tried to submit).
 *
 * @cssprop --otp-field-font-size - Size of the digits. Default `1.75rem`.
 * @cssprop --otp-field-font-family - Font of the digits. Default: the platform's monospace.
 * @cssprop --otp-field-letter-spacing - Space between digits. Default `0.5em`.
 * @cssprop --otp-field-background - Box background. Falls back to `--otp-color-surface`, then white.
 * @cssprop --otp-field-border-color - Box border colour. Falls back to `--otp-color-border`, then `#767676`.
 * @cssprop --otp-field-border-width - Box border width. Default `2px`.
 * @cssprop --otp-field-radius - Box corner radius. Falls back to `--otp-radius`, then `6px`.
 * @cssprop --otp-field-focus-border-color - Border colour while focused. Falls back to `--otp-color-primary`.
 * @cssprop --otp-field-focus-ring - Focus outline (an `outline` value). Falls back to `--otp-focus-ring`.
 * @cssprop --otp-field-error-color - Border and message colour when invalid. Falls back to `--otp-color-danger`.
 * @cssprop --otp-field-disabled-background - Box background when disabled. Default `#f1f3f4`.
 */
export class OtpTokenField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = styles;

  /** Required: an empty field is invalid (`valueMissing`). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disabled: not focusable, not validated, not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Code length, 6 to 8; any other value means 6. */
  @property({ type: Number }) digits = 6;

  /** Visible label above the box, which also names the input. */
  @property() label = '';

  /** The default value, from the `value` attribute: the initial value and what a form reset restores. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Text overrides for any of the field's texts, in the current language. */
  @property({ attribute: false }) strings: Partial<TokenFieldStrings> = {};

  readonly #internals = this.attachInternals();
  readonly #lang = new LangController(this);
  #value = '';
  /** The user or a script set the value: the `value` attribute no longer applies (until reset). */
  #dirty = false;
  /**
   * When validation errors show, like :user-invalid: `none` in a fresh field, `on-leave` once
   * the user edited it, `shown` after leaving an edited field or a submit attempt, until the
   * next edit. An empty field the user only tabbed through says nothing.
   */
  #feedback: 'none' | 'on-leave' | 'shown' = 'none';
  #hint?: Refusal;
  /** The last complete value, so that `otp-filled` fires once per completion. */
  #filled?: string;
  /** The value when the user last committed, for `change`. */
  #committed = '';
  #composing = false;
  /** Inside our checkValidity(): its `invalid` event asks, it is no submit attempt. */
  #checking = false;
  #customMessage = '';

  constructor() {
    super();
    // A submit attempt or reportValidity() marks the field as invalid: now it may say why.
    this.addEventListener('invalid', () => {
      if (!this.#checking) this.#feedback = 'shown';
      this.requestUpdate();
    });
  }

  /** The code: ASCII digits only. Setting it keeps only the digits; it never changes the `value` attribute. */
  get value(): string {
    return this.#value.slice(0, this.#max);
  }
  set value(value: string) {
    this.#dirty = true;
    this.#set(sanitize(value));
  }

  /** The name the value is submitted under (the `name` attribute). */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(name: string) {
    this.setAttribute('name', name);
  }

  /** The form this field belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  /** The field's validity, as for native inputs. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  /** The localized message for the current validation error, or ''. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  /** Whether the field takes part in constraint validation (not when disabled). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }
  /** True when valid; otherwise fires `invalid` and returns false, without showing the error. */
  checkValidity(): boolean {
    this.#checking = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#checking = false;
    }
  }
  /** Like checkValidity(), and shows the error to the user. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }
  /** A page-set error (e.g. the bank rejected the code); '' clears it. */
  setCustomValidity(message: string): void {
    this.#customMessage = message;
    this.#syncForm();
    this.requestUpdate();
  }
  /** Selects the digits, e.g. to retype a rejected code. */
  select(): void {
    this.#input?.select();
  }

  /** Form lifecycle: a form reset restores the `value` attribute. */
  formResetCallback(): void {
    this.#dirty = false;
    this.#feedback = 'none';
    this.#hint = undefined;
    this.#set(sanitize(this.defaultValue));
    this.#committed = this.value;
  }

  /** Form lifecycle: the field or its fieldset was disabled or enabled. */
  formDisabledCallback(): void {
    // The input follows :disabled in updated(), which also covers a disabled fieldset.
    this.requestUpdate();
  }

  /** Form lifecycle: the browser restores the value (history navigation, session restore). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    this.#dirty = true;
    this.#set(sanitize(state));
  }

  get #max(): number {
    return codeLength(this.digits);
  }

  get #input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector('input');
  }

  get #text(): TokenFieldStrings {
    return { ...tokenFieldStrings[this.#lang.lang], ...this.strings };
  }

  /** Sets the value; true when it just became a complete code that `otp-filled` has not announced. */
  #set(value: string): boolean {
    this.#value = value;
    this.#syncForm();
    this.requestUpdate();
    const complete = this.value.length === this.#max;
    const fresh = complete && this.value !== this.#filled;
    this.#filled = complete ? this.value : undefined;
    return fresh;
  }

  // Kept current synchronously, so that a listener of `input` or `otp-filled` that submits the
  // form sees the new value and validity.
  #syncForm(): void {
    const value = this.value;
    const max = this.#max;
    const text = this.#text;
    const valueMissing = this.required && !value;
    const tooShort = value !== '' && value.length < max;
    const message = valueMissing ? text.valueMissing : tooShort ? text.tooShort(max) : this.#customMessage;
    this.#internals.setFormValue(value);
    this.#internals.setValidity(
      { valueMissing, tooShort, customError: !!this.#customMessage },
      message,
      this.#input ?? undefined,
    );
  }

  #setState(state: string, on: boolean): void {
    try {
      this.#internals.states?.[on ? 'add' : 'delete'](state);
    } catch {
      // Chromium before 125 accepts only `--name` states; the field works without them.
    }
  }

  /**
   * Applies a user edit: cleans up the input, then announces the change. `placeCaret` when the
   * browser left the input alone (we cancelled its insertion), so the caret is ours to set.
   */
  #apply(result: EditResult, restoreCaret: number, placeCaret = false): void {
    const input = this.#input!;
    if ('refused' in result) {
      this.#hint = result.refused;
      if (input.value !== this.value) {
        input.value = this.value;
        input.setSelectionRange(restoreCaret, restoreCaret);
      }
      this.requestUpdate();
      return;
    }
    const { value, caret } = result;
    const changed = value !== this.value;
    this.#hint = undefined;
    this.#feedback = 'on-leave';
    this.#dirty = true;
    if (input.value !== value || placeCaret) {
      input.value = value;
      input.setSelectionRange(caret, caret);
    }
    const filled = this.#set(value);
    if (changed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (filled) this.dispatchEvent(new CustomEvent('otp-filled', { detail: { value }, bubbles: true }));
  }

  /** Inserts text at the selection, read as `kind`; the input itself has not changed yet. */
  #insert(text: string, kind: EditKind): void {
    const input = this.#input!;
    const start = input.selectionStart ?? this.value.length;
    this.#apply(applyEdit(this.value, start, input.selectionEnd ?? start, text, this.#max, kind), start, true);
  }

  /** The browser already changed the input (IME commit, autofill, drop, deletion): read what it did. */
  #reconcile(kind: EditKind): void {
    const { start, end, text } = diff(this.value, this.#input!.value);
    // A deletion is an empty insertion, which only the typed rule accepts.
    this.#apply(applyEdit(this.value, start, end, text, this.#max, text ? kind : 'typed'), start);
  }

  #onBeforeInput(e: InputEvent): void {
    // Typed characters are checked before they land, so a refused letter never appears.
    if (e.inputType !== 'insertText' || e.isComposing || this.#composing) return;
    e.preventDefault();
    this.#insert(e.data ?? '', 'typed');
  }

  #onPaste(e: ClipboardEvent): void {
    if (this.#composing) return;
    // Read the clipboard ourselves: the browser would insert the whole text.
    e.preventDefault();
    this.#insert(e.clipboardData?.getData('text/plain') ?? '', 'pasted');
  }

  #onInput(e: InputEvent): void {
    // The host fires its own `input` once the value is clean; the inner one must not reach the page.
    e.stopPropagation();
    if (e.isComposing || this.#composing) return;
    this.#reconcile(/^insert(Text|Composition)/.test(e.inputType) ? 'typed' : 'pasted');
  }

  #onCompositionStart(): void {
    this.#composing = true;
  }

  #onCompositionEnd(): void {
    this.#composing = false;
    this.#reconcile('typed');
  }

  #onKeyDown(e: KeyboardEvent): void {
    // Enter that confirms an IME conversion is no submit: Chromium and Firefox flag it with
    // isComposing, Safari sends it after compositionend with keyCode 229.
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || this.#composing) return;
    e.preventDefault();
    this.#commit();
    // As implicit submission does: through the form's default button, unless it is disabled.
    const form = this.form;
    const button = [...(form?.elements ?? [])].find((el) => (el as HTMLButtonElement).type === 'submit') as
      | HTMLButtonElement
      | undefined;
    if (!button?.disabled) form?.requestSubmit(button);
  }

  #onFocus(): void {
    this.#committed = this.value;
  }

  #onBlur(): void {
    this.#commit();
    if (this.#feedback === 'on-leave') this.#feedback = 'shown';
    this.#hint = undefined;
    this.requestUpdate();
  }

  #commit(): void {
    if (this.value === this.#committed) return;
    this.#committed = this.value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.#dirty) this.#set(sanitize(this.defaultValue));
    // Cut only now, so that `value` and `digits` may be set in either order before an update.
    if (changed.has('digits')) this.#value = this.value;
    this.#syncForm();
  }

  protected override firstUpdated(): void {
    // Now the input exists to anchor the browser's validation bubble.
    this.#syncForm();
  }

  protected override updated(): void {
    const input = this.#input!;
    if (!this.#composing && input.value !== this.value) input.value = this.value;
    input.style.setProperty('--_digits', String(this.#max));
    // Read here, not in render(): a `disabled` property change reaches the attribute, and so
    // :disabled and formDisabledCallback, only after render().
    input.disabled = this.matches(':disabled');
    this.#setState('complete', this.value.length === this.#max);
    this.#setState('user-invalid', this.#showsError);
  }

  get #showsError(): boolean {
    return this.#feedback === 'shown' && this.willValidate && !this.validity.valid;
  }

  protected override render() {
    const text = this.#text;
    const invalid = this.#showsError;
    const hints: Record<Refusal, string> = {
      'not-digit': text.notDigit,
      'too-many': text.tooMany(this.#max),
      'no-code': text.noCode,
    };
    // A hint about refused input comes first: it answers what the user just did.
    const message = this.#hint ? hints[this.#hint] : invalid ? this.validationMessage : '';
    // An outside <label for> names the host, which has no role; the inner input needs the name.
    const outside = [...this.#internals.labels].map((l) => l.textContent?.trim()).join(' ').trim();
    return html`${this.label ? html`<label part="label" for="input">${this.label}</label>` : nothing}<input
        id="input"
        part="input"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        enterkeyhint="done"
        spellcheck="false"
        autocapitalize="off"
        autocorrect="off"
        aria-label=${this.label ? nothing : outside || text.label}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby="error"
        @beforeinput=${this.#onBeforeInput}
        @input=${this.#onInput}
        @paste=${this.#onPaste}
        @keydown=${this.#onKeyDown}
        @compositionstart=${this.#onCompositionStart}
        @compositionend=${this.#onCompositionEnd}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
      /><div id="error" part="error" aria-live="polite">${message || nothing}</div>`;
  }
}
