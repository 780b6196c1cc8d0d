/**
 * Zoom's `meeting_saved_closed_caption.txt`: a `[Name] HH:MM:SS` line, the caption text on the
 * line(s) below, a blank line between captions.
 *
 *     [Zoë Adams] 14:02:05
 *     Morning, everyone.
 *
 * The times are the wall clock of the meeting host, so cues are made relative to the earliest one
 * (kept in `metadata.startClock`). Zoom writes start times only: `endMs` is null.
 * Zoom's chat export (`HH:MM:SS From Name : text`) is chat, not speech, and is not read here.
 */
import { TranscriptError } from '../errors';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { looksLikeClock, readClockToken } from './clock-token';
import { isExportBoilerplate } from './export-boilerplate';
import { Preamble } from './preamble';
import { headLines, splitLines } from './text-lines';

/** `[Zoë Adams] 14:02:05`: a bracketed name, white space, a time token, nothing else. */
const CAPTION_HEADER = /^\[([^\]]{1,200})\]\s+(\S{1,24})$/;
/** A header line is short; longer lines are text and skip the regex entirely. */
const MAX_HEADER_CHARS = 240;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A few stray characters glued before the first header (a doubled or mis-decoded byte-order mark,
 * a control character left by a copy): dropped, so that the first caption is not lost.
 * @example "ï»¿[Zoë] 10:00:01", "\uFEFF\uFEFF[Zoë] 10:00:01", "\u0001[Zoë] 10:00:01"
 */
const STRAY_PREFIX = /^[^\s[\]]{1,8}(?=\[)/;

interface CaptionHeader {
  speaker: string | null;
  clockMs: number;
  clock: string;
}

/**
 * Reads a `[Name] HH:MM:SS` header line; null when the line is not one. A time-shaped but
 * invalid time (`[Zoë] 19:61:00`) throws `malformed-timestamp`.
 *
 * @example
 * readCaptionHeader('[Zoë Adams] 14:02:05', 1) // => { speaker: 'Zoë Adams', clockMs: 50525000, clock: '14:02:05' }
 * readCaptionHeader('[Laughter] haha', 2)      // => null
 */
export function readCaptionHeader(line: string, lineNo: number): CaptionHeader | null {
  const m = shapeOfHeader(line);
  if (!m) return null;
  const speaker = m.name.trim();
  return { speaker: speaker === '' ? null : speaker, clockMs: readClockToken(m.clock, lineNo), clock: m.clock };
}

function shapeOfHeader(line: string): { name: string; clock: string } | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('[') || trimmed.length > MAX_HEADER_CHARS) return null;
  const m = CAPTION_HEADER.exec(trimmed);
  if (!m || !looksLikeClock(m[2]!)) return null;
  return { name: m[1]!, clock: m[2]! };
}

/**
 * Parses a Zoom closed-caption text file.
 *
 * @example
 * parseZoomTxt('[Zoë] 19:00:25\nHello!\n\n[Łukasz] 19:00:31\nHi.\n').cues
 * // => [{ speaker: 'Zoë', startMs: 0, endMs: null, text: 'Hello!', line: 1 },
 * //     { speaker: 'Łukasz', startMs: 6000, endMs: null, text: 'Hi.', line: 4 }]
 */
export function parseZoomTxt(text: string): ParsedTranscript {
  const lines = splitLines(text);
  const preamble = new Preamble();
  const cues: RawCue[] = [];
  const clocks: Array<{ ms: number; clock: string }> = [];
  let current: { header: CaptionHeader; line: number; parts: string[] } | null = null;
  let headers = 0;

  const flush = () => {
    if (!current) return;
    const body = current.parts.join(' ');
    if (body === '') {
      preamble.skipped.push({
        line: current.line,
        reason: `caption header "[${current.header.speaker ?? ''}] ${current.header.clock}" has no text`,
      });
    } else {
      cues.push({ speaker: current.header.speaker, startMs: null, endMs: null, text: body, line: current.line });
      clocks.push({ ms: current.header.clockMs, clock: current.header.clock });
    }
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line === '') continue;
    if (headers === 0) {
      const stray = STRAY_PREFIX.exec(line);
      if (stray && shapeOfHeader(line.slice(stray[0].length))) {
        const reason = `${JSON.stringify(stray[0])} before the first caption header was dropped`;
        preamble.skipped.push({ line: i + 1, reason });
        line = line.slice(stray[0].length);
      }
    }
    const header = readCaptionHeader(line, i + 1);
    if (header) {
      headers++;
      flush();
      current = { header, line: i + 1, parts: [] };
    } else if (isExportBoilerplate(line)) {
      continue;
    } else if (current) {
      current.parts.push(line);
    } else {
      preamble.add(line, i + 1);
    }
  }
  flush();

  if (headers === 0) {
    throw new TranscriptError(
      'invalid-structure',
      'no Zoom caption headers ("[Name] HH:MM:SS" on a line of their own) were found',
      { line: 1 },
    );
  }
  const start = applyRelativeTimes(cues, clocks);
  if (start !== null) preamble.put('startClock', start);
  return { format: 'zoom-txt', cues, metadata: preamble.metadata, skipped: preamble.skipped };
}

/**
 * Wall-clock times to milliseconds from the earliest cue. A jump back of more than 12 hours is a
 * meeting that ran past midnight. Returns the earliest clock as written.
 */
function applyRelativeTimes(cues: RawCue[], clocks: Array<{ ms: number; clock: string }>): string | null {
  let dayOffset = 0;
  let previous: number | null = null;
  const absolute = clocks.map(({ ms }) => {
    if (previous !== null && ms + dayOffset < previous - DAY_MS / 2) dayOffset += DAY_MS;
    previous = ms + dayOffset;
    return previous;
  });
  if (absolute.length === 0) return null;
  let earliest = 0;
  absolute.forEach((ms, i) => {
    if (ms < absolute[earliest]!) earliest = i;
  });
  const base = absolute[earliest]!;
  cues.forEach((cue, i) => {
    cue.startMs = absolute[i]! - base;
  });
  return clocks[earliest]!.clock;
}

/**
 * How sure we are that the text is a Zoom caption file: `[Name] HH:MM:SS` headers in the first 30 lines.
 *
 * @example
 * sniffZoomTxt('[Zoë] 19:00:25\nHello!\n\n[Łukasz] 19:00:31\nHi.\n') // => 0.95
 * sniffZoomTxt('Zoë: Hello!')                                          // => 0
 */
export function sniffZoomTxt(text: string): number {
  const lines = headLines(text, 30).filter((l) => l.trim() !== '');
  const headers = lines.filter((l) => shapeOfHeader(l) !== null).length;
  if (headers === 0) return 0;
  const firstIsHeader = shapeOfHeader(lines[0]!) !== null;
  if (firstIsHeader && headers >= 2) return 0.95;
  if (headers / lines.length >= 0.2) return 0.75;
  return 0.3;
}

/**
 * The Zoom closed-caption text parser for the format registry.
 *
 * @example
 * zoomTxt.parse('[Zoë] 19:00:25\nHello!\n').cues[0].speaker // => 'Zoë'
 */
export const zoomTxt: TextFormatParser = {
  format: 'zoom-txt',
  label: 'Zoom closed captions (meeting_saved_closed_caption.txt)',
  extensions: ['txt'],
  sniff: sniffZoomTxt,
  parse: parseZoomTxt,
};
