// ReactiveElement, not LitElement: the field is often the only element on a page (a login or
// transfer form) and its DOM never changes shape, so building it by hand spares such a page
// lit-html, about 3 KB gzipped.
import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { setCustomStates } from '../custom-states.js';
import { setAttribute } from '../set-attribute.js';
import { LocalizeController, holdUpdate } from '../i18n/localize.js';
import { applyEdit, codeLength, diff, sanitize, type EditKind, type EditResult, type Refusal } from './code-edit.js';
import { ja } from './i18n/ja.js';
import type { TokenFieldStrings } from './i18n/strings.js';
import { styles } from './styles.js';

/** A detached element with the given attributes. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/**
 * The one-time-code input: one native `<input>` that takes part in its form like a native input
 * (value, reset, validity, disabled fieldsets, Enter submits) and accepts only the code's digits.
 * Full-width digits become ASCII, spaces, hyphens and invisible characters are dropped, a paste
 * of "Your code is 123456" yields `123456`, and text that holds no single code is refused with
 * a hint, never truncated. Nothing is changed while an IME composition is open.
 *
 * Name it with the `label` attribute (shown above the box) or a `<label for>` outside; without
 * either it is called "ワンタイムパスワード" / "One-time password". Give help text (such as
 * "the digits change every 30 seconds") as `description`, not beside the element: the field shows
 * it under the box and ties it to its inner input, which `aria-describedby` from outside the
 * shadow root cannot reach.
 *
 * @summary A form-associated one-time-code input that accepts only the code's digits.
 * @tagname otp-token-field
 *
 * @attr name - The name the value is submitted under.
 *
 * @fires input - The user changed the value (after it was cleaned), like the native event. Bubbles, composed.
 * @fires change - The user committed a changed value by leaving the field or pressing Enter, like the native event. Bubbles, not composed.
 * @fires otp-filled - All digits are in; `detail.value` is the code. Fires once per completion. Not composed, so the code stays inside the shadow root of an element that uses the field. Bubbles, not composed.
 *
 * @csspart label - The visible label, rendered when `label` is set.
 * @csspart input - The native input.
 * @csspart error - The validation message or the hint for refused input, announced politely.
 * @csspart description - The `description` text under the box, rendered when `description` is set.
 *
 * @cssstate complete - All digits are in.
 * @cssstate user-invalid - The field shows an error: `errorText`, or the value is invalid and the field says so (after the user left it or tried to submit).
 *
 * @cssprop --otp-field-font-size - Size of the digits. Default `1.75rem`.
 * @cssprop --otp-field-font-family - Font of the digits. Default: the platform's monospace.
 * @cssprop --otp-field-letter-spacing - Space between digits. Default `0.5em`.
 * @cssprop --otp-field-background - Box background. Falls back to `--otp-color-surface`, then white.
 * @cssprop --otp-field-border-color - Box border colour. Falls back to `--otp-color-border`, then `#767676`.
 * @cssprop --otp-field-border-width - Box border width. Default `2px`.
 * @cssprop --otp-field-radius - Box corner radius. Falls back to `--otp-radius`, then `4px`.
 * @cssprop --otp-field-focus-border-color - Border colour while focused. Falls back to `--otp-color-primary`.
 * @cssprop --otp-field-focus-ring - Focus outline (an `outline` value). Falls back to `--otp-focus-ring`.
 * @cssprop --otp-field-error-color - Border and message colour when invalid. Falls back to `--otp-color-danger`.
 * @cssprop --otp-field-disabled-background - Box background when disabled. Default `#f1f3f4`.
 */
