/**
 * White space by character code, for scans that walk a text character by character (the parsers' space
 * tidying and word count, the tone senses, the cut-off check at an utterance's end): a regular expression
 * tested on each character costs far more, and one that matches per word allocates a match per word.
 */

/**
 * What `/\s/` matches, by character code: JavaScript's white space and line terminators.
 *
 * @example
 * isWhiteSpace(' '.charCodeAt(0)) // => true
 * isWhiteSpace('\u00a0'.charCodeAt(0)) // => true (no-break space)
 * isWhiteSpace('a'.charCodeAt(0)) // => false
 */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
