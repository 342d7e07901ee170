// OCRA (RFC 6287), the challenge-response of keypad tokens (トランザクション認証), on WebCrypto
// only, so the reference bank (Node 20) and the browser (demo adapter, demo keypad token) share it.
//
// What it guarantees:
// - `parseOcraSuite` accepts exactly the suites of RFC 6287 §6 (`OCRA-1:HOTP-SHA1|SHA256|SHA512-t:`
//   with t = 0 or 4–10, then `[C-]QFxx[-PH][-Snnn][-TG]` in that order) and throws `OcraError` for
//   anything else. Two choices where the RFC leaves room: each parameter is written in full (a bare
//   `P`, `S` or `T` meaning its default is refused, so a suite string names one computation only),
//   and `T0H` is refused (a zero time step has no meaning).
// - `ocra` builds DataInput byte for byte as the RFC's reference implementation does (the
//   Appendix C vectors pass): suite ‖ 00 ‖ C (8 bytes) ‖ Q (128 bytes: numeric challenges as the
//   hex of their decimal value, padded with zeros to the right) ‖ P (the PIN's hash) ‖ S (padded
//   with zeros to the left to nnn bytes) ‖ T (8 bytes), then HOTP's truncation to t digits; t = 0
//   gives the whole HMAC in lowercase hex.
// - Every malformed input (a value the suite does not use, one it needs and lacks, a challenge out
//   of its format or length) rejects with `OcraError` and nothing else; the message names the
//   parameter, never a secret value.
// - `verifyOcra` accepts the current and the previous time step only, compares every candidate in
//   constant time, and counts each step once (a step at or before `usedStep` is refused).
import { timingSafeEqual, utf8, type Bytes } from './bytes.js';

export type OcraHash = 'SHA1' | 'SHA256' | 'SHA512';

/** How the challenge is written: alphanumeric, numeric (decimal digits) or hexadecimal. */
export type OcraChallengeFormat = 'A' | 'N' | 'H';

/** A parsed OCRA suite. */
export interface OcraSuite {
  /** The suite as written; its bytes open DataInput. */
  readonly text: string;
  readonly hash: OcraHash;
  /** Digits of the response; 0 means no truncation (the whole HMAC, as hex). */
  readonly digits: number;
  readonly counter: boolean;
  readonly challenge: { readonly format: OcraChallengeFormat; readonly maxLength: number };
  /** The hash of the PIN, when the suite takes one. */
  readonly password?: OcraHash;
  /** Bytes of session information, when the suite takes it. */
  readonly sessionLength?: number;
  /** Seconds per time step, when the suite takes the time. */
  readonly timeStep?: number;
}

/** What one computation takes besides the key. Give exactly what the suite uses. */
export interface OcraInput {
  /** The counter (`C`), 0 to 2^64 − 1. */
  counter?: number | bigint;
  /**
   * The challenge (`Q`): one string, or two for mutual challenge-response (client's and server's,
   * in the order the RFC computes them), each at most the suite's length. Parts are joined as
   * text; a numeric challenge then counts by its value, so leading zeros do not change it.
   */
  question: string | readonly string[];
  /** The PIN (`P`), hashed here with the suite's hash. */
  password?: string;
  /** Or the PIN's stored hash, exactly as long as the suite's hash. */
  passwordHash?: Uint8Array;
  /** Session information (`S`): at most the suite's length in bytes; text counts as UTF-8. */
  session?: Uint8Array | string;
  /** The time (`T`) in milliseconds since the epoch, as `Date.now()`. */
  time?: number;
}

/** The one error this module throws: a malformed suite or input. */
export class OcraError extends Error {
  override readonly name = 'OcraError';
}

const hashes: Readonly<Record<OcraHash, { name: string; bytes: number }>> = {
  SHA1: { name: 'SHA-1', bytes: 20 },
  SHA256: { name: 'SHA-256', bytes: 32 },
  SHA512: { name: 'SHA-512', bytes: 64 },
};

const suitePattern = /^OCRA-1:HOTP-(SHA1|SHA256|SHA512)-(0|[4-9]|10):([A-Z0-9-]+)$/;
const questionPattern = /^Q([ANH])(0[4-9]|[1-5][0-9]|6[0-4])$/;
const passwordPattern = /^P(SHA1|SHA256|SHA512)$/;
const sessionPattern = /^S([0-9]{3})$/;
const timePattern = /^T(?:([1-9]|[1-5][0-9])([SM])|([1-9]|[1-3][0-9]|4[0-8])(H))$/;
const unitSeconds = { S: 1, M: 60, H: 3600 } as const;

