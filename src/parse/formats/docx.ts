/**
 * Word (.docx) transcripts as Microsoft Teams and Google Meet export them. The document is
 * unpacked (word/document.xml only), its paragraphs read as lines, and the layout recognised:
 *
 * - Teams, classic: `0:0:3.120 --> 0:0:5.100`, then the speaker, then the words;
 * - Teams, current (and Otter's .docx): `Zoë Adams   0:03` or `Zoë Adams   00:00:03`, then the words;
 * - Google Meet: a title, "Attendees", "Transcript", `00:00:00` markers every few minutes,
 *   then `Name: text` paragraphs (read by the plain-text parser).
 *
 * A cue's `line` is the number of its paragraph in the document (Word has no lines).
 */
import { TranscriptError } from '../errors';
import type { ParsedTranscript } from '../types';
import { looksLikeClock } from './clock-token';
import { namesDocumentPart, readDocumentPart, startsLikeZip } from './docx-archive';
import { readParagraphs } from './docx-paragraphs';
import { parseSpeakerTimeBlocks } from './otter-txt';
import { parsePlainText } from './plain-text';
import { parseTeamsTxt } from './teams-txt';
import { splitLines } from './text-lines';

/** `0:0:3.120 --> 0:0:5.100`: a start and an end time around an arrow. */
const CUE_TIMING = /^(\S{1,20})\s*-->\s*(\S{1,20})$/;

/**
 * True when the bytes are a ZIP archive that names a `word/document.xml` part: a .docx.
 * Cheap: no unpacking.
 *
 * @example
 * isDocx(teamsDocxBytes)                      // => true
 * isDocx(new TextEncoder().encode('WEBVTT'))  // => false
 */
export function isDocx(bytes: Uint8Array): boolean {
  return startsLikeZip(bytes) && namesDocumentPart(bytes);
}

/**
 * Parses a Teams or Google Meet .docx transcript. Throws `invalid-docx` for a damaged or
 * oversized archive, or a ZIP that is not a Word document.
 *
 * @example
 * const parsed = parseDocx(teamsDocxBytes);
 * // parsed.format => 'docx'
 * // parsed.cues[0] => { speaker: 'Zoë Adams', startMs: 3000, endMs: null, text: 'Morning, all. ...', line: 6 } (paragraph 6)
 */
export function parseDocx(bytes: Uint8Array): ParsedTranscript {
  if (!startsLikeZip(bytes))
    throw new TranscriptError('invalid-docx', 'not a ZIP archive, so not a .docx Word document');
  const paragraphs = readParagraphs(decodeXml(readDocumentPart(bytes)));
  // Line breaks inside a paragraph become lines; each line remembers its paragraph. Empty
  // paragraphs are spacing, not structure, and are left out. A carriage return in the text breaks
  // the line too, as it does for the text parsers these lines go to (else their line numbers and
  // this map disagree).
  const lines: string[] = [];
  const paragraphOfLine: number[] = [];
  paragraphs.forEach((paragraph, i) => {
    for (const line of splitLines(paragraph)) {
      if (line.trim() === '') continue;
      lines.push(line);
      paragraphOfLine.push(i + 1);
    }
  });
  if (lines.length === 0) {
    throw new TranscriptError('no-speech', `the Word document holds no text (${paragraphs.length} empty paragraph(s))`);
  }
  const toParagraph = (line: number | null): number | null =>
    line === null ? null : (paragraphOfLine[line - 1] ?? null);
  let parsed: ParsedTranscript;
  try {
    parsed = interpretLines(lines);
  } catch (err) {
    if (!(err instanceof TranscriptError) || err.line === null) throw err;
    const paragraph = toParagraph(err.line);
    throw new TranscriptError(err.code, `${err.message} (paragraph ${paragraph} of the Word document)`, {
      line: paragraph,
      details: err.details ?? undefined,
    });
  }
  return {
    ...parsed,
    format: 'docx',
    cues: parsed.cues.map((cue) => ({ ...cue, line: toParagraph(cue.line) })),
    skipped: parsed.skipped?.map((s) => ({ ...s, line: toParagraph(s.line) })),
  };
}

/**
 * Picks the layout: classic Teams timings, `Name  0:03` headers, or plain `Name: text`. The header
 * layout must name speakers: Google Meet's bare `00:05:00` markers also look like headers.
 */
function interpretLines(lines: string[]): ParsedTranscript {
  // Classic Teams paragraphs are the layout Teams' "copy transcript" puts on the clipboard: one reader for both.
  if (lines.some((l) => timingOf(l) !== null)) return parseTeamsTxt(lines.join('\n'));
  const text = lines.join('\n');
  try {
    const blocks = parseSpeakerTimeBlocks(text, { blankLineBeforeHeader: false });
    if (blocks.cues.some((cue) => cue.speaker !== null)) return blocks;
  } catch (err) {
    if (!(err instanceof TranscriptError) || err.code !== 'invalid-structure') throw err;
  }
  return parsePlainText(text);
}

function timingOf(line: string): { start: string; end: string } | null {
  const trimmed = line.trim();
  if (trimmed.length > 50) return null;
  const m = CUE_TIMING.exec(trimmed);
  return m && looksLikeClock(m[1]!) && looksLikeClock(m[2]!) ? { start: m[1]!, end: m[2]! } : null;
}

/** document.xml is UTF-8 in practice; UTF-16 is allowed by XML and announced by a BOM. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
