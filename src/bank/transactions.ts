// Transfers waiting for the customer's confirmation (取引認証), as the reference bank keeps them:
// the rules of DESIGN.md's `<otp-confirm>`, shared by DemoHostAdapter and the reference server
// through DemoBank.
//
// - A transaction is made from a transfer request and never changes after: what `get` answers is
//   what was checked when it was made (the same rules as `checkTransaction` in the browser).
// - It expires (default 300 s) and is confirmed or declined once; after that, `confirm` and
//   `decline` fail with `transaction-closed`, and after expiry with `transaction-expired` whatever
//   happened before (as does a handle the bank does not know: nothing says whether it existed).
// - Which ways: a transaction is only as strong as the weakest way it offers (the attacker picks
//   it), so `code`, which binds nothing of the transfer, is offered only when the contract has
//   neither a passkey nor a keypad token (unless `codeWithStrongerWays`). A credential bound or
//   replaced less than `newCredentialHoldSeconds` ago confirms nothing (a stolen password can
//   replace the soft token and add a passkey: the hold gives the customer time to hear of it);
//   with no way left, `create` fails with `not-registered`.
// - `code`: the contract's bound soft token, TOTP as at login, each time step once. `challenge`:
//   the contract's keypad token, OCRA over the payee's 7-digit account number as text (suite
//   QAxx: distinct numbers give distinct challenges, which QN's hex padding does not), the
//   current or the previous time step, each response once: the same account in the same step
//   is a replay, another account is not. A code is counted toward the contract's lockout when it
//   arrives, before it is checked, like every password and code at this bank.
// - `passkey`: the contract's settled passkeys; the challenge is SHA-256(nonce ‖ the
//   transaction's canonical JSON): the nonce is stored with the transaction and the challenge
//   recomputed from them at verification, so an assertion signs this transfer's content and no
//   other; verified by the bank's passkey registry (passkeys.ts, with @simplewebauthn/server),
//   user verification required, origin and RP ID the bank's. A refused assertion counts like a
//   wrong code. Each confirmation is kept as evidence (`evidence`), the passkey's with the
//   nonce, the canonical JSON and the assertion, so the signature can be checked again later.
// - Concurrency: a wrong code counts even if the transaction closed during its check (then
//   answered `transaction-closed`); a right one that finds it closed, or a check that fails
//   (`unavailable`), counts neither way: the reservation is released. A keypad response that
//   another confirmation used meanwhile counts as a wrong code.
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
  /** The check ended neither way (the transaction closed meanwhile, the check failed): the guess is not counted. */
  release(): void;
}

/** What the desk needs of the bank about a contract. */
export interface TransactionAccounts {
  /** The soft token bound to the contract at or before `boundBy` (ms), if any; the desk moves `usedStep` on when a code is used. */
  boundToken(contractId: string, boundBy: number): { readonly secret: Uint8Array; usedStep: number } | undefined;
  /** Counts a code for the contract as it arrives (throws `locked` while the contract is locked). */
  guess(contractId: string): CodeGuess;
  /** The bank's next reference number for an operation. */
  resultCode(): string;
}

/** What the desk needs of the bank's passkeys (`PasskeyRegistry`, passkeys.ts). */
export interface TransactionPasskeys {
  /** Whether passkeys are set up and `contractId` holds one registered at or before `registeredBy` (ms). */
  holds(contractId: string, registeredBy: number): boolean;
  /** The request of an assertion over `challenge` (base64url) by one of `contractId`'s passkeys registered by then. */
  requestOptions(contractId: string, challenge: string, registeredBy: number): PublicKeyCredentialRequestOptionsJSON;
  /** Whether `credential` is such an assertion, with user verification; the passkey's counter then moves on. */
  verify(contractId: string, credential: unknown, challenge: string, registeredBy: number): Promise<boolean>;
}

export interface TransactionDeskOptions {
  now: () => number;
  /** Seconds a transaction can be confirmed in. */
  ttlSeconds: number;
  keypadTokens: readonly DemoKeypadToken[];
  /** Without it the passkey way is not offered. */
  passkeys?: TransactionPasskeys;
  accounts: TransactionAccounts;
  /** Seconds a newly bound soft token or registered passkey waits before it can confirm a transfer. */
  newCredentialHoldSeconds: number;
  /** Offer `code` beside a passkey or keypad token too (weaker: the attacker picks the way). */
  codeWithStrongerWays: boolean;
}

/** What the bank keeps of a confirmed transfer, for audit and disputes. */
export interface ConfirmationEvidence {
  resultCode: string;
  contractId: string;
  method: ConfirmMethod;
  /** When it was confirmed, in ms since the epoch. */
  at: number;
  /** The transaction's canonical JSON (`canonicalTransaction`), handle included. */
  transaction: string;
  /** The passkey way: the nonce (base64url) and the assertion, which signed SHA-256(nonce ‖ `transaction`). */
  passkey?: { nonce: string; assertion: AuthenticationResponseJSON };
}

