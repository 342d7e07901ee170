// What the customer types, made into what the bank expects. Japanese keyboards easily produce
// full-width letters and digits (ＡＢＣ１２３) and ideographic spaces; banks want ASCII.

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space to a space; nothing else. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** A contract ID: half-width, trimmed. */
export function normalizeContractId(text: string): string {
  return toHalfWidth(text).trim();
}

/** A token ID as printed in the app: half-width, upper case, without spaces or hyphens. */
export function normalizeTokenId(text: string): string {
  return toHalfWidth(text)
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212\u30FC\uFF70]/g, '');
}

export const defaultTokenIdPattern = '^[A-Z]{4}[0-9]{8}$';

/** The page's `token-id-pattern`, or the default when it is missing or not a valid expression. */
export function tokenIdRegExp(source: string | null | undefined): RegExp {
  try {
    return new RegExp(source || defaultTokenIdPattern);
  } catch {
    return new RegExp(defaultTokenIdPattern);
  }
}
