/**
 * WebVTT (.vtt), as Zoom, Teams and YouTube write it, read by the W3C "WebVTT file parsing" rules
 * (https://www.w3.org/TR/webvtt1/#file-parsing): the `WEBVTT` signature, header lines, blocks that
 * end at a blank line, a block whose first or second line holds `-->` is a cue, a `-->` line later in
 * a block starts the next block, and a cue whose timings do not parse is dropped.
 *
 * Where we go beyond the spec, for real files: Teams' short timestamps are accepted (see
 * `TEAMS_SHORT_TIMESTAMP`), and so are times whose meaning is plain though the grammar forbids them
 * (`OVERFLOWING_TIMESTAMP`: `120:00.000`, `00:00:75.000`, each reported in `lenient`); header lines
 * become `metadata`; every dropped block is reported in `skipped` instead of vanishing, and a file
 * whose cues are mostly unreadable is rejected (unreadable-cues.ts); cues without words are left
 * out, and YouTube's rolling captions are read once (rolling-captions.ts). Speakers come from voice tags and `Name:` prefixes
 * (cue-speakers.ts).
 */
import { TranscriptError } from '../errors';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { LONGEST_RECORDING_MS } from '../timestamps';
import { collapseWhitespace, decodeEntities } from './cue-text';
import { everyLabel, LabelTally, speakerRulesFor, splitCueBySpeaker, type CueSegment } from './cue-speakers';
import { isRollingCaptions, mayHaveWordTimingTags, removeRollingRepeats } from './rolling-captions';
import { unreadableCues } from './unreadable-cues';
import { webVttCuePieces } from './webvtt-cue-text';
import { headLines } from './text-lines';

/** A cue as the WebVTT parsing rules read it, before speakers are worked out. */
export interface WebVttCue {
  /** The cue identifier line ('' when the cue has none). */
  id: string;
  startMs: number;
  endMs: number;
  /** Raw cue text: the lines after the timing line, joined with `\n`, markup still in. */
  text: string;
  /** 1-based line of the `-->` timing line. */
  timingLine: number;
}

/** What the parsing rules read from a WebVTT file. */
export interface WebVttDocument {
  /** Header lines such as `Kind: captions`; the text after `WEBVTT` on the first line is under `WEBVTT`. */
  metadata: Record<string, string>;
  /** The cues, unless they went to an `onCue` reader. */
  cues: WebVttCue[];
  /** Blocks that were dropped: cues with invalid timings, text without a timing line. */
  skipped: Array<{ line: number; reason: string }>;
  /** The first timing line that did not parse, with why: the error line when no cue is usable. */
  firstBadTiming: { line: number; reason: string } | null;
  /** Every timing line that did not parse (their cues are in `skipped` too). */
  badTimings: Array<{ line: number; reason: string }>;
  /** Times outside the spec's grammar that were read as the time they plainly denote (`00:00:75.000`). */
  lenient: Array<{ line: number; reason: string }>;
  /** The first text block without a timing line. */
  firstUntimedText: number | null;
}

const ARROW = '-->';
/** Quoted source text in messages is cut to this many characters. */
const QUOTE_CHARS = 60;

/**
 * Reads a WebVTT file into cues by the W3C parsing rules (with the tolerances in the file comment).
 * Throws `empty-input` for an empty text and `invalid-structure` when the first line is not `WEBVTT`.
 * With `onCue`, each cue goes to it as it is read instead of into `cues`, so that a reader need not keep them all.
 *
 * @example
 * readWebVtt('WEBVTT\nKind: captions\n\nintro\n00:01.000 --> 00:02.500 align:start\n<v Zoë>Hi</v>').cues
 * // => [{ id: 'intro', startMs: 1000, endMs: 2500, text: '<v Zoë>Hi</v>', timingLine: 5 }]
 */
