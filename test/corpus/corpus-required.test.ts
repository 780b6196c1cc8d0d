/**
 * The corpus suites skip when ../shared/corpus is absent (a user's fresh clone has none). On a
 * machine where CI sets REQUIRE_CORPUS=1 they must not skip unnoticed: this one test fails instead.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../eval/corpus';

const required = process.env.REQUIRE_CORPUS === '1';

describe('the shared corpus', () => {
  // Runs only under REQUIRE_CORPUS=1 (CI with ../shared beside it); a plain `npm test` skips it on purpose.
  it.runIf(required)(`is present at ${CORPUS_DIR}, with the folders the corpus suites read (REQUIRE_CORPUS=1)`, () => {
    expect(existsSync(CORPUS_DIR), `${CORPUS_DIR} is missing`).toBe(true);
    for (const dir of [
      'meetings/qmsum',
      'meetings/elitr',
      'meetings/ami_nxt/words',
      'formats',
      'sentiment',
      'inclusive',
      'other',
    ]) {
      const path = join(CORPUS_DIR, dir);
      expect(existsSync(path) && readdirSync(path).length > 0, `${path} is missing or empty`).toBe(true);
    }
  });
});
