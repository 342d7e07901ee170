/// <reference lib="es2023.intl" />
// How <otp-confirm> writes a transfer for the eye and the ear, with `Intl` only. Pure functions.
//
// What they guarantee:
// - `formatMoney` writes the bank's decimal string exactly: it hands Intl.NumberFormat the string
//   (never a float), so 12345678901234567890 yen stays that (engines with Intl.NumberFormat v3:
//   Chromium 106, Firefox 116, Safari 15.4 and later). Japanese writes the currency's name
//   (12,345円, 12,345.00米ドル), English its symbol (¥12,345, $12,345.00), with the currency's own
//   fraction digits. It expects a checked amount (`checkTransaction`), whose fraction digits never
//   exceed the currency's, so nothing is rounded.
// - `challengeGroups` splits the digits to key in into groups of three or four for the eye
//   ("1234 5678", "123 4567"), in order, none empty; `spokenDigits` gives a screen reader every
//   digit on its own, with a pause between groups, so "12345678" is never read as a number.
// - `formatClock` writes the time left as mm:ss (h:mm:ss from an hour), rounded up, so 00:00
//   shows only when the time is up; `formatDuration` says it as a sentence ("4 minutes,
//   59 seconds", "4 分 59 秒") with Intl.DurationFormat, or, where an engine lacks it, with unit
//   formats joined by Intl.ListFormat.
import type { OtpLang } from '../i18n/localize.js';
import type { Money } from './transaction.js';

/** The amount as the page's language writes money. */
export function formatMoney({ value, currency }: Money, lang: OtpLang): string {
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: lang === 'ja' ? 'name' : 'symbol' });
  return format.format(value as Intl.StringNumericLiteral);
}

/** The digits in groups of at most four, as even as they can be, larger groups first. */
export function challengeGroups(digits: string): string[] {
  const count = Math.ceil(digits.length / 4);
  const groups: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.ceil((digits.length - at) / (count - i));
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  return groups;
}

/** The digits for a screen reader: one by one, a pause between groups ("1 2 3 4, 5 6 7 8"). */
export function spokenDigits(digits: string, lang: OtpLang): string {
  return challengeGroups(digits)
    .map((group) => [...group].join(' '))
    .join(lang === 'ja' ? '、' : ', ');
}

interface Duration {
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/** Whole hours, minutes and seconds in `seconds`, rounded up; zero units left out, but for 0 seconds. */
function durationOf(seconds: number): Duration {
  const total = Math.max(0, Math.ceil(seconds));
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor(total / 60) % 60, seconds: total % 60 };
  const nonZero = Object.entries(parts).filter(([, n]) => n > 0);
  return nonZero.length ? Object.fromEntries(nonZero) : { seconds: 0 };
}

/** The time left as a countdown shows it: "04:59", "1:04:59" from an hour on. */
export function formatClock(seconds: number): string {
  const { hours = 0, minutes = 0, seconds: rest = 0 } = durationOf(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return hours ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`;
}

// Intl.DurationFormat (ES2025) is not in TypeScript's libraries yet.
interface DurationFormat {
  format(duration: Duration): string;
}
type DurationFormatConstructor = new (lang: string, options: { style: 'long'; secondsDisplay: 'auto' | 'always' }) => DurationFormat;
const durationFormat = (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

/** The time left as a sentence: "4 minutes, 59 seconds", "4 分 59 秒". */
export function formatDuration(seconds: number, lang: OtpLang): string {
  if (!durationFormat) return listDuration(seconds, lang);
  const duration = durationOf(seconds);
  // DurationFormat leaves out zero units, so a zero duration would be said as nothing at all.
  return new durationFormat(lang, { style: 'long', secondsDisplay: duration.seconds === 0 ? 'always' : 'auto' }).format(duration);
}

/** `formatDuration` for engines without Intl.DurationFormat: each unit formatted, then listed. */
export function listDuration(seconds: number, lang: OtpLang): string {
  const words = Object.entries(durationOf(seconds)).map(([unit, n]) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(n),
  );
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(words);
}
