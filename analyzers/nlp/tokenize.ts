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
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return tokens;
}
