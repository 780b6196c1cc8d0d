/**
 * Otter.ai's text export (and the same layout in Teams transcripts): the speaker and the start
 * time on one line, the words on the line(s) below, a blank line between turns.
 *
 *     Zoë Adams  0:03
 *     Okay, let's look at the onboarding flow.
 *
 *     Speaker 2  1:02:15
 *     Can you share your screen?
 *
 * Times are start times only (`endMs` is null). The "Transcribed by https://otter.ai" trailer is dropped.
 */
import { TranscriptError } from '../errors';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { looksLikeClock, readClockToken } from './clock-token';
import { isExportBoilerplate } from './export-boilerplate';
import { Preamble } from './preamble';
import { headLines, splitLines } from './text-lines';

/** `Zoë Adams  0:03`: a name, spaces or a tab, a time token, nothing else. */
const SPEAKER_TIME = /^(\S.{0,79}?)[ \t]+(\S{1,24})$/;
/** `0:03` alone: Otter with speaker names switched off. */
const TIME_ONLY = /^\d{1,3}(?::\d{1,2}){1,2}$/;
/** A header line is short; longer lines are text and skip the regexes entirely. */
const MAX_HEADER_CHARS = 110;
/**
 * Characters no speaker name contains; they mark a sentence that happens to end in a time.
 * @example "We meet again at 10:30" is still accepted by shape, but "Sure, at 10:30" is not.
 */
const NOT_IN_NAMES = /[,;:!?"“”…]|\d{4}/;

/**
 * How strictly to look for `Name  M:SS` headers.
 *
 * @example
 * parseSpeakerTimeBlocks(text, { blankLineBeforeHeader: true })  // Otter .txt
 * parseSpeakerTimeBlocks(text, { blankLineBeforeHeader: false }) // paragraphs of a Teams .docx
 */
export interface SpeakerTimeOptions {
  /**
   * Whether a header must follow a blank line (or open the file). True for text exports, where a
   * blank line separates turns; false for Word documents, where every line is its own paragraph.
   */
  blankLineBeforeHeader: boolean;
}

interface SpeakerTimeHeader {
  speaker: string | null;
  startMs: number;
}

function shapeOfHeader(line: string): { speaker: string | null; clock: string } | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_HEADER_CHARS) return null;
  if (TIME_ONLY.test(trimmed)) return { speaker: null, clock: trimmed };
  const m = SPEAKER_TIME.exec(trimmed);
  if (!m) return null;
  const name = m[1]!.trim();
  const clock = m[2]!;
  if (!looksLikeClock(clock) || !isPlausibleName(name)) return null;
  return { speaker: name, clock };
}

function isPlausibleName(name: string): boolean {
  return /^\p{L}/u.test(name) && name.length <= 60 && name.split(/\s+/).length <= 6 && !NOT_IN_NAMES.test(name);
}

/**
 * Reads a `Name  M:SS` header; null when the line is not one. A time-shaped but invalid time
 * (`Zoë  0:75`) throws `malformed-timestamp`.
 *
 * @example
 * readSpeakerTimeHeader('Zoë Adams  1:02:15', 3) // => { speaker: 'Zoë Adams', startMs: 3735000 }
 * readSpeakerTimeHeader('Thanks, see you at 3:30', 4) // => null
 */
export function readSpeakerTimeHeader(line: string, lineNo: number): SpeakerTimeHeader | null {
  const shape = shapeOfHeader(line);
  return shape ? { speaker: shape.speaker, startMs: readClockToken(shape.clock, lineNo) } : null;
}

/** A header stands after a blank line (when required) and has text right below it. */
function inHeaderPosition(lines: readonly string[], i: number, options: SpeakerTimeOptions): boolean {
  if (options.blankLineBeforeHeader && i > 0 && lines[i - 1]!.trim() !== '') return false;
  const next = lines[i + 1];
  return next !== undefined && next.trim() !== '' && shapeOfHeader(next) === null;
}

/**
 * Parses `Name  M:SS` blocks. Used for Otter text and for the same layout inside Word documents.
 *
 * @example
 * parseSpeakerTimeBlocks('Zoë  0:03\nHi all.\n\nŁukasz  0:07\nMorning!\n', { blankLineBeforeHeader: true }).cues
 * // => [{ speaker: 'Zoë', startMs: 3000, endMs: null, text: 'Hi all.', line: 1 },
 * //     { speaker: 'Łukasz', startMs: 7000, endMs: null, text: 'Morning!', line: 4 }]
 */
export function parseSpeakerTimeBlocks(text: string, options: SpeakerTimeOptions): ParsedTranscript {
  const lines = splitLines(text);
  const preamble = new Preamble();
  const cues: RawCue[] = [];
  let current: { cue: RawCue; parts: string[] } | null = null;
  let headers = 0;

  const flush = () => {
    if (!current) return;
    current.cue.text = current.parts.join(' ');
    cues.push(current.cue);
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || isExportBoilerplate(line)) continue;
    const header = inHeaderPosition(lines, i, options) ? readSpeakerTimeHeader(line, i + 1) : null;
    if (header) {
      headers++;
      flush();
      current = {
        cue: { speaker: header.speaker, startMs: header.startMs, endMs: null, text: '', line: i + 1 },
        parts: [],
      };
    } else if (current) {
      current.parts.push(line);
    } else {
      preamble.add(line, i + 1);
    }
  }
  flush();

  if (headers === 0) {
    throw new TranscriptError('invalid-structure', 'no "Name  M:SS" speaker lines followed by text were found', {
      line: 1,
    });
  }
  return { format: 'otter-txt', cues, metadata: preamble.metadata, skipped: preamble.skipped };
}

/**
 * How sure we are that the text is an Otter export: `Name  M:SS` lines with text below, in the first 30 lines.
 *
 * @example
 * sniffOtterTxt('Zoë  0:03\nHi all.\n\nŁukasz  0:07\nMorning!\n') // => 0.9
 * sniffOtterTxt('[Zoë] 19:00:25\nHello!')                          // => 0
 */
export function sniffOtterTxt(text: string): number {
  const lines = headLines(text, 30);
  const options = { blankLineBeforeHeader: true };
  let headers = 0;
  let firstNonBlankIsHeader: boolean | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const isHeader = shapeOfHeader(lines[i]!) !== null && inHeaderPosition(lines, i, options);
    firstNonBlankIsHeader ??= isHeader;
    if (isHeader) headers++;
  }
  if (headers >= 2) return firstNonBlankIsHeader ? 0.9 : 0.75;
  return headers === 1 ? 0.4 : 0;
}

/**
 * The Otter.ai text parser for the format registry.
 *
 * @example
 * otterTxt.parse('Zoë  0:03\nHi all.\n').cues[0].startMs // => 3000
 */
export const otterTxt: TextFormatParser = {
  format: 'otter-txt',
  label: 'Otter.ai text export (Name  0:03, then the words)',
  extensions: ['txt'],
  sniff: sniffOtterTxt,
  parse: (text) => parseSpeakerTimeBlocks(text, { blankLineBeforeHeader: true }),
};
