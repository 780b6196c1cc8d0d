/**
 * Timestamps written inside text lines (`[00:01:02]`, `Zoë  0:03`, `[Zoë] 19:00:25`).
 * A token that is shaped like a clock time but is not a valid one (`00:61:02`, `0x:01:02`) is an
 * error worth reporting: silently reading it as text would shift a speaker's words into the
 * previous cue.
 */
import { TranscriptError } from '../errors';
import { parseClockTime } from '../timestamps';

/**
 * Two or three colon-separated groups of 1-3 letters or digits, with an optional fraction.
 * @example "00:01:02", "0:03", "1:02:03.5" (valid); "00:61:02", "0x:01:02" (shaped like a time, invalid)
 */
const CLOCK_SHAPE = /^[\dA-Za-z]{1,3}(?::[\dA-Za-z]{1,3}){1,2}(?:[.,][\dA-Za-z]{1,9})?$/;

/**
 * True when the token looks like a clock time: the clock shape, with digits in at least two groups.
 * "Re:Q3" or "ab:cd" do not qualify; "0x:01:02" does (and is then rejected by `readClockToken`).
 *
 * @example
 * looksLikeClock('00:61:02') // => true
 * looksLikeClock('Re:Q3')    // => false
 */
export function looksLikeClock(token: string): boolean {
  if (token.length > 24 || !CLOCK_SHAPE.test(token)) return false;
  return token.split(':').filter((group) => /\d/.test(group)).length >= 2;
}

/**
 * Reads a clock-shaped token to milliseconds, or throws `malformed-timestamp` quoting it.
 *
 * @example
 * readClockToken('00:01:02', 4) // => 62000
 * readClockToken('00:61:02', 4) // throws TranscriptError('malformed-timestamp', 'the timestamp "00:61:02" is not a valid time ...', { line: 4 })
 */
export function readClockToken(token: string, line: number): number {
  const ms = parseClockTime(token);
  if (ms === null) {
    throw new TranscriptError(
      'malformed-timestamp',
      `the timestamp "${token}" is not a valid time (expected H:MM:SS or M:SS, with minutes and seconds below 60)`,
      { line },
    );
  }
  return ms;
}