/** The suite `text` names, or throws `OcraError`. */
export function parseOcraSuite(text: string): OcraSuite {
  const match = typeof text === 'string' ? suitePattern.exec(text) : null;
  if (!match) throw new OcraError('not an OCRA-1 suite: expected OCRA-1:HOTP-SHA1|SHA256|SHA512-t:DataInput');
  const [, hash, digits, dataInput] = match as unknown as [string, OcraHash, string, string];
  const parts = dataInput.split('-');
  const next = (pattern: RegExp): RegExpExecArray | null => {
    const found = parts[0] === undefined ? null : pattern.exec(parts[0]);
    if (found) parts.shift();
    return found;
  };

  const counter = next(/^C$/) !== null;
  const question = next(questionPattern);
  if (!question) throw new OcraError('suite DataInput: expected [C-]QFxx with F = A, N or H and xx = 04–64');
  const password = next(passwordPattern);
  const session = next(sessionPattern);
  const sessionLength = session ? Number(session[1]) : undefined;
  if (sessionLength !== undefined && (sessionLength < 1 || sessionLength > 512)) {
    throw new OcraError('suite DataInput: session length Snnn must be 001–512');
  }
  const time = next(timePattern);
  if (parts.length) throw new OcraError('suite DataInput: expected [C-]QFxx[-PH][-Snnn][-TG], in that order');

  return {
    text,
    hash,
    digits: Number(digits),
    counter,
    challenge: { format: question[1] as OcraChallengeFormat, maxLength: Number(question[2]) },
    ...(password && { password: password[1] as OcraHash }),
    ...(sessionLength !== undefined && { sessionLength }),
    ...(time && { timeStep: Number(time[1] ?? time[3]) * unitSeconds[(time[2] ?? time[4]) as 'S' | 'M' | 'H'] }),
  };
}

/** The time step `timeMs` (milliseconds since the epoch) falls in, for a suite that takes the time. */
export function ocraTimeStep(suite: OcraSuite | string, timeMs: number): number {
  const { timeStep } = asSuite(suite);
  if (timeStep === undefined) throw new OcraError('the suite takes no time (T)');
  if (!Number.isFinite(timeMs) || timeMs < 0) throw new OcraError('the time (T) must be milliseconds since the epoch');
  // Exact for every safe integer, where a floating division can round up across a step boundary.
  const ms = Math.floor(timeMs);
  const stepMs = timeStep * 1000;
  return (ms - (ms % stepMs)) / stepMs;
}

/** The response a token with `key` gives for `input` under `suite`; rejects with `OcraError`. */
export async function ocra(suite: OcraSuite | string, key: Uint8Array, input: OcraInput): Promise<string> {
  const parsed = asSuite(suite);
  const data = await dataInput(parsed, input);
  let step: number | undefined;
  if (parsed.timeStep !== undefined) step = ocraTimeStep(parsed, required(input.time, 'the time (T)'));
  else if (input.time !== undefined) throw new OcraError('the suite takes no time (T)');
  return respond(parsed, await hmacKey(parsed, key), data, step);
}

/**
 * The time step whose response `response` is, among the current step of `timeMs` and the one
 * before it, if that step comes after `usedStep` (each step counts once). `input` is what the
 * bank gave and knows, without the time. Both candidates are computed and compared in constant
 * time, so how long the answer takes says nothing about which came close. Rejects with
 * `OcraError` for a suite without a time step or a malformed input.
 */
export async function verifyOcra(
  suite: OcraSuite | string,
  key: Uint8Array,
  response: string,
  input: Omit<OcraInput, 'time'>,
  { timeMs, usedStep = -1 }: { timeMs: number; usedStep?: number },
): Promise<number | undefined> {
  const parsed = asSuite(suite);
  const now = ocraTimeStep(parsed, timeMs);
  if (typeof response !== 'string') throw new OcraError('the response must be text');
  const signer = await hmacKey(parsed, key);
  const data = await dataInput(parsed, input);
  const given = utf8(response);
  let matched: number | undefined;
  for (const step of [now - 1, now]) {
    if (step < 0) continue;
    const equal = timingSafeEqual(given, utf8(await respond(parsed, signer, data, step)));
    if (equal && step > usedStep) matched = step;
  }
  return matched;
}

function asSuite(suite: OcraSuite | string): OcraSuite {
  return typeof suite === 'string' ? parseOcraSuite(suite) : suite;
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new OcraError(`the suite needs ${name}`);
  return value;
}

async function hmacKey(suite: OcraSuite, key: Uint8Array): Promise<CryptoKey> {
  if (!(key instanceof Uint8Array) || key.length === 0) throw new OcraError('the key must be non-empty bytes');
  const hash = hashes[suite.hash].name;
  return crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash }, false, ['sign']);
}

