// The rules of the demo bank, shared by DemoHostAdapter (in the browser) and the reference
// server (in Node): one implementation, so both behave the same.
import { Secret, TOTP } from 'otpauth';
import { OtpError } from '../adapters/otp-error.js';
import type {
  AuthenticateRequest,
  AuthenticateResult,
  OtpFlow,
  ProvisionRequest,
  ProvisionResult,
  RegisterTokenRequest,
  OperationResult,
  SuspendRequest,
} from '../adapters/types.js';
import { base64url, randomBytes, sha256, timingSafeEqual, utf8 } from './bytes.js';
import { demoCustomers, demoTokens, type DemoCustomer, type DemoToken } from './demo-data.js';
import { hashPassword, verifyPassword, type PasswordHash } from './password.js';
import { matchTotp, softTokenTotp, totpCode } from './totp.js';

export interface DemoBankOptions {
  /** The bank's clock in milliseconds since the epoch (tests inject one); default `Date.now`. */
  now?: () => number;
  /** How long a customer stays locked after `maxFailures` wrong passwords or codes; default 300. */
  lockoutSeconds?: number;
  /** How long a session from `authenticate` can be used; default 300. */
  sessionTtlSeconds?: number;
  /** Wrong passwords in a row, or wrong codes in a row, that lock the customer; default 5. */
  maxFailures?: number;
  /** The customers the bank starts with; default `demoCustomers`. */
  customers?: readonly DemoCustomer[];
  /** The soft tokens the bank knows; default `demoTokens`. */
  tokens?: readonly DemoToken[];
}

/** A customer's standing, for a demo page or a test to show. */
export interface DemoCustomerState {
  contractId: string;
  /** The bound token, unmasked (this is a demo); absent when the customer uses no one-time passwords. */
  tokenId?: string;
  /** Seconds until the lock ends, while locked. */
  lockedFor?: number;
}

interface Customer {
  password: Promise<PasswordHash>;
  tokenId?: string;
}

interface Token {
  secret: Uint8Array;
  /** The last time step whose code was accepted; no code of it or before counts again. */
  usedStep: number;
}

interface Attempts {
  password: number;
  code: number;
  lockedUntil: number;
}

interface Session {
  contractId: string;
  flow: OtpFlow;
  expiresAt: number;
  /** The secret `provision` issued in this session, until a code confirms it. */
  provisioned?: Token;
}

const issuer = 'otp-elements demo';
/** Failure counters kept for contract IDs, known or not; the oldest unlocked ones go first. */
const maxTrackedIds = 10_000;

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

/** "VSST12345678" → "VSST****5678": enough for the customer to recognise the token. */
export function maskTokenId(tokenId: string): string {
  return `${tokenId.slice(0, 4)}****${tokenId.slice(-4)}`;
}

/**
 * A bank's one-time-password backend, in memory: customers with hashed passwords, VIP-style soft
 * tokens, single-flow sessions, lockout. Takes the requests of `OtpHostAdapter` and fails with
 * `OtpError`; for evaluation and tests only.
 */
export class DemoBank {
  readonly #now: () => number;
  readonly #lockoutMs: number;
  readonly #sessionTtlMs: number;
  readonly #maxFailures: number;
  readonly #customers = new Map<string, Customer>();
  readonly #tokens = new Map<string, Token>();
  readonly #attempts = new Map<string, Attempts>();
  /** Keyed by the SHA-256 of the handle: the bank holds no handle, and a lookup's timing shows none. */
  readonly #sessions = new Map<string, Session>();
  #results = 0;

  constructor({
    now = Date.now,
    lockoutSeconds = 300,
    sessionTtlSeconds = 300,
    maxFailures = 5,
    customers = demoCustomers,
    tokens = demoTokens,
  }: DemoBankOptions = {}) {
    this.#now = now;
    this.#lockoutMs = lockoutSeconds * 1000;
    this.#sessionTtlMs = sessionTtlSeconds * 1000;
    this.#maxFailures = maxFailures;
    for (const c of customers) {
      const customer: Customer = { password: seedHash(c) };
      if (c.tokenId) customer.tokenId = c.tokenId;
      this.#customers.set(c.contractId, customer);
    }
    for (const t of tokens) this.#tokens.set(t.tokenId, { secret: Secret.fromBase32(t.secret).bytes, usedStep: -1 });
  }

  async authenticate({ flow, contractId, password }: AuthenticateRequest): Promise<AuthenticateResult> {
    this.#checkLock(contractId);
    const customer = this.#customers.get(contractId);
    // An unknown ID costs the same hash and counts the same failures as a wrong password:
    // neither the answer nor its timing tells which of the two was wrong.
    const matches = await verifyPassword(password, await (customer?.password ?? decoyHash()));
    if (!customer || !matches) throw this.#failure(contractId, 'password');
    this.#attemptsFor(contractId).password = 0;
    if (flow === 'suspend' && !customer.tokenId) throw new OtpError('not-registered', 'no token to suspend');

    const session = base64url(randomBytes(32));
    this.#dropExpiredSessions();
    this.#sessions.set(await sessionKey(session), { contractId, flow, expiresAt: this.#now() + this.#sessionTtlMs });
    return customer.tokenId ? { session, currentTokenId: maskTokenId(customer.tokenId) } : { session };
  }