export function readWebVtt(input: string, onCue?: (cue: WebVttCue) => void): WebVttDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') throw new TranscriptError('empty-input', 'the WebVTT file is empty');
  const lines = new LineCursor(withNulReplaced(text));
  const signature = lines.current();
  if (!hasSignature(signature)) {
    throw new TranscriptError(
      'invalid-structure',
      `a WebVTT file must start with the line "WEBVTT", but line 1 is "${quote(signature)}"`,
      { line: 1 },
    );
  }

  const doc: WebVttDocument = {
    metadata: {},
    cues: [],
    skipped: [],
    firstBadTiming: null,
    badTimings: [],
    lenient: [],
    firstUntimedText: null,
  };
  const title = signature.slice(6).trim();
  if (title !== '') doc.metadata.WEBVTT = title;

  // Header: the lines right after the signature, up to a blank line or the first `-->` line.
  lines.next();
  const header: string[] = [];
  while (!lines.done && !lines.isEmpty() && !lines.hasArrow()) {
    header.push(lines.current());
    lines.next();
  }
  readHeaderMetadata(header, doc.metadata);

  while (!lines.done) {
    if (lines.isEmpty()) lines.next();
    else readBlock(lines, doc, onCue);
  }
  return doc;
}

/** NUL characters read as U+FFFD, as the spec's preprocessing says (decoding has refused them already). */
function withNulReplaced(text: string): string {
  return text.includes('\0') ? text.replace(/\0/g, '\ufffd') : text;
}

/**
 * The lines of a text, read in place: a line is a range of the text, and becomes a string only when a
 * caller asks for one. Splitting a 250k-word file into line strings, and joining each cue's lines
 * again, was a fifth of ingestion's garbage. Line endings are `\n`, `\r\n` or a lone `\r`.
 */
class LineCursor {
  /** The text with every line ending as `\n`, so that a run of lines is one slice of it. */
  readonly text: string;
  /** 0-based index of the current line. */
  index = 0;
  /** Where the current line starts and ends (at its `\n` or the text's end). */
  start = 0;
  end = 0;
  /** The line after the last one has been reached. */
  done = false;
  /** The first `-->` at or after the current line's start (-1: none left): searched for once, not once per line. */
  private arrow: number;

  constructor(text: string) {
    this.text = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    this.arrow = this.text.indexOf(ARROW);
    this.end = this.lineEnd(0);
  }

  /** Moves to the next line; `done` once the last line is passed. */
  next(): void {
    if (this.end === this.text.length) {
      this.done = true;
      return;
    }
    this.index++;
    this.start = this.end + 1;
    this.end = this.lineEnd(this.start);
    if (this.arrow !== -1 && this.arrow < this.start) this.arrow = this.text.indexOf(ARROW, this.start);
  }

  private lineEnd(start: number): number {
    const newline = this.text.indexOf('\n', start);
    return newline === -1 ? this.text.length : newline;
  }

  current(): string {
    return this.text.slice(this.start, this.end);
  }

  isEmpty(): boolean {
    return this.start === this.end;
  }

  hasArrow(): boolean {
    return this.arrow !== -1 && this.arrow + ARROW.length <= this.end;
  }
}

/** `WEBVTT` alone or followed by a space or tab (spec step "signature"). */
function hasSignature(line: string): boolean {
  return line.startsWith('WEBVTT') && (line.length === 6 || line[6] === ' ' || line[6] === '\t');
}

/**
 * `Key: value` header lines (Zoom, YouTube: `Kind: captions`, `Language: en`; HLS: `X-TIMESTAMP-MAP=...`).
 * A line that is not `Key: value` continues the previous value (YouTube's multi-line `Style:`).
 */
function readHeaderMetadata(header: readonly string[], metadata: Record<string, string>): void {
  let lastKey: string | null = null;
  for (const line of header) {
    const m = /^([A-Za-z][\w.-]{0,40})[ \t]*[:=][ \t]*(.*)$/.exec(line);
    if (m) {
      lastKey = m[1]!;
      const value = m[2]!.trim();
      metadata[lastKey] = Object.hasOwn(metadata, lastKey) ? `${metadata[lastKey]}\n${value}` : value;
    } else if (lastKey !== null) {
      metadata[lastKey] = metadata[lastKey] === '' ? line : `${metadata[lastKey]}\n${line}`;
    }
  }
}

/**
 * The spec's "collect a WebVTT block": reads one block from the cursor's line and leaves the cursor
 * where the next one begins. A cue goes to `onCue`, or into `doc.cues` without one; a dropped block into
 * `doc.skipped`; NOTE, STYLE and REGION blocks are ignored.
 */
