// The transfer as the bank states it (DESIGN.md, `<otp-confirm>`), checked before any of it is
// shown: a customer confirms what they read, so what they read must be exactly what the bank sent.
//
// What `checkTransaction` guarantees, for any value (it never throws anything else):
// - It returns a deeply frozen `CheckedTransaction` holding only the fields of `OtpTransaction`,
//   each checked as below, with `digits` filled in (default 6) and `expiresIn` in whole seconds;
//   `challengeDigits` (6–8) is kept when given (see `codeDigits`);
//   fields it does not know (and passkey `extensions`) are left out. Or it throws
//   `OtpError('unknown')` whose message names the field it refused, never its value.
// - Objects are plain objects (what `JSON.parse` makes), arrays are arrays.
// - Every string has a visible character and none of: control characters, format characters
//   (bidi overrides and isolates, zero-width characters, soft hyphens), lone surrogates, private
//   use characters, line or paragraph separators. These can make a payee look like another one
//   (an RTL override reorders "ABC" to read "CBA"; a zero-width space makes two different names
//   look the same), so a string holding one is refused, not cleaned: the bank sent something else
//   than what would be shown.
// - Lengths, in UTF-16 code units: names (payee bank, branch, account type, name) at most 128;
//   `id` and the account at most 256; base64url values at most 1,366 (1,024 bytes).
// - Amounts are decimal strings (`12345`, `0.50`: no sign, exponent, grouping or leading zeros)
//   with at most 24 integer digits and no more fraction digits than the currency has (JPY 0, USD
//   2), so formatting never rounds; the currency is an ISO 4217 code the engine knows. The amount
//   is above zero; a fee may be zero.
// - `methods`: one to three of `passkey`, `challenge`, `code`, no repeats, in the bank's order.
//   `challenge` (4–64 ASCII digits) is present when `challenge` is offered, `passkey` when
//   `passkey` is; a field given for a way not offered is checked all the same.
// - `passkey` has the shape `PublicKeyCredential.parseRequestOptionsFromJSON` takes: a base64url
//   `challenge` of at least 16 bytes, an optional domain `rpId`, up to 32 `allowCredentials`
//   ({id: base64url, type: 'public-key', transports?: up to 8 short lowercase names}),
//   `userVerification` one of required, preferred, discouraged, `timeout` 1–600,000 ms, `hints`
//   from security-key, client-device, hybrid.
import { OtpError } from '../adapters/otp-error.js';

export type ConfirmMethod = 'passkey' | 'challenge' | 'code';

/** The ways to confirm, as the contract names them. */
export const confirmMethods: readonly ConfirmMethod[] = ['passkey', 'challenge', 'code'];

/** An amount of money: a decimal string and an ISO 4217 currency code, e.g. {"12345", "JPY"}. */
export interface Money {
  value: string;
  currency: string;
}

export interface OtpPayee {
  bank: string;
  branch?: string;
  accountType?: string;
  account: string;
  name: string;
}

/** A transfer waiting for confirmation, as `getTransaction` answers it (DESIGN.md). */
export interface OtpTransaction {
  id: string;
  payee: OtpPayee;
  amount: Money;
  fee?: Money;
  /** Seconds left to confirm. */
  expiresIn: number;
  methods: ConfirmMethod[];
  /** Code length for `challenge` and `code`, 6–8 (default 6). */
  digits?: number;
  /**
   * Code length for `challenge` where it differs from `digits`, 6–8: a keypad token's response
   * (e.g. 8 digits for OCRA `HOTP-SHA256-8`) is often longer than the soft token's code.
   */
  challengeDigits?: number;
  /** The digits to key into the token, for `challenge`. */
  challenge?: string;
  /** The WebAuthn request, for `passkey`. */
  passkey?: PublicKeyCredentialRequestOptionsJSON;
}

export interface CheckedCredential {
  readonly id: string;
  readonly type: 'public-key';
  readonly transports?: readonly string[];
}

export interface CheckedRequestOptions {
  readonly challenge: string;
  readonly rpId?: string;
  readonly allowCredentials?: readonly CheckedCredential[];
  readonly userVerification?: 'required' | 'preferred' | 'discouraged';
  readonly timeout?: number;
  readonly hints?: readonly ('security-key' | 'client-device' | 'hybrid')[];
}