interface Keypad {
  readonly suite: OcraSuite;
  readonly key: Uint8Array;
  /**
   * Per question (account number), the last time step whose response was accepted: no response
   * to that question of that step or before counts again. Only the last two steps matter.
   */
  readonly usedSteps: Map<string, number>;
}

interface Entry {
  readonly contractId: string;
  /** The transaction as made, without the handle and the time left, which each answer adds. */
  readonly content: Omit<CheckedTransaction, 'id' | 'expiresIn'>;
  /** The passkey way: the random nonce its challenge was made from. */
  readonly nonce?: Uint8Array;
  readonly expiresAt: number;
  state: 'open' | 'confirmed' | 'declined';
}

/** A way's check, done: how to record the confirmation, or undefined for a wrong code. */
type Checked = { use: () => void; passkey?: ConfirmationEvidence['passkey'] } | undefined;

/** A keypad token answers with the payee's account number keyed in: 7 digits, as Japanese accounts have. */
const accountNumber = /^[0-9]{7}$/;
/** The fee of the reference bank's transfers. */
const transferFee: Money = { value: '110', currency: 'JPY' };

export class TransactionDesk {
  readonly #now: () => number;
  readonly #ttlMs: number;
  readonly #holdMs: number;
  readonly #codeWithStrongerWays: boolean;
  readonly #accounts: TransactionAccounts;
  readonly #keypads = new Map<string, Keypad>();
  readonly #passkeys?: TransactionPasskeys;
  /** Keyed by the SHA-256 of the handle, as sessions are: the bank holds no handle. */
  readonly #entries = new Map<string, Entry>();
  readonly #evidence = new Map<string, ConfirmationEvidence>();

  constructor({ now, ttlSeconds, keypadTokens, passkeys, accounts, newCredentialHoldSeconds, codeWithStrongerWays }: TransactionDeskOptions) {
    this.#now = now;
    this.#ttlMs = ttlSeconds * 1000;
    this.#holdMs = newCredentialHoldSeconds * 1000;
    this.#codeWithStrongerWays = codeWithStrongerWays;
    this.#accounts = accounts;
    this.#passkeys = passkeys;
    for (const token of keypadTokens) {
      const suite = parseOcraSuite(token.suite);
      // QN and QH pad the challenge's hex to the right, so 0123456 and 1975296 would share a response.
      if (suite.challenge.format !== 'A' || suite.challenge.maxLength < 7) {
        throw new TypeError(`keypad token ${token.serial}: the suite must take the 7-digit account as text (QA07 or longer)`);
      }
      this.#keypads.set(token.contractId, { suite, key: keypadKey(token), usedSteps: new Map() });
    }
  }

