// The codes a citizen keeps: the tracking code printed on receipts and read over the phone, and the secret
// given with an online feedback's code that lets them add information to it.
import { createHash, randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read over the phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The secret given with an online feedback's code (about 40 bits; the route is rate-limited). */
export function newFollowSecret(): string {
  let secret = '';
  for (let i = 0; i < 8; i += 1) secret += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return secret;
}

/** A tracking code the citizen keeps: random, so nobody can walk through other people's feedback. */
export function newFeedbackCode(year: string): string {
  let tail = '';
  for (let i = 0; i < 6; i += 1) tail += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `PAKN-${year}-${tail}`;
}

/** The secret as stored: a hash, so the table never holds one that could be used. */
export function hashFollowSecret(secret: string): string {
  return createHash('sha256').update(secret.trim().toUpperCase()).digest('hex');
}
