/**
 * The two API keys of the workers test project (test-keys.json). vitest.config.ts configures
 * their SHA-256 hashes as API_KEY_HASHES (the Worker never sees the keys themselves); tests send
 * the keys.
 */
import keys from './test-keys.json';

/** @example await call(KEY_ALPHA, '/v1/analyses') */
export const KEY_ALPHA: string = keys.alpha;
/** @example await call(KEY_BRAVO, '/v1/analyses') // sees none of KEY_ALPHA's analyses */
export const KEY_BRAVO: string = keys.bravo;
/** Never configured: must be refused. @example await call(KEY_UNKNOWN, '/v1/analyses') // => 401 */
export const KEY_UNKNOWN = 'ma_test_unknown_ffffffffffffffffffffffffffffffff';

/**
 * @example
 * await SELF.fetch(url, { headers: bearer(KEY_ALPHA) });
 */
export function bearer(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}
