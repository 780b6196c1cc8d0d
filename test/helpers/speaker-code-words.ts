/**
 * An independent count of the words each ELITR speaker code owns in a raw transcript, for tests that
 * check the parser's attribution. It is told which codes are speakers (the test's author read the
 * file), so it needs none of the parser's rules for telling codes from text. No Node APIs: the
 * parser suites also run in workerd.
 */

/** The key for words nobody is named for: lines opened by `(??)` or `(???)`, and what continues them. */
export const UNKNOWN = '(unknown)';

/**
 * Words (white-space separated tokens) per speaker code: every `(X)` of a listed code starts that
 * speaker's words, wherever it stands in a line; a line opened by `(??)`/`(???)` starts an unknown
 * speaker's words; a line without a code continues the last speaker.
 *
 * @example
 * wordsPerCode('(O) Hi there.(U) Yes.\nOk.', ['O', 'U']) // => { O: 2, U: 2 }
 */
export function wordsPerCode(text: string, codes: readonly string[]): Record<string, number> {
  const split = new RegExp(`\\((${codes.map((c) => c.replace(/[^A-Za-z0-9]/g, '')).join('|')})\\)`, 'g');
  const counts: Record<string, number> = {};
  let speaker: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    // "(??)" opens inaudible speech: the current speaker's before a lower-case word ("(??) with that, so yeah"),
    // someone unknown's otherwise ("(??) Bye, bye.").
    const inaudible = /^\s*(?:\(\?{2,3}\)\s*)+(.?)/u.exec(line);
    if (inaudible && !/^\p{Ll}/u.test(inaudible[1]!)) speaker = UNKNOWN;
    const pieces = line.split(split);
    // split() with a capture group alternates text and code: [text, code, text, code, text...]
    pieces.forEach((piece, i) => {
      if (i % 2 === 1) {
        speaker = piece;
        return;
      }
      const words = piece.split(/\s+/).filter((w) => w !== '').length;
      if (words > 0 && speaker !== null) counts[speaker] = (counts[speaker] ?? 0) + words;
    });
  }
  return counts;
}

/**
 * The same count from parsed cues: tokens of each cue's text under its speaker (null = unknown).
 *
 * @example
 * wordsPerSpeaker([{ speaker: 'O', text: 'Hi there.' }, { speaker: null, text: '(??) ok' }]) // => { O: 2, '(unknown)': 2 }
 */
export function wordsPerSpeaker(cues: ReadonlyArray<{ speaker: string | null; text: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cues) {
    const key = c.speaker ?? UNKNOWN;
    const words = c.text.split(/\s+/).filter((w) => w !== '').length;
    if (words > 0) counts[key] = (counts[key] ?? 0) + words;
  }
  return counts;
}
