/**
 * Work every analyser needs, done once per transcript: tokens per utterance, their lower-case
 * words, and lookups by id.
 */
import { FindingIds } from '../../src/model/finding';
import type { Speaker, Transcript } from '../../src/model/transcript';
import { Lexicon } from './lexicon';
import { tokenize, type Token } from './tokenize';

export interface PreparedTranscript {
  transcript: Transcript;
  /** Tokens of `transcript.utterances[i]` at index i. */
  tokens: Token[][];
  /**
   * `tokens[i].map((t) => t.lower)`, built once: word lists are matched against these arrays in
   * several analysers, which would otherwise each build their own copy.
   */
  lower: string[][];
  /** The transcript's distinct spellings; every token's text and lower are its strings. */
  lexicon: Lexicon;
  /** Where utterance i's tokens start in `lexicon.tokenForms` (their form ids, in order). */
  formStart: Int32Array;
  utteranceIndex: Map<string, number>;
  speakerById: Map<string, Speaker>;
  /** Hands out every finding id of this analysis (one scheme for all analysers). */
  findingIds: FindingIds;
}

/**
 * Tokenises every utterance once.
 *
 * @example
 * const p = prepare(transcript);
 * p.lower[0] // the first utterance's words, lower case (the same strings as p.tokens[0][k].lower)
 */
export function prepare(transcript: Transcript): PreparedTranscript {
  const { utterances } = transcript;
  const tokens: Token[][] = [];
  const lower: string[][] = [];
  const lexicon = new Lexicon();
  const formStart = new Int32Array(utterances.length);
  for (let i = 0; i < utterances.length; i++) {
    formStart[i] = lexicon.tokenCount;
    const words = tokenize(utterances[i]!.text, lexicon);
    tokens.push(words);
    // Right after tokenising, while the new tokens are still in the processor's cache.
    lower.push(lowerWords(words));
  }
  // A loop, not `new Map(utterances.map(...))`: that made an [id, index] pair per utterance.
  const utteranceIndex = new Map<string, number>();
  for (let i = 0; i < utterances.length; i++) utteranceIndex.set(utterances[i]!.id, i);
  return {
    transcript,
    tokens,
    lower,
    lexicon,
    formStart,
    utteranceIndex,
    speakerById: new Map(transcript.speakers.map((s) => [s.id, s])),
    findingIds: new FindingIds(),
  };
}

/**
 * `tokens.map((t) => t.lower)`, always as the same kind of array: a packed list of strings, empty or not.
 * `map()` made its list holey once V8 had optimised the loop that calls it (long meetings only), and an empty
 * list is one of small integers: the hot loops over these lists then met new hidden classes, were thrown back
 * to unoptimised code and compiled again (a 250k-word meeting: 148 deoptimisations before, 29 after, and the
 * analysers' single pass about 50 ms shorter).
 *
 * @example
 * lowerWords(tokenize('Hello, Zoë')) // => ['hello', 'zoë']
 */
function lowerWords(tokens: Token[]): string[] {
  for (let k = 0; k < tokens.length; k++) lowerScratch[k] = tokens[k]!.lower;
  // slice() keeps the scratch list's kind of elements, even when it copies none.
  return lowerScratch.slice(0, tokens.length);
}

/**
 * A list of strings from the start (`[]` would begin as one of small integers), only ever written in order. Not
 * cleared: it keeps at most one utterance's words alive, strings of a few bytes.
 */
const lowerScratch: string[] = [''];
