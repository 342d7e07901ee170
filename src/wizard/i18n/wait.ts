import type { OtpLang } from '../../i18n/localize.js';

/**
 * A lockout's wait as the language says "in N minutes" (ja: "15 分後"), rounded up to whole
 * seconds, minutes or hours so the customer is never told to come back too early.
 */
export function formatWait(seconds: number, lang: OtpLang): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return format.format(s, 'second');
  if (s < 2 * 3600) return format.format(Math.ceil(s / 60), 'minute');
  return format.format(Math.ceil(s / 3600), 'hour');
}
