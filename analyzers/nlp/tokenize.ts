/**
 * The one tokenizer all analysers share: a single regular-expression pass per utterance.
 * DESIGN.md measured this as the floor (1-2 ms per 10k words); every analyser works on its output.
 */

export interface Token {
  /** As written, e.g. `Don't`. */
  text: string;
  /** Lower case with curly apostrophes straightened, e.g. `don't`. */
  lower: string;
  /** Character offsets in the utterance text: `text === utterance.slice(start, end)`. */
  start: number;
  end: number;
}

/** Words: letters/digits with inner apostrophes or hyphens (`don't`, `follow-up`, `Zoë`, `李娜`). */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into word tokens with their offsets.
 *
 * @example
 * tokenize("Don’t worry, Zoë.").map((t) => t.lower) // => ["don't", 'worry', 'zoë']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // exec with the shared global regex (reset first): matchAll would clone the regex per call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    tokens.push({ text: word, lower: lowerCase(word), start: m.index, end: m.index + word.length });
  }
  return tokens;
}

/**
 * The token's `lower`. Most words are already plain lower-case ASCII: they are returned as they
 * are, so no second string is allocated (a fifth of the tokens' memory, and garbage-collector time,
 * on a 200k-word meeting).
 */
function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    // A capital (A-Z) or anything outside ASCII (accents, curly apostrophes): take the full path.
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase().replace(/’/g, "'");
  }
  return word;
}