  async registerToken({ session, tokenId, otp, nextOtp }: RegisterTokenRequest): Promise<OperationResult> {
    const { key, state } = await this.#session(session, 'enroll');
    const customer = this.#customerOf(state);
    const id = tokenId?.toUpperCase();
    const token = id === undefined ? state.provisioned : this.#tokens.get(id);
    if (!token) throw new OtpError('invalid-token-id', 'no such token');
    if (id !== undefined && id === customer.tokenId) throw new OtpError('already-registered', 'token already bound');

    const step = matchTotp(token.secret, otp, this.#now(), softTokenTotp, token.usedStep);
    const confirmed =
      step !== undefined && (nextOtp === undefined || timingSafeEqual(utf8(nextOtp), utf8(totpCode(token.secret, step + 1))));
    if (!confirmed) throw this.#failure(state.contractId, 'code');

    token.usedStep = nextOtp === undefined ? step : step + 1;
    customer.tokenId = id ?? this.#addToken(token);
    this.#attemptsFor(state.contractId).code = 0;
    this.#sessions.delete(key);
    return { resultCode: this.#nextResultCode() };
  }

  async suspend({ session }: SuspendRequest): Promise<OperationResult> {
    const { key, state } = await this.#session(session, 'suspend');
    const customer = this.#customerOf(state);
    if (!customer.tokenId) throw new OtpError('not-registered', 'no token to suspend');
    delete customer.tokenId;
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

  /** A customer's standing, or undefined for an unknown contract ID. */
  inspect(contractId: string): DemoCustomerState | undefined {
    const customer = this.#customers.get(contractId);
    if (!customer) return undefined;
    const state: DemoCustomerState = { contractId };
    if (customer.tokenId) state.tokenId = customer.tokenId;
    const lockedUntil = this.#attempts.get(contractId)?.lockedUntil ?? 0;
    if (lockedUntil > this.#now()) state.lockedFor = Math.ceil((lockedUntil - this.#now()) / 1000);
    return state;
  }

  async #session(handle: string, flow: OtpFlow): Promise<{ key: string; state: Session }> {
    const key = await sessionKey(handle);
    const state = this.#sessions.get(key);
    if (state && state.expiresAt <= this.#now()) this.#sessions.delete(key);
    else if (state?.flow === flow) return { key, state };
    throw new OtpError('session-expired', 'session unknown, expired, used or for the other flow');
  }

  /** The session's customer, once they are known not to be locked. */
  #customerOf(session: Session): Customer {
    this.#checkLock(session.contractId);
    // Sessions are only made for existing customers, and customers are never removed.
    return this.#customers.get(session.contractId)!;
  }

  #checkLock(contractId: string): void {
    const lockedUntil = this.#attempts.get(contractId)?.lockedUntil ?? 0;
    const now = this.#now();
    if (lockedUntil <= now) return;
    throw new OtpError('locked', 'too many failures', { retryAfter: Math.ceil((lockedUntil - now) / 1000) });
  }

  /** Counts a wrong password or code; the last allowed one locks the customer. */
  #failure(contractId: string, kind: 'password' | 'code'): OtpError {
    const attempts = this.#attemptsFor(contractId);
    attempts[kind]++;
    if (attempts[kind] < this.#maxFailures) {
      const remainingAttempts = this.#maxFailures - attempts[kind];
      return kind === 'password'
        ? new OtpError('invalid-credentials', 'contract ID or password is wrong', { remainingAttempts })
        : new OtpError('invalid-otp', 'one-time password is wrong or already used', { remainingAttempts });
    }
    attempts.password = attempts.code = 0;
    attempts.lockedUntil = this.#now() + this.#lockoutMs;
    return new OtpError('locked', 'too many failures', { retryAfter: this.#lockoutMs / 1000 });
  }

  #attemptsFor(contractId: string): Attempts {
    let attempts = this.#attempts.get(contractId);
    if (attempts) return attempts;
    if (this.#attempts.size >= maxTrackedIds) this.#forgetOldestUnlocked();
    this.#attempts.set(contractId, (attempts = { password: 0, code: 0, lockedUntil: 0 }));
    return attempts;
  }

  #forgetOldestUnlocked(): void {
    const now = this.#now();
    for (const [id, attempts] of this.#attempts) {
      if (attempts.lockedUntil <= now) {
        this.#attempts.delete(id);
        return;
      }
    }
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

async function sessionKey(handle: string): Promise<string> {
  return base64url(await sha256(utf8(handle)));
}
