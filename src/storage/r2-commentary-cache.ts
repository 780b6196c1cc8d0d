/**
 * The commentary cache (src/commentary/cache.ts) in R2, so the same upload does not pay for the
 * LLM twice. Entries are per owner (one key's transcripts never answer another's) and keyed by a
 * hash of the prompt. A corrupt or unreadable entry is a miss, never an error.
 */
import type { CommentaryCache } from '../commentary/cache';
import { Commentary } from '../model/commentary';
import { commentaryCacheKey } from './keys';

/** A cache that also tells which entry the analysis used, so deleting the analysis deletes it. @example cache.usedKey() // => '3f2a...' after an LLM commentary, null otherwise */
export interface TrackedCommentaryCache extends CommentaryCache {
  /** The hash last read or written, or null when no LLM commentary was involved. */
  usedKey(): string | null;
}

/**
 * @example
 * const cache = r2CommentaryCache(env.REPORTS, owner.id);
 * await cache.put(hash, commentary); await cache.get(hash); // => commentary
 * cache.usedKey() // => hash
 */
export function r2CommentaryCache(bucket: R2Bucket, owner: string): TrackedCommentaryCache {
  let used: string | null = null;
  return {
    async get(hash) {
      used = hash;
      try {
        const object = await bucket.get(commentaryCacheKey(owner, hash));
        if (!object) return null;
        const parsed = Commentary.safeParse(await object.json());
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async put(hash, value) {
      used = hash;
      await bucket.put(commentaryCacheKey(owner, hash), JSON.stringify(value), {
        httpMetadata: { contentType: 'application/json' },
      });
    },
    usedKey: () => used,
  };
}
