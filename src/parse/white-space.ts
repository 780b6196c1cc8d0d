/**
 * White space as JavaScript's `\s` and `trim()` know it, asked of one character code, so that text can be
 * tidied and counted in one scan of its codes instead of by regular expressions that allocate a match per
 * word. The set is ECMAScript's WhiteSpace and LineTerminator: the ASCII controls, the space, U+FEFF and the
 * Unicode space separators (category Zs). test/parse/text-fast-paths.test.ts holds it equal to `\s` for
 * every UTF-16 code unit.
 */

/**
 * True when the UTF-16 code unit is white space for `\s`.
 *
 * @example
 * isWhiteSpace(' '.charCodeAt(0))      // => true
 * isWhiteSpace(0x00a0)                  // => true (no-break space)
 * isWhiteSpace(0x200b)                  // => false (zero-width space is no white space)
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
