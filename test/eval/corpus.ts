/**
 * Where the shared evaluation corpus lives, and the one message shown when it does not.
 * It sits beside the checkout (../shared/corpus); a user's fresh clone has none.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** `CORPUS_DIR` overrides the default `../shared/corpus` (relative to the repository root). */
export const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? resolve(import.meta.dirname, '../../../shared/corpus'));

/**
 * True when the corpus is present; prints why not otherwise.
 *
 * @example
 * if (!corpusAvailable()) return; // prints "corpus absent at ...: skipped"
 */
export function corpusAvailable(what = 'this evaluation'): boolean {
  if (existsSync(CORPUS_DIR)) return true;
  console.log(
    `skipped ${what}: the shared corpus is absent (looked in ${CORPUS_DIR}; set CORPUS_DIR to point elsewhere)`,
  );
  return false;
}