/** DataInput without T, which the caller appends per step. */
async function dataInput(suite: OcraSuite, input: OcraInput): Promise<Bytes[]> {
  if (input === null || typeof input !== 'object') throw new OcraError('the input must be an object');
  const fields: Bytes[] = [utf8(suite.text), new Uint8Array(1)];
  if (suite.counter) fields.push(counterBytes(required(input.counter, 'the counter (C)')));
  else if (input.counter !== undefined) throw new OcraError('the suite takes no counter (C)');
  fields.push(questionBytes(suite, input.question));
  if (suite.password) fields.push(await passwordBytes(suite.password, input));
  else if (input.password !== undefined || input.passwordHash !== undefined) throw new OcraError('the suite takes no PIN (P)');
  if (suite.sessionLength !== undefined) fields.push(sessionBytes(suite.sessionLength, required(input.session, 'session information (S)')));
  else if (input.session !== undefined) throw new OcraError('the suite takes no session information (S)');
  return fields;
}

function counterBytes(counter: number | bigint): Bytes {
  const value = typeof counter === 'number' && Number.isSafeInteger(counter) ? BigInt(counter) : counter;
  if (typeof value !== 'bigint' || value < 0n || value >= 2n ** 64n) throw new OcraError('the counter (C) must be an integer from 0 to 2^64 − 1');
  return uint64(value);
}

const challengeCharacters: Readonly<Record<OcraChallengeFormat, RegExp>> = {
  A: /^[0-9A-Za-z]+$/,
  N: /^[0-9]+$/,
  H: /^[0-9A-Fa-f]+$/,
};

/**
 * Q: the challenge as hex, padded with zeros to the right to 128 bytes (RFC 6287 §5.1). Two parts
 * of at most 64 characters each always fit: 128 letters, 128 hex digits, or 128 decimal digits
 * (107 hex digits).
 */
function questionBytes({ challenge }: OcraSuite, question: OcraInput['question']): Bytes {
  const parts = typeof question === 'string' ? [question] : Array.isArray(question) ? question : [];
  const valid =
    (parts.length === 1 || parts.length === 2) &&
    parts.every((part) => typeof part === 'string' && part.length <= challenge.maxLength && challengeCharacters[challenge.format].test(part));
  if (!valid) {
    throw new OcraError(`the challenge (Q) must be one or two strings of 1–${challenge.maxLength} characters of format ${challenge.format}`);
  }
  const text = parts.join('');
  // The RFC's padding makes QN and QH many-to-one: 0123456 (hex 1e240) and 1975296 (hex 1e2400)
  // give the same Q. QA is one-to-one; a bank that binds a number picks QA (transactions.ts).
  const hex =
    challenge.format === 'N'
      ? BigInt(text).toString(16)
      : challenge.format === 'H'
        ? text
        : Array.from(utf8(text), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return fromHex(hex.padEnd(256, '0'));
}

async function passwordBytes(hash: OcraHash, { password, passwordHash }: OcraInput): Promise<Bytes> {
  if ((password === undefined) === (passwordHash === undefined)) throw new OcraError('the suite needs either the PIN or its hash (P)');
  if (passwordHash !== undefined) {
    if (!(passwordHash instanceof Uint8Array) || passwordHash.length !== hashes[hash].bytes) {
      throw new OcraError(`the PIN hash (P) must be ${hashes[hash].bytes} bytes of ${hash}`);
    }
    return new Uint8Array(passwordHash);
  }
  if (typeof password !== 'string') throw new OcraError('the PIN (P) must be text');
  return new Uint8Array(await crypto.subtle.digest(hashes[hash].name, utf8(password)));
}

/** S: the session information, padded with zeros to the left to its length, as the RFC's reference code does. */
function sessionBytes(length: number, session: Uint8Array | string): Bytes {
  const bytes = typeof session === 'string' ? utf8(session) : session instanceof Uint8Array ? session : undefined;
  if (!bytes || bytes.length > length) throw new OcraError(`session information (S) must be text or bytes of at most ${length} bytes`);
  const padded = new Uint8Array(length);
  padded.set(bytes, length - bytes.length);
  return padded;
}

async function respond(suite: OcraSuite, key: CryptoKey, fields: Bytes[], step: number | undefined): Promise<string> {
  const message = concat(step === undefined ? fields : [...fields, uint64(BigInt(step))]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  if (suite.digits === 0) return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
  // HOTP's dynamic truncation (RFC 4226 §5.3).
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** suite.digits).padStart(suite.digits, '0');
}

function uint64(value: bigint): Bytes {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, value);
  return bytes;
}

function fromHex(hex: string): Bytes {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

function concat(fields: Bytes[]): Bytes {
  const message = new Uint8Array(fields.reduce((length, field) => length + field.length, 0));
  let at = 0;
  for (const field of fields) {
    message.set(field, at);
    at += field.length;
  }
  return message;
}
