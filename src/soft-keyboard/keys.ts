// The keys of the software keyboard and their shuffled order: plain data and functions, no DOM.
// Shuffling defeats a recorder that learns the password from where the mouse clicks; every
// opening gets a fresh order.

/** Digits, in their usual order before shuffling. */
export const DIGITS: readonly string[] = [...'0123456789'];
/** Lower-case letters a–z; Shift shows and types their upper-case forms. */
export const LETTERS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz'];
/** Symbols that bank login passwords commonly allow. */
export const SYMBOLS: readonly string[] = [...'!#$%&*-.@_'];

/** The character keys in display order, one array per section. */
export interface KeyOrder {
  digits: string[];
  letters: string[];
  symbols: string[];
}

/** Returns a uniform random integer in [0, n). */
export type RandomInt = (n: number) => number;

const RANGE = 2 ** 32;

/**
 * A uniform integer in [0, n) from the platform's cryptographic generator. Draws at or above
 * the largest multiple of n below 2^32 are rejected, so no value is favoured (no modulo bias).
 */
export function cryptoRandomInt(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > RANGE) throw new RangeError(`n must be an integer in [1, 2^32]`);
  const limit = RANGE - (RANGE % n);
  const draw = new Uint32Array(1);
  do crypto.getRandomValues(draw);
  while (draw[0]! >= limit);
  return draw[0]! % n;
}

/** A shuffled copy of `items` (Fisher–Yates): every order is equally likely. */
export function shuffle<T>(items: readonly T[], randomInt: RandomInt = cryptoRandomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A fresh key order: each section is shuffled on its own, so digits, letters and symbols stay
 * in their own rows and a user can still find a key by scanning one section.
 */
export function shuffledKeyOrder(randomInt: RandomInt = cryptoRandomInt): KeyOrder {
  return {
    digits: shuffle(DIGITS, randomInt),
    letters: shuffle(LETTERS, randomInt),
    symbols: shuffle(SYMBOLS, randomInt),
  };
}

/** What a character key shows and types: letters follow Shift, digits and symbols do not. */
export function keyChar(char: string, shifted: boolean): string {
  return shifted ? char.toUpperCase() : char;
}
