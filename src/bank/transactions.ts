// Transfers waiting for the customer's confirmation (取引認証), as the reference bank keeps them:
// the rules of DESIGN.md's `<otp-confirm>`, shared by DemoHostAdapter and the reference server
// through DemoBank.
//
// - A transaction is made from a transfer request and never changes after: what `get` answers is
//   what was checked when it was made (the same rules as `checkTransaction` in the browser).
// - It expires (default 300 s) and is confirmed or declined once; after that, `confirm` and
//   `decline` fail with `transaction-closed`, and after expiry with `transaction-expired` whatever
//   happened before (as does a handle the bank does not know: nothing says whether it existed).
// - `code`: the contract's bound soft token, TOTP as at login, each time step once. `challenge`:
//   the contract's keypad token, OCRA over the payee's account number, the current or the
//   previous time step, each step once. A code is counted toward the contract's lockout when it
//   arrives, before it is checked, like every password and code at this bank.
// - `passkey`: the contract's registered passkeys; the challenge is SHA-256(nonce ‖ the
//   transaction's canonical JSON), made when the transaction is made, so an assertion signs this
//   transfer's content and no other; verified by the bank's passkey registry (passkeys.ts, with
//   @simplewebauthn/server), user verification required, origin and RP ID the bank's. A refused
//   assertion counts like a wrong code.
// - Concurrency: a confirmation whose check finishes after another confirmation or a decline
//   closed the transaction is answered `transaction-closed`; a keypad step that another
//   confirmation used meanwhile counts as a wrong code.
import { OtpError } from '../adapters/otp-error.js';
import type { AuthenticationResponseJSON, ConfirmTransactionRequest, OperationResult, TransactionRequest } from '../adapters/types.js';
import { checkTransaction, type CheckedTransaction, type ConfirmMethod, type Money, type OtpPayee, type OtpTransaction } from '../confirm/transaction.js';
import { base64url, randomBytes, sha256, utf8 } from './bytes.js';
import { keypadKey, type DemoKeypadToken } from './demo-data.js';
import { parseOcraSuite, verifyOcra, type OcraSuite } from './ocra.js';
import { matchTotp, softTokenTotp } from './totp.js';

/** The transfer a portal's form asks for (`POST /transfers`), from the signed-in customer. */
export interface TransferRequest {
  contractId: string;
  password: string;
  payee: OtpPayee;
  amount: Money;
}

export interface TransferResult {
  /** The handle for `<otp-confirm transaction>`. */
  transaction: string;
}

/** A code the bank counted toward the lockout before checking it; says how the check ended. */
export interface CodeGuess {
  /** The code was right: the wrong ones are forgotten (throws `locked` if a lock came meanwhile). */
  right(): void;
  /** The code was wrong: what to answer (`invalid-otp` with the attempts left, or `locked`). */
  wrong(): OtpError;
}

/** What the desk needs of the bank about a contract. */
export interface TransactionAccounts {
  /** The soft token bound to the contract, if any; the desk moves `usedStep` on when a code is used. */
  boundToken(contractId: string): { readonly secret: Uint8Array; usedStep: number } | undefined;
  /** Counts a code for the contract as it arrives (throws `locked` while the contract is locked). */
  guess(contractId: string): CodeGuess;
  /** The bank's next reference number for an operation. */
  resultCode(): string;
}

/** What the desk needs of the bank's passkeys (`PasskeyRegistry`, passkeys.ts). */
export interface TransactionPasskeys {
  /** Whether passkeys are set up and `contractId` holds one: the passkey way is offered then. */
  holds(contractId: string): boolean;
  /** The request of an assertion over `challenge` (base64url) by one of `contractId`'s passkeys. */
  requestOptions(contractId: string, challenge: string): PublicKeyCredentialRequestOptionsJSON;
  /** Whether `credential` is such an assertion, with user verification; the passkey's counter then moves on. */
  verify(contractId: string, credential: unknown, challenge: string): Promise<boolean>;
}

export interface TransactionDeskOptions {
  now: () => number;
  /** Seconds a transaction can be confirmed in. */
  ttlSeconds: number;
  keypadTokens: readonly DemoKeypadToken[];
  /** Without it the passkey way is not offered. */
  passkeys?: TransactionPasskeys;
  accounts: TransactionAccounts;
}

interface Keypad {
  readonly suite: OcraSuite;
  readonly key: Uint8Array;
  /** The last time step whose response was accepted; no response of it or before counts again. */
  usedStep: number;
}

interface Entry {
  readonly contractId: string;
  /** The transaction as made, without the handle and the time left, which each answer adds. */
  readonly content: Omit<CheckedTransaction, 'id' | 'expiresIn'>;
  readonly expiresAt: number;
  state: 'open' | 'confirmed' | 'declined';
}

