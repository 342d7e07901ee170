// The rules of the demo bank, shared by DemoHostAdapter (in the browser) and the reference
// server (in Node): one implementation, so both behave the same.
import { Secret, TOTP } from 'otpauth';
import { OtpError } from '../adapters/otp-error.js';
import type {
  AuthenticateRequest,
  AuthenticateResult,
  ConfirmTransactionRequest,
  ExtendSessionRequest,
  ExtendSessionResult,
  OtpFlow,
  PasskeyOptionsRequest,
  PasskeyOptionsResult,
  ProvisionRequest,
  ProvisionResult,
  RegisterPasskeyRequest,
  RegisterTokenRequest,
  OperationResult,
  SuspendRequest,
  OtpTransaction,
  TransactionRequest,
} from '../adapters/types.js';
import { base64url, randomBytes, sha256, timingSafeEqual, utf8 } from './bytes.js';
import { demoCustomers, demoKeypadTokens, demoTokens, type DemoCustomer, type DemoKeypadToken, type DemoToken } from './demo-data.js';
import { PasskeyRegistry, type PasskeySettings } from './passkeys.js';
import { hashPassword, verifyPassword, type PasswordHash } from './password.js';
import { matchTotp, softTokenTotp, totpCode } from './totp.js';
import { TransactionDesk, type ConfirmationEvidence, type TransferRequest, type TransferResult } from './transactions.js';

export interface DemoBankOptions {
  /** The bank's clock in milliseconds since the epoch (tests inject one); default `Date.now`. */
  now?: () => number;
  /** How long a customer stays locked after `maxFailures` wrong guesses; default 300. */
  lockoutSeconds?: number;
  /** How long a session stays valid after `authenticate` or an extension; default 300. */
  sessionTtlSeconds?: number;
  /**
   * The longest a session can last, extensions included; default 3600: enough for ten
   * extensions of a 300-second session (WCAG 2.2.1 asks that a customer can extend ten times).
   */
  maxSessionSeconds?: number;
  /** Wrong passwords in a row, or wrong codes and token IDs in a row, that lock the customer; default 5. */
  maxFailures?: number;
  /**
   * Unknown contract IDs whose failures are counted (like known ones, so a lock says nothing
   * about whether an ID exists): a memory bound; default 10,000. Past it, the least recently
   * guessed unlocked ID is forgotten. Known customers keep their count in their own record, so
   * no flood of unknown IDs can push it out.
   */
  maxUnknownIds?: number;
  /** The customers the bank starts with; default `demoCustomers`. */
  customers?: readonly DemoCustomer[];
  /** The soft tokens the bank knows; default `demoTokens`. */
  tokens?: readonly DemoToken[];
  /** The RP ID and page origins of passkeys (and any passkeys to start with); without them the bank offers none (`unavailable`). */
  passkeys?: PasskeySettings;
  /** How long a transfer can be confirmed after it is made; default 300. */
  transactionTtlSeconds?: number;
  /** The keypad tokens the bank issued (`challenge` way); default `demoKeypadTokens`. */
  keypadTokens?: readonly DemoKeypadToken[];
  /**
   * How long a soft token bound (or replaced) and a passkey registered through this bank wait
   * before they can confirm a transfer; default 86,400 (24 h). A stolen password is enough to
   * replace the soft token (the device-change flow) and add a passkey: the hold gives the
   * customer time to hear of it (the bank must notify them) and stop it. What the bank starts
   * with counts as bound long ago.
   */
  newCredentialHoldSeconds?: number;
  /**
   * Offer the soft token's code for a transfer beside a passkey or keypad token; default false.
   * A transaction is only as strong as the weakest way it offers, and the code binds nothing of it.
   */
  codeWithStrongerWays?: boolean;
}

/** A customer's standing, for a demo page or a test to show. */
export interface DemoCustomerState {
  contractId: string;
  /** The bound token, unmasked (this is a demo); absent when the customer uses no one-time passwords. */
  tokenId?: string;
  /** Seconds until the lock ends, while locked. */
  lockedFor?: number;
  /** How many passkeys the contract holds, when it holds any. */
  passkeys?: number;
}

