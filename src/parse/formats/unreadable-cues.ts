/**
 * A timed transcript whose cues are mostly unreadable is rejected, not analysed on the few that
 * remain: numbers from a third of a meeting would be presented as the meeting's. A few bad cues among
 * good ones are skipped and reported instead (the `skipped-blocks` warning).
 */
import { TranscriptError } from '../errors';

/** A cue dropped for its timing: the timing line and why. */
export interface BadCue {
  line: number;
  reason: string;
}

/**
 * The error to throw when more cues were dropped for unreadable timings than were read, naming the
 * first bad line; null when the transcript is mostly readable.
 *
 * @example
 * unreadableCues(1, [{ line: 4, reason: 'cue timing "00:0x" is not valid' }, { line: 8, reason: '...' }])
 * // => TranscriptError('malformed-timestamp', '2 of 3 cues have unreadable timings, too many to analyse the rest
 * //    as the meeting; the first is at line 4: cue timing "00:0x" is not valid', { line: 4 })
 * unreadableCues(5, [{ line: 4, reason: '...' }]) // => null
 */
export function unreadableCues(readable: number, bad: readonly BadCue[]): TranscriptError | null {
  if (bad.length === 0 || bad.length <= readable) return null;
  const first = bad[0]!;
  const share = `${bad.length} of ${bad.length + readable} cues have unreadable timings`;
  const where = `the first is at line ${first.line}: ${first.reason}`;
  const message = `${share}, too many to analyse the rest as the meeting; ${where}`;
  return new TranscriptError('malformed-timestamp', message, { line: first.line });
}
