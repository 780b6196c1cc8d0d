import { describe, expect, it } from 'vitest';
import { EMPATHY_MARKERS } from '../../../analyzers/sentiment/data/empathy';
import { POLITENESS_MARKERS } from '../../../analyzers/sentiment/data/politeness';
import { PHRASE_VALENCE } from '../../../analyzers/sentiment/data/sentiment-lexicon';
import {
  CONTRAST_MARKERS,
  DISCOURSE_MARKERS,
  DOMAIN_NEUTRAL,
  INTENSITY_MODIFIERS,
  NEGATORS,
} from '../../../analyzers/sentiment/data/sentiment-rules';
import { expandPattern, PhraseIndex } from '../../../analyzers/sentiment/phrase-index';

describe('PhraseIndex.match', () => {
  // Several phrases share a first word, as "i ..." and "you ..." do in the rule lists.
  const index = new PhraseIndex(
    [
      { id: 'kind', pattern: 'kind' },
      { id: 'kind-of', pattern: 'kind of' },
      { id: 'kind-of-a-mess', pattern: 'kind of a mess' },
      { id: 'kind-regards', pattern: 'kind regards' },
      { id: 'kind-again', pattern: 'kind' },
      { id: 'i-see', pattern: 'i see (what you mean|your point)' },
      { id: 'i-hear', pattern: 'i hear you' },
    ],
    (e) => e.pattern,
  );
  const at = (text: string, i: number, breakBefore?: number[]) => {
    const m = index.match(text.split(' '), i, breakBefore);
    return m && [m.entry.id, m.length];
  };

  it('takes the longest phrase that starts here', () => {
    expect(at('it was kind of a mess', 2)).toEqual(['kind-of-a-mess', 4]);
    expect(at('it was kind of slow', 2)).toEqual(['kind-of', 2]);
    expect(at('kind regards', 0)).toEqual(['kind-regards', 2]);
    expect(at('i see your point now', 0)).toEqual(['i-see', 4]);
    expect(at('i hear you', 0)).toEqual(['i-hear', 3]);
  });

  it('falls back to the one-word entry, the first of equal ones in data order', () => {
    expect(at('so kind', 1)).toEqual(['kind', 1]);
    expect(at('kind people', 0)).toEqual(['kind', 1]);
    // "kind of a" runs out of words before "mess": "kind of" is the longest that fits.
    expect(at('kind of a', 0)).toEqual(['kind-of', 2]);
  });

  it('does not run over a clause break', () => {
    // "kind, of a mess": punctuation between token 0 and token 1.
    expect(at('kind of a mess', 0, [1, 1, 0, 0])).toEqual(['kind', 1]);
    // Between "of" and "a": "kind of" still fits.
    expect(at('kind of a mess', 0, [1, 0, 1, 0])).toEqual(['kind-of', 2]);
  });

  it('finds nothing where no phrase starts or a phrase is cut short', () => {
    expect(at('it works', 0)).toBeNull();
    expect(at('i see', 0)).toBeNull();
    expect(at('i', 0)).toBeNull();
    expect(at('it', 5)).toBeNull();
  });

  it('answers through a kept slot as through a lookup, and has no slot for a word that starts nothing', () => {
    const via = (text: string, i: number) => {
      const words = text.split(' ');
      const m = index.matchAt(index.slot(words[i]!)!, words, i);
      return m && [m.entry.id, m.length];
    };
    expect(via('it was kind of a mess', 2)).toEqual(['kind-of-a-mess', 4]);
    expect(via('so kind', 1)).toEqual(['kind', 1]);
    expect(via('i see your point now', 0)).toEqual(['i-see', 4]);
    expect(via('i see', 0)).toBeNull();
    expect(index.slot('works')).toBeUndefined();
  });
});

describe('PhraseIndex over the real rule lists', () => {
  // Every list a PhraseIndex is built from, together: tens of thousands of sequences, many sharing first words.
  const entries = [
    ...DOMAIN_NEUTRAL,
    ...CONTRAST_MARKERS,
    ...PHRASE_VALENCE,
    ...NEGATORS,
    ...INTENSITY_MODIFIERS,
    ...DISCOURSE_MARKERS,
    ...EMPATHY_MARKERS,
    ...POLITENESS_MARKERS,
  ].map((e, order) => ({ order, pattern: e.pattern }));
  const sequences = entries.flatMap((e) => expandPattern(e.pattern).map((words) => ({ words, entry: e })));

  it('knows every first word, in the order the data first uses it', () => {
    const index = new PhraseIndex(entries, (e) => e.pattern);
    expect([...index.firstWords()]).toEqual([...new Set(sequences.map((s) => s.words[0]))]);
    expect(index.has('kill')).toBe(true);
    expect(index.has('zebra')).toBe(false);
  });

  it('answers each listed phrase with the longest phrase there, the earliest listed on equal length', () => {
    // Fresh index, queried in a shuffled order: what a word's phrases compile to must not depend on
    // which words a text brought up before.
    const index = new PhraseIndex(entries, (e) => e.pattern);
    const byFirst = new Map<string, typeof sequences>();
    for (const s of sequences) (byFirst.get(s.words[0]!) ?? byFirst.set(s.words[0]!, []).get(s.words[0]!)!).push(s);
    const expected = (words: string[]) => {
      let best: (typeof sequences)[number] | undefined;
      for (const s of byFirst.get(words[0]!) ?? []) {
        const fits = s.words.length <= words.length && s.words.every((w, k) => words[k] === w);
        if (fits && (best === undefined || s.words.length > best.words.length)) best = s;
      }
      return best && { length: best.words.length, order: best.entry.order };
    };
    const queries = sequences.map((s) => [...s.words, 'then']);
    for (let i = queries.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [queries[i], queries[j]] = [queries[j]!, queries[i]!];
    }
    for (const words of queries) {
      const m = index.match(words, 0);
      expect(m && { length: m.length, order: m.entry.order }, words.join(' ')).toEqual(expected(words));
    }
  });
});