/** Guesses at one contract ID since its last success or lock, counted before they are checked. */
interface Attempts {
  password: number;
  /** Codes and token IDs: a wrong token ID is a guess like a wrong code. */
  code: number;
  lockedUntil: number;
  /** How many times `code` went back to zero (a right code or a lock): a released guess of an earlier round is gone already. */
  codeRound: number;
}

type Guess = keyof Omit<Attempts, 'lockedUntil' | 'codeRound'>;

interface Customer {
  password: Promise<PasswordHash>;
  tokenId?: string;
  /** When the token was bound (ms since the epoch); -Infinity for one the bank started with. */
  tokenBoundAt?: number;
  attempts: Attempts;
}

interface Token {
  secret: Uint8Array;
  /** The last time step whose code was accepted; no code of it or before counts again. */
  usedStep: number;
  /** The contract the token is bound to: no other contract can bind it. */
  boundTo?: string;
}

interface Session {
  contractId: string;
  flow: OtpFlow;
  startedAt: number;
  expiresAt: number;
  /** The secret `provision` issued in this session, until a code confirms it. */
  provisioned?: Token;
  /**
   * Flow `passkey`: present once the session may make a passkey (its code was right, or it
   * bound a token); holds the challenge of the options last given, until a registration uses it.
   */
  passkey?: { challenge?: string };
}

const issuer = 'otp-elements demo';

// Tests make many banks from the same seed: hash each seed password once, not once per bank.
const seedHashes = new WeakMap<DemoCustomer, Promise<PasswordHash>>();
function seedHash(customer: DemoCustomer): Promise<PasswordHash> {
  let hash = seedHashes.get(customer);
  if (!hash) seedHashes.set(customer, (hash = hashPassword(customer.password)));
  return hash;
}

// Checked when the contract ID is unknown, so that case costs the same time as a wrong password.
let decoy: Promise<PasswordHash> | undefined;
const decoyHash = () => (decoy ??= hashPassword(base64url(randomBytes(16))));
// Checked when the token ID is unknown or another contract's, so that case costs the same as a wrong code.
const decoySecret = randomBytes(20);

/** "VSST12345678" → "VSST****5678": enough for the customer to recognise the token. */
export function maskTokenId(tokenId: string): string {
  return `${tokenId.slice(0, 4)}****${tokenId.slice(-4)}`;
}

/**
 * A bank's one-time-password backend, in memory: customers with hashed passwords, VIP-style soft
 * tokens, single-flow sessions that can be extended up to a maximum age, lockout. Takes the
 * requests of `OtpHostAdapter` and fails with `OtpError`; for evaluation and tests only.
 *
 * Lockout holds under any concurrency: each guess (password, code, token ID) is counted when
 * it arrives, before the slow check, so at most `maxFailures` guesses per contract are ever
 * checked between a success and a lock; one more while they are being checked locks at once,
 * and a right guess that finishes during a lock is answered `locked`.
 */
export class DemoBank {
  readonly #now: () => number;
  readonly #lockoutMs: number;
  readonly #sessionTtlMs: number;
  readonly #maxSessionMs: number;
  readonly #maxFailures: number;
  readonly #maxUnknownIds: number;
  readonly #customers = new Map<string, Customer>();
  readonly #tokens = new Map<string, Token>();
  /** Unknown contract IDs, least recently guessed first. */
  readonly #strangers = new Map<string, Attempts>();
  /** Keyed by the SHA-256 of the handle: the bank holds no handle, and a lookup's timing shows none. */
  readonly #sessions = new Map<string, Session>();
  /** The last session lookup's key, which the next one waits for (see `#session`). */
  #sessionKeys: Promise<unknown> = Promise.resolve();
  readonly #passkeys: PasskeyRegistry;
  readonly #transactions: TransactionDesk;
  #results = 0;

