/**
 * Suites that read ../shared/corpus, which a user's fresh clone does not have.
 * `describe.skipIf` still runs a suite's body to collect its tests, so a body that reads or parses a corpus
 * file at collection time fails there; this helper does not run the body at all when the corpus is absent,
 * and leaves one visibly skipped test in its place.
 */
import { describe, it } from 'vitest';

/**
 * `describe` when `present`; otherwise a skipped suite of the same name whose body is never run.
 *
 * @example
 * describeWithCorpus(existsSync(FILE))('real Zoom export', () => {
 *   const text = readFileSync(FILE, 'utf8'); // only read when the file is there
 *   it('parses', () => expect(parse(text).cues.length).toBeGreaterThan(0));
 * });
 */
export function describeWithCorpus(present: boolean): (name: string, body: () => void) => void {
  if (present) return (name, body) => describe(name, body);
  // Skipped on purpose: the corpus is absent (a fresh clone); the test name says what it needs.
  return (name) => describe.skip(name, () => it.skip('needs ../shared/corpus beside the checkout'));
}
