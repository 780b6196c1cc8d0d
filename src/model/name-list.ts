/**
 * Names in a sentence, the one formatter of name lists for notes, the commentary and the PDF.
 */

/**
 * "Bea", "Bea and Farid", "Bea, Farid and Gus"; nothing for no names.
 *
 * @example
 * listNames(['Bea', 'Farid', 'Gus']) // => 'Bea, Farid and Gus'
 * listNames(['Bea']) // => 'Bea'
 */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
