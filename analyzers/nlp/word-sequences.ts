/**
 * Fixed word sequences ("separate thing", "got it wrong") looked for in an utterance's lower-case words. Indexed by
 * their first word: most words start none, and are passed over with one lookup.
 */
export class WordSequences {
  private readonly byFirstWord = new Map<string, string[][]>();

  /** @param phrases lower-case, words separated by one space */
  constructor(phrases: readonly string[]) {
    for (const words of phrases.map((phrase) => phrase.split(' ')))
      this.byFirstWord.set(words[0]!, [...(this.byFirstWord.get(words[0]!) ?? []), words]);
  }

  /**
   * True when one of the sequences starts at word `start` of `lower`.
   *
   * @example
   * new WordSequences(['got it wrong']).startsAt(['i', 'got', 'it', 'wrong'], 1) // => true
   */
  startsAt(lower: readonly string[], start: number): boolean {
    const candidates = this.byFirstWord.get(lower[start]!);
    if (candidates === undefined) return false;
    for (const words of candidates) if (wordsAt(lower, start, words)) return true;
    return false;
  }
}

/**
 * How many of `words` (counted with repeats) occur anywhere in `line`: how much of one utterance another one held.
 *
 * @example
 * wordsFoundIn(['gotta', 'buy', 'the'], ['got', 'to', 'buy', 'the', 'book']) // => 2
 */
export function wordsFoundIn(words: readonly string[], line: readonly string[]): number {
  let found = 0;
  for (const word of words) if (line.includes(word)) found++;
  return found;
}

/**
 * True when `words` stand in `lower` from index `start` on.
 *
 * @example
 * wordsAt(['going', 'a', 'bit', 'crazy'], 3, ['crazy']) // => true
 */
export function wordsAt(lower: readonly string[], start: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (lower[start + k] !== words[k]) return false;
  return true;
}
