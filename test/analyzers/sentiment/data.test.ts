/**
 * Integrity of the tone data: unique ids, non-empty patterns, a source and a note on every entry,
 * and every entry's example really matched by its pattern (and, for rules, acted on by the scorer).
 */
import { describe, expect, it } from 'vitest';
import { splitLexicon } from '../../../analyzers/sentiment/data/build-lexicon';
import { EMPATHY_MARKERS } from '../../../analyzers/sentiment/data/empathy';
import { POLITENESS_MARKERS } from '../../../analyzers/sentiment/data/politeness';
import { MEETING_LEXICON, WORD_VALENCE } from '../../../analyzers/sentiment/data/sentiment-lexicon';
import {
  CLAUSE_OPENERS,
  CONTRAST_MARKERS,
  DISCOURSE_MARKERS,
  DOMAIN_NEUTRAL,
  INTENSITY_MODIFIERS,
  LIKE_LICENSORS,
  NEGATORS,
  type SentimentRuleEntry,
} from '../../../analyzers/sentiment/data/sentiment-rules';
import {
  VADER_EMOTICONS,
  VADER_MIXED_EMOTICONS,
  VADER_PHRASES,
  VADER_WORDS,
} from '../../../analyzers/sentiment/data/vader-lexicon.generated';
import { tokenize } from '../../../analyzers/nlp/tokenize';
import { expandPattern, PhraseIndex } from '../../../analyzers/sentiment/phrase-index';
import { scoreText } from '../../../analyzers/sentiment/score-utterance';

const LISTS: Record<string, readonly SentimentRuleEntry[]> = {
  NEGATORS,
  INTENSITY_MODIFIERS,
  CONTRAST_MARKERS,
  DOMAIN_NEUTRAL,
  DISCOURSE_MARKERS,
  MEETING_LEXICON,
  POLITENESS_MARKERS,
  EMPATHY_MARKERS,
};
const ALL = Object.values(LISTS).flat();

/** True when the entry's pattern matches somewhere in its own example. */
function exampleMatches(entry: SentimentRuleEntry): boolean {
  const index = new PhraseIndex([entry], (e) => e.pattern);
  const words = tokenize(entry.example).map((t) => t.lower);
  return words.some((_, i) => index.match(words, i) !== null);
}

describe('tone rule data', () => {
  it('has unique ids across every list', () => {
    const ids = ALL.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const [name, list] of Object.entries(LISTS)) {
    it(`${name}: every entry has a pattern, source, note and a matching example`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const e of list) {
        expect(e.pattern.trim(), e.id).not.toBe('');
        expect(expandPattern(e.pattern).length, e.id).toBeGreaterThan(0);
        expect(
          expandPattern(e.pattern).every((seq) => seq.every((w) => w.length > 0)),
          e.id,
        ).toBe(true);
        expect(e.source.trim(), e.id).not.toBe('');
        expect(e.note.trim(), e.id).not.toBe('');
        expect(exampleMatches(e), `${e.id}: "${e.example}"`).toBe(true);
      }
    });
  }

  it('neutralises every meeting-talk example in the scorer', () => {
    for (const e of DOMAIN_NEUTRAL) expect(scoreText(e.example).neutralised.length, e.example).toBeGreaterThan(0);
  });

  it('gives every meeting-lexicon example its valence', () => {
    for (const e of MEETING_LEXICON) {
      const values = scoreText(e.example).contributions.map((c) => c.base);
      expect(values, e.example).toContain(e.valence);
    }
  });

  it('keeps the single-word helper sets lower case and non-empty', () => {
    for (const set of [CLAUSE_OPENERS, LIKE_LICENSORS]) {
      expect(set.size).toBeGreaterThan(0);
      for (const w of set) expect(w).toBe(w.toLowerCase());
    }
  });
});

describe('generated VADER lexicon', () => {
  it('holds words our tokenizer sees as one token, valences in -4..+4, no numbers', () => {
    expect(VADER_WORDS.length).toBeGreaterThan(7000);
    const seen = new Set<string>();
    for (const [w, v] of VADER_WORDS) {
      expect(seen.has(w), w).toBe(false);
      seen.add(w);
      expect(
        tokenize(w).map((t) => t.lower),
        w,
      ).toEqual([w]);
      expect(Math.abs(v), w).toBeLessThanOrEqual(4);
      expect(/^[\d-]+$/.test(w), w).toBe(false);
    }
    for (const [p] of VADER_PHRASES) expect(tokenize(p).length).toBeGreaterThan(1);
    for (const [e] of VADER_EMOTICONS) expect(tokenize(e)).toEqual([]);
    expect(VADER_MIXED_EMOTICONS.length).toBeGreaterThan(0);
  });

  it('keeps VADER ratings, with our meeting additions on top', () => {
    expect(WORD_VALENCE.get('great')).toBe(3.1);
    expect(WORD_VALENCE.get('problem')).toBe(-1.7);
    expect(WORD_VALENCE.get('crashed')).toBe(-1.7); // ours, as VADER "crash"
    expect(WORD_VALENCE.has('po')).toBe(false); // chat abbreviation dropped: PO = purchase order
  });

  it('splits lexicon lines by how the tokenizer sees them', () => {
    const split = splitLexicon(
      [
        'great\t3.1\t0.7\t[3]',
        ':)\t2.0\t1.1\t[2]',
        'fed up\t-1.8\t0.6\t[-2]',
        ':D\t2.3\t1\t[2]',
        '143\t3.2\t1\t[3]',
        'po\t-2.6\t1\t[-3]',
        'bad line',
      ].join('\n'),
    );
    expect(split.words).toEqual([['great', 3.1]]);
    expect(split.emoticons).toEqual([[':)', 2]]);
    expect(split.phrases).toEqual([['fed up', -1.8]]);
    expect(split.mixedEmoticons).toEqual([[':D', 2.3]]);
    expect(split.numeric).toEqual(['143']);
    expect(split.short).toEqual(['po']);
  });
});
