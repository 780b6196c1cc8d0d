/**
 * ELITR meeting transcripts name speakers with short codes in parentheses: `(A) text`.
 * Transcribers sometimes put two speakers on one line: `(D) Thanks. (S) So yeah`. A code inside
 * a line only counts as a speaker change when it follows the end of a sentence and the same code
 * also opens some line of the file; otherwise it is text, like `(MT)` in "integrating ASR and (MT)"
 * or `(??)`, which inside text marks unintelligible words.
 */

/** ` (S) ` after `.`, `?`, `!`, `…`, a dash or a closing tag: a candidate speaker change. */
const INLINE_CODE = /(?<=[.?!…\-–—>])\s+\(([A-Z][A-Z0-9]{0,3})\)(?=\s|$)/g;

/**
 * Splits a line at inline speaker codes. The first segment belongs to whoever was speaking.
 *
 * @example
 * splitAtInlineCodes('Thanks. (S) So yeah', new Set(['D', 'S']))
 * // => [{ code: null, text: 'Thanks.' }, { code: 'S', text: 'So yeah' }]
 * splitAtInlineCodes('integrating ASR and (MT) into one', new Set(['O']))
 * // => [{ code: null, text: 'integrating ASR and (MT) into one' }]
 */
export function splitAtInlineCodes(text: string, knownCodes: ReadonlySet<string>): Array<{ code: string | null; text: string }> {
  const segments: Array<{ code: string | null; text: string }> = [];
  let code: string | null = null;
  let from = 0;
  for (const m of text.matchAll(INLINE_CODE)) {
    if (!knownCodes.has(m[1]!)) continue;
    segments.push({ code, text: text.slice(from, m.index).trim() });
    code = m[1]!;
    from = m.index + m[0].length;
  }
  segments.push({ code, text: text.slice(from).trim() });
  return segments;
}