function readBlock(lines: LineCursor, doc: WebVttDocument, onCue: ((cue: WebVttCue) => void) | undefined): void {
  const start = lines.index;
  let lineCount = 0;
  let seenArrow = false;
  // The block's text lines so far, as one range of the text (their `\n`s between them): no array, no join.
  let bufferStart = -1;
  let bufferEnd = -1;
  // The cue read so far (timingLine -1: none yet), in locals rather than an object copied at the end.
  let id = '';
  let startMs = 0;
  let endMs = 0;
  let timingLine = -1;
  let badTiming: { line: number; reason: string } | null = null;

  while (!lines.done) {
    lineCount++;
    const lineNumber = lines.index + 1;
    if (lines.hasArrow()) {
      // Only the first line, or the second after an identifier, can be the timing line; a `-->`
      // line anywhere else ends this block and starts the next one.
      if (!(lineCount === 1 || (lineCount === 2 && !seenArrow))) break;
      seenArrow = true;
      // The usual layout is read in place, as parseCueTimings would read it: no slice of the line and no object for
      // its times, once a cue. Any other line goes to parseCueTimings.
      const usualStart = usualLayoutAt(lines.text, lines.start, lines.end)
        ? usualTimestamp(lines.text, lines.start)
        : -1;
      const usualEnd = usualStart === -1 ? -1 : usualTimestamp(lines.text, lines.start + 17);
      const timing = usualEnd === -1 ? parseCueTimings(lines.current()) : null;
      if (timing !== null && 'error' in timing) {
        badTiming = {
          line: lineNumber,
          reason: `cue timing "${quote(lines.current())}" is not valid: ${timing.error}; the cue was skipped`,
        };
      } else {
        id = bufferStart === -1 ? '' : lines.text.slice(bufferStart, bufferEnd);
        startMs = timing === null ? usualStart : timing.startMs;
        endMs = timing === null ? usualEnd : timing.endMs;
        timingLine = lineNumber;
        // Notes are rare: no empty array and iterator per cue.
        if (timing?.notes) for (const note of timing.notes) doc.lenient.push({ line: lineNumber, reason: note });
        bufferStart = -1;
      }
    } else if (lines.isEmpty()) {
      lines.next();
      break;
    } else {
      if (bufferStart === -1) bufferStart = lines.start;
      bufferEnd = lines.end;
    }
    lines.next();
  }

  if (timingLine !== -1) {
    const text = bufferStart === -1 ? '' : lines.text.slice(bufferStart, bufferEnd);
    const cue: WebVttCue = { id, startMs, endMs, text, timingLine };
    if (onCue === undefined) doc.cues.push(cue);
    else onCue(cue);
  } else if (badTiming) {
    doc.skipped.push(badTiming);
    doc.badTimings.push(badTiming);
    doc.firstBadTiming ??= badTiming;
  } else if (bufferStart !== -1) {
    const newline = lines.text.indexOf('\n', bufferStart);
    const first = lines.text.slice(bufferStart, newline === -1 || newline > bufferEnd ? bufferEnd : newline);
    if (!isCommentStyleOrRegion(first)) {
      doc.skipped.push({ line: start + 1, reason: `text without a cue timing line ("${quote(first)}") was skipped` });
      doc.firstUntimedText ??= start + 1;
    }
  }
}
/** NOTE comments, STYLE sheets and REGION definitions carry no speech. */
function isCommentStyleOrRegion(first: string): boolean {
  if (first === 'NOTE' || first.startsWith('NOTE ') || first.startsWith('NOTE\t')) return true;
  const word = first.trimEnd();
  return word === 'STYLE' || word === 'REGION';
}

/**
 * The spec's "collect WebVTT cue timings and settings": start, `-->`, end, with white space allowed
 * around the arrow. Cue settings after the end time (`align:start position:10%`) are ignored.
 *
 * @example
 * parseCueTimings('00:01.000 --> 00:02.500 align:start') // => { startMs: 1000, endMs: 2500 }
 * parseCueTimings('00:01.000 -> 00:02.500')              // => { error: 'expected "-->" after the start time' }
 */
export function parseCueTimings(line: string): CueTimings | { error: string } {
  const usual = usualCueTimings(line);
  if (usual !== null) return usual;
  let pos = skipSpaces(line, 0);
  const start = readTimestamp(line, pos, 'start');
  if ('error' in start) return start;
  pos = skipSpaces(line, start.next);
  if (!line.startsWith(ARROW, pos)) return { error: 'expected "-->" after the start time' };
  pos = skipSpaces(line, pos + ARROW.length);
  const end = readTimestamp(line, pos, 'end');
  if ('error' in end) return end;
  // Notes are rare: no array is built for the usual cue.
  if (start.note === undefined && end.note === undefined) return { startMs: start.ms, endMs: end.ms };
  const notes = [start.note, end.note].filter((n): n is string => n !== undefined);
  return { startMs: start.ms, endMs: end.ms, notes };
}

