// What the customer types, made into what the bank expects. Japanese keyboards easily produce
// full-width letters and digits (ＡＢＣ１２３) and ideographic spaces; banks want ASCII.

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space to a space; nothing else. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/**
 * The most of each field the wizard reads: the inputs take no more (`maxlength`), and what
 * reaches a normalizer by other ways is cut first, before anything else looks at it.
 */
export const fieldLimits = { contractId: 64, password: 256, tokenId: 32 } as const;

/**
 * The longest normalized token ID that is checked against `token-id-pattern`; a longer one is
 * refused unread, so that even a pattern that backtracks badly (`^(A+)+$`) has little to try.
 * Token IDs are 8 to 16 characters in practice (VIP: four letters and eight digits).
 */
export const tokenIdCheckLimit = 20;

/** A contract ID: half-width, trimmed. */
export function normalizeContractId(text: string): string {
  return toHalfWidth(text.slice(0, fieldLimits.contractId)).trim();
}

/** A token ID as printed in the app: half-width, upper case, without spaces or hyphens. */
export function normalizeTokenId(text: string): string {
  return toHalfWidth(text.slice(0, fieldLimits.tokenId))
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
