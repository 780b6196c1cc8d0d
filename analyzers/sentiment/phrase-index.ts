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
  return expandSteps(patternSteps(pattern));
}

function expandSteps(steps: string[][][]): string[][] {
  // Depth first over the steps, earlier steps varying slowest: one array per sequence (a pattern with
  // {det} and alternatives stands for thousands).
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

/** A pattern as steps, each a list of options, each option zero or more words (`{det}` may be none). */
function patternSteps(pattern: string): string[][][] {
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
  return steps;
}

/**
 * The sequences of a pattern that start with `first`, without that first word, in the order
 * `expandPattern` gives them: the same walk, leaving out the branches that start with another word.
 * Compiling one first word then builds only its own phrases (a pattern with {det} and alternatives
 * stands for hundreds of sequences, most starting with other words).
 *
 * @example
 * expandRestsFrom(patternSteps('(kill|killed) {det} process'), 'kill') // => [['process'], ['the', 'process'], ...]
 */
function expandRestsFrom(steps: string[][][], first: string): string[][] {
  const rests: string[][] = [];
  const words: string[] = [];
  const walk = (step: number, started: boolean) => {
    if (step === steps.length) {
      if (started) rests.push(words.slice());
      return;
    }
    for (const option of steps[step]!) {
      const length = words.length;
      if (started) words.push(...option);
      else if (option.length === 0) {
        walk(step + 1, false);
        continue;
      } else if (option[0] === first) {
        for (let k = 1; k < option.length; k++) words.push(option[k]!);
      } else continue;
      walk(step + 1, true);
      words.length = length;
    }
  };
  walk(0, false);
  return rests;
}

/**
 * The words a pattern's sequences can start with, in the order their first sequences come in
 * `expandPattern`, without expanding it: an option with no words ({det} left out) passes to the next step.
 */
function firstWordsOf(steps: string[][][], step = 0, into = new Set<string>()): Set<string> {
  if (step === steps.length) return into;
  for (const option of steps[step]!) {
    if (option.length > 0) into.add(option[0]!);
    else firstWordsOf(steps, step + 1, into);
  }
  return into;
}

export interface PhraseMatch<T> {
  /** Number of tokens matched, starting at the queried index. */
  readonly length: number;
  readonly entry: T;
}

/** A phrase without its first word; it is also the match it makes (no new object per match). */
interface Candidate<T> extends PhraseMatch<T> {
  rest: string[];
}

/** One pattern of one entry, expanded only when a text first holds one of its first words. */
interface Source<T> {
  entry: T;
  steps: string[][][];
}

/**
 * Everything starting with one first word. Compiled when a text first holds the word: until then only
 * `pending` (the patterns that can start with it, in data order); then `bySecond` (the phrases by their
 * second word, longest first) and `single` (the one-word entry as a match). Changed in place, so that a
 * caller may keep the slot (see `PhraseIndex.slot`).
 */
export interface FirstWordSlot<T> {
  /** @internal */ first: string;
  /** @internal */ pending: Array<Source<T>> | null;
  /** @internal */ bySecond: Map<string, Array<Candidate<T>>> | null;
  /** @internal */ single: PhraseMatch<T> | null;
}

/**
 * A compiled set of phrases; `match` finds the longest phrase starting at a token.
 *
 * The phrases of a first word are compiled when a text first holds that word: the rule lists stand for
 * tens of thousands of sequences (a {det} and three alternatives multiply), and a short transcript meets
 * few of their first words, so a start of the program no longer builds them all. What `match` answers is
 * the same as compiling everything at once.
 *
 * @example
 * const idx = new PhraseIndex([{ pattern: '(kind|sort) of' }], (e) => e.pattern);
 * idx.match(['kind', 'of', 'slow'], 0)?.length // => 2
 */
export class PhraseIndex<T> {
  /**
   * Every first word (in the order its first sequence comes in the data) and its slot. A word such as
   * "i" or "you" starts dozens of phrases: looking up the second word too tries only those that can
   * match, in the same order as the whole list.
   */
  private readonly index = new Map<string, FirstWordSlot<T>>();

  /**
   * @example
   * const idx = new PhraseIndex([{ pattern: 'kind of', v: -0.29 }], (e) => e.pattern);
   * idx.match(['it', 'kind', 'of', 'works'], 1) // => { length: 2, entry: { pattern: 'kind of', v: -0.29 } }
   */
  constructor(entries: readonly T[], patternOf: (entry: T) => string | readonly string[]) {
    for (const entry of entries) {
      const patterns = patternOf(entry);
      for (const pattern of typeof patterns === 'string' ? [patterns] : patterns) {
        const source: Source<T> = { entry, steps: patternSteps(pattern) };
        for (const first of firstWordsOf(source.steps)) {
          const here = this.index.get(first);
          if (here) here.pending!.push(source);
          else this.index.set(first, { first, pending: [source], bySecond: null, single: null });
        }
      }
    }
  }

  /** Compiles the phrases of a slot from its patterns, in data order. */
  private static compile<T>(slot: FirstWordSlot<T>): void {
    const list: Array<Candidate<T>> = [];
    for (const source of slot.pending!)
      for (const rest of expandRestsFrom(source.steps, slot.first))
        list.push({ rest, entry: source.entry, length: rest.length + 1 });
    // Longest first, so "kind of" wins over "kind"; stable for equal lengths (data order decides).
    list.sort((a, b) => b.rest.length - a.rest.length);
    const bySecond = new Map<string, Array<Candidate<T>>>();
    for (const cand of list) {
      const second = cand.rest[0];
      if (second === undefined) continue;
      const bucket = bySecond.get(second);
      if (bucket) bucket.push(cand);
      else bySecond.set(second, [cand]);
    }
    slot.bySecond = bySecond;
    slot.single = list.find((cand) => cand.rest.length === 0) ?? null;
    slot.pending = null;
  }

  /** True when some phrase starts with this word (a cheap pre-check). */
  has(first: string): boolean {
    return this.index.has(first);
  }

  /**
   * Every word some phrase starts with.
   *
   * @example
   * [...new PhraseIndex([{ pattern: '(kind|sort) of' }], (e) => e.pattern).firstWords()] // => ['kind', 'sort']
   */
  firstWords(): IterableIterator<string> {
    return this.index.keys();
  }

  /**
   * The slot of a first word, for `matchAt`: a caller that already looks each word up in its own table can
   * keep the slot there and spare `match` a second lookup per word.
   *
   * @example
   * const idx = new PhraseIndex([{ pattern: 'kind of' }], (e) => e.pattern);
   * idx.matchAt(idx.slot('kind')!, ['kind', 'of'], 0)?.length // => 2
   */
  slot(first: string): FirstWordSlot<T> | undefined {
    return this.index.get(first);
  }

  /**
   * The longest phrase starting at `words[i]` that does not run over a clause break
   * (`breakBefore[j]` true, or 1, means punctuation stands between token j-1 and token j).
   * The match returned is shared: read it, do not change it.
   *
   * @example
   * idx.match(['no', 'problem'], 0) // => { length: 2, entry: ... } when 'no problem' is listed
   */
  match(words: readonly string[], i: number, breakBefore?: ArrayLike<boolean | number>): PhraseMatch<T> | null {
    const first = words[i];
    if (first === undefined) return null;
    const slot = this.index.get(first);
    return slot === undefined ? null : this.matchAt(slot, words, i, breakBefore);
  }

  /**
   * `match` for a word whose slot is known (`words[i]` is the slot's word).
   *
   * @example
   * idx.matchAt(idx.slot('no')!, ['no', 'problem'], 0) // => the same as idx.match(['no', 'problem'], 0)
   */
  matchAt(
    slot: FirstWordSlot<T>,
    words: readonly string[],
    i: number,
    breakBefore?: ArrayLike<boolean | number>,
  ): PhraseMatch<T> | null {
    if (slot.pending !== null) PhraseIndex.compile(slot);
    const second = words[i + 1];
    const longer = second === undefined || breakBefore?.[i + 1] ? undefined : slot.bySecond!.get(second);
    if (longer) {
      // Every candidate here matches words[i] and words[i + 1]; the rest is checked from the third word.
      outer: for (const cand of longer) {
        if (i + cand.rest.length >= words.length) continue;
        for (let k = 1; k < cand.rest.length; k++) {
          if (words[i + 1 + k] !== cand.rest[k]) continue outer;
          if (breakBefore?.[i + 1 + k]) continue outer;
        }
        return cand;
      }
    }
    return slot.single;
  }
}