export class OtpTokenField extends ReactiveElement {
  static formAssociated = true;
  // Focusing the host (el.focus(), a click on an outside <label for>) focuses the input.
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    digits: { type: Number },
    label: {},
    description: {},
    errorText: { attribute: 'error-text' },
    defaultValue: { attribute: 'value' },
    strings: { attribute: false },
  };

  /** Required: an empty field is invalid (`valueMissing`). */
  declare required: boolean;
  /** Disabled: not focusable, not validated, not submitted. */
  declare disabled: boolean;
  /** Code length, 6 to 8; any other value means 6. */
  declare digits: number;
  /** Visible label above the box, which also names the input. */
  declare label: string;
  /** Help text shown under the box and read as part of the input's accessible description (plain text). */
  declare description: string;
  /**
   * An error to show whatever the value's validity, e.g. the bank refused the code; the input is
   * marked invalid while it is set. Plain text; '' shows none.
   */
  declare errorText: string;
  /** The default value, from the `value` attribute: the initial value and what a form reset restores. */
  declare defaultValue: string;
  /** Text overrides for any of the field's texts, in the current language. */
  declare strings: Partial<TokenFieldStrings>;

  readonly #internals = this.attachInternals();
  readonly #localize = new LocalizeController<TokenFieldStrings>(this, ja, async () => (await import('./i18n/en.js')).en, () => this.strings);
  // Built once: createRenderRoot() puts in the input and the error, update() the label and the
  // description while they are set, and sets what changes.
  readonly #label = element('label', { part: 'label', for: 'input' });
  readonly #input = element('input', {
    id: 'input',
    part: 'input',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    enterkeyhint: 'done',
    autocapitalize: 'off',
    autocorrect: 'off',
    spellcheck: 'false',
  });
  // The input's own form: Enter submits it as the browser decides (not the Enter that confirms an
  // IME conversion), and the field submits the page's form then (see #onSubmit).
  readonly #form = element('form', { method: 'dialog' });
  readonly #error = element('div', { id: 'error', part: 'error', 'aria-live': 'polite' });
  readonly #description = element('div', { id: 'description', part: 'description' });
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
  /** The value when the user last committed, for `change`. */
  #committed = '';
  #composing = false;
  #customMessage = '';
  /** The texts the form's validation message was last taken from. */
  #syncedText?: TokenFieldStrings;
  /**
   * The next update also renders what follows properties, the language, a disabled fieldset and
   * outside labels. An update for a typed key renders only what follows the value.
   */
  #full = true;

  constructor() {
    super();
    // Defaults here rather than as field initializers, which could shadow the reactive accessors.
    this.required = false;
    this.disabled = false;
    this.digits = 6;
    this.label = '';
    this.description = '';
    this.errorText = '';
    this.defaultValue = '';
    this.strings = {};
    // A submit attempt or reportValidity() marks the field as invalid: now it may say why.
    this.addEventListener('invalid', () => {
      this.#feedback = 'shown';
      this.requestUpdate();
    });
    // On the inner form, which holds only the input: its events bubble there (focusin and focusout
    // are its focus and blur), and the form's own submit is among them.
    const listeners = {
      input: this.#onInput,
      paste: this.#onPaste,
      compositionstart: this.#onComposition,
      compositionend: this.#onComposition,
      focusin: this.#onFocus,
      focusout: this.#onBlur,
      submit: this.#onSubmit,
    };
    this.#form.append(this.#input);
    for (const [type, listener] of Object.entries(listeners)) {
      this.#form.addEventListener(type, listener.bind(this) as EventListener);
    }
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
    // Its `invalid` event asks, it is no submit attempt: the feedback stays as it was.
    const feedback = this.#feedback;
    const valid = this.#internals.checkValidity();
    this.#feedback = feedback;
    return valid;
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
    this.#input.select();
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
    // The input follows :disabled in update(), which also covers a disabled fieldset.
    this.#full = true;
    this.requestUpdate();
  }

  get #max(): number {
    return codeLength(this.digits);
  }

  /** Sets a clean value (ASCII digits only). */
  #set(value: string): void {
    this.#value = value;
    this.#syncForm();
    this.requestUpdate();
  }

  // Kept current synchronously, so that a listener of `input` or `otp-filled` that submits the
  // form sees the new value and validity.
  #syncForm(): void {
    const { value } = this;
    const max = this.#max;
    const text = (this.#syncedText = this.#localize.text);
    const valueMissing = this.required && !value;
    const tooShort = !!value && value.length < max;
    // A code is single-use: the state the browser saves for history navigation and session
    // restore is empty, so coming back to the page never brings a typed code back (and the field
    // has no formStateRestoreCallback).
    this.#internals.setFormValue(value, '');
    this.#internals.setValidity(
      { valueMissing, tooShort, customError: !!this.#customMessage },
      valueMissing ? text.valueMissing : tooShort ? text.tooShort(max) : this.#customMessage,
      // Only an input in the shadow root can anchor the browser's validation bubble.
      this.renderRoot ? this.#input : undefined,
    );
  }

  /**
   * Applies a user edit: cleans up the input, then announces the change. `placeCaret` when the
   * browser left the input alone (we cancelled its insertion), so the caret is ours to set. A
   * refused edit the browser made is undone, and what it replaced (`restoreStart`–`restoreEnd`)
   * selected again.
   */
  #apply(result: EditResult, restoreStart: number, placeCaret?: boolean, restoreEnd = restoreStart): void {
    const input = this.#input;
    if ('refused' in result) {
      this.#hint = result.refused;
      if (input.value !== this.value) {
        input.value = this.value;
        input.setSelectionRange(restoreStart, restoreEnd);
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
    this.#set(value);
    if (!changed) return;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // Only a change announces a completion, so the same code is announced once.
    if (value.length === this.#max) this.dispatchEvent(new CustomEvent('otp-filled', { detail: { value }, bubbles: true }));
  }

  /**
   * The browser already changed the input (a key, an IME commit, autofill, a drop, a deletion):
   * read what it did, and undo what the rules refuse before anything is painted. Keys are left to
   * the browser, as in a bare input, and read only here: a `keydown` or `beforeinput` listener
   * would run on every key, and one listener call is much of what a key costs (issue 12).
   */
  #reconcile(kind: EditKind): void {
    const after = this.#input.value;
    // Digits only, not too many: what every rule makes of it (a typed digit, a deletion), at once.
    // (The full rules cost a typed digit as much again.)
    if (/^\d*$/.test(after) && after.length <= this.#max) return this.#apply({ value: after, caret: 0 }, 0);
    const { start, end, text } = diff(this.value, after, this.#input.selectionEnd!);
    // A deletion is an empty insertion, which only the typed rule accepts.
    this.#apply(applyEdit(this.value, start, end, text, this.#max, text ? kind : 'typed'), start, false, end);
  }

  #onPaste(e: ClipboardEvent): void {
    if (this.#composing) return;
    // Read the clipboard ourselves: the browser would insert the whole text.
    e.preventDefault();
    const { selectionStart: start, selectionEnd: end } = this.#input;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    this.#apply(applyEdit(this.value, start!, end!, text, this.#max, 'pasted'), start!, true);
  }

  #onInput(e: InputEvent): void {
    // The host fires its own `input` once the value is clean; the inner one must not reach the page.
    e.stopPropagation();
    if (e.isComposing || this.#composing) return;
    this.#reconcile(/^insert(Text|Composition)/.test(e.inputType) ? 'typed' : 'pasted');
  }

  #onComposition(e: CompositionEvent): void {
    // Nothing is touched while a composition is open; its commit is typed text.
    this.#composing = e.type === 'compositionstart';
    if (!this.#composing) this.#reconcile('typed');
  }

  /**
   * Enter submitted the inner form, as the browser does for a native input (not for the Enter that
   * confirms an IME conversion): the page's form is submitted instead, as implicit submission
   * does it, by a click on its default button (which does nothing when that is disabled), else
   * directly.
   */
  #onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    this.#commit();
    const form = this.form;
    const button = [...(form?.elements ?? [])].find((el) => (el as HTMLButtonElement).type === 'submit') as HTMLElement | undefined;
    if (button) button.click();
    else form?.requestSubmit();
  }

  #onFocus(): void {
    this.#committed = this.value;
    // An outside label the page changed since is read again before the user types.
    this.#full = true;
    this.requestUpdate();
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

  protected override scheduleUpdate(): void | Promise<unknown> {
    return holdUpdate(this.#localize, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.#dirty) this.#value = sanitize(this.defaultValue);
    // Cut only now, so that `value` and `digits` may be set in either order before an update.
    if (changed.has('digits')) this.#value = this.value;
    // An edit synced the form as it happened; validity changes otherwise only with a property
    // (the first update gives the validation bubble its anchor) or the language.
    this.#full ||= changed.size > 0 || this.#localize.text !== this.#syncedText;
    if (this.#full) this.#syncForm();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(this.#form, this.#error);
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Reflects `disabled` first, so that :disabled below is current (it also covers a disabled
    // fieldset, which reaches us through formDisabledCallback).
    super.update(changed);
    const input = this.#input;
    const text = this.#localize.text;
    const hint = this.#hint;
    const { errorText } = this;
    // An error shows: the page's, or the value's once the field may say why.
    const invalid = !!errorText || (this.#feedback === 'shown' && this.willValidate && !this.validity.valid);
    if (!this.#composing && input.value !== this.value) input.value = this.value;
    if (this.#full) {
      this.#full = false;
      input.disabled = this.matches(':disabled');
      if (changed.has('digits')) input.style.setProperty('--_digits', `${this.#max}`);
      if (changed.has('label')) {
        this.#label.textContent = this.label;
        if (this.label) this.renderRoot.prepend(this.#label);
        else this.#label.remove();
      }
      if (changed.has('description')) {
        this.#description.textContent = this.description;
        // In the tree and referenced only when set, so an empty description is never announced.
        if (this.description) this.#error.after(this.#description);
        else this.#description.remove();
        setAttribute(input, 'aria-describedby', this.description ? 'error description' : 'error');
      }
      // An outside <label for> names the host, which has no role; the inner input needs the name.
      const outside = [...this.#internals.labels].map((l) => l.textContent!.trim()).join(' ').trim();
      setAttribute(input, 'aria-label', this.label ? null : outside || text.label);
      setAttribute(input, 'aria-required', this.required ? 'true' : null);
    }
    setAttribute(input, 'aria-invalid', invalid ? 'true' : null);
    // A hint about refused input comes first: it answers what the user just did.
    const shown = hint ? text[hint] : errorText || (invalid ? this.validationMessage : '');
    const message = typeof shown === 'function' ? shown(this.#max) : shown;
    // Rewriting the same text would make the live region announce it again.
    if (this.#error.textContent !== message) this.#error.textContent = message;
    setCustomStates(this.#internals, { complete: this.value.length === this.#max, 'user-invalid': invalid });
  }
}
