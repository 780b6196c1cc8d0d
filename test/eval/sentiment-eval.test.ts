/**
 * The sentiment evaluation's own pieces: metrics worked out by hand, the CSV reader, the
 * baselines' behaviour on edge cases, and the "corpus absent" path.
 */
import { describe, expect, it } from 'vitest';
import { runPolitenessEval } from './politeness-eval';
import { naturalAfinn, vaderCompound } from './sentiment-baselines';
import { parseCsv } from './sentiment-data';
import { runSentimentEval } from './sentiment-eval';
import { bootstrapInterval, macroF1, pearson, pick } from './sentiment-metrics';

describe('metrics', () => {
  it('computes Pearson r', () => {
    // x = 1,2,3 (mean 2), y = 2,4,7 (mean 13/3): sxy = 5, sxx = 2, syy = 12.667 -> 5 / sqrt(25.333) = 0.9934
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9934, 4);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
  });

  it('computes macro-F1 over the gold classes', () => {
    // pos: tp 1, fp 1 -> 2/3; neg: 1; neu: 0 -> mean 0.5556
    expect(macroF1(['pos', 'neg', 'neu'], ['pos', 'neg', 'pos'])).toBeCloseTo(5 / 9, 4);
  });

  it('gives a bootstrap interval around a known difference', () => {
    const ci = bootstrapInterval(50, () => 0.1);
    expect(ci).toEqual({ low: 0.1, high: 0.1 });
    expect(pick(['a', 'b', 'c'], [2, 0, 2])).toEqual(['c', 'a', 'c']);
  });
});

describe('readers and baselines', () => {
  it('parses quoted CSV fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,"b, ""c"""\r\n1,2')).toEqual([
      ['a', 'b, "c"'],
      ['1', '2'],
    ]);
  });

  it('runs both baselines, with 0 instead of NaN for wordless text', () => {
    expect(vaderCompound('not bad at all!')).toBeGreaterThan(0);
    // natural: "not" flips the rest; bad -3 -> +3, divided by 2 tokens.
    expect(naturalAfinn('not bad')).toBe(1.5);
    expect(naturalAfinn('...')).toBe(0);
  });
});

describe('without the corpus', () => {
  it('says the evaluations were skipped', async () => {
    const sentiment = await runSentimentEval('/nonexistent-corpus');
    expect(sentiment.notes[0]).toMatch(/^skipped: corpus absent/);
    expect(sentiment.tables).toEqual([]);
    const politeness = await runPolitenessEval('/nonexistent-corpus');
    expect(politeness.notes[0]).toMatch(/^skipped: corpus absent/);
  });
});
