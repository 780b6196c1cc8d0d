/**
 * SubRip (.srt): numbered blocks of `HH:MM:SS,mmm --> HH:MM:SS,mmm` and text lines, a blank line
 * between blocks. SRT has no standard, so the reader is lenient where the meaning stays clear: a `.`
 * instead of the `,`, a missing cue number, a missing blank line before the next numbered cue,
 * player coordinates after the end time (`X1:100 X2:600 ...`). Speakers come from `Name:`, `NAME:`
 * or (when the same label opens at least two cues) `[Name]` prefixes. Blocks that cannot be timed
 * are skipped and reported with their line; the file fails only when no cue is usable.
 */
import { TranscriptError } from '../errors';
import { parseClockTime } from '../timestamps';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { speakerRulesFor, splitCueBySpeaker, type CuePiece } from './cue-speakers';
import { stripSubtitleMarkup } from './cue-text';
import { headLines, isBlank, splitLines } from './text-lines';
import { unreadableCues } from './unreadable-cues';

const ARROW = '-->';
const QUOTE_CHARS = 60;

/** A cue number line: digits only. */
function isCueNumber(line: string | undefined): boolean {
  return line !== undefined && /^\s*\d{1,9}\s*$/.test(line);
}

/** A line meant as a timing line: it holds `-->` and starts with a digit ("Go --> there" is text). */
function isTimingAttempt(line: string | undefined): boolean {
  return line !== undefined && line.includes(ARROW) && /^\s*\d/.test(line);
}

/**
 * Reads an SRT timing line; `.` is accepted for `,`, and anything after the end time (SubRip's
 * `X1:... Y2:...` coordinates) is ignored.
 *
 * @example
 * parseSrtTiming('00:01:02,500 --> 00:01:04,000 X1:40 X2:600') // => { startMs: 62500, endMs: 64000 }
 * parseSrtTiming('00:00:1d,000 --> 00:00:02,000')              // => { error: 'the start time "00:00:1d,000" is not HH:MM:SS,mmm' }
 */
export function parseSrtTiming(line: string): { startMs: number; endMs: number } | { error: string } {
  const arrow = line.indexOf(ARROW);
  const left = line.slice(0, arrow).trim();
  const right =
    line
      .slice(arrow + ARROW.length)
      .trim()
      .split(/\s/, 1)[0] ?? '';
  const startMs = parseClockTime(left.slice(0, 40));
  if (startMs === null) return { error: `the start time "${quote(left, 20)}" is not HH:MM:SS,mmm` };
  const endMs = parseClockTime(right.slice(0, 40));
  if (endMs === null) return { error: `the end time "${quote(right, 20)}" is not HH:MM:SS,mmm` };
  return { startMs, endMs };
}