/** A transaction `checkTransaction` accepted: frozen all the way down. */
export interface CheckedTransaction {
  readonly id: string;
  readonly payee: Readonly<OtpPayee>;
  readonly amount: Readonly<Money>;
  readonly fee?: Readonly<Money>;
  readonly expiresIn: number;
  readonly methods: readonly ConfirmMethod[];
  readonly digits: number;
  readonly challengeDigits?: number;
  readonly challenge?: string;
  readonly passkey?: CheckedRequestOptions;
}

const limits = {
  name: 128,
  text: 256,
  base64url: 1366,
  integerDigits: 24,
  expiresIn: 86_400,
  credentials: 32,
  transports: 8,
  timeoutMs: 600_000,
} as const;

/** The transaction `value` describes, checked and frozen, or throws `OtpError('unknown')`. */
export function checkTransaction(value: unknown): CheckedTransaction {
  const tx = record(value, 'transaction');
  const payee = record(tx.payee, 'payee');
  const methods = methodList(tx.methods);
  const challenge = optional(tx.challenge, 'challenge', challengeDigits);
  const passkey = optional(tx.passkey, 'passkey', requestOptions);
  if (methods.includes('challenge') && challenge === undefined) malformed('challenge');
  if (methods.includes('passkey') && passkey === undefined) malformed('passkey');
  return deepFreeze({
    id: text(tx.id, 'id', limits.text),
    payee: {
      bank: text(payee.bank, 'payee.bank', limits.name),
      ...present('branch', optional(payee.branch, 'payee.branch', (v, p) => text(v, p, limits.name))),
      ...present('accountType', optional(payee.accountType, 'payee.accountType', (v, p) => text(v, p, limits.name))),
      account: text(payee.account, 'payee.account', limits.text),
      name: text(payee.name, 'payee.name', limits.name),
    },
    amount: money(tx.amount, 'amount', true),
    ...present('fee', optional(tx.fee, 'fee', (v, p) => money(v, p, false))),
    expiresIn: seconds(tx.expiresIn),
    methods,
    digits: tx.digits === undefined ? 6 : integer(tx.digits, 'digits', 6, 8),
    ...present('challengeDigits', optional(tx.challengeDigits, 'challengeDigits', (v, p) => integer(v, p, 6, 8))),
    ...present('challenge', challenge),
    ...present('passkey', passkey),
  });
}

/** The length of the code a way asks for: `challengeDigits` for `challenge` when the bank gave it, else `digits`. */
export function codeDigits(tx: CheckedTransaction, method: 'challenge' | 'code'): number {
  return method === 'challenge' ? (tx.challengeDigits ?? tx.digits) : tx.digits;
}

/** A fresh, mutable copy of checked request options, as `parseRequestOptionsFromJSON` takes them. */
export function passkeyRequestOptions(options: CheckedRequestOptions): PublicKeyCredentialRequestOptionsJSON {
  return structuredClone(options) as PublicKeyCredentialRequestOptionsJSON;
}

type Reader<T> = (value: unknown, path: string) => T;

function malformed(path: string): never {
  throw new OtpError('unknown', `transaction field "${path}" is missing or malformed`);
}

function optional<T>(value: unknown, path: string, read: Reader<T>): T | undefined {
  return value === undefined ? undefined : read(value, path);
}

/** `{[key]: value}` when there is a value, else nothing: absent fields stay absent, never `undefined`. */
function present<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}

function record(value: unknown, path: string): Readonly<Record<string, unknown>> {
  const plain = typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));
  return plain ? (value as Record<string, unknown>) : malformed(path);
}

function list(value: unknown, path: string, max: number): readonly unknown[] {
  return Array.isArray(value) && value.length <= max ? value : malformed(path);
}

// Cc control, Cf format (bidi, zero-width, soft hyphen), Cs lone surrogate, Co private use,
// Zl/Zp line and paragraph separators.
const hidden = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u;

function text(value: unknown, path: string, max: number): string {
  const valid = typeof value === 'string' && value.length <= max && /\S/.test(value) && !hidden.test(value);
  return valid ? value : malformed(path);
}

function matching(value: unknown, path: string, pattern: RegExp, max: number): string {
  return typeof value === 'string' && value.length <= max && pattern.test(value) ? value : malformed(path);
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : malformed(path);
}