  constructor({
    now = Date.now,
    lockoutSeconds = 300,
    sessionTtlSeconds = 300,
    maxSessionSeconds = 3600,
    maxFailures = 5,
    maxUnknownIds = 10_000,
    customers = demoCustomers,
    tokens = demoTokens,
    transactionTtlSeconds = 300,
    keypadTokens = demoKeypadTokens,
    newCredentialHoldSeconds = 86_400,
    codeWithStrongerWays = false,
    passkeys,
  }: DemoBankOptions = {}) {
    this.#now = now;
    this.#lockoutMs = lockoutSeconds * 1000;
    this.#sessionTtlMs = sessionTtlSeconds * 1000;
    this.#maxSessionMs = Math.max(maxSessionSeconds, sessionTtlSeconds) * 1000;
    this.#maxFailures = maxFailures;
    this.#maxUnknownIds = maxUnknownIds;
    this.#passkeys = new PasskeyRegistry(passkeys);
    for (const t of tokens) this.#tokens.set(t.tokenId, { secret: Secret.fromBase32(t.secret).bytes, usedStep: -1 });
    for (const c of customers) {
      const customer: Customer = { password: seedHash(c), attempts: unlocked() };
      if (c.tokenId) this.#bind(customer, c.contractId, c.tokenId, -Infinity);
      this.#customers.set(c.contractId, customer);
    }
    this.#transactions = new TransactionDesk({
      now,
      ttlSeconds: transactionTtlSeconds,
      keypadTokens,
      passkeys: this.#passkeys,
      newCredentialHoldSeconds,
      codeWithStrongerWays,
      accounts: {
        boundToken: (contractId, boundBy) => {
          const customer = this.#customers.get(contractId);
          const settled = customer?.tokenId !== undefined && customer.tokenBoundAt! <= boundBy;
          return settled ? this.#tokens.get(customer.tokenId!) : undefined;
        },
        guess: (contractId) => {
          // Transactions are made for existing customers only, and customers are never removed.
          const { attempts } = this.#customers.get(contractId)!;
          const guess = this.#reserve(attempts, 'code');
          const round = attempts.codeRound;
          return {
            right: () => this.#success(attempts, 'code'),
            wrong: () => this.#failure(attempts, 'code', guess, 'invalid-otp'),
            release: () => void (attempts.codeRound === round && attempts.code--),
          };
        },
        resultCode: () => this.#nextResultCode(),
      },
    });
  }

  async authenticate({ flow, contractId, password }: AuthenticateRequest): Promise<AuthenticateResult> {
    const customer = await this.#checkPassword(contractId, password);
    if (flow !== 'enroll' && !customer.tokenId) throw new OtpError('not-registered', `no token: nothing to ${flow === 'suspend' ? 'suspend' : 'prove a passkey with'}`);

    const session = base64url(randomBytes(32));
    const now = this.#now();
    this.#dropExpiredSessions();
    this.#sessions.set(await sessionKey(session), { contractId, flow, startedAt: now, expiresAt: now + this.#sessionTtlMs });
    const expiresIn = this.#sessionTtlMs / 1000;
    return customer.tokenId ? { session, currentTokenId: maskTokenId(customer.tokenId), expiresIn } : { session, expiresIn };
  }

  async registerToken({ session, tokenId, otp, nextOtp }: RegisterTokenRequest): Promise<OperationResult> {
    const { key, state } = await this.#session(session, 'enroll');
    const customer = this.#customerOf(state);
    const id = tokenId?.toUpperCase();
    if (id !== undefined && id === customer.tokenId) throw new OtpError('already-registered', 'token already bound');
    const guess = this.#reserve(customer.attempts, 'code');

    const found = id === undefined ? state.provisioned : this.#tokens.get(id);
    // Another contract's token is answered like one that does not exist: nothing says whose it is.
    const token = found && (found.boundTo ?? state.contractId) === state.contractId ? found : undefined;
    // Without a token the code is checked against a decoy, so that case takes the same time.
    const secret = token?.secret ?? decoySecret;
    const step = matchTotp(secret, otp, this.#now(), softTokenTotp, token?.usedStep);
    const confirmed =
      step !== undefined && (nextOtp === undefined || timingSafeEqual(utf8(nextOtp), utf8(totpCode(secret, step + 1))));
    if (!token) throw this.#failure(customer.attempts, 'code', guess, 'invalid-token-id');
    if (!confirmed) throw this.#failure(customer.attempts, 'code', guess, 'invalid-otp');
    this.#success(customer.attempts, 'code');

    token.usedStep = nextOtp === undefined ? step : step + 1;
    this.#bind(customer, state.contractId, id ?? this.#addToken(token), this.#now());
    // The session is done with tokens; where the bank offers passkeys it may still add one in
    // the same visit, until it expires. Otherwise it ends here.
    if (this.#passkeys.offered) Object.assign(state, { flow: 'passkey', passkey: {} });
    else this.#sessions.delete(key);
    delete state.provisioned;
    return { resultCode: this.#nextResultCode() };
  }

  async suspend({ session }: SuspendRequest): Promise<OperationResult> {
    const { key, state } = await this.#session(session, 'suspend');
    const customer = this.#customerOf(state);
    if (!customer.tokenId) throw new OtpError('not-registered', 'no token to suspend');
    this.#unbind(customer);
    this.#sessions.delete(key);
    return { resultCode: this.#nextResultCode() };
  }

  async provision({ session }: ProvisionRequest): Promise<ProvisionResult> {
    const { state } = await this.#session(session, 'enroll');
    this.#customerOf(state);
    const secret = randomBytes(20);
    state.provisioned = { secret, usedStep: -1 };
    const { algorithm, digits, period } = softTokenTotp;
    const key = new Secret({ buffer: secret.slice().buffer });
    return { uri: new TOTP({ issuer, label: state.contractId, secret: key, algorithm, digits, period }).toString() };
  }

  /**
   * Keeps a session of either flow alive for another `sessionTtlSeconds`, but never past
   * `maxSessionSeconds` after `authenticate`; answers the seconds it now has left.
   */
  async extendSession({ session }: ExtendSessionRequest): Promise<ExtendSessionResult> {
    const { state } = await this.#session(session);
    this.#customerOf(state);
    const now = this.#now();
    state.expiresAt = Math.min(now + this.#sessionTtlMs, state.startedAt + this.#maxSessionMs);
    return { expiresIn: Math.floor((state.expiresAt - now) / 1000) };
  }

  /**
   * The options of a new passkey, with a challenge bound to the session. A session of flow
   * `passkey` proves itself first with the token's code, counted like any code (before it is
   * checked, once, toward the lockout); one that just bound a token needs none.
   */
  async passkeyOptions({ session, otp }: PasskeyOptionsRequest): Promise<PasskeyOptionsResult> {
    const { state } = await this.#session(session, 'passkey');
    const customer = this.#customerOf(state);
    if (!state.passkey) {
      const guess = this.#reserve(customer.attempts, 'code');
      // A token suspended since authenticate: no code can be right.
      const token = customer.tokenId === undefined ? undefined : this.#tokens.get(customer.tokenId);
      const step = matchTotp(token?.secret ?? decoySecret, otp ?? '', this.#now(), softTokenTotp, token?.usedStep);
      if (!token || step === undefined) throw this.#failure(customer.attempts, 'code', guess, 'invalid-otp');
      this.#success(customer.attempts, 'code');
      token.usedStep = step;
      state.passkey = {};
    }
    const options = await this.#passkeys.options(state.contractId);
    state.passkey.challenge = options.challenge;
    return { options };
  }

  /**
   * Verifies and keeps the passkey made with the session's last options: their challenge is
   * good once, whatever the outcome, and dies with the session. A success ends the session.
   */
  async registerPasskey({ session, credential }: RegisterPasskeyRequest): Promise<OperationResult> {
    const { key, state } = await this.#session(session, 'passkey');
    this.#customerOf(state);
    const challenge = state.passkey?.challenge;
    if (state.passkey) delete state.passkey.challenge;
    if (challenge === undefined) throw new OtpError('passkey-rejected', 'no passkey options were given in this session');
    await this.#passkeys.register(state.contractId, credential, challenge, this.#now());
    this.#sessions.delete(key);
    return { resultCode: this.#nextResultCode() };
  }

  /**
   * Stands in for a portal's transfer form (`POST /transfers`): checks the customer's password as
   * `authenticate` does, then makes a transaction to confirm (see `TransactionDesk.create`).
   */
  async createTransfer({ contractId, password, payee, amount }: TransferRequest): Promise<TransferResult> {
    await this.#checkPassword(contractId, password);
    return this.#transactions.create(contractId, payee, amount);
  }

  getTransaction(req: TransactionRequest): Promise<OtpTransaction> {
    return this.#transactions.get(req);
  }

  confirmTransaction(req: ConfirmTransactionRequest): Promise<OperationResult> {
    return this.#transactions.confirm(req);
  }

  declineTransaction(req: TransactionRequest): Promise<Record<string, never>> {
    return this.#transactions.decline(req);
  }

  /** What the bank kept of the transfer confirmation that answered `resultCode`, for audit and disputes. */
  confirmationEvidence(resultCode: string): ConfirmationEvidence | undefined {
    return this.#transactions.evidence(resultCode);
  }

  /** A customer's standing, or undefined for an unknown contract ID. */
  inspect(contractId: string): DemoCustomerState | undefined {
    const customer = this.#customers.get(contractId);
    if (!customer) return undefined;
    const state: DemoCustomerState = { contractId };
    if (customer.tokenId) state.tokenId = customer.tokenId;
    const { lockedUntil } = customer.attempts;
    if (lockedUntil > this.#now()) state.lockedFor = Math.ceil((lockedUntil - this.#now()) / 1000);
    const passkeys = this.#passkeys.count(contractId);
    if (passkeys) state.passkeys = passkeys;
    return state;
  }

  /** The customer with this contract ID and password, or throws (the guess counted before the check). */
  async #checkPassword(contractId: string, password: string): Promise<Customer> {
    const customer = this.#customers.get(contractId);
    const attempts = customer?.attempts ?? this.#strangerAttempts(contractId);
    const guess = this.#reserve(attempts, 'password');
    // An unknown ID costs the same hash and counts the same failures as a wrong password:
    // neither the answer nor its timing tells which of the two was wrong.
    const matches = await verifyPassword(password, await (customer?.password ?? decoyHash()));
    if (!customer || !matches) throw this.#failure(attempts, 'password', guess, 'invalid-credentials');
    this.#success(attempts, 'password');
    return customer;
  }

  /** The live session `handle` names, for `flow` when given. */
  async #session(handle: string, flow?: OtpFlow): Promise<{ key: string; state: Session }> {
    // In the order the calls came, as a server takes them: WebCrypto may settle digests out of
    // order (Firefox does under load), and guesses must be counted in the order they arrive.
    const found = this.#sessionKeys.then(() => sessionKey(handle));
    this.#sessionKeys = found.catch(() => undefined);
    const key = await found;
    const state = this.#sessions.get(key);
    if (state && state.expiresAt <= this.#now()) this.#sessions.delete(key);
    else if (state && (flow === undefined || state.flow === flow)) return { key, state };
    throw new OtpError('session-expired', 'session unknown, expired, used or for the other flow');
  }

  /** The session's customer, once they are known not to be locked. */
  #customerOf(session: Session): Customer {
    // Sessions are only made for existing customers, and customers are never removed.
    const customer = this.#customers.get(session.contractId)!;
    this.#checkLock(customer.attempts);
    return customer;
  }

  #checkLock(attempts: Attempts): void {
    const locked = this.#lockedError(attempts);
    if (locked) throw locked;
  }

  #lockedError({ lockedUntil }: Attempts): OtpError | undefined {
    const now = this.#now();
    if (lockedUntil <= now) return undefined;
    return new OtpError('locked', 'too many failures', { retryAfter: Math.ceil((lockedUntil - now) / 1000) });
  }

  /**
   * Counts a guess as it arrives and returns its number since the last success or lock. A
   * guess beyond the last allowed one (the others still being checked) locks at once.
   */
  #reserve(attempts: Attempts, kind: Guess): number {
    this.#checkLock(attempts);
    if (attempts[kind] >= this.#maxFailures) throw this.#lock(attempts);
    return ++attempts[kind];
  }

  /** A right guess: forgets the wrong ones, unless a lock came while it was checked. */
  #success(attempts: Attempts, kind: Guess): void {
    this.#checkLock(attempts);
    attempts[kind] = 0;
    if (kind === 'code') attempts.codeRound++;
  }

  /** A wrong guess, number `guess`: the last allowed one locks the customer. */
  #failure(attempts: Attempts, kind: Guess, guess: number, code: 'invalid-credentials' | 'invalid-otp' | 'invalid-token-id'): OtpError {
    const locked = this.#lockedError(attempts);
    if (locked) return locked;
    if (guess >= this.#maxFailures) return this.#lock(attempts);
    const what = kind === 'password' ? 'contract ID or password' : 'one-time password or token ID';
    return new OtpError(code, `wrong ${what}`, { remainingAttempts: this.#maxFailures - guess });
  }

  #lock(attempts: Attempts): OtpError {
    attempts.password = attempts.code = 0;
    attempts.codeRound++;
    attempts.lockedUntil = this.#now() + this.#lockoutMs;
    return new OtpError('locked', 'too many failures', { retryAfter: this.#lockoutMs / 1000 });
  }

  /**
   * The counter of an unknown contract ID. At most `maxUnknownIds` are kept: the least recently
   * guessed unlocked one is forgotten first, a locked one only when all are locked.
   */
  #strangerAttempts(contractId: string): Attempts {
    let attempts = this.#strangers.get(contractId);
    if (attempts) this.#strangers.delete(contractId);
    else {
      if (this.#strangers.size >= this.#maxUnknownIds) this.#forgetOneStranger();
      attempts = unlocked();
    }
    this.#strangers.set(contractId, attempts); // last in the map: most recently guessed
    return attempts;
  }

  #forgetOneStranger(): void {
    const now = this.#now();
    let victim: string | undefined;
    for (const [id, attempts] of this.#strangers) {
      victim ??= id;
      if (attempts.lockedUntil <= now) {
        victim = id;
        break;
      }
    }
    if (victim !== undefined) this.#strangers.delete(victim);
  }

  #bind(customer: Customer, contractId: string, tokenId: string, at: number): void {
    this.#unbind(customer);
    customer.tokenId = tokenId;
    customer.tokenBoundAt = at;
    this.#tokens.get(tokenId)!.boundTo = contractId;
  }

  #unbind(customer: Customer): void {
    if (customer.tokenId) delete this.#tokens.get(customer.tokenId)!.boundTo;
    delete customer.tokenId;
    delete customer.tokenBoundAt;
  }

  #dropExpiredSessions(): void {
    const now = this.#now();
    for (const [key, session] of this.#sessions) if (session.expiresAt <= now) this.#sessions.delete(key);
  }

  /** Files a provisioned secret under a new token ID. */
  #addToken(token: Token): string {
    let id: string;
    do id = `DEMO${Array.from(randomBytes(8), (b) => b % 10).join('')}`;
    while (this.#tokens.has(id));
    this.#tokens.set(id, token);
    return id;
  }

  #nextResultCode(): string {
    return String(++this.#results).padStart(5, '0');
  }
}

const unlocked = (): Attempts => ({ password: 0, code: 0, lockedUntil: 0, codeRound: 0 });

async function sessionKey(handle: string): Promise<string> {
  return base64url(await sha256(utf8(handle)));
}
