/**
 * The two API keys of the workers test project (test-keys.json). vitest.config.ts configures
 * their SHA-256 hashes as API_KEY_HASHES (the Worker never sees the keys themselves); tests send
 * the keys.
 */
import keys from './test-keys.json';

export const KEY_ALPHA: string = keys.alpha;
export const KEY_BRAVO: string = keys.bravo;
/** Never configured: must be refused. */
export const KEY_UNKNOWN = 'ma_test_unknown_ffffffffffffffffffffffffffffffff';

/**
 * @example
 * await SELF.fetch(url, { headers: bearer(KEY_ALPHA) });
 */
export function bearer(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}
