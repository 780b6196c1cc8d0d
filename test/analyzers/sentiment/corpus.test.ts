/**
 * The evaluation readers against the shared corpus (Node only; skipped when the corpus is absent):
 * they read every labelled sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../eval/corpus';
import {
  EMORYNLP_DEV,
  MELD_DEV,
  readEmoryNlp,
  readMeld,
  readVaderGroundTruth,
  sentimentCorpusPresent,
  VADER_SETS,
} from '../../eval/sentiment-data';

const SENTIMENT = join(CORPUS_DIR, 'sentiment');
const present = existsSync(SENTIMENT) && sentimentCorpusPresent(SENTIMENT);
if (!present)
  console.log(`skipped the sentiment corpus tests: ${SENTIMENT} is absent (set CORPUS_DIR to point elsewhere)`);

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('tone data vs the shared sentiment corpus', () => {
  it('reads every rated and labelled sentence', () => {
    // Counts of non-empty lines / CSV records, independent of the readers.
    for (const set of VADER_SETS) {
      const lines = readFileSync(join(SENTIMENT, set.file), 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '');
      const read = readVaderGroundTruth(join(SENTIMENT, set.file));
      expect(read.length, set.name).toBe(lines.length);
      expect(
        read.every((s) => Number.isFinite(s.rating) && Math.abs(s.rating) <= 4 && s.text.length > 0),
        set.name,
      ).toBe(true);
    }
    const meld = readMeld(join(SENTIMENT, MELD_DEV));
    expect(meld.length).toBeGreaterThan(1000);
    expect(new Set(meld.map((s) => s.label))).toEqual(new Set(['positive', 'neutral', 'negative']));
    const emory = readEmoryNlp(join(SENTIMENT, EMORYNLP_DEV));
    expect(emory.length).toBeGreaterThan(900);
  });
});
