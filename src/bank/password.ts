// Login passwords are kept as salted PBKDF2-SHA-256 hashes, never as text.
import { randomBytes, timingSafeEqual, utf8, type Bytes } from './bytes.js';

/** A demo-grade work factor: slow enough to matter, fast enough for tests. */
const iterations = 100_000;

export interface PasswordHash {
  salt: Bytes;
  hash: Bytes;
}

export async function hashPassword(password: string, salt: Bytes = randomBytes(16)): Promise<PasswordHash> {
  const key = await crypto.subtle.importKey('raw', utf8(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return { salt, hash: new Uint8Array(bits) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const { hash } = await hashPassword(password, stored.salt);
  return timingSafeEqual(hash, stored.hash);
}
