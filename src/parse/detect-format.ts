/**
 * Which format is this text? The content decides; the file name and content type only break ties.
 */
import type { TranscriptFormat } from '../model/transcript';
import { TEXT_FORMATS } from './formats/index';
import { headedTable } from './formats/table';
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
  'text/csv': 'table',
  'text/tab-separated-values': 'table',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Below this score no text parser is believed. */
export const MIN_SNIFF_SCORE = 0.2;
/** What a matching hint adds to a parser's score. */
const HINT_BONUS = 0.25;

/**
 * Text parsers that might read this text, best first, each with its score (hints included) and
 * what the content alone scored (`sniffed`).
 *
 * @example
 * rankTextFormats('WEBVTT\n\n00:00.000 --> 00:01.000\nZoë: Hi')[0].parser.format // => 'webvtt'
 */
export function rankTextFormats(
  text: string,
  hints: FormatHints = {},
): Array<{ parser: TextFormatParser; score: number; sniffed: number; hinted: boolean }> {
  const hintedName = hintedFormat(hints);
  // A table plain text would read as paragraphs of cells: the table format reads it, or it is refused.
  const tabular = looksTabular(text) || headedTable(text) !== null;
  const markup = markupKind(text) !== null;
  return TEXT_FORMATS.map((parser) => {
    const hinted = parser.format === hintedName;
    const sniffed = (tabular || markup) && parser.format === 'plain' ? 0 : safeSniff(parser, text);
    const score = sniffed > 0 && hinted ? sniffed + HINT_BONUS : sniffed;
    return { parser, score, sniffed, hinted };
  })
    .filter((r) => r.score >= MIN_SNIFF_SCORE || r.hinted)
    .sort((a, b) => Number(b.hinted) - Number(a.hinted) || b.score - a.score);
}

/**
 * Word-level tables (CTM `file channel start duration word`, TSV `start<TAB>end<TAB>text`) are
 * not transcripts we read; without this check they would pass for one paragraph of plain text.
 *
 * @example
 * looksTabular('test.wav 1 0.5 0.3 hello\ntest.wav 1 0.8 0.4 world') // => true
 */
export function looksTabular(text: string): boolean {
  const lines = text
    .split('\n', 40)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  if (lines.length < 2) return false;
  const tableLike = lines.filter(
    (l) => (l.match(/\t/g)?.length ?? 0) >= 2 || /^\S+\s+\S+\s+\d+(?:\.\d+)?\s+\d+(?:\.\d+)?\s+\S+/.test(l),
  ).length;
  return tableLike / lines.length >= 0.6;
}

/**
 * An XML document (AMI and ICSI NXT word files, TTML captions) or an HTML page, by its first characters: not a
 * transcript we read. Without this check its markup would pass for one unattributed paragraph of plain text.
 *
 * @example
 * markupKind('<?xml version="1.0"?>\n<nite:root>') // => 'XML document'
 * markupKind('<!DOCTYPE html><html>')              // => 'HTML page'
 * markupKind('<Ana> hello, everyone')              // => null
 */
export function markupKind(text: string): 'XML document' | 'HTML page' | null {
  const start = MARKUP_START.exec(text)?.[1]?.toLowerCase();
  if (start === undefined) return null;
  return start === 'html' || /^\s*<!doctype\s+html\b/i.test(text) ? 'HTML page' : 'XML document';
}

/** An XML declaration, a doctype or an HTML root at the start of the text. */
const MARKUP_START = /^\s*<(\?xml|!doctype|html)\b/i;

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
  // `.txt` says little (Zoom, Otter and plain text all use it): only distinctive extensions count.
  if (ext === 'txt') return null;
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