  /**
   * Makes a transaction for a contract whose password the bank just checked. Fails with
   * `unknown` for a payee or amount the element would refuse to show (or an account number that
   * is not 7 digits, or a currency other than yen), and `not-registered` when the contract has
   * no way to confirm it (none, or only credentials still in their hold).
   */
  async create(contractId: string, payee: OtpPayee, amount: Money): Promise<TransferResult> {
    const methods = this.#methodsOf(contractId);
    if (!methods.length) throw new OtpError('not-registered', 'no settled token or passkey to confirm a transfer with');
    const transaction = base64url(randomBytes(32));
    const content = { payee: { ...payee }, amount: { ...amount }, fee: transferFee, methods, digits: softTokenTotp.digits };
    const keypad = this.#keypads.get(contractId);
    const nonce = methods.includes('passkey') ? randomBytes(32) : undefined;
    // The same rules the element applies before it shows anything; throws OtpError('unknown').
    const checked = checkTransaction({
      id: transaction,
      ...content,
      expiresIn: this.#ttlMs / 1000,
      ...(keypad ? { challenge: payee?.account, challengeDigits: keypad.suite.digits } : {}),
      ...(nonce ? { passkey: this.#passkeys!.requestOptions(contractId, await passkeyChallenge(nonce, transaction, content), this.#settledBy()) } : {}),
    });
    if (!accountNumber.test(checked.payee.account)) throw new OtpError('unknown', 'the account number is not 7 digits');
    if (checked.amount.currency !== 'JPY') throw new OtpError('unknown', 'the reference bank transfers yen only');
    const { id: _id, expiresIn: _expiresIn, ...kept } = checked;
    this.#dropExpired();
    const entry: Entry = { contractId, content: kept, ...(nonce ? { nonce } : {}), expiresAt: this.#now() + this.#ttlMs, state: 'open' };
    this.#entries.set(await handleKey(transaction), entry);
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
    if (method === 'passkey' ? credential === null || typeof credential !== 'object' : typeof otp !== 'string') {
      throw new OtpError('unknown', method === 'passkey' ? 'no credential' : 'no code');
    }
    const guess = this.#accounts.guess(entry.contractId);
    let outcome: () => Checked;
    try {
      outcome = await this.#check(entry, transaction, method, otp, credential);
    } catch (error) {
      // The check itself failed (`unavailable`): the code was never judged.
      guess.release();
      throw error;
    }
    // From here on nothing waits until the outcome is recorded, so two confirmations cannot both use one step.
    const checked = outcome();
    if (!checked) {
      const wrong = guess.wrong();
      this.#stillOpen(entry);
      throw wrong;
    }
    try {
      // Checked again: time passed, and another confirmation or a decline may have come first.
      this.#stillOpen(entry);
    } catch (error) {
      guess.release();
      throw error;
    }
    guess.right();
    checked.use();
    entry.state = 'confirmed';
    const resultCode = this.#accounts.resultCode();
    const canonical = canonicalTransaction({ id: transaction, ...entry.content });
    const passkey = checked.passkey;
    this.#evidence.set(resultCode, { resultCode, contractId: entry.contractId, method, at: this.#now(), transaction: canonical, ...(passkey ? { passkey } : {}) });
    return { resultCode };
  }

  /** What the bank kept of the confirmation that answered `resultCode`. */
  evidence(resultCode: string): ConfirmationEvidence | undefined {
    const kept = this.#evidence.get(resultCode);
    return kept && structuredClone(kept);
  }

  async decline({ transaction }: TransactionRequest): Promise<Record<string, never>> {
    const entry = await this.#open(transaction);
    entry.state = 'declined';
    return {};
  }

  /**
   * Does the slow part of checking the code or assertion `method` takes, and answers the rest:
   * what the caller learns, without waiting, at the moment it records the outcome (a step used
   * meanwhile is used). Rejects only when the check cannot be made.
   */
  async #check(
    entry: Entry,
    handle: string,
    method: ConfirmMethod,
    otp: string | undefined,
    credential: AuthenticationResponseJSON | undefined,
  ): Promise<() => Checked> {
    if (method === 'code') return () => this.#codeUse(entry, otp!);
    if (method === 'challenge') return this.#keypadUse(entry, otp!);
    // Recomputed from the stored nonce and transaction: what the customer signs is what the bank holds.
    const challenge = await passkeyChallenge(entry.nonce!, handle, entry.content);
    const verified = await this.#passkeys!.verify(entry.contractId, credential, challenge, this.#settledBy());
    const passkey = { nonce: base64url(entry.nonce!), assertion: structuredClone(credential!) };
    return () => (verified ? { use: () => {}, passkey } : undefined);
  }

  /** The ways the contract can confirm with, strongest first; `code` only where none stronger is (see the header). */
  #methodsOf(contractId: string): ConfirmMethod[] {
    const settledBy = this.#settledBy();
    const stronger: ConfirmMethod[] = [
      ...(this.#passkeys?.holds(contractId, settledBy) ? (['passkey'] as const) : []),
      // Keypad tokens are issued by post, never bound through this API: they are always settled.
      ...(this.#keypads.has(contractId) ? (['challenge'] as const) : []),
    ];
    const code = this.#accounts.boundToken(contractId, settledBy) && (this.#codeWithStrongerWays || !stronger.length);
    return code ? [...stronger, 'code'] : stronger;
  }

  /** The latest time a credential may have been bound and still confirm now. */
  #settledBy(): number {
    return this.#now() - this.#holdMs;
  }

  /** How to use up the TOTP step `otp` is; undefined for a wrong, old or used code, or a token still in its hold. */
  #codeUse(entry: Entry, otp: string): Checked {
    const token = this.#accounts.boundToken(entry.contractId, this.#settledBy());
    const step = token && matchTotp(token.secret, otp, this.#now(), softTokenTotp, token.usedStep);
    return step === undefined ? undefined : { use: () => (token!.usedStep = step) };
  }

  /** How to use up the keypad step whose response to the payee's account number `otp` is; undefined when none is, or it was used. */
  async #keypadUse(entry: Entry, otp: string): Promise<() => Checked> {
    const keypad = this.#keypads.get(entry.contractId)!;
    // The payee's account number, as the customer keys it in (checked at creation to fit the suite).
    const question = entry.content.challenge!;
    const step = await verifyOcra(keypad.suite, keypad.key, otp, { question }, { timeMs: this.#now() });
    // Looked up when the outcome is recorded: another confirmation may have used the step meanwhile.
    return () => (step === undefined || step <= (keypad.usedSteps.get(question) ?? -1) ? undefined : this.#keypadStepUse(keypad, question, step));
  }

  #keypadStepUse(keypad: Keypad, question: string, step: number): Checked {
    return {
      use: () => {
        keypad.usedSteps.set(question, step);
        // Responses older than the previous step are refused anyway: forget their questions.
        for (const [asked, used] of keypad.usedSteps) if (used < step - 1) keypad.usedSteps.delete(asked);
      },
    };
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

/** A passkey assertion's challenge for a transaction: base64url(SHA-256(nonce ‖ canonical JSON)). */
async function passkeyChallenge(nonce: Uint8Array, id: string, content: TransferContent): Promise<string> {
  return base64url(await sha256(concatBytes(nonce, utf8(canonicalTransaction({ id, ...content })))));
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