function integer(value: unknown, path: string, min: number, max: number): number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : malformed(path);
}

function seconds(value: unknown): number {
  const valid = typeof value === 'number' && value >= 0 && value <= limits.expiresIn;
  return valid ? Math.floor(value) : malformed('expiresIn');
}

function methodList(value: unknown): readonly ConfirmMethod[] {
  const methods = list(value, 'methods', confirmMethods.length).map((method) => oneOf(method, 'methods', confirmMethods));
  return methods.length > 0 && new Set(methods).size === methods.length ? methods : malformed('methods');
}

function challengeDigits(value: unknown, path: string): string {
  return matching(value, path, /^[0-9]{4,64}$/, 64);
}

const decimal = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;
const currencyDigits = new Map<string, number | undefined>();

/** Fraction digits of an ISO 4217 currency the engine knows (JPY 0, USD 2, BHD 3), else undefined. */
function fractionDigits(currency: string): number | undefined {
  if (!currencyDigits.has(currency)) {
    // Engines without supportedValuesOf (before 2022) format any well-formed code.
    const known =
      /^[A-Z]{3}$/.test(currency) &&
      (typeof Intl.supportedValuesOf !== 'function' || Intl.supportedValuesOf('currency').includes(currency));
    currencyDigits.set(
      currency,
      known ? new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits : undefined,
    );
  }
  return currencyDigits.get(currency);
}

function money(value: unknown, path: string, positive: boolean): Money {
  const { value: amount, currency } = record(value, path);
  if (typeof currency !== 'string') malformed(`${path}.currency`);
  const digits = fractionDigits(currency);
  if (digits === undefined) malformed(`${path}.currency`);
  const parts = typeof amount === 'string' ? decimal.exec(amount) : null;
  const valid =
    parts !== null &&
    parts[1]!.length <= limits.integerDigits &&
    (parts[2]?.length ?? 0) <= digits &&
    (!positive || /[1-9]/.test(amount as string));
  return valid ? { value: amount as string, currency } : malformed(`${path}.value`);
}

function base64url(value: unknown, path: string, minBytes = 1): string {
  // Length 4n + 1 is no whole number of bytes.
  const valid = typeof value === 'string' && value.length % 4 !== 1 && value.length >= Math.ceil((minBytes * 4) / 3);
  return valid ? matching(value, path, /^[A-Za-z0-9_-]+$/, limits.base64url) : malformed(path);
}

const domain = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function requestOptions(value: unknown, path: string): CheckedRequestOptions {
  const options = record(value, path);
  return {
    // WebAuthn asks for challenges of at least 16 random bytes.
    challenge: base64url(options.challenge, `${path}.challenge`, 16),
    ...present('rpId', optional(options.rpId, `${path}.rpId`, (v, p) => matching(v, p, domain, 253))),
    ...present(
      'allowCredentials',
      optional(options.allowCredentials, `${path}.allowCredentials`, (v, p) => list(v, p, limits.credentials).map((c, i) => credential(c, `${p}.${i}`))),
    ),
    ...present(
      'userVerification',
      optional(options.userVerification, `${path}.userVerification`, (v, p) => oneOf(v, p, ['required', 'preferred', 'discouraged'] as const)),
    ),
    ...present('timeout', optional(options.timeout, `${path}.timeout`, (v, p) => integer(v, p, 1, limits.timeoutMs))),
    ...present('hints', optional(options.hints, `${path}.hints`, hintList)),
  };
}

function credential(value: unknown, path: string): CheckedCredential {
  const entry = record(value, path);
  return {
    id: base64url(entry.id, `${path}.id`),
    type: oneOf(entry.type, `${path}.type`, ['public-key'] as const),
    ...present(
      'transports',
      // Names only: browsers ignore transports they do not know, so new ones pass through.
      optional(entry.transports, `${path}.transports`, (v, p) => list(v, p, limits.transports).map((t) => matching(t, p, /^[a-z][a-z-]*$/, 32))),
    ),
  };
}

function hintList(value: unknown, path: string): CheckedRequestOptions['hints'] {
  const hints = list(value, path, 3).map((hint) => oneOf(hint, path, ['security-key', 'client-device', 'hybrid'] as const));
  return new Set(hints).size === hints.length ? hints : malformed(path);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
