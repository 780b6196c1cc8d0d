/**
 * The distinct spellings of one transcript, each with a small number (its form id). A meeting repeats its
 * words: interning keeps one string per spelling alive instead of one per token (what stays alive is copied by
 * every scavenge), and lets a word list look a word up by number in an array, once per spelling, instead of
 * hashing the string at every token.
 */

/**
 * @example
 * const lex = new Lexicon();
 * tokenize('The plan. the end', lex); // lex.text => ['The', 'plan', 'the', 'end'], lex.tokenForms starts [0, 1, 2, 3]
 */
export class Lexicon {
  /**
   * Where every hash of this lexicon starts: random, so that an upload cannot be written to make its words share
   * one run of slots (a quadratic lookup, as with any hash table whose hash an attacker can predict). The form ids,
   * and so every output, do not depend on it: a spelling's id is its order of first appearance.
   */
  readonly seed: number;
  /**
   * Form id + 1 by hash of the spelling (open addressing, 0 = empty): tokenize() finds a word by its characters
   * in the utterance, without slicing it out first (a string per token, most of them a word seen before).
   */
  private slots = new Int32Array(1 << 12);
  /** Hash of each form's spelling. */
  private readonly hashes: number[] = [];
  /** Spelling of each form, as written (`Don’t`). */
  readonly text: string[] = [];
  /** Lower case of each form, curly apostrophes straightened (`don't`): Token.lower. */
  readonly lower: string[] = [];
  /** Form ids of every token of the transcript, utterance after utterance (the first `tokenCount` entries). */
  tokenForms = new Int32Array(1024);
  tokenCount = 0;

  constructor(seed: number = (Math.random() * 0x7fffffff) | 0) {
    this.seed = seed;
  }

  /** Number of forms. */
  get size(): number {
    return this.text.length;
  }

  /**
   * The form id of the spelling `source.slice(start, end)`, whose hash (spanHash from this.seed) is `hash`, or -1
   * when it is new.
   *
   * @example
   * const lex = new Lexicon();
   * lex.find('Hi Sam', 3, 6, spanHash('Hi Sam', 3, 6, lex.seed)) // => -1
   */
  find(source: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === 0) return -1;
      const id = slot - 1;
      if (this.hashes[id] === hash && sameSpan(this.text[id]!, source, start, end)) return id;
    }
  }

  /**
   * Adds a new spelling (hashed by spanHash from this.seed) with its lower case; returns its form id.
   *
   * @example
   * const lex = new Lexicon();
   * lex.add('Sam', spanHash('Sam', 0, 3, lex.seed), 'sam') // => 0
   * lex.lower[0] // => 'sam'
   */
  add(word: string, hash: number, lower: string): number {
    const id = this.text.length;
    // The lower case shares the string of its own spelling when that came first ("the" before "The").
    const same = lower === word ? -1 : this.find(lower, 0, lower.length, spanHash(lower, 0, lower.length, this.seed));
    this.text.push(word);
    this.lower.push(same < 0 ? lower : this.text[same]!);
    this.hashes.push(hash);
    if (this.text.length * 2 > this.slots.length) this.grow();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[id]! & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.text.length; id++) this.place(id);
  }

  /** Records the form of the next token of the transcript. */
  pushToken(form: number): void {
    if (this.tokenCount === this.tokenForms.length) {
      const grown = new Int32Array(this.tokenForms.length * 2);
      grown.set(this.tokenForms);
      this.tokenForms = grown;
    }
    this.tokenForms[this.tokenCount++] = form;
  }
}

/**
 * The hash a lexicon whose seed is `seed` files a spelling under: tokenize() computes it while it scans the word.
 *
 * @example
 * spanHash('Hi Sam', 3, 6, 7) === spanHash('Sam', 0, 3, 7) // => true
 */
export function spanHash(source: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let k = start; k < end; k++) h = nextHash(h, source.charCodeAt(k));
  return h;
}

/**
 * One more character in a hash (FNV-1a style mixing, kept to 31 bits).
 *
 * @example
 * nextHash(0, 97) // => the hash of 'a'
 */
export function nextHash(h: number, c: number): number {
  return (Math.imul(h ^ c, 16777619) >>> 1) | 0;
}

function sameSpan(word: string, source: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== source.charCodeAt(start + k)) return false;
  return true;
}
