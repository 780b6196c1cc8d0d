/**
 * The two API keys of the workers test project. vitest.config.ts configures their SHA-256
 * hashes as API_KEY_HASHES (the Worker never sees the keys themselves); tests send the keys.
 */

export const KEY_ALPHA = 'ma_test_alpha_5b1f0c8e9d2a4f7e8c3b6a1d0e9f8a7b';
export const KEY_BRAVO = 'ma_test_bravo_0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d';
/** Never configured: must be refused. */
export const KEY_UNKNOWN = 'ma_test_unknown_ffffffffffffffffffffffffffffffff';

/**
 * @example
 * await SELF.fetch(url, { headers: bearer(KEY_ALPHA) });
 */
export function bearer(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}
