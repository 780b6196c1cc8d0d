/**
 * YouTube's SubViewer captions (.sbv): `H:MM:SS.mmm,H:MM:SS.mmm` on one line, the cue's text on the
 * next lines, a blank line between cues. Speakers come from `Name:` prefixes when YouTube's editor
 * kept them. Blocks that cannot be timed are skipped and reported with their line; the file fails
 * only when no cue is usable.
 */
import { TranscriptError } from '../errors';
import { parseClockTime } from '../timestamps';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { speakerRulesFor, splitCueBySpeaker, type CuePiece } from './cue-speakers';
import { stripSubtitleMarkup } from './cue-text';
import { headLines, isBlank, splitLines } from './text-lines';
import { unreadableCues } from './unreadable-cues';

const QUOTE_CHARS = 60;

/** The SBV timing line: two clock times and a comma, nothing else. */
const SBV_TIMING = /^\s*(\d{1,3}:\d{1,2}:\d{1,2}(?:\.\d{1,3})?)\s*,\s*(\d{1,3}:\d{1,2}:\d{1,2}(?:\.\d{1,3})?)\s*$/;

/** A line meant as a timing line: a digit first, then a colon and a comma within the first 40 characters. */
function isTimingAttempt(line: string | undefined): boolean {
  if (line === undefined || !/^\s*\d/.test(line)) return false;
  const head = line.slice(0, 40);
  return head.includes(':') && head.includes(',') && !/[A-Za-z]{2}/.test(head);
}

/**
 * Reads an SBV timing line.
 *
 * @example
 * parseSbvTiming('0:01:02.500,0:01:04.000') // => { startMs: 62500, endMs: 64000 }
 * parseSbvTiming('0:00:13.f89,0:00:15.489') // => { error: 'expected H:MM:SS.mmm,H:MM:SS.mmm' }
 */
export function parseSbvTiming(line: string): { startMs: number; endMs: number } | { error: string } {
  const m = line.length > 80 ? null : SBV_TIMING.exec(line);
  const startMs = m ? parseClockTime(m[1]!) : null;
  const endMs = m ? parseClockTime(m[2]!) : null;
  if (startMs === null || endMs === null) return { error: 'expected H:MM:SS.mmm,H:MM:SS.mmm' };
  return { startMs, endMs };
}

function quote(text: string, max = QUOTE_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function parse(input: string): ParsedTranscript {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') throw new TranscriptError('empty-input', 'the SBV file is empty');
  const lines = splitLines(text);
  const timed: Array<{ startMs: number; endMs: number; pieces: CuePiece[] }> = [];
  const skipped: Array<{ line: number; reason: string }> = [];
  const badTimings: Array<{ line: number; reason: string }> = [];
  let firstTimedLine: number | null = null;
  let firstBadTiming: { line: number; reason: string } | null = null;
  let firstUntimed: number | null = null;

  /** Text runs to a blank line or to the next valid timing line (YouTube sometimes drops the blank line). */
  const endOfText = (from: number): number => {
    let i = from;
    while (i < lines.length && !isBlank(lines[i]!) && !('startMs' in parseSbvTiming(lines[i]!))) i++;
    return i;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const lineNo = i + 1;
    const timing = isTimingAttempt(line) ? parseSbvTiming(line) : null;
    i = endOfText(i + 1);
    if (timing === null) {
      skipped.push({ line: lineNo, reason: `text without a timing line ("${quote(line.trim())}") was skipped` });
      firstUntimed ??= lineNo;
      continue;
    }
    if ('error' in timing) {
      const bad = {
        line: lineNo,
        reason: `cue timing "${quote(line.trim())}" is not valid: ${timing.error}; the cue was skipped`,
      };
      skipped.push(bad);
      badTimings.push(bad);
      firstBadTiming ??= bad;
      continue;
    }
    firstTimedLine ??= lineNo;
    const pieces: CuePiece[] = [];
    for (let k = lineNo; k < i; k++)
      pieces.push({ text: stripSubtitleMarkup(lines[k]!), line: k + 1, startsLine: true });
    timed.push({ ...timing, pieces });
  }

  const rules = speakerRulesFor(
    timed.map((c) => c.pieces),
    { brackets: false },
  );
  const cues: RawCue[] = timed.flatMap((cue) =>
    splitCueBySpeaker(cue.pieces, rules).map((s): RawCue => ({
      speaker: s.speaker,
      startMs: cue.startMs,
      endMs: cue.endMs,
      text: s.text,
      line: s.line,
    })),
  );

  if (cues.length === 0) {
    if (timed.length > 0)
      throw new TranscriptError('no-speech', `the SBV file has ${timed.length} timed cue(s) but none with any words`, {
        line: firstTimedLine,
      });
    if (firstBadTiming)
      throw new TranscriptError('malformed-timestamp', `no usable cue in the SBV file: ${firstBadTiming.reason}`, {
        line: firstBadTiming.line,
      });
    if (firstUntimed !== null) {
      throw new TranscriptError(
        'malformed-timestamp',
        `no usable cue in the SBV file: line ${firstUntimed} is not a timing line like "0:00:01.000,0:00:04.000"`,
        { line: firstUntimed },
      );
    }
    throw new TranscriptError('no-speech', 'the SBV file has no cues');
  }
  const unreadable = unreadableCues(timed.length, badTimings);
  if (unreadable) throw unreadable;
  const result: ParsedTranscript = { format: 'sbv', cues };
  if (skipped.length > 0) result.skipped = skipped;
  return result;
}

/** Cheap: an SBV timing line among the first 20 lines, surest when it is the first line. */
function sniff(text: string): number {
  const head = headLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 20);
  const first = head.findIndex((l) => !isBlank(l));
  const timed = head.findIndex((l) => SBV_TIMING.test(l));
  if (timed === -1) return 0;
  return timed === first ? 0.9 : 0.7;
}

/**
 * YouTube SubViewer captions (.sbv).
 *
 * @example
 * sbv.parse('0:00:00.599,0:00:04.160\nŁukasz Nowak: Dzień dobry!\n').cues
 * // => [{ speaker: 'Łukasz Nowak', startMs: 599, endMs: 4160, text: 'Dzień dobry!', line: 2 }]
 */
export const sbv: TextFormatParser = {
  format: 'sbv',
  label: 'YouTube captions (.sbv)',
  extensions: ['sbv'],
  sniff,
  parse,
};
