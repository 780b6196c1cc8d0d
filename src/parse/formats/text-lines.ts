/**
 * Line access shared by the line-based text parsers. Sniffers only look at the head of a file,
 * and never at more than a few hundred characters of a line, so that detection stays cheap even
 * for a 5 MB file written on one line.
 */

/** How many characters of one line a sniffer looks at. */
const SNIFF_LINE_CHARS = 300;

/**
 * Splits text into lines, accepting `\n`, `\r\n` and lone `\r` endings.
 *
 * @example
 * splitLines('[Zoë] 10:00:01\r\nHello\n') // => ['[Zoë] 10:00:01', 'Hello', '']
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The first `count` lines of a text, each cut to a few hundred characters, without splitting the whole text.
 *
 * @example
 * headLines('a\nb\nc', 2) // => ['a', 'b']
 */
export function headLines(text: string, count = 30): string[] {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < count && from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end === -1) end = text.length;
    lines.push(text.slice(from, Math.min(end, from + SNIFF_LINE_CHARS)).replace(/\r$/, ''));
    from = end + 1;
  }
  return lines;
}

/**
 * True when the line holds nothing but white space.
 *
 * @example
 * isBlank(' \t') // => true
 */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}
