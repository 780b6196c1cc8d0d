/**
 * Resource ids: 128 random bits from crypto.getRandomValues, written as 26 lowercase base32
 * characters (Crockford's alphabet: no i, l, o, u, so ids read aloud or copied survive).
 * Nothing about an id is sequential or derived from time, so ids cannot be guessed.
 */

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{26}$/;

/**
 * A new unguessable id.
 *
 * @example
 * newId() // => 'k3v9r2m7q1x8c4d0z6w5t2b9hn' (26 characters, different every time)
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  // 128 bits = 25 full characters + 3 bits left over, padded into the 26th.
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/**
 * True when the text could be an id. Routes check this before building a storage key from it,
 * so nothing a caller sends can reach another path.
 *
 * @example
 * isId(newId()) // => true
 * isId('../other-owner/x') // => false
 */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}