/**
 * `hh:mm:ss.ttt --> hh:mm:ss.ttt`, the layout nearly every tool writes, read at its fixed places; null for any
 * other line, which the general reader takes. What it accepts, the general reader reads the same (two-digit
 * hours, minutes and seconds below 60, three fraction digits not followed by a fourth); it only skips the digit
 * runs, the objects and the tests of the other forms, twice a cue (30k times at 250k words).
 *
 * @example
 * usualCueTimings('00:01:02.500 --> 00:01:04.000 align:start') // => { startMs: 62500, endMs: 64000 }
 * usualCueTimings('01:02.500 --> 01:04.000')                   // => null
 */
function usualCueTimings(line: string): CueTimings | null {
  if (!usualLayoutAt(line, 0, line.length)) return null;
  const startMs = usualTimestamp(line, 0);
  const endMs = startMs === -1 ? -1 : usualTimestamp(line, 17);
  return endMs === -1 ? null : { startMs, endMs };
}

/** Whether the line from `at` to `end` has the usual layout around its times: `… --> …`, each time 12 characters. */
function usualLayoutAt(text: string, at: number, end: number): boolean {
  const length = end - at;
  if (length < 29 || (length > 29 && isDigit(text.charCodeAt(at + 29)))) return false;
  return text.charCodeAt(at + 12) === 0x20 && text.charCodeAt(at + 16) === 0x20 && text.startsWith(ARROW, at + 13);
}

/** `hh:mm:ss.ttt` at `at` in milliseconds, or -1 when the twelve characters are not that. */
function usualTimestamp(line: string, at: number): number {
  if (line.charCodeAt(at + 2) !== COLON || line.charCodeAt(at + 5) !== COLON || line.charCodeAt(at + 8) !== DOT)
    return -1;
  const hours = twoDigits(line, at);
  const minutes = twoDigits(line, at + 3);
  const seconds = twoDigits(line, at + 6);
  const fraction = twoDigits(line, at + 9) * 10 + digitAt(line, at + 11);
  if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || fraction < 0) return -1;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}

