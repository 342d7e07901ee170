// The Transfer tab: a short transfer form standing in for a bank portal's (振込入力), which makes a
// transaction at the chosen bank (`createTransfer` of the in-browser bank, or POST /transfers of
// the reference server), then shows <otp-confirm> for it.
import { OtpError, isOtpErrorCode, type OtpErrorCode } from '../src/adapters/otp-error.js';
import type { DemoHostAdapter } from '../src/adapters/demo.js';
import type { Money, OtpPayee } from '../src/adapters/types.js';
import type { OtpConfirm } from '../src/otp-confirm.js';
import type { PageText } from './text.js';

/** Where the transfer goes: the in-browser bank, or the reference server's endpoint. */
export type TransferBank = { readonly adapter: DemoHostAdapter } | { readonly endpoint: string };

/** The payee's bank, branch and account type: fixed in the demo, the rest is typed. */
const payeeBank = { bank: 'デモ銀行', branch: '本店営業部', accountType: '普通' } as const;

export class TransferPanel {
  readonly #form: HTMLFormElement;
  readonly #confirmBox: HTMLElement;
  readonly #status: HTMLElement;
  readonly #text: () => PageText;
  readonly #bank: () => TransferBank;
  #confirm: OtpConfirm | undefined;
  /** Why the last transfer was refused, said again after a language switch. */
  #refusal: OtpErrorCode | undefined;

  constructor(
    { form, confirmBox, again, status }: { form: HTMLFormElement; confirmBox: HTMLElement; again: HTMLButtonElement; status: HTMLElement },
    { text, bank }: { text: () => PageText; bank: () => TransferBank },
  ) {
    this.#form = form;
    this.#confirmBox = confirmBox;
    this.#status = status;
    this.#text = text;
    this.#bank = bank;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#submit();
    });
    again.addEventListener('click', () => this.reset());
  }

  /** Back to the form: the bank changed, or the evaluator wants another transfer. */
  reset(): void {
    this.#confirm?.remove();
    this.#confirm = undefined;
    this.#confirmBox.hidden = true;
    this.#form.hidden = false;
    this.#refusal = undefined;
    this.render();
  }

  /** Redraws what the script wrote, after a language switch. */
  render(): void {
    const text = this.#text();
    this.#status.textContent = this.#refusal ? text.transferRefused(this.#refusal) : '';
  }

  async #submit(): Promise<void> {
    const data = new FormData(this.#form);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const payee: OtpPayee = { ...payeeBank, account: field('account'), name: field('name') };
    const amount: Money = { value: field('amount'), currency: 'JPY' };
    const request = { contractId: field('contractId'), password: String(data.get('password') ?? ''), payee, amount };
    const bank = this.#bank();
    let transaction: string;
    try {
      transaction = 'adapter' in bank ? (await bank.adapter.bank.createTransfer(request)).transaction : await postTransfer(bank.endpoint, request);
    } catch (error) {
      this.#refusal = OtpError.from(error).code;
      return this.render();
    }
    this.#refusal = undefined;
    this.render();
    this.#show(transaction, bank);
  }

  #show(transaction: string, bank: TransferBank): void {
    const confirm = document.createElement('otp-confirm');
    confirm.id = 'transfer-confirm-element';
    confirm.setAttribute('transaction', transaction);
    if ('adapter' in bank) confirm.adapter = bank.adapter;
    else confirm.setAttribute('endpoint', bank.endpoint);
    // On the demo page "Back" returns to the transfer form instead of leaving the page.
    confirm.addEventListener('otp-return', (event) => {
      event.preventDefault();
      this.reset();
    });
    this.#confirm?.remove();
    this.#confirm = confirm;
    this.#confirmBox.prepend(confirm);
    this.#form.hidden = true;
    this.#confirmBox.hidden = false;
  }
}

/** POST {endpoint}/transfers, as a portal's backend would call its own bank. */
async function postTransfer(endpoint: string, request: object): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${endpoint}/transfers`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
  } catch {
    throw new OtpError('network');
  }
  const answer = (await response.json().catch(() => ({}))) as { transaction?: unknown; error?: unknown };
  if (response.ok && typeof answer.transaction === 'string') return answer.transaction;
  throw new OtpError(isOtpErrorCode(answer.error) ? answer.error : 'unknown');
}
