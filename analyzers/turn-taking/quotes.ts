/**
 * Verbatim quotes: spans of an utterance's own text, cut at word boundaries, so that every quote
 * in a finding or an evidence list can be found in the transcript as written.
 */
import type { Token } from '../nlp/tokenize';

/**
 * The first `maxWords` words of an utterance (from its first word to the end of the last one kept).
 *
 * @example
 * const text = 'Wait, that number is wrong, we said ten.';
 * leadingWords(text, tokenize(text), 4) // => 'Wait, that number is'
 */
export function leadingWords(text: string, tokens: Token[], maxWords: number): string {
  if (tokens.length === 0) return text;
  const last = tokens[Math.min(tokens.length, maxWords) - 1]!;
  return text.slice(tokens[0]!.start, last.end);
}

/**
 * A span [start, end) of the text, shortened to at most `maxWords` words from its start.
 *
 * @example
 * const text = 'Okay. So what do we do about the budget?';
 * spanWords(text, tokenize(text), 6, 40, 4) // => 'So what do we'
 */
export function spanWords(text: string, tokens: Token[], start: number, end: number, maxWords: number): string {
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < start || t.end > end) continue;
    if (++words === maxWords) return text.slice(start, t.end);
  }
  return text.slice(start, end);
}
