import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../../analyzers/sentiment/phrase-index';

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
});
