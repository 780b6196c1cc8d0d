/**
 * Text written by diarised speech-to-text scripts (pyannote for who, Whisper for what), in the two
 * layouts they commonly print:
 *
 *     0:01:02	SPEAKER_07                    [0:01:02.120000 - 0:01:04] SPEAKER_01 - Shall we start?
 *     	Shall we start?                       [0:01:04.500000 - 0:01:07.250000] UNKNOWN - Yes.
 *     0:01:04	None
 *     	Yes.
 *
 * `tab`: a start time, a tab and the speaker label on one line, the words indented below (start
 * times only). `range`: one line per segment, `[start - end] LABEL - text`, with times in Python's
 * `timedelta` form (microsecond fractions, or none when the fraction is zero).
 * The labels `None` and `UNKNOWN` are what the scripts print for speech no speaker was found for:
 * unattributed, not a person. Users often replace SPEAKER_07 by a name; any label is kept as written.
 */
import { TranscriptError } from '../errors';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { readClockToken } from './clock-token';
import { Preamble } from './preamble';
import { headLines, splitLines } from './text-lines';

type Layout = 'tab' | 'range';

/** A clock time as Python prints a timedelta: `H:MM:SS` or `H:MM:SS.ffffff` (we accept 1-9 fraction digits). */
const CLOCK = String.raw`\d{1,3}:\d{2}:\d{2}(?:[.,]\d{1,9})?`;
/** `0:01:02<TAB>SPEAKER_07`: a time, a tab, a label (up to 60 characters), nothing else. */
const TAB_HEADER = new RegExp(String.raw`^(${CLOCK})\t+([^\t]{1,60}?)\s*$`);
/** `[0:01:02.120000 - 0:01:04] SPEAKER_01 - text` (the ` - ` after the label is required; the text may be empty). */
const RANGE_LINE = new RegExp(String.raw`^\[\s*(${CLOCK})\s*-\s*(${CLOCK})\s*\]\s+(.{1,60}?)\s+-(?:\s+(.*))?$`);
/** What the scripts print when no speaker was assigned to a segment. */
const UNATTRIBUTED = new Set(['none', 'unknown']);
/** Header and segment lines are short at their start; only this much of a line is matched. */
const HEAD_CHARS = 200;

function speakerOf(label: string): string | null {
  const trimmed = label.trim();
  return UNATTRIBUTED.has(trimmed.toLowerCase()) ? null : trimmed;
}

/** The `range` pattern reads the head of a line; the text is the rest of the full line. */
function readRangeLine(line: string, lineNo: number): RawCue | null {
  const m = RANGE_LINE.exec(line.slice(0, HEAD_CHARS));
  if (!m) return null;
  // The pattern is anchored at 0, so the text starts where the match ends minus what it captured of the text.
  const textStart = m[0].length - (m[4]?.length ?? 0);
  return {
    speaker: speakerOf(m[3]!),
    startMs: readClockToken(m[1]!, lineNo),
    endMs: readClockToken(m[2]!, lineNo),
    text: line.slice(textStart).trim(),
    line: lineNo,
  };
}

function readTabHeader(line: string, lineNo: number): { speaker: string | null; startMs: number } | null {
  const m = TAB_HEADER.exec(line.slice(0, HEAD_CHARS));
  if (!m || line.length > HEAD_CHARS) return null;
  return { speaker: speakerOf(m[2]!), startMs: readClockToken(m[1]!, lineNo) };
}

/** Which layout the head of the text is in, and how many of its lines fit it. */
function layoutOf(text: string): { layout: Layout; hits: number; nonBlank: number; firstFits: boolean } | null {
  const lines = headLines(text, 30).filter((l) => l.trim() !== '');
  let tab = 0;
  let range = 0;
  for (const line of lines) {
    try {
      if (readRangeLine(line.trim(), 0)) range++;
      else if (readTabHeader(line.trimEnd(), 0)) tab++;
    } catch {
      // A malformed time still shows the layout; the parser reports it with its line.
      if (line.trim().startsWith('[')) range++;
      else tab++;
    }
  }
  if (tab === 0 && range === 0) return null;
  const layout: Layout = range >= tab ? 'range' : 'tab';
  const first = lines[0]!;
  const firstFits =
    layout === 'range' ? RANGE_LINE.test(first.trim().slice(0, HEAD_CHARS)) : TAB_HEADER.test(first.trimEnd());
  return { layout, hits: Math.max(tab, range), nonBlank: lines.length, firstFits };
}