function quote(text: string, max = QUOTE_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function parse(input: string): ParsedTranscript {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') throw new TranscriptError('empty-input', 'the SRT file is empty');
  const lines = splitLines(text);
  const timed: Array<{ startMs: number; endMs: number; pieces: CuePiece[] }> = [];
  const skipped: Array<{ line: number; reason: string }> = [];
  const badTimings: Array<{ line: number; reason: string }> = [];
  let firstBadTiming: { line: number; reason: string } | null = null;
  let firstUntimed: { line: number; message: string } | null = null;
  let firstTimedLine: number | null = null;

  /** A block's text runs to a blank line, a timing line, or a cue number right before a timing line. */
  const endOfText = (from: number): number => {
    let i = from;
    while (
      i < lines.length &&
      !isBlank(lines[i]!) &&
      !isTimingAttempt(lines[i]) &&
      !(isCueNumber(lines[i]) && isTimingAttempt(lines[i + 1]))
    )
      i++;
    return i;
  };

  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const blockStart = i;
    if (isCueNumber(lines[i]) && isTimingAttempt(lines[i + 1])) i++;
    if (!isTimingAttempt(lines[i])) {
      const end = Math.max(endOfText(i), i + 1);
      const first = lines[blockStart]!.trim();
      const reason = isCueNumber(first)
        ? `cue ${first} has no timing line (expected "00:00:01,000 --> 00:00:04,000" after the number); the cue was skipped`
        : `text without a timing line ("${quote(first)}") was skipped`;
      skipped.push({ line: blockStart + 1, reason });
      firstUntimed ??= isCueNumber(first)
        ? {
            line: blockStart + 2,
            message: `expected a timing line like "00:00:01,000 --> 00:00:04,000" at line ${blockStart + 2}, after cue number ${first}`,
          }
        : {
            line: blockStart + 1,
            message: `line ${blockStart + 1} ("${quote(first)}") is neither a cue number nor a timing line like "00:00:01,000 --> 00:00:04,000"`,
          };
      i = end;
      continue;
    }
    const timingLine = i + 1;
    const timing = parseSrtTiming(lines[i]!);
    const textStart = i + 1;
    i = endOfText(textStart);
    if ('error' in timing) {
      const bad = {
        line: timingLine,
        reason: `cue timing "${quote(lines[timingLine - 1]!.trim())}" is not valid: ${timing.error}; the cue was skipped`,
      };
      skipped.push(bad);
      badTimings.push(bad);
      firstBadTiming ??= bad;
      continue;
    }
    firstTimedLine ??= timingLine;
    const pieces: CuePiece[] = [];
    for (let k = textStart; k < i; k++)
      pieces.push({ text: stripSubtitleMarkup(lines[k]!), line: k + 1, startsLine: true });
    timed.push({ ...timing, pieces });
  }

  const rules = speakerRulesFor(
    timed.map((c) => c.pieces),
    { brackets: true },
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

  if (cues.length === 0)
    throw noUsableCue({ timedCues: timed.length, firstTimedLine, firstBadTiming, firstUntimed, skipped });
  const unreadable = unreadableCues(timed.length, badTimings);
  if (unreadable) throw unreadable;
  const result: ParsedTranscript = { format: 'srt', cues };
  if (skipped.length > 0) result.skipped = skipped;
  return result;
}

/** Why a file gave no cue with words, pointing at the line to fix. */
function noUsableCue(found: {
  timedCues: number;
  firstTimedLine: number | null;
  firstBadTiming: { line: number; reason: string } | null;
  firstUntimed: { line: number; message: string } | null;
  skipped: ReadonlyArray<{ line: number; reason: string }>;
}): TranscriptError {
  if (found.timedCues > 0) {
    const also =
      found.skipped.length > 0
        ? ` (and ${found.skipped.length} block(s) skipped, the first at line ${found.skipped[0]!.line}: ${found.skipped[0]!.reason})`
        : '';
    return new TranscriptError(
      'no-speech',
      `the SRT file has ${found.timedCues} timed cue(s) but none with any words${also}`,
      { line: found.firstTimedLine },
    );
  }
  if (found.firstBadTiming) {
    return new TranscriptError('malformed-timestamp', `no usable cue in the SRT file: ${found.firstBadTiming.reason}`, {
      line: found.firstBadTiming.line,
    });
  }
  if (found.firstUntimed)
    return new TranscriptError('malformed-timestamp', `no usable cue in the SRT file: ${found.firstUntimed.message}`, {
      line: found.firstUntimed.line,
    });
  return new TranscriptError('no-speech', 'the SRT file has no cues');
}

/** SRT timing with commas (`00:00:01,000 --> 00:00:04,000`), or with dots (weaker: WebVTT without its header looks the same). */
const SRT_TIMING_COMMA = /^\s*\d{1,3}:\d{2}:\d{2},\d{1,3}\s*-->\s*\d{1,3}:\d{2}:\d{2},\d{1,3}/;
const SRT_TIMING_DOT = /^\s*\d{1,3}:\d{2}:\d{2}[.,]\d{1,3}\s*-->\s*\d{1,3}:\d{2}:\d{2}[.,]\d{1,3}/;

/** Cheap: a cue number followed by a comma timing line in the first 20 lines. */
function sniff(text: string): number {
  const head = headLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 20);
  if (head[0]?.startsWith('WEBVTT')) return 0;
  let score = 0;
  head.forEach((line, k) => {
    const numbered = k > 0 && isCueNumber(head[k - 1]);
    if (SRT_TIMING_COMMA.test(line)) score = Math.max(score, numbered ? 0.95 : 0.6);
    else if (SRT_TIMING_DOT.test(line)) score = Math.max(score, numbered ? 0.5 : 0.3);
  });
  return score;
}

/**
 * SubRip subtitles (.srt), with or without speaker names.
 *
 * @example
 * srt.parse('1\n00:00:01,000 --> 00:00:02,500\n<i>Zoë Martin:</i> Morning!\n').cues
 * // => [{ speaker: 'Zoë Martin', startMs: 1000, endMs: 2500, text: 'Morning!', line: 3 }]
 */
export const srt: TextFormatParser = {
  format: 'srt',
  label: 'SubRip subtitles (.srt)',
  extensions: ['srt'],
  sniff,
  parse,
};
