/**
 * Letters and digits (Unicode's `L` and `N` categories) by position, for scans that walk a text character
 * by character: the tokenizer's words and the parsers' word count read the one definition here. A regular
 * expression that matches per word would allocate a match per word.
 */

/** `[\p{L}\p{N}]`, sticky: tested exactly at `lastIndex`. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** 1 for an ASCII letter or digit, else 0: one array read per character of most talk. */
const ASCII_LETTER_OR_DIGIT = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_LETTER_OR_DIGIT[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/**
 * Length in code units of the letter or digit at `i` (1, or 2 for one outside the BMP); 0 when there is none,
 * or when `i` is past the end.
 *
 * @example
 * letterOrDigitLength('Zoë 𝐀!', 2) // => 1 ('ë')
 * letterOrDigitLength('Zoë 𝐀!', 4) // => 2 ('𝐀', a surrogate pair)
 * letterOrDigitLength('Zoë 𝐀!', 6) // => 0 ('!')
 */
export function letterOrDigitLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_LETTER_OR_DIGIT[c]!;
  if (i >= text.length) return 0;
  // Beyond ASCII, Unicode's letter and number categories decide.
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}
