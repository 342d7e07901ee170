import { fieldLimits, normalizeContractId } from './normalize.js';

let instances = 0;

interface Field {
  readonly input: HTMLInputElement;
  readonly label: HTMLLabelElement;
  readonly error: HTMLElement;
}

export interface CredentialLabels {
  contractIdLabel: string;
  passwordLabel: string;
}

/**
 * The contract-ID and password inputs of the authenticate step: native `<input>`s that the
 * wizard creates in its own light DOM and slots into its shadow DOM (as ING's Lion does).
 *
 * Why light DOM: password managers — the browsers' own and the extensions — find login fields by
 * walking the document, and most of them cannot see inside a shadow root; a customer whose
 * manager cannot fill the bank's login would have to type the password by hand. Each input's
 * `<label for>` and error text are light DOM too, because `for` and `aria-describedby` only reach
 * within one tree. Every node is made with `createElement` and filled with `textContent`.
 *
 * Why no `<form>` around them: Chromium and Firefox both fill login fields outside a form (and
 * Chromium takes the fields leaving the page after a successful call as a successful login),
 * while a light-DOM form would bring risks and costs: its `submit()`, which a password manager
 * may call, sends the fields without any event the wizard could stop — the password in a GET
 * URL; `::slotted()` styles only the slotted nodes, not a form's children; and a page that puts
 * the wizard inside its own form would get nested forms. The wizard submits on Enter itself.
 * (Chromium's console hint "Password field is not contained in a form" is about this choice.)
 */
export class CredentialFields {
  readonly #contractId: Field;
  readonly #password: Field;
  readonly #customer: CredentialEvents;

  /** @param customer told when the customer changes a field or presses Enter. */
  constructor(customer: CredentialEvents) {
    this.#customer = customer;
    const id = `otp-wizard-${++instances}`;
    this.#contractId = field(`${id}-contract-id`, 'contract-id', {
      type: 'text',
      name: 'username',
      autocomplete: 'username',
      autocapitalize: 'none',
      spellcheck: 'false',
      maxlength: String(fieldLimits.contractId),
    });
    this.#password = field(`${id}-password`, 'password', {
      type: 'password',
      name: 'password',
      autocomplete: 'current-password',
      maxlength: String(fieldLimits.password),
    });
    // The fields themselves listen (see `handleEvent`): no function per input and event, for
    // every wizard on a page to keep.
    for (const { input } of [this.#contractId, this.#password]) {
      input.addEventListener('input', this);
      input.addEventListener('keydown', this);
    }
    this.contractId.addEventListener('change', this);
  }

  /** The inputs' events. */
  handleEvent(event: Event): void {
    const field = event.currentTarget === this.password ? 'password' : 'contractId';
    if (event.type === 'input') this.#customer.edit(field);
    // Shown normalized as the customer leaves the field, so what is sent is what they saw.
    else if (event.type === 'change') this.contractId.value = normalizeContractId(this.contractId.value);
    // By type, not instanceof: a wizard moved into another document gets that window's events.
    else if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter' && !(event as KeyboardEvent).isComposing) {
      // Also keeps an enclosing page form from being submitted by the Enter.
      event.preventDefault();
      this.#customer.submit();
    }
  }

  /** The contract-ID input (`autocomplete="username"`). */
  get contractId(): HTMLInputElement {
    return this.#contractId.input;
  }

  /** The password input (`autocomplete="current-password"`); its value is used exactly as typed. */
  get password(): HTMLInputElement {
    return this.#password.input;
  }

  /** Puts the fields into the host's light DOM, if they are not there yet. */
  attach(host: HTMLElement): void {
    for (const { label, input, error } of [this.#contractId, this.#password]) {
      if (input.parentNode !== host) host.append(label, input, error);
    }
  }

  /** The password as typed, taken out of its input: it is used once. */
  takePassword(): string {
    const password = this.password.value.slice(0, fieldLimits.password);
    this.#forgetPassword();
    return password;
  }

  /** Takes the fields out of the page, forgetting the password. */
  detach(): void {
    this.#forgetPassword();
    for (const { label, input, error } of [this.#contractId, this.#password]) {
      label.remove();
      input.remove();
      error.remove();
    }
  }

  /** Empties both inputs (the flow starts over). */
  clear(): void {
    this.contractId.value = '';
    this.#forgetPassword();
  }

  // The one place the password leaves the page's memory.
  #forgetPassword(): void {
    this.password.value = '';
  }

  /**
   * Shows the labels and what is wrong with each field, in the current language: a message of
   * its own, or (`invalid` without one) the other field's message, which then describes both.
   */
  update(labels: CredentialLabels, errors: CredentialErrors): void {
    show(this.#contractId, labels.contractIdLabel, errors.contractId, this.#password.error);
    show(this.#password, labels.passwordLabel, errors.password, this.#contractId.error);
  }
}

/** Who hears what the customer does in the fields. */
export interface CredentialEvents {
  /** The customer changed a field. */
  edit(field: 'contractId' | 'password'): void;
  /** Enter in either field (not while an IME composition is open). */
  submit(): void;
}

/** What is wrong with a credential field: its own message, or only that it is part of the other's. */
export type CredentialError = { message: string } | { invalid: true } | undefined;

export interface CredentialErrors {
  contractId?: CredentialError;
  password?: CredentialError;
}

function field(id: string, slot: string, attributes: Record<string, string>): Field {
  const input = document.createElement('input');
  input.id = id;
  for (const [name, value] of Object.entries(attributes)) input.setAttribute(name, value);
  input.setAttribute('aria-required', 'true');
  const label = document.createElement('label');
  label.htmlFor = id;
  const error = document.createElement('span');
  error.id = `${id}-error`;
  // One slot per field: its label, input and error text are laid out by the shadow DOM's grid.
  for (const node of [label, input, error]) node.slot = slot;
  return { input, label, error };
}

function show({ input, label, error }: Field, labelText: string, problem: CredentialError, other: HTMLElement): void {
  label.textContent = labelText;
  const message = problem && 'message' in problem ? problem.message : '';
  error.textContent = message;
  error.hidden = !message;
  const describedBy = message ? error.id : problem ? other.id : '';
  if (describedBy) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', describedBy);
  } else {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}
