/**
 * ELITR meeting transcripts name speakers with short codes in parentheses: `(A) text`, `(FE) text`,
 * `(Mi) text`. Transcribers of remote calls also put several speakers on one line, with the codes
 * inside it and often glued to the text before them:
 *
 *     (O) Can you hear me?(U) Yes, now we can. (Mi) Sorry I'm late.(D) Ok.(??) (O) Good.
 *
 * Every speaker code inside a line starts a new utterance of that speaker. A code counts as a
 * speaker's when it opens some line of the file or stands where a speaker change stands (after the
 * end of a sentence, before a capital); anything else in parentheses is text, like `(MT)` in
 * "integrating ASR and (MT) into one" or `(data)`, which ELITR uses for an uncertain word.
 * `(??)` and `(???)` mark inaudible speech, never a person: they stay in the text, where
 * normalisation turns them into `inaudible` events.
 */

/**
 * The shape of a speaker code: a capital and up to three letters or digits (`A`, `FE`, `Mi`, `B2`).
 * @example "(O)", "(FE)", "(Mi)" (codes); "(data)", "(Laughs)" (not codes: lower case, too long)
 */
const CODE = /\(([A-Z][A-Za-z0-9]{0,3})\)/g;

/** `(??)` or `(???)`: inaudible speech (ELITR's own marker), not a speaker. */
export const INAUDIBLE_CODE = /^\(\?{2,3}\)/;

/** What may stand right before a speaker change: the end of a sentence, a dash, a closing bracket or tag. */
const SENTENCE_END = /[.?!…\-–—)>"”]/u;

/**
 * True when `(X)` at `index` of `text` stands where a speaker change stands: after the end of a
 * sentence (with or without a space) and before a capital or the end of the line.
 *
 * @example
 * atSpeakerChange('me?(U) Yes', 3, 3)   // => true
 * atSpeakerChange('and (MT) into', 4, 4) // => false
 */
export function atSpeakerChange(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index).trimEnd();
  const after = text.slice(index + length).trimStart();
  const afterSentence = before === '' || SENTENCE_END.test(before[before.length - 1]!);
  return afterSentence && (after === '' || /^[\p{Lu}(<]/u.test(after));
}

/**
 * Speaker codes of a file: those that open a line, and those found inside a line where a speaker
 * change stands. Codes that are also event words (`(Sigh)`) are not speakers.
 *
 * @example
 * knownSpeakerCodes(['O', 'D'], ['Can you hear me?(U) Yes. (Mi) Sorry I am late.', 'we use (MT) here'])
 * // => Set { 'O', 'D', 'U', 'Mi' }
 */
export function knownSpeakerCodes(lineCodes: Iterable<string>, bodies: Iterable<string>): Set<string> {
  const known = new Set(lineCodes);
  for (const body of bodies) {
    if (!body.includes('(')) continue;
    for (const m of body.matchAll(CODE)) {
      if (!known.has(m[1]!) && atSpeakerChange(body, m.index, m[0].length)) known.add(m[1]!);
    }
  }
  return known;
}

/** A stretch of a line and the code that opened it (null: whoever was speaking before the line). */
export interface CodeSegment {
  code: string | null;
  text: string;
}

/**
 * Splits a line at the speaker codes inside it. The first segment belongs to whoever was speaking.
 * A known code is a speaker change wherever it stands, glued to the word before it or not, except
 * in the middle of a sentence (a word, a space, the code, then a lower-case word: "plan (A) is").
 *
 * @example
 * splitAtInlineCodes('Thanks.(S) So yeah', new Set(['D', 'S']))
 * // => [{ code: null, text: 'Thanks.' }, { code: 'S', text: 'So yeah' }]
 * splitAtInlineCodes('integrating ASR and (MT) into one', new Set(['O']))
 * // => [{ code: null, text: 'integrating ASR and (MT) into one' }]
 */
export function splitAtInlineCodes(text: string, knownCodes: ReadonlySet<string>): CodeSegment[] {
  const segments: CodeSegment[] = [];
  let code: string | null = null;
  let from = 0;
  if (text.includes('(')) {
    for (const m of text.matchAll(CODE)) {
      if (!knownCodes.has(m[1]!) || midSentence(text, m.index, m[0].length)) continue;
      segments.push({ code, text: text.slice(from, m.index).trim() });
      code = m[1]!;
      from = m.index + m[0].length;
    }
  }
  segments.push({ code, text: text.slice(from).trim() });
  return segments;
}

/** "plan (A) is cheaper": a space-separated code between a word and a lower-case word is text. */
function midSentence(text: string, index: number, length: number): boolean {
  if (index === 0 || !/\s/.test(text[index - 1]!)) return false;
  const before = text.slice(0, index).trimEnd();
  if (before === '' || SENTENCE_END.test(before[before.length - 1]!)) return false;
  return !/^\s*\p{Lu}/u.test(text.slice(index + length));
}
