// What the token field accepts, as pure functions: no DOM, so every rule is unit-tested alone.
//
// The value is always ASCII digits only, at most `digits` long, in the order the user entered
// them. Input arrives in two kinds, read by different rules:
//
// - `typed` (keys, an IME commit): every character must be meant as part of the code. Digits
//   (ASCII or full-width) are kept, separators are dropped, and anything else refuses the whole
//   insertion: a letter typed by mistake must not silently vanish or shift the code.
// - `pasted` (paste, drop, autofill, any replacement): the text may carry context, such as
//   "Your code is 123456." The code is the one digit run in it, where a run is digits with
//   single separators between groups ("123 456", "123-456"). No run, two runs or a run longer
//   than the code refuse the paste: we never guess and never truncate, because a truncated or
//   guessed code fails at the bank and costs the customer one of a few attempts.
//
// Only ASCII and full-width (U+FF10–FF19) digits count. Other scripts' digits (Arabic-Indic,
// Devanagari, …) are refused like letters: no bank portal asks for them, and accepting them
// would widen what must be reviewed for spoofing.

/** Allowed code lengths: `digits` outside them means 6. */
export function codeLength(digits: unknown): number {
  const n = Number(digits);
  return n === 7 || n === 8 ? n : 6;
}

/**
 * How many characters of one insertion are looked at. A code with its message fits easily; a
 * 10,000-character paste is cut before any other work so it costs nothing.
 */
export const SCAN_LIMIT = 256;

/** Why an insertion was refused: the name of the hint the field shows for it (see `TokenFieldStrings`). */
export type Refusal = 'notDigit' | 'tooMany' | 'noCode';

/** The field's new value and where the caret goes, or why nothing changed. */
export type EditResult = { value: string; caret: number } | { refused: Refusal };

export type EditKind = 'typed' | 'pasted';

// Zero-width characters, bidi controls, the soft hyphen and the BOM: copied text often carries
// them around or inside a code, and none can be seen.
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
// Spaces (ASCII, no-break, narrow no-break, ideographic) and dashes (hyphen-minus, U+2010–2015,
// minus, katakana prolonged sound mark ー that a Japanese IME produces for "-", full-width
// hyphen-minus): the ways codes are grouped on screens and in messages.
const SEPARATOR = /[ \u00A0\u202F\u3000\-\u2010-\u2015\u2212\u30FC\uFF0D]/g;

/** Drops invisible characters and maps full-width digits to ASCII; the rest is kept. */
export function clean(text: string): string {
  return text
    .slice(0, SCAN_LIMIT)
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

// `\d` is ASCII 0-9 only (no `u` flag), so other scripts' digits never count.
const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Cleaned text with every separator as a plain space, so that the rules below read simply. */
const spaced = (text: string): string => clean(text).replace(SEPARATOR, ' ');

/** A value set by script: trusted to mean a code, so everything but digits is simply dropped. */
export function sanitize(value: unknown): string {
  return digitsOf(clean(String(value ?? '')));
}

/** Typed text as digits (separators dropped), or `notDigit` if it holds anything else. */
export function typedDigits(text: string): string | Refusal {
  const t = spaced(text);
  return /^[\d ]*$/.test(t) ? digitsOf(t) : 'notDigit';
}

/**
 * The one code in pasted text, at most `max` digits, or `noCode` when there is none, more
 * than one, or a run too long to be a code. When the text is longer than SCAN_LIMIT, a run that
 * reaches the cut may continue beyond it, so it cannot be read either.
 */
export function readCode(text: string, max: number): string | Refusal {
  const t = spaced(text);
  // A run: digits with single separators between groups ("123 456"); two separators end it.
  const runs = t.match(/\d( ?\d)*/g);
  const code = runs?.length === 1 ? digitsOf(runs[0]) : '';
  const cut = text.length > SCAN_LIMIT && /\d ?$/.test(t);
  return code && code.length <= max && !cut ? code : 'noCode';
}

/**
 * Replaces `value.slice(start, end)` (the selection) by `text`, read by the rules of `kind`.
 * Typed text that is only separators changes nothing. A pasted run of exactly `max` digits is
 * a whole code and replaces the whole value, wherever the caret is; a shorter run is inserted
 * at the selection. A result longer than `max` is refused (`tooMany`), never cut.
 */
export function applyEdit(value: string, start: number, end: number, text: string, max: number, kind: EditKind): EditResult {
  const digits = kind === 'typed' ? typedDigits(text) : readCode(text, max);
  if (digits === 'notDigit' || digits === 'noCode') return { refused: digits };
  if (kind === 'typed' && text && !digits) return { value, caret: end };
  if (kind === 'pasted' && digits.length === max) return { value: digits, caret: max };
  const next = value.slice(0, start) + digits + value.slice(end);
  return next.length > max ? { refused: 'tooMany' } : { value: next, caret: start + digits.length };
}

/**
 * The edit that turned `before` into `after`: the changed range of `before` and the text now
 * in its place. Used when the browser changed the input without telling us what it inserted
 * (an IME commit, autofill, a drop, a deletion). `caret` is where the browser left the caret:
 * after what it inserted, so what follows it is unchanged. Matched from there first, so that a
 * digit typed before the same digit is found where it was typed (`123456` → `1123456` at 1).
 */
export function diff(before: string, after: string, caret: number): { start: number; end: number; text: string } {
  let start = 0;
  let end = before.length;
  let afterEnd = after.length;
  while (end > 0 && afterEnd > caret && before[end - 1] === after[afterEnd - 1]) {
    end--;
    afterEnd--;
  }
  while (start < end && start < afterEnd && before[start] === after[start]) start++;
  return { start, end, text: after.slice(start, afterEnd) };
}
