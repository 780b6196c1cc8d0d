import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../analyzers/nlp/lexicon';
import { tokenize } from '../../../analyzers/nlp/tokenize';
import { prepare } from '../../../analyzers/nlp/prepare';
import { makeTranscript } from '../../helpers/make-transcript';

/**
 * The definition tokenize() implements by hand: the regular expression it replaced. Kept here as
 * the reference the scanner must agree with on any input.
 */
function referenceTokenize(text: string): Array<{ text: string; lower: string; start: number; end: number }> {
  const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps inner apostrophes and hyphens, drops the punctuation around words', () => {
    // "Don’t" keeps its curly apostrophe as written and is "don't" in lower case; "follow-up" is one word.
    expect(tokenize('Don’t worry, the follow-up is ready.')).toEqual([
      { text: 'Don’t', lower: "don't", start: 0, end: 5 },
      { text: 'worry', lower: 'worry', start: 6, end: 11 },
      { text: 'the', lower: 'the', start: 13, end: 16 },
      { text: 'follow-up', lower: 'follow-up', start: 17, end: 26 },
      { text: 'is', lower: 'is', start: 27, end: 29 },
      { text: 'ready', lower: 'ready', start: 30, end: 35 },
    ]);
  });

  it('needs a letter or digit on both sides of a joiner', () => {
    // "I was going to--": the dashes join nothing; "'quoted'" loses its quotes; "a--b" is two words.
    expect(words('I was going to--')).toEqual(['I', 'was', 'going', 'to']);
    expect(words("'quoted' a--b x-")).toEqual(['quoted', 'a', 'b', 'x']);
  });

  it('reads letters of any script, including ones outside the BMP, and skips emoji and marks', () => {
    // 𝐀𝐁 are mathematical letters (two UTF-16 units each): one word at offsets 0-4.
    expect(tokenize('𝐀𝐁 👍 Zoë 李娜 ٣')).toEqual([
      { text: '𝐀𝐁', lower: '𝐀𝐁', start: 0, end: 4 },
      { text: 'Zoë', lower: 'zoë', start: 8, end: 11 },
      { text: '李娜', lower: '李娜', start: 12, end: 14 },
      { text: '٣', lower: '٣', start: 15, end: 16 },
    ]);
    // A combining accent (U+0301) is a mark, not a letter: "e" + accent ends the word at the "e".
    expect(words('cafe\u0301 ok')).toEqual(['cafe', 'ok']);
  });

  it('agrees with the regular expression it implements on any text', () => {
    const pieces = [
      'a',
      'Z',
      '9',
      ' ',
      "'",
      '’',
      '-',
      '.',
      ',',
      'é',
      'e\u0301',
      'Σ',
      'İ',
      'ǅ',
      '李',
      '½',
      'Ⅻ',
      '😀',
      '𝐀',
      '\ud800',
      '\udc00',
      '\u00a0',
      '\n',
      '—',
      '_',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
    );
  });

  it('gives the same tokens through a lexicon, one string and one form per spelling across texts', () => {
    const pieces = ['a', 'A', 'b', ' ', "'", '’', '-', 'é', 'É', '😀', '𝐀', '李', '.'];
    const lexicon = new Lexicon();
    const texts: string[] = [];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        texts.push(text);
        expect(tokenize(text, lexicon)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 3000 },
    );
    // Every token was recorded with its form, and no spelling has two forms.
    const spellings = texts.flatMap((t) => referenceTokenize(t).map((w) => w.text));
    expect(lexicon.tokenCount).toBe(spellings.length);
    expect([...lexicon.tokenForms.subarray(0, lexicon.tokenCount)].map((f) => lexicon.text[f])).toEqual(spellings);
    expect(new Set(lexicon.text).size).toBe(lexicon.size);
    expect(lexicon.lower).toEqual(lexicon.text.map((w) => w.toLowerCase().replace(/’/g, "'")));
  });

  it('numbers the spellings by first appearance whatever the seed of its hash, through its growth', () => {
    // 6,000 spellings, twice each in other cases: the table of slots grows past its first 4,096 slots.
    const texts = Array.from({ length: 6000 }, (_, k) => `word${k} Word${k} WORD${k % 7} word${k}`);
    const formsWith = (seed: number) => {
      const lexicon = new Lexicon(seed);
      for (const text of texts) tokenize(text, lexicon);
      return { text: lexicon.text, forms: [...lexicon.tokenForms.subarray(0, lexicon.tokenCount)] };
    };
    const first = formsWith(0);
    expect(first.text.slice(0, 4)).toEqual(['word0', 'Word0', 'WORD0', 'word1']);
    expect(first.forms.slice(0, 8)).toEqual([0, 1, 2, 0, 3, 4, 5, 3]);
    for (const seed of [1, 0x7fffffff, 123_456_789]) expect(formsWith(seed)).toEqual(first);
  });
});

describe('prepare', () => {
  it('gives the lower-case words of every utterance, the same as the tokens say', () => {
    const p = prepare(
      makeTranscript([
        ['Ana', "OK, Let's GO."],
        ['Ben', 'Zoë’s point'],
      ]),
    );
    expect(p.lower).toEqual([
      ['ok', "let's", 'go'],
      ["zoë's", 'point'],
    ]);
    expect(p.lower[0]).toEqual(p.tokens[0]!.map((t) => t.lower));
  });
});