/** A keypad token answers with the payee's account number keyed in: 7 digits, as Japanese accounts have. */
const accountNumber = /^[0-9]{7}$/;
/** The fee of the reference bank's transfers. */
const transferFee: Money = { value: '110', currency: 'JPY' };

export class TransactionDesk {
  readonly #now: () => number;
  readonly #ttlMs: number;
  readonly #accounts: TransactionAccounts;
  readonly #keypads = new Map<string, Keypad>();
  readonly #passkeys?: TransactionPasskeys;
  /** Keyed by the SHA-256 of the handle, as sessions are: the bank holds no handle. */
  readonly #entries = new Map<string, Entry>();

  constructor({ now, ttlSeconds, keypadTokens, passkeys, accounts }: TransactionDeskOptions) {
    this.#now = now;
    this.#ttlMs = ttlSeconds * 1000;
    this.#accounts = accounts;
    this.#passkeys = passkeys;
    for (const token of keypadTokens) {
      this.#keypads.set(token.contractId, { suite: parseOcraSuite(token.suite), key: keypadKey(token), usedStep: -1 });
    }
  }

  /**
   * Makes a transaction for a contract whose password the bank just checked. Fails with
   * `unknown` for a payee or amount the element would refuse to show (or an account number that
   * is not 7 digits, or a currency other than yen), and `not-registered` when the contract has
   * no way to confirm it.
   */
  async create(contractId: string, payee: OtpPayee, amount: Money): Promise<TransferResult> {
    const methods = this.#methodsOf(contractId);
    if (!methods.length) throw new OtpError('not-registered', 'no token to confirm a transfer with');
    const transaction = base64url(randomBytes(32));
    const content = { payee: { ...payee }, amount: { ...amount }, fee: transferFee, methods, digits: softTokenTotp.digits };
    const keypad = this.#keypads.get(contractId);
    // The same rules the element applies before it shows anything; throws OtpError('unknown').
    const checked = checkTransaction({
      id: transaction,
      ...content,
      expiresIn: this.#ttlMs / 1000,
      ...(keypad ? { challenge: payee?.account, challengeDigits: keypad.suite.digits } : {}),
      ...(methods.includes('passkey') ? { passkey: await this.#requestOptions(contractId, transaction, content) } : {}),
    });
    if (!accountNumber.test(checked.payee.account)) throw new OtpError('unknown', 'the account number is not 7 digits');
    if (checked.amount.currency !== 'JPY') throw new OtpError('unknown', 'the reference bank transfers yen only');
    const { id: _id, expiresIn: _expiresIn, ...kept } = checked;
    this.#dropExpired();
    this.#entries.set(await handleKey(transaction), { contractId, content: kept, expiresAt: this.#now() + this.#ttlMs, state: 'open' });
    return { transaction };
  }

  /** The open transaction as the bank states it, with the whole seconds left. */
  async get({ transaction }: TransactionRequest): Promise<OtpTransaction> {
    const entry = await this.#open(transaction);
    const expiresIn = Math.floor((entry.expiresAt - this.#now()) / 1000);
    // A fresh copy: the entry stays as it was made, whatever the caller does with the answer.
    return structuredClone({ id: transaction, ...entry.content, expiresIn }) as OtpTransaction;
  }

  async confirm({ transaction, method, otp, credential }: ConfirmTransactionRequest): Promise<OperationResult> {
    const entry = await this.#open(transaction);
    if (!entry.content.methods.includes(method)) throw new OtpError('unknown', `the transaction does not offer ${method}`);
    if (method === 'passkey') return this.#confirmWithPasskey(entry, credential);
    if (typeof otp !== 'string') throw new OtpError('unknown', 'no code');
    const guess = this.#accounts.guess(entry.contractId);
    // The slow check first; from its answer on, nothing waits until the outcome is recorded, so
    // two confirmations cannot both use one time step.
    const keyed = method === 'challenge' ? await this.#keypadStep(entry, otp) : undefined;
    // Checked again: time passed, and another confirmation or a decline may have come first.
    this.#stillOpen(entry);
    const use = method === 'code' ? this.#codeUse(entry, otp) : this.#keypadUse(entry, keyed);
    if (!use) throw guess.wrong();
    guess.right();
    use();
    entry.state = 'confirmed';
    return { resultCode: this.#accounts.resultCode() };
  }

  /** The passkey way: an assertion over this transaction's challenge, by one of the contract's passkeys. */
  async #confirmWithPasskey(entry: Entry, credential: AuthenticationResponseJSON | undefined): Promise<OperationResult> {
    if (credential === null || typeof credential !== 'object') throw new OtpError('unknown', 'no credential');
    const guess = this.#accounts.guess(entry.contractId);
    const verified = (await this.#passkeys?.verify(entry.contractId, credential, entry.content.passkey!.challenge)) ?? false;
    this.#stillOpen(entry);
    if (!verified) throw guess.wrong();
    guess.right();
    entry.state = 'confirmed';
    return { resultCode: this.#accounts.resultCode() };
  }

  /** The passkey request for a new transaction: its challenge binds the nonce and the content. */
  async #requestOptions(contractId: string, transaction: string, content: TransferContent): Promise<PublicKeyCredentialRequestOptionsJSON> {
    const nonce = randomBytes(32);
    const challenge = await sha256(concatBytes(nonce, utf8(canonicalTransaction({ id: transaction, ...content }))));
    return this.#passkeys!.requestOptions(contractId, base64url(challenge));
  }

  async decline({ transaction }: TransactionRequest): Promise<Record<string, never>> {
    const entry = await this.#open(transaction);
    entry.state = 'declined';
    return {};
  }

  /** The ways the contract can confirm with, strongest first. */
  #methodsOf(contractId: string): ConfirmMethod[] {
    return [
      ...(this.#passkeys?.holds(contractId) ? (['passkey'] as const) : []),
      ...(this.#keypads.has(contractId) ? (['challenge'] as const) : []),
      ...(this.#accounts.boundToken(contractId) ? (['code'] as const) : []),
    ];
  }

  /** How to use up the TOTP step `otp` is; undefined for a wrong, old or used code. */
  #codeUse(entry: Entry, otp: string): (() => void) | undefined {
    const token = this.#accounts.boundToken(entry.contractId);
    const step = token && matchTotp(token.secret, otp, this.#now(), softTokenTotp, token.usedStep);
    return step === undefined ? undefined : () => (token!.usedStep = step);
  }

  /** The keypad step whose response to the payee's account number `otp` is, if not used yet. */
  #keypadStep(entry: Entry, otp: string): Promise<number | undefined> {
    const keypad = this.#keypads.get(entry.contractId)!;
    // The payee's account number, as the customer keys it in (checked at creation to fit QN08).
    const question = entry.content.challenge!;
    return verifyOcra(keypad.suite, keypad.key, otp, { question }, { timeMs: this.#now(), usedStep: keypad.usedStep });
  }

  /** How to use up the keypad step `step`; undefined when there is none, or another confirmation used it meanwhile. */
  #keypadUse(entry: Entry, step: number | undefined): (() => void) | undefined {
    const keypad = this.#keypads.get(entry.contractId)!;
    return step === undefined || step <= keypad.usedStep ? undefined : () => (keypad.usedStep = step);
  }

  /** The entry `handle` names, while it can still be confirmed or declined. */
  async #open(handle: string): Promise<Entry> {
    const entry = this.#entries.get(await handleKey(handle));
    if (!entry) throw new OtpError('transaction-expired', 'transaction unknown or expired');
    this.#stillOpen(entry);
    return entry;
  }

  /**
   * Expiry first: past it the answer is `transaction-expired` whatever happened before, the same
   * whether or not the bank has forgotten the transaction yet.
   */
  #stillOpen(entry: Entry): void {
    if (entry.expiresAt <= this.#now()) throw new OtpError('transaction-expired', 'transaction expired');
    if (entry.state !== 'open') throw new OtpError('transaction-closed', `transaction already ${entry.state}`);
  }

  /** Forgets transactions past their expiry (answered as expired from then on anyway). */
  #dropExpired(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }
}

type TransferContent = Pick<OtpTransaction, 'payee' | 'amount' | 'fee'>;

/**
 * The transaction's canonical JSON, what a passkey's challenge binds: its handle, payee and
 * money, keys in a fixed order, absent fields left out, no spaces. Any change to any of them
 * gives another challenge, so a signature over one transfer confirms no other (PSD2's dynamic
 * linking). The format is the reference bank's own; a bank picks and documents its own.
 */
export function canonicalTransaction({ id, payee, amount, fee }: { id: string } & TransferContent): string {
  const { bank, branch, accountType, account, name } = payee;
  return JSON.stringify({
    id,
    payee: { bank, ...(branch === undefined ? {} : { branch }), ...(accountType === undefined ? {} : { accountType }), account, name },
    amount: { value: amount.value, currency: amount.currency },
    ...(fee ? { fee: { value: fee.value, currency: fee.currency } } : {}),
  });
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

async function handleKey(handle: string): Promise<string> {
  return base64url(await sha256(utf8(handle)));
}