/**
 * Parses a diarised speech-to-text text export in either layout.
 *
 * @example
 * parseDiarizedTxt('0:00:03\tSPEAKER_07\n\tShall we start?\n0:00:05\tNone\n\tYes.\n').cues
 * // => [{ speaker: 'SPEAKER_07', startMs: 3000, endMs: null, text: 'Shall we start?', line: 1 },
 * //     { speaker: null, startMs: 5000, endMs: null, text: 'Yes.', line: 3 }]
 * parseDiarizedTxt('[0:01:02.120000 - 0:01:04] SPEAKER_01 - Hi.\n').cues[0]
 * // => { speaker: 'SPEAKER_01', startMs: 62120, endMs: 64000, text: 'Hi.', line: 1 }
 */
export function parseDiarizedTxt(text: string): ParsedTranscript {
  const layout = layoutOf(text)?.layout ?? 'range';
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const preamble = new Preamble();
  const cues: RawCue[] = [];
  let open: RawCue | null = null;
  let segments = 0;
  const flush = () => {
    if (open === null) return;
    const who = open.speaker ?? 'None';
    if (open.text === '') preamble.skipped.push({ line: open.line, reason: `the segment of "${who}" has no words` });
    else cues.push(open);
    open = null;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '') return;
    if (layout === 'range') {
      const cue = readRangeLine(raw.trim(), lineNo);
      if (cue) {
        flush();
        segments++;
        open = cue;
      } else if (open !== null) {
        // A segment's text wrapped onto the next line.
        const current: RawCue = open;
        current.text = current.text === '' ? raw.trim() : `${current.text} ${raw.trim()}`;
      } else {
        preamble.add(raw, lineNo);
      }
      return;
    }
    const header = /^\s/.test(raw) ? null : readTabHeader(raw.trimEnd(), lineNo);
    if (header) {
      flush();
      segments++;
      open = { speaker: header.speaker, startMs: header.startMs, endMs: null, text: '', line: lineNo };
    } else if (open !== null) {
      const current: RawCue = open;
      current.text = current.text === '' ? raw.trim() : `${current.text} ${raw.trim()}`;
    } else {
      preamble.add(raw, lineNo);
    }
  });
  flush();

  if (segments === 0) {
    const shape =
      layout === 'range'
        ? '"[0:00:01.000000 - 0:00:04] SPEAKER_00 - text"'
        : '"0:00:01<TAB>SPEAKER_00" with the text indented below';
    throw new TranscriptError('invalid-structure', `no diarised segment lines (${shape}) were found`, { line: 1 });
  }
  if (cues.length === 0) {
    const message = `the diarised transcript has ${segments} segment(s) but none with words`;
    throw new TranscriptError('no-speech', message, { line: 1 });
  }
  return { format: 'diarized-txt', cues, metadata: preamble.metadata, skipped: preamble.skipped };
}

/**
 * How sure we are that the text is a diarised speech-to-text export: 0.9 when it opens with a
 * segment line and at least two of the first 30 lines are segments, 0.7 when segments are a fifth of
 * the lines, 0.5 for one segment line alone; 0 otherwise.
 *
 * @example
 * sniffDiarizedTxt('[0:00:01.500000 - 0:00:03] SPEAKER_00 - Hi.\n[0:00:03 - 0:00:04.25] UNKNOWN - Hello.') // => 0.9
 * sniffDiarizedTxt('Zoë: Hi.')                                                                                // => 0
 */
export function sniffDiarizedTxt(text: string): number {
  const found = layoutOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!found) return 0;
  if (found.firstFits && found.hits >= 2) return 0.9;
  if (found.hits / found.nonBlank >= 0.2 && found.hits >= 2) return 0.7;
  return found.firstFits ? 0.5 : 0.2;
}

/**
 * The diarised speech-to-text text parser for the format registry.
 *
 * @example
 * diarizedTxt.parse('[0:00:01 - 0:00:02] Ana - Hola.').cues[0].speaker // => 'Ana'
 */
export const diarizedTxt: TextFormatParser = {
  format: 'diarized-txt',
  label: 'Diarised speech-to-text (0:01:02<TAB>SPEAKER_07, text indented; [0:01:02.1 - 0:01:04] SPEAKER_01 - text)',
  extensions: ['txt'],
  sniff: sniffDiarizedTxt,
  parse: parseDiarizedTxt,
};
