/**
 * Multi-word lookups over shared tokens: phrase lists compiled once into a Map keyed by the first
 * word, so matching costs one Map lookup per token (no regular expression per list entry).
 *
 * Pattern syntax (kept small on purpose, so data stays readable):
 * - words separated by spaces, matched against `Token.lower`;
 * - `(a|b c|d)` one of several alternatives, each one or more words;
 * - `{det}` an optional determiner or possessive (the, a, an, this, that, these, those, our, my,
 *   your, their, its, his, her, some, any).
 */

const DETERMINERS = [
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'your',
  'their',
  'its',
  'his',
  'her',
  'some',
  'any',
];

/**
 * Expands one pattern into every word sequence it stands for.
 *
 * @example
 * expandPattern('(kill|killed) {det} process')
 * // => [['kill','process'], ['kill','the','process'], ..., ['killed','any','process']]
 * expandPattern('makes (sense|a lot of sense)') // => [['makes','sense'], ['makes','a','lot','of','sense']]
 */
export function expandPattern(pattern: string): string[][] {
  const steps: string[][][] = [];
  for (const part of pattern
    .trim()
    .toLowerCase()
    .match(/\([^)]*\)|\{det\}|\S+/g) ?? []) {
    if (part === '{det}') steps.push([[], ...DETERMINERS.map((d) => [d])]);
    else if (part.startsWith('(') && part.endsWith(')'))
      steps.push(
        part
          .slice(1, -1)
          .split('|')
          .map((alt) => alt.trim().split(/\s+/)),
      );
    else steps.push([[part]]);
  }
  // Depth first over the steps, earlier steps varying slowest: one array per sequence (a pattern with
  // {det} and alternatives stands for thousands, built at every start of the program).
  const sequences: string[][] = [];
  const words: string[] = [];
  const walk = (step: number) => {
    if (step === steps.length) {
      if (words.length > 0) sequences.push(words.slice());
      return;
    }
    for (const option of steps[step]!) {
      const length = words.length;
      words.push(...option);
      walk(step + 1);
      words.length = length;
    }
  };
  walk(0);
  return sequences;
}

export interface PhraseMatch<T> {
  /** Number of tokens matched, starting at the queried index. */
  length: number;
  entry: T;
}

interface Candidate<T> {
  rest: string[];
  entry: T;
}

/**
 * A compiled set of phrases; `match` finds the longest phrase starting at a token.
 *
 * @example
 * const idx = new PhraseIndex([{ pattern: '(kind|sort) of' }], (e) => e.pattern);
 * idx.match(['kind', 'of', 'slow'], 0)?.length // => 2
 */
export class PhraseIndex<T> {
  /** Every first word, with all its candidates longest first (for `has` and `firstWords`). */
  private readonly byFirst = new Map<string, Array<Candidate<T>>>();
  /**
   * The phrases of two words or more by their first and second word, longest first; then the
   * one-word entries by word. A word such as "i" or "you" starts dozens of phrases: looking up the
   * second word too tries only those that can match, in the same order as the whole list.
   */
  private readonly compiled = new Map<string, { bySecond: Map<string, Array<Candidate<T>>>; single: T | undefined }>();

  /**
   * @example
   * const idx = new PhraseIndex([{ pattern: 'kind of', v: -0.29 }], (e) => e.pattern);
   * idx.match(['it', 'kind', 'of', 'works'], 1) // => { length: 2, entry: { pattern: 'kind of', v: -0.29 } }
   */
  constructor(entries: readonly T[], patternOf: (entry: T) => string | readonly string[]) {
    for (const entry of entries) {
      const patterns = patternOf(entry);
      for (const pattern of typeof patterns === 'string' ? [patterns] : patterns) {
        for (const words of expandPattern(pattern)) {
          const first = words[0]!;
          const candidate = { rest: words.slice(1), entry };
          const list = this.byFirst.get(first);
          if (list) list.push(candidate);
          else this.byFirst.set(first, [candidate]);
        }
      }
    }
    // Longest first, so "kind of" wins over "kind"; stable for equal lengths (data order decides).
    for (const [first, list] of this.byFirst) {
      list.sort((a, b) => b.rest.length - a.rest.length);
      const bySecond = new Map<string, Array<Candidate<T>>>();
      for (const cand of list) {
        const second = cand.rest[0];
        if (second === undefined) continue;
        const bucket = bySecond.get(second);
        if (bucket) bucket.push(cand);
        else bySecond.set(second, [cand]);
      }
      this.compiled.set(first, { bySecond, single: list.find((cand) => cand.rest.length === 0)?.entry });
    }
  }

  /** True when some phrase starts with this word (a cheap pre-check). */
  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  /**
   * Every word some phrase starts with.
   *
   * @example
   * [...new PhraseIndex([{ pattern: '(kind|sort) of' }], (e) => e.pattern).firstWords()] // => ['kind', 'sort']
   */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /**
   * The longest phrase starting at `words[i]` that does not run over a clause break
   * (`breakBefore[j]` true, or 1, means punctuation stands between token j-1 and token j).
   *
   * @example
   * idx.match(['no', 'problem'], 0) // => { length: 2, entry: ... } when 'no problem' is listed
   */
  match(words: readonly string[], i: number, breakBefore?: ArrayLike<boolean | number>): PhraseMatch<T> | null {
    const first = words[i];
    if (first === undefined) return null;
    const here = this.compiled.get(first);
    if (here === undefined) return null;
    const second = words[i + 1];
    const longer = second === undefined || breakBefore?.[i + 1] ? undefined : here.bySecond.get(second);
    if (longer) {
      // Every candidate here matches words[i] and words[i + 1]; the rest is checked from the third word.
      outer: for (const cand of longer) {
        if (i + cand.rest.length >= words.length) continue;
        for (let k = 1; k < cand.rest.length; k++) {
          if (words[i + 1 + k] !== cand.rest[k]) continue outer;
          if (breakBefore?.[i + 1 + k]) continue outer;
        }
        return { length: cand.rest.length + 1, entry: cand.entry };
      }
    }
    return here.single === undefined ? null : { length: 1, entry: here.single };
  }
}
