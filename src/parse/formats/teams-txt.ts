/**
 * Microsoft Teams' "copy transcript" text: what lands in the clipboard (and then in a .txt file)
 * when a user copies a Teams meeting transcript. A timing line, the speaker's name alone on the next
 * line, then the words; no `WEBVTT` header and no blank lines between cues. Teams writes the times
 * padded (`00:01:02.500`) or short (`0:0:3.410`).
 *
 *     00:01:02.500 --> 00:01:05.000
 *     Maria Lopez
 *     Can we take the budget first?
 *     0:1:5.0 --> 0:1:9.120
 *     Jan Novák
 *     Sure.
 *
 * The timing lines are read by the WebVTT timing rules (webvtt.ts), the same leniency included.
 * A cue's `line` is its timing line. Teams' classic .docx holds the same layout, one paragraph a line
 * (docx.ts reads it with this parser).
 */
import { TranscriptError } from '../errors';
import { splitSpeakerPrefix } from '../speaker-prefix';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { isExportBoilerplate } from './export-boilerplate';
import { Preamble } from './preamble';
import { headLines, splitLines } from './text-lines';
import { unreadableCues } from './unreadable-cues';
import { parseCueTimings } from './webvtt';

const ARROW = '-->';
/** A name line is short; Teams shows display names, not sentences. */
const MAX_NAME_CHARS = 60;

/**
 * True when a line can be a display name: a speaker label by the shared rules, without sentence punctuation.
 *
 * @example
 * isNameLine('Maria Lopez')                    // => true
 * isNameLine('Can we take the budget first?')  // => false
 */
export function isNameLine(line: string): boolean {
  const name = line.trim();
  if (name === '' || name.length > MAX_NAME_CHARS || name.includes(ARROW)) return false;
  return splitSpeakerPrefix(`${name}: -`)?.speaker === name;
}

interface Block {
  timingLine: number;
  timing: string;
  /** The non-blank lines after the timing line, with their 1-based numbers. */
  lines: Array<{ text: string; line: number }>;
}

/** Splits the text at its `-->` lines; what comes before the first one is the preamble. */
function blocksOf(lines: readonly string[]): { before: Array<{ text: string; line: number }>; blocks: Block[] } {
  const before: Array<{ text: string; line: number }> = [];
  const blocks: Block[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text.includes(ARROW)) blocks.push({ timingLine: i + 1, timing: text, lines: [] });
    else if (text !== '' && !isExportBoilerplate(text)) {
      (blocks[blocks.length - 1]?.lines ?? before).push({ text, line: i + 1 });
    }
  });
  return { before, blocks };
}

/**
 * Parses a copied Teams transcript.
 *
 * @example
 * parseTeamsTxt('0:0:3.410 --> 0:0:5.0\nМария Иванова\nДоброе утро.\n').cues
 * // => [{ speaker: 'Мария Иванова', startMs: 3410, endMs: 5000, text: 'Доброе утро.', line: 1 }]
 */
export function parseTeamsTxt(text: string): ParsedTranscript {
  const { before, blocks } = blocksOf(splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  const preamble = new Preamble();
  for (const b of before) preamble.add(b.text, b.line);
  const cues: RawCue[] = [];
  const bad: Array<{ line: number; reason: string }> = [];
  const lenient: Array<{ line: number; reason: string }> = [];
  for (const block of blocks) {
    const timing = parseCueTimings(block.timing);
    if ('error' in timing) {
      const reason = `cue timing "${block.timing.slice(0, 60)}" is not valid: ${timing.error}; the cue was skipped`;
      bad.push({ line: block.timingLine, reason });
      continue;
    }
    for (const note of timing.notes ?? []) lenient.push({ line: block.timingLine, reason: note });
    const [first, ...rest] = block.lines;
    if (!first) {
      preamble.skipped.push({ line: block.timingLine, reason: 'a timing line with nothing after it was skipped' });
      continue;
    }
    const named = rest.length > 0 && isNameLine(first.text);
    // A cue of one line has no name line; it may still say `Name: text`.
    const prefixed = rest.length === 0 ? splitSpeakerPrefix(first.text) : null;
    const words = named ? rest.map((w) => w.text) : prefixed ? [prefixed.text] : block.lines.map((w) => w.text);
    cues.push({
      speaker: named ? first.text : (prefixed?.speaker ?? null),
      startMs: timing.startMs,
      endMs: timing.endMs,
      text: words.join(' '),
      line: block.timingLine,
    });
  }
  const rejected = unreadableCues(cues.length, bad);
  if (rejected) throw rejected;
  if (cues.length === 0) {
    const line = blocks[0]?.timingLine ?? 1;
    throw new TranscriptError('no-speech', 'the Teams transcript has no cues with words', { line });
  }
  const skipped = [...preamble.skipped, ...bad];
  const parsed: ParsedTranscript = { format: 'teams-txt', cues, metadata: preamble.metadata, skipped };
  if (lenient.length > 0) parsed.lenient = lenient;
  return parsed;
}

/**
 * How sure we are that the text is a copied Teams transcript: it opens with a timing line, has no
 * `WEBVTT` header, and most timing lines are followed by a name line and then words (0.9). One such
 * cue alone scores 0.6; a header-less WebVTT file with one line per cue scores 0.
 *
 * @example
 * sniffTeamsTxt('00:00:01.000 --> 00:00:02.000\nAna\nHi.\n00:00:02.000 --> 00:00:03.000\nBo\nHello.') // => 0.9
 * sniffTeamsTxt('00:00:01.000 --> 00:00:02.000\nCaption one\n\n00:00:02.000 --> 00:00:03.000\nCaption two') // => 0
 */
export function sniffTeamsTxt(text: string): number {
  const lines = headLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 40);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const first = firstIndex === -1 ? '' : lines[firstIndex]!;
  if (!first.includes(ARROW) || 'error' in parseCueTimings(first)) return 0;
  const { blocks } = blocksOf(lines);
  // The last block may be cut by the head; judge the complete ones.
  const judged = blocks.length > 1 ? blocks.slice(0, -1) : blocks;
  const named = judged.filter((b) => b.lines.length >= 2 && isNameLine(b.lines[0]!.text));
  if (named.length === 0) return 0;
  if (judged.length === 1) return 0.6;
  return named.length / judged.length >= 0.6 ? 0.9 : 0;
}

/**
 * The copied-Teams-transcript parser for the format registry.
 *
 * @example
 * teamsTxt.parse('00:01:02.500 --> 00:01:05.000\nMaria Lopez\nCan we start?').cues[0].speaker // => 'Maria Lopez'
 */
export const teamsTxt: TextFormatParser = {
  format: 'teams-txt',
  label: 'Microsoft Teams copied transcript (timing line, name line, text; no WEBVTT header)',
  extensions: ['txt'],
  sniff: sniffTeamsTxt,
  parse: parseTeamsTxt,
};
