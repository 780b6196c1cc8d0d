/**
 * YouTube's automatic captions (as youtube-dl / yt-dlp save them) "roll": each cue shows the line
 * of the cue before it again, above the new words, and a short cue in between repeats a line whole.
 * Read naively, every word would count twice. Such files are recognised by the word-timing tags
 * (`this<00:05:04.199><c> will</c>`) that only automatic captions carry, and only then is a cue's
 * leading line dropped when it repeats the previous cue's last line.
 */
import { webVttPlainText } from './webvtt-cue-text';

/** The parts of a cue this step needs. */
interface TimedCueText {
  text: string;
  timingLine: number;
}

/** An inline word-timing tag, `<00:05:04.199>` or `<05:04.199>`. */
const WORD_TIMING_TAG = /<\d{1,9}:\d{2}(?::\d{2})?\.\d{3}>/;

/**
 * True for rolling automatic captions: word-timing tags somewhere, and at least one cue that opens
 * with the previous cue's last line. Ordinary captions that repeat a line ("No." / "No.") have no
 * word-timing tags and are left alone.
 *
 * @example
 * isRollingCaptions([{ text: 'yeah', timingLine: 3 }, { text: 'yeah\nwhat<00:00:02.100><c> now</c>', timingLine: 6 }]) // => true
 * isRollingCaptions([{ text: 'No.', timingLine: 3 }, { text: 'No.', timingLine: 6 }])                                     // => false
 */
export function isRollingCaptions(cues: readonly TimedCueText[]): boolean {
  if (!hasWordTimingTag(cues)) return false;
  let previousLast: string | null = null;
  for (const cue of cues) {
    const lines = cue.text.split('\n').map(webVttPlainText);
    if (previousLast !== null && lines[0] === previousLast) return true;
    previousLast = lastWords(lines) ?? previousLast;
  }
  return false;
}

/**
 * False when the text holds no word-timing tag anywhere, so that none of its cues can be rolling captions.
 *
 * @example
 * mayHaveWordTimingTags('WEBVTT\n\n00:01.000 --> 00:02.000\nhello') // => false
 */
export function mayHaveWordTimingTags(text: string): boolean {
  return text.includes('<') && WORD_TIMING_TAG.test(text);
}

/** Whether any cue holds a word-timing tag: asked of every cue of every WebVTT file, so a tag's `<` is looked for first. */
function hasWordTimingTag(cues: readonly TimedCueText[]): boolean {
  for (let i = 0; i < cues.length; i++) {
    const text = cues[i]!.text;
    if (text.includes('<') && WORD_TIMING_TAG.test(text)) return true;
  }
  return false;
}

/**
 * Each cue's text without the leading lines that repeat the previous cue's last line, and the source
 * line where the remaining text starts. Call it only for rolling captions (see `isRollingCaptions`).
 *
 * @example
 * removeRollingRepeats([{ text: 'yeah', timingLine: 3 }, { text: 'yeah\nwhat', timingLine: 6 }])
 * // => [{ text: 'yeah', firstLine: 4 }, { text: 'what', firstLine: 8 }]
 */
export function removeRollingRepeats(cues: readonly TimedCueText[]): Array<{ text: string; firstLine: number }> {
  let previousLast: string | null = null;
  return cues.map((cue) => {
    const raw = cue.text.split('\n');
    const plain = raw.map(webVttPlainText);
    let drop = 0;
    while (drop < plain.length && (plain[drop] === '' || plain[drop] === previousLast)) drop++;
    previousLast = lastWords(plain) ?? previousLast;
    return { text: raw.slice(drop).join('\n'), firstLine: cue.timingLine + 1 + drop };
  });
}

/** The last line with words in it. */
function lastWords(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return lines[i]!;
  return null;
}
