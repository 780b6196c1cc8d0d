/**
 * What counts as a word in a transcript's word count: a whitespace-separated token with a letter or digit.
 * Read by normalize (the transcript's `wordCount`) and by events.ts, which counts while it tidies a text.
 */
import { letterOrDigitLength } from '../model/letters';
import { isWhiteSpace } from '../model/white-space';

/**
 * Words as whitespace-separated tokens that contain a letter or digit.
 *
 * @example
 * countWords('Shall we start? 👍 --') // => 3
 */
export function countWords(text: string): number {
  // One scan of the character codes (a regex match per word was a sixth of ingestion): ASCII letters and
  // digits are known from their codes, any other character is asked of the Unicode-aware pattern in place.
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isLetterOrDigitAt(text, i, c)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/**
 * A letter or digit (`\p{L}`, `\p{N}`) at `i`, whose code is `c`: a character outside the BMP is read at its first
 * half (src/model/letters.ts), never at its second.
 *
 * @example
 * isLetterOrDigitAt('é!', 0, 0xe9) // => true
 */
export function isLetterOrDigitAt(text: string, i: number, c: number): boolean {
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return letterOrDigitLength(text, i) > 0;
}
