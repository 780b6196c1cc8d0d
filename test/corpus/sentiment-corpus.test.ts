/**
 * The tone data against the shared corpus (Node only; skipped when the corpus is absent): the
 * generated VADER module is in sync with vader_lexicon.txt, and the evaluation readers read every
 * labelled sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLexicon } from '../../analyzers/data/build-lexicon';
import { VADER_EMOTICONS, VADER_MIXED_EMOTICONS, VADER_PHRASES, VADER_WORDS } from '../../analyzers/data/vader-lexicon.generated';
import { CORPUS_DIR } from '../eval/corpus';
import { EMORYNLP_DEV, MELD_DEV, readEmoryNlp, readMeld, readVaderGroundTruth, sentimentCorpusPresent, VADER_SETS } from '../eval/sentiment-data';

const SENTIMENT = join(CORPUS_DIR, 'sentiment');
const LEXICON = join(SENTIMENT, 'vader', 'vader_lexicon.txt');
const present = existsSync(LEXICON) && sentimentCorpusPresent(SENTIMENT);
if (!present) console.log(`skipped the sentiment corpus tests: ${SENTIMENT} is absent (set CORPUS_DIR to point elsewhere)`);

describe.skipIf(!present)('tone data vs the shared sentiment corpus', () => {
  it('keeps the generated lexicon module in sync with vader_lexicon.txt (rerun analyzers/data/build-lexicon.ts if not)', () => {
    const split = splitLexicon(readFileSync(LEXICON, 'utf8'));
    expect(VADER_WORDS).toEqual(split.words);
    expect(VADER_PHRASES).toEqual(split.phrases);
    expect(VADER_EMOTICONS).toEqual(split.emoticons);
    expect(VADER_MIXED_EMOTICONS).toEqual(split.mixedEmoticons);
  });

  it('reads every rated and labelled sentence', () => {
    // Counts of non-empty lines / CSV records, independent of the readers.
    for (const set of VADER_SETS) {
      const lines = readFileSync(join(SENTIMENT, set.file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
      const read = readVaderGroundTruth(join(SENTIMENT, set.file));
      expect(read.length, set.name).toBe(lines.length);
      expect(read.every((s) => Number.isFinite(s.rating) && Math.abs(s.rating) <= 4 && s.text.length > 0), set.name).toBe(true);
    }
    const meld = readMeld(join(SENTIMENT, MELD_DEV));
    expect(meld.length).toBeGreaterThan(1000);
    expect(new Set(meld.map((s) => s.label))).toEqual(new Set(['positive', 'neutral', 'negative']));
    const emory = readEmoryNlp(join(SENTIMENT, EMORYNLP_DEV));
    expect(emory.length).toBeGreaterThan(900);
  });
});
