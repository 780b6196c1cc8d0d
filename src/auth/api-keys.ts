/**
 * API keys. The Worker never sees a key in its configuration, only SHA-256 hashes of keys
 * (secret API_KEY_HASHES, comma-separated hex). A bearer token is hashed and compared with
 * every configured hash in constant time.
 *
 * Make a key and its hash:
 *   KEY="ma_$(openssl rand -hex 32)"; printf %s "$KEY" | sha256sum | cut -d' ' -f1
 */
import { AppError } from '../http/errors';
import { constantTimeEqual } from './constant-time';
import { sha256Hex } from './sha256';

const HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * The configured key hashes. A malformed entry is a configuration error, not a key that never matches.
 *
 * @example
 * parseKeyHashes(' BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD , ') // => ['ba7816bf...15ad']
 * parseKeyHashes(undefined) // => []
 */
export function parseKeyHashes(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const hashes = value
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  hashes.forEach((hash, i) => {
    if (!HASH_PATTERN.test(hash)) {
      // Say which entry and why, never its value: it is a secret's verifier.
      throw new AppError(
        503,
        'auth-misconfigured',
        `API_KEY_HASHES entry ${i + 1} is not a SHA-256 hex digest (64 hex characters)`,
        { entry: i + 1 },
      );
    }
  });
  return hashes;
}

/**
 * The bearer token from an Authorization header, or null when there is none.
 *
 * @example
 * bearerToken('Bearer ma_123') // => 'ma_123'
 * bearerToken('Basic dXNlcg==') // => null
 */
export function bearerToken(header: string | undefined | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * The hash of the token when it is one of the configured keys, else null. Every configured hash
 * is compared, match or not, so the time taken does not say which one matched.
 *
 * @example
 * await matchKey('abc', ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']) // => 'ba7816bf...15ad'
 * await matchKey('abd', ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']) // => null
 */
export async function matchKey(token: string, configuredHashes: string[]): Promise<string | null> {
  const presented = await sha256Hex(token);
  let matched: string | null = null;
  for (const hash of configuredHashes) {
    if (constantTimeEqual(presented, hash)) matched = hash;
  }
  return matched;
}
