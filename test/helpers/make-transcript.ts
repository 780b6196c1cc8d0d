/**
 * Builds a Transcript from a few lines, for hand-worked analyser tests.
 */
import type { Transcript } from '../../src/model/transcript';
import { normalize } from '../../src/parse/normalize';
import type { RawCue } from '../../src/parse/types';

/** `[speaker, text]` or `[speaker, text, startSec, endSec]`. */
export type Line = [string, string] | [string, string, number, number];

/**
 * @example
 * const t = makeTranscript([['Ana', 'Shall we start?', 0, 2], ['Ben', 'Yes.', 2.5, 3]]);
 * // t.hasTimings === true; t.utterances[1].startMs === 2500
 */
export function makeTranscript(lines: Line[]): Transcript {
  const cues: RawCue[] = lines.map(([speaker, text, start, end], i) => ({
    speaker,
    text,
    startMs: start === undefined ? null : Math.round(start * 1000),
    endMs: end === undefined ? null : Math.round(end * 1000),
    line: i + 1,
  }));
  return normalize({ format: 'plain', cues });
}