/** The value of two ASCII digits at `at`, negative when either is not a digit. */
function twoDigits(line: string, at: number): number {
  const tens = digitAt(line, at);
  const ones = digitAt(line, at + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/** The digit at `at`, or a large negative number when it is none (so sums stay negative). */
function digitAt(line: string, at: number): number {
  const c = line.charCodeAt(at);
  return isDigit(c) ? c - 0x30 : -1000;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A cue's times; `notes` says which were read leniently (see `OVERFLOWING_TIMESTAMP`) and as what. */
export interface CueTimings {
  startMs: number;
  endMs: number;
  notes?: string[];
}

function skipSpaces(line: string, from: number): number {
  let pos = from;
  while (pos < line.length && isSpace(line.charCodeAt(pos))) pos++;
  return pos;
}

/** WebVTT white space: tab, line feed, form feed, carriage return, space. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * Teams writes `0:0:0.0 --> 0:0:1.130`: hours, minutes and seconds without padding and 1-3 digit
 * fractions. The spec's grammar rejects it (minutes and seconds are exactly two digits, the fraction
 * exactly three), which would drop every cue of a Teams file. We accept this short form only when the
 * strict reading fails AND all three fields are present, so `H:M:S.f` has one meaning (hours, minutes,
 * seconds, decimal fraction). A two-field short form (`0:5.5`) could be M:S or a typo and stays invalid,
 * as do out-of-range minutes or seconds.
 * @example "0:0:0.570" -> 570 ms; "1:2:3.5" -> 3723500 ms; "0:5.5" -> invalid
 */
const TEAMS_SHORT_TIMESTAMP = /(\d{1,9}):(\d{1,2}):(\d{1,2})\.(\d{1,3})(?![\d:.])/y;

/** A time read at a position: milliseconds, where reading stopped, and how it was read when leniently. */
interface TimeRead {
  ms: number;
  next: number;
  note?: string;
}

/**
 * Times the spec rejects but whose meaning is plain: three-digit minutes (`120:00.000`, two hours) and
 * seconds above 59 (`00:00:75.000`, 1 min 15 s), as scripts that format seconds by hand write them.
 * They are read as the time they denote, with a note naming the line; minutes above 59 beside hours
 * (`00:75:00.000`) and other shapes stay invalid.
 * @example "120:00.000" -> 7200000 ms; "00:00:75.000" -> 75000 ms; "01:75.000" -> 135000 ms
 */
const OVERFLOWING_TIMESTAMP = new RegExp(
  String.raw`(?:(\d{1,9}):([0-5]\d):([6-9]\d)` + // h:mm:ss with seconds above 59
    String.raw`|(\d{3}):([0-5]\d)` + // mmm:ss
    String.raw`|(\d{2,3}):([6-9]\d))` + // mm:ss or mmm:ss with seconds above 59
    String.raw`\.(\d{3})(?![\d:.])`,
  'y',
);

/**
 * A cue time at `pos`, no later than a week (LONGEST_RECORDING_MS): the spec allows hours of any
 * length, but a cue 100,000 years in is corrupt, and work that scales with the meeting's length
 * (the report's timeline) would run out of memory on it.
 */
function readTimestamp(line: string, pos: number, which: 'start' | 'end'): TimeRead | { error: string } {
  const read = readAnyTimestamp(line, pos, which);
  if ('error' in read || read.ms <= LONGEST_RECORDING_MS) return read;
  return {
    error: `${which} time: "${shownTimestamp(line, pos)}" is longer than any recording (over ${LONGEST_RECORDING_MS / 86_400_000} days)`,
  };
}

/**
 * The spec's "collect a WebVTT timestamp" at `pos`: `(hh:)mm:ss.ttt`, hours of any length, minutes and
 * seconds of exactly two digits below 60, exactly three fraction digits; then Teams' short form.
 */
function readAnyTimestamp(line: string, pos: number, which: 'start' | 'end'): TimeRead | { error: string } {
  const strict = readStrictTimestamp(line, pos);
  if (!('error' in strict)) return strict;
  const overflowing = readOverflowingTimestamp(line, pos, which);
  if (overflowing) return overflowing;
  TEAMS_SHORT_TIMESTAMP.lastIndex = pos;
  const m = TEAMS_SHORT_TIMESTAMP.exec(line);
  if (m) {
    const [h, min, s, frac] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]!];
    const next = pos + m[0].length;
    const boundary =
      next >= line.length || isSpace(line.charCodeAt(next)) || (which === 'start' && line.startsWith(ARROW, next));
    if (min < 60 && s < 60 && boundary)
      return { ms: ((h * 60 + min) * 60 + s) * 1000 + Math.round(Number(`0.${frac}`) * 1000), next };
  }
  return { error: `${which} time: ${strict.error}` };
}

/** `OVERFLOWING_TIMESTAMP` at `pos`, followed by white space, the line's end or (for a start time) the arrow. */
function readOverflowingTimestamp(line: string, pos: number, which: 'start' | 'end'): TimeRead | null {
  OVERFLOWING_TIMESTAMP.lastIndex = pos;
  const m = OVERFLOWING_TIMESTAMP.exec(line);
  if (!m) return null;
  const next = pos + m[0].length;
  const boundary =
    next >= line.length || isSpace(line.charCodeAt(next)) || (which === 'start' && line.startsWith(ARROW, next));
  if (!boundary) return null;
  const [h, min, s] =
    m[1] !== undefined ? [m[1], m[2], m[3]] : m[4] !== undefined ? ['0', m[4], m[5]] : ['0', m[6], m[7]];
  const ms = ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number(m[8]);
  const why = m[4] !== undefined ? 'three-digit minutes' : 'seconds above 59';
  return { ms, next, note: `${which} time "${m[0]}" has ${why}; read as ${clockOf(ms)}` };
}

/** `H:MM:SS.mmm`, for notes about how a time was read. */
function clockOf(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${String(ms % 1000).padStart(3, '0')}`;
}

function readStrictTimestamp(line: string, from: number): { ms: number; next: number } | { error: string } {
  // Digit runs are read as positions and values, not as strings: two timestamps a cue, 30k at 250k words.
  const firstEnd = digitsEnd(line, from);
  const firstLength = firstEnd - from;
  let pos = firstEnd;
  if (firstLength === 0) return { error: `"${shownTimestamp(line, from)}" does not start with a digit` };
  const firstIsHours = firstLength !== 2 || digitsValue(line, from, firstEnd) > 59;
  if (line.charCodeAt(pos) !== COLON)
    return { error: `"${shownTimestamp(line, from)}" is not a timestamp (expected mm:ss.ttt or hh:mm:ss.ttt)` };
  const secondEnd = digitsEnd(line, ++pos);
  if (secondEnd - pos !== 2)
    return { error: `"${shownTimestamp(line, from)}": minutes and seconds must have two digits` };
  const second = digitsValue(line, pos, secondEnd);
  pos = secondEnd;
  let hours = 0;
  let minutes = second;
  let seconds: number;
  if (firstIsHours || line.charCodeAt(pos) === COLON) {
    if (line.charCodeAt(pos) !== COLON)
      return {
        error: `"${shownTimestamp(line, from)}": "${line.slice(from, firstEnd)}" is more than 59 minutes, so hours:minutes:seconds are expected`,
      };
    const thirdEnd = digitsEnd(line, ++pos);
    if (thirdEnd - pos !== 2) return { error: `"${shownTimestamp(line, from)}": seconds must have two digits` };
    // Hours of more than 9 digits are refused below; their value is not needed.
    hours = firstLength > 9 ? 0 : digitsValue(line, from, firstEnd);
    seconds = digitsValue(line, pos, thirdEnd);
    pos = thirdEnd;
  } else {
    minutes = digitsValue(line, from, firstEnd);
    seconds = second;
  }
  if (line.charCodeAt(pos) !== DOT)
    return {
      error: `"${shownTimestamp(line, from)}": expected "." and three digits of milliseconds after the seconds`,
    };
  const fractionEnd = digitsEnd(line, ++pos);
  if (fractionEnd - pos !== 3) return { error: `"${shownTimestamp(line, from)}": milliseconds must have three digits` };
  const fraction = digitsValue(line, pos, fractionEnd);
  pos = fractionEnd;
  if (minutes > 59 || seconds > 59)
    return { error: `"${shownTimestamp(line, from)}": minutes and seconds must be below 60` };
  if (firstLength > 9) return { error: `"${shownTimestamp(line, from)}": the hours are out of range` };
  return { ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction, next: pos };
}

const COLON = 0x3a;
const DOT = 0x2e;

/** Where the run of ASCII digits at `from` ends (`from` when there is none). */
function digitsEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
  return end;
}

/** The value of the digits from `from` to `end` (at most 9 of them: exact). */
function digitsValue(line: string, from: number, end: number): number {
  let value = 0;
  for (let i = from; i < end; i++) value = value * 10 + (line.charCodeAt(i) - 0x30);
  return value;
}

/** The timestamp as written, for messages: up to the next white space, at most 20 characters. */
function shownTimestamp(line: string, from: number): string {
  return quote(line.slice(from, from + 40).split(/\s/, 1)[0] ?? '', 20);
}

function quote(text: string, max = QUOTE_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Cheap: the signature decides (a BOM may precede it). */
function sniff(text: string): number {
  const first = headLines(text.charCodeAt(0) === 0xfeff ? text.slice(1, 400) : text.slice(0, 400), 1)[0] ?? '';
  return hasSignature(first) ? 1 : 0;
}

function parse(text: string): ParsedTranscript {
  const { doc, cueCount, cues } = splitAsRead(text) ?? splitByTheRules(readWebVtt(text));
  const unreadable = unreadableCues(cueCount, doc.badTimings);
  if (unreadable) throw unreadable;
  const result: ParsedTranscript = { format: 'webvtt', cues, metadata: doc.metadata };
  if (doc.skipped.length > 0) result.skipped = doc.skipped;
  if (doc.lenient.length > 0) result.lenient = doc.lenient;
  return result;
}

/** A file's cues split by speaker, with what was read and how many cues there were. */
interface SplitFile {
  doc: WebVttDocument;
  cueCount: number;
  cues: RawCue[];
}

/**
 * Reads the file and splits each cue by every label its lines open with as it is read, while a LabelTally counts
 * what the file's speaker rules decide from: no cue, piece or label outlives its turn (kept for every cue until the
 * rules were known, they were copied by every scavenge). Null when the file must be read whole instead: it may be
 * rolling captions (word-timing tags), recognised from all cues together; its rules reject a label one of its cues
 * opened with (a subtitle file's one-off "The first one: ..."); or no cue has words (the error names the first cue).
 */
function splitAsRead(text: string): SplitFile | null {
  if (mayHaveWordTimingTags(text)) return null;
  const tally = new LabelTally(false);
  const cues: RawCue[] = [];
  let cueCount = 0;
  const doc = readWebVtt(text, (cue) => {
    cueCount++;
    splitByEveryLabel(cues, cue, tally);
  });
  return cues.length > 0 && tally.acceptsEvery() ? { doc, cueCount, cues } : null;
}

/** A file read whole, each cue split by the file's speaker rules (rolling captions without their repeats). */
function splitByTheRules(doc: WebVttDocument): SplitFile {
  const texts = isRollingCaptions(doc.cues)
    ? removeRollingRepeats(doc.cues)
    : doc.cues.map((c) => ({ text: c.text, firstLine: c.timingLine + 1 }));
  const pieces = texts.map((t) => webVttCuePieces(t.text, t.firstLine));
  const rules = speakerRulesFor(pieces, { brackets: false });
  const cues: RawCue[] = [];
  for (let k = 0; k < doc.cues.length; k++) pushSegments(cues, doc.cues[k]!, splitCueBySpeaker(pieces[k]!, rules));
  if (cues.length === 0) throw noUsableCue(doc);
  return { doc, cueCount: doc.cues.length, cues };
}

/** Pushes one cue's segments, split by every label its lines open with (counted in `tally`). */
function splitByEveryLabel(out: RawCue[], cue: WebVttCue, tally: LabelTally): void {
  const { text, startMs, endMs } = cue;
  const line = cue.timingLine + 1;
  // Most cues are one line without tags: read as that line, without pieces.
  if (!text.includes('\n') && !text.includes('<')) {
    const plain = decodeEntities(text);
    const label = tally.addLine(plain);
    const words = collapseWhitespace(label === null ? plain : label.text);
    if (words !== '') out.push({ speaker: label === null ? null : label.speaker, startMs, endMs, text: words, line });
    return;
  }
  const pieces = webVttCuePieces(text, line);
  tally.add(pieces);
  pushSegments(out, cue, splitCueBySpeaker(pieces, everyLabel(false)));
}

/** One RawCue per segment, with the cue's times. */
function pushSegments(out: RawCue[], cue: WebVttCue, segments: readonly CueSegment[]): void {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    out.push({ speaker: s.speaker, startMs: cue.startMs, endMs: cue.endMs, text: s.text, line: s.line });
  }
}

/** Why a file gave no cue with words, pointing at the line to fix. */
function noUsableCue(doc: WebVttDocument): TranscriptError {
  if (doc.cues.length > 0) {
    return new TranscriptError('no-speech', `the WebVTT file has ${doc.cues.length} cue(s) but none with any words`, {
      line: doc.cues[0]!.timingLine,
    });
  }
  if (doc.firstBadTiming) {
    return new TranscriptError(
      'malformed-timestamp',
      `no usable cue in the WebVTT file: ${doc.firstBadTiming.reason}`,
      { line: doc.firstBadTiming.line },
    );
  }
  if (doc.firstUntimedText !== null) {
    return new TranscriptError(
      'malformed-timestamp',
      'no usable cue in the WebVTT file: its text has no cue timing lines (expected a line like "00:00:01.000 --> 00:00:04.000" before each cue)',
      { line: doc.firstUntimedText },
    );
  }
  return new TranscriptError('no-speech', 'the WebVTT file has no cues');
}

/**
 * WebVTT captions and transcripts (Zoom, Teams, YouTube, browsers).
 *
 * @example
 * webvtt.parse('WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nZoë Martin: Morning all!').cues
 * // => [{ speaker: 'Zoë Martin', startMs: 1000, endMs: 3000, text: 'Morning all!', line: 5 }]
 */
export const webvtt: TextFormatParser = {
  format: 'webvtt',
  label: 'WebVTT (.vtt: Zoom, Microsoft Teams, YouTube)',
  extensions: ['vtt'],
  sniff,
  parse,
};
