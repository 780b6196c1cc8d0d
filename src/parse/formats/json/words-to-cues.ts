/**
 * Word-level output (Deepgram, AssemblyAI and AWS words, Whisper `words`) to cues: consecutive words
 * of one speaker form a cue, so that a speaker's turn reads as sentences rather than single words.
 */
import type { RawCue } from '../../types';

/** One recognised word with its speaker label (null when the file has no diarisation). */
export interface TimedWord {
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  /** The word as displayed, punctuation included (`Yeah.`, `Łukasz,`). */
  text: string;
}

/**
 * A silence this long ends a cue even when the speaker does not change. Without it a file with
 * no diarisation would be one cue from start to finish. Deepgram's own utterance splitter uses 0.8 s;
 * we wait longer so that a speaker's ordinary hesitations stay inside one cue.
 */
export const PAUSE_THAT_SPLITS_CUES_MS = 2000;

/** Scripts written without spaces between words (Chinese, Japanese, Thai): their words are joined without one. */
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u;
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Closing punctuation written as its own token (AWS punctuation items) attaches to the word before it. */
const CLOSING_PUNCTUATION = /^[.,!?;:…%)\]}»”’、。，！？；：]+$/u;

/**
 * Groups words into cues: a new cue starts when the speaker changes or after a silence of
 * PAUSE_THAT_SPLITS_CUES_MS or more. Words with empty text are ignored.
 *
 * @example
 * wordsToCues([
 *   { speaker: 'Speaker 0', startMs: 0, endMs: 300, text: 'Hello' },
 *   { speaker: 'Speaker 0', startMs: 400, endMs: 700, text: 'there.' },
 *   { speaker: 'Speaker 1', startMs: 900, endMs: 1200, text: 'Hi!' },
 * ])
 * // => [{ speaker: 'Speaker 0', startMs: 0, endMs: 700, text: 'Hello there.', line: null },
 * //     { speaker: 'Speaker 1', startMs: 900, endMs: 1200, text: 'Hi!', line: null }]
 */
export function wordsToCues(words: readonly TimedWord[]): RawCue[] {
  const cues: RawCue[] = [];
  let current: { cue: RawCue; tokens: string[]; lastEndMs: number | null } | null = null;
  const close = () => {
    if (current) cues.push({ ...current.cue, text: joinWords(current.tokens) });
  };
  for (const word of words) {
    const token = word.text.trim();
    if (token === '') continue;
    const pause =
      current !== null && current.lastEndMs !== null && word.startMs !== null ? word.startMs - current.lastEndMs : 0;
    if (current === null || current.cue.speaker !== word.speaker || pause >= PAUSE_THAT_SPLITS_CUES_MS) {
      close();
      current = {
        cue: { speaker: word.speaker, startMs: word.startMs, endMs: word.endMs, text: '', line: null },
        tokens: [],
        lastEndMs: word.endMs ?? word.startMs,
      };
    }
    current.tokens.push(token);
    if (current.cue.startMs === null) current.cue.startMs = word.startMs;
    const wordEnd = word.endMs ?? word.startMs;
    if (wordEnd !== null) {
      current.cue.endMs = current.cue.endMs === null ? wordEnd : Math.max(current.cue.endMs, wordEnd);
      current.lastEndMs = wordEnd;
    }
  }
  close();
  return cues;
}

/**
 * Joins word tokens with spaces, except before closing punctuation and between characters of
 * scripts written without spaces (Chinese, Japanese, Thai).
 *
 * @example
 * joinWords(['Thanks', ',', 'Zoë', '.']) // => 'Thanks, Zoë.'
 * joinWords(['我们', '开始', '吧'])        // => '我们开始吧'
 */
export function joinWords(tokens: readonly string[]): string {
  let text = '';
  let previous = '';
  for (const token of tokens) {
    if (text === '') text = token;
    else if (CLOSING_PUNCTUATION.test(token)) text += token;
    else if (UNSPACED_END.test(previous) && UNSPACED_START.test(token)) text += token;
    else text += ` ${token}`;
    previous = token;
  }
  return text;
}
