/**
 * SHA-256 with Web Crypto (the same in workerd and Node), as lowercase hex.
 */

/**
 * Hashes a UTF-8 string.
 *
 * @example
 * await sha256Hex('abc') // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}

/**
 * Bytes as lowercase hex.
 *
 * @example
 * toHex(Uint8Array.of(0, 15, 255)) // => '000fff'
 */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
