/**
 * Commentary is cached by a hash of (analysis, model, prompt version, privacy setting), so the same
 * upload does not pay twice. The store is pluggable: R2 in the Worker, a folder for the CLI.
 */
import type { Commentary } from '../model/commentary';

export interface CommentaryCache {
  get(key: string): Promise<Commentary | null>;
  put(key: string, value: Commentary): Promise<void>;
}

/**
 * SHA-256 (hex) of the parts, with Web Crypto (the same in workerd and Node).
 *
 * @example
 * await cacheKey(['{"a":1}', 'claude-sonnet-5-5', 'coach-2026-11-21']) // => '3f2a...' (64 hex characters)
 */
export async function cacheKey(parts: string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\u0000')));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A cache in memory, for tests and short-lived processes.
 *
 * @example
 * const cache = memoryCache(); await cache.put('k', commentary); await cache.get('k'); // => commentary
 */
export function memoryCache(): CommentaryCache & { size(): number } {
  const store = new Map<string, Commentary>();
  return {
    get: async (key) => store.get(key) ?? null,
    put: async (key, value) => {
      store.set(key, value);
    },
    size: () => store.size,
  };
}
