/**
 * Which format is this text? The content decides; the file name and content type only break ties.
 */
import type { TranscriptFormat } from '../model/transcript';
import { TEXT_FORMATS } from './formats/index';
import type { TextFormatParser } from './types';

export interface FormatHints {
  /** The uploaded file's name, e.g. `standup.vtt`. */
  fileName?: string;
  /** The request's or file's content type, e.g. `text/vtt; charset=utf-8`. */
  contentType?: string;
}

/** Content types that name a format. */
const CONTENT_TYPE_HINTS: Record<string, TranscriptFormat | 'json' | 'docx'> = {
  'text/vtt': 'webvtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
  'text/srt': 'srt',
  'application/json': 'json',
  'text/json': 'json',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Below this score no text parser is believed. */
export const MIN_SNIFF_SCORE = 0.2;
/** What a matching hint adds to a parser's score. */
const HINT_BONUS = 0.25;

/**
 * Text parsers that might read this text, best first, each with its score (hints included).
 *
 * @example
 * rankTextFormats('WEBVTT\n\n00:00.000 --> 00:01.000\nZoë: Hi')[0].parser.format // => 'webvtt'
 */
export function rankTextFormats(text: string, hints: FormatHints = {}): Array<{ parser: TextFormatParser; score: number }> {
  const hinted = hintedFormat(hints);
  return TEXT_FORMATS.map((parser) => {
    let score = safeSniff(parser, text);
    if (score > 0 && (parser.format === hinted || parser.extensions.includes(extensionOf(hints.fileName)))) score += HINT_BONUS;
    return { parser, score };
  })
    .filter((r) => r.score >= MIN_SNIFF_SCORE)
    .sort((a, b) => b.score - a.score);
}

/**
 * The format the hints name, if any.
 *
 * @example
 * hintedFormat({ contentType: 'text/vtt; charset=utf-8' }) // => 'webvtt'
 * hintedFormat({ fileName: 'notes.JSON' })                 // => 'json'
 */
export function hintedFormat(hints: FormatHints): TranscriptFormat | 'json' | 'docx' | null {
  const type = hints.contentType?.split(';')[0]?.trim().toLowerCase();
  if (type && CONTENT_TYPE_HINTS[type]) return CONTENT_TYPE_HINTS[type]!;
  const ext = extensionOf(hints.fileName);
  if (ext === 'json') return 'json';
  if (ext === 'docx') return 'docx';
  return TEXT_FORMATS.find((p) => p.extensions.includes(ext))?.format ?? null;
}

function extensionOf(fileName: string | undefined): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(fileName ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

/** A sniffer that throws is a bug; detection must not crash because of it. */
function safeSniff(parser: TextFormatParser, text: string): number {
  try {
    const s = parser.sniff(text);
    return Number.isFinite(s) ? Math.max(0, Math.min(1, s)) : 0;
  } catch {
    return 0;
  }
}
