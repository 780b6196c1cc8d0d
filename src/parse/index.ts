/**
 * Ingestion: file bytes to a Transcript. Decode, detect the format, parse, normalise.
 * Every failure is a TranscriptError that says what was wrong and where.
 */
import type { Transcript } from '../model/transcript';
import { decodeText } from './decode';
import { hintedFormat, looksTabular, markupKind, rankTextFormats, type FormatHints } from './detect-format';
import { TranscriptError } from './errors';
import { describeJsonShape, isDocx, JSON_FORMATS, parseDocx, TEXT_FORMATS } from './formats/index';
import { describeTableText, headedTable } from './formats/table';
import { normalize } from './normalize';
import type { ParsedTranscript } from './types';

export type { FormatHints } from './detect-format';

/** One JSON literal and nothing else. */
const BARE_JSON_VALUE = /^(?:null|true|false|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\\n]|\\.)*")\s*$/;

/**
 * `[` followed by what can open a JSON array's first element (or close it). `[0:01:02.12 - 0:01:04] SPEAKER_01`,
 * `[Music]` and `[Zoë] 10:00:01` start with `[` too, but are text and go to the text readers.
 */
const JSON_ARRAY_START = /^\[\s*(?:[{["\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]]|(?:true|false|null)\s*[,\]]|$)/;

/** How close to the best sniff score another format must be to be tried when the best one fails. */
const FALLBACK_MARGIN = 0.15;
/** When the format the file name claims fails, another format must be at least this sure to be used instead. */
const CONFIDENT_SCORE = 0.5;
export { TranscriptError } from './errors';

/** Every format we accept, for error messages and the README. */
export const ACCEPTED_FORMATS: readonly string[] = [
  ...TEXT_FORMATS.map((p) => p.label),
  ...JSON_FORMATS.map((p) => p.label),
  'Word document (.docx) exported by Microsoft Teams or Google Meet',
];

/**
 * Reads an uploaded transcript.
 *
 * @example
 * const t = ingest(new TextEncoder().encode('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nZoë: Shall we start?\n'), { fileName: 'standup.vtt' });
 * // t.format => 'webvtt'; t.speakers[0].name => 'Zoë'; t.utterances[0].startMs => 1000
 */
export function ingest(bytes: Uint8Array, hints: FormatHints = {}): Transcript {
  if (bytes.length === 0) throw new TranscriptError('empty-input', 'the file is empty (0 bytes)');
  if (isDocx(bytes)) return normalize(parseDocx(bytes), { encoding: 'docx' });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && hintedFormat(hints) === 'docx') {
    throw new TranscriptError(
      'invalid-docx',
      'the file is a ZIP archive but not a Word document (no word/document.xml inside)',
    );
  }
  const { text, encoding } = decodeText(bytes);
  return normalize(parseText(text, hints), { encoding });
}

/**
 * Detects the format of decoded text and parses it (without normalising).
 *
 * @example
 * parseText('[Zoë] 10:00:01\nHello\n').format // => 'zoom-txt'
 */
export function parseText(text: string, hints: FormatHints = {}): ParsedTranscript {
  const trimmed = text.trimStart();
  const looksJson = trimmed.startsWith('{') || JSON_ARRAY_START.test(trimmed);
  // A bare JSON value (`null`, `42`, `"text"`) is JSON, not one word of plain text. Text that starts
  // like JSON is JSON when the hints say so or no text format is sure; the content decides the rest.
  if (BARE_JSON_VALUE.test(trimmed)) return parseJsonText(text);
  const ranked = rankTextFormats(text, hints);
  if (looksJson && (hintedFormat(hints) === 'json' || ranked.length === 0 || ranked[0]!.score < 0.5)) {
    const json = readJson(text);
    if (json.ok) return parseJsonValue(json.value);
    // "[00:00:04] Ana: Morning" starts like JSON but is a transcript line: when the text is not JSON,
    // a text format gets its chance, and wins if it finds a speaker or a time. Anything less (one
    // unattributed paragraph of `{"segments": [`) is broken JSON, and that error stands.
    if (hintedFormat(hints) === 'json' || ranked.length === 0) throw json.error;
    const asText = parseQuietly(() => parseRankedText(text, ranked));
    if (asText?.cues.some((c) => c.speaker !== null || c.startMs !== null)) return asText;
    throw json.error;
  }

  if (ranked.length === 0) {
    const markup = markupKind(text);
    const seen =
      looksTabular(text) || headedTable(text) !== null
        ? describeTableText(text)
        : markup !== null
          ? `an ${markup} starting with ${quoteStart(text)}, which is not supported (export the transcript as text, VTT, SRT or JSON)`
          : `text starting with ${quoteStart(text)}`;
    throw new TranscriptError(
      'unknown-format',
      `could not recognise the transcript format: the file is ${seen}. Accepted formats: ${ACCEPTED_FORMATS.join('; ')}`,
      {
        line: 1,
        details: { accepted: ACCEPTED_FORMATS },
      },
    );
  }
  return parseRankedText(text, ranked);
}

/**
 * The best candidate's error is the one worth reporting. A close runner-up gets a chance when it
 * fails; a clearly weaker one does not (a broken SRT must not come back as "plain text").
 * A format named by the file's extension or content type goes first, and its error is the one reported.
 */
function parseRankedText(text: string, ranked: ReturnType<typeof rankTextFormats>): ParsedTranscript {
  let firstError: unknown = null;
  // The hinted format's own content score counts too: a file that is certainly WebVTT by its first
  // line, sent as text/vtt, must not fall back to plain text when it has no cues ("Kind: captions"
  // read as a speaker called Kind).
  const best = Math.max(...ranked.map((r) => r.sniffed), 0);
  const hintedFirst = ranked[0]!.hinted;
  for (const { parser } of ranked.filter(
    (r) => r.hinted || (r.score >= best - FALLBACK_MARGIN && (!hintedFirst || r.score >= CONFIDENT_SCORE)),
  )) {
    try {
      return parser.parse(text);
    } catch (err) {
      if (!(err instanceof TranscriptError)) throw internalParserError(parser.format, err);
      firstError ??= err;
    }
  }
  throw firstError;
}

function parseQuietly(parse: () => ParsedTranscript): ParsedTranscript | null {
  try {
    return parse();
  } catch {
    return null;
  }
}

function parseJsonText(text: string): ParsedTranscript {
  const json = readJson(text);
  if (!json.ok) throw json.error;
  return parseJsonValue(json.value);
}

/** JSON.parse, with a syntax error turned into `malformed-json` at its line and column. */
function readJson(text: string): { ok: true; value: unknown } | { ok: false; error: TranscriptError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const { line, column } = jsonErrorPosition(text, err);
    const message = `the JSON is not valid${line ? ` (line ${line}, column ${column})` : ''}: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, error: new TranscriptError('malformed-json', message, { line }) };
  }
}

function parseJsonValue(value: unknown): ParsedTranscript {
  const parser = JSON_FORMATS.find((p) => safeMatches(p.matches.bind(p), value));
  if (!parser) {
    throw new TranscriptError(
      'unknown-format',
      `not a transcript JSON we know: ${describeJsonShape(value)}. Accepted JSON formats: ${JSON_FORMATS.map((p) => p.label).join('; ')}`,
      {
        details: { accepted: JSON_FORMATS.map((p) => p.label) },
      },
    );
  }
  try {
    return parser.parse(value);
  } catch (err) {
    if (err instanceof TranscriptError) throw err;
    throw internalParserError(parser.format, err);
  }
}

function safeMatches(matches: (v: unknown) => boolean, value: unknown): boolean {
  try {
    return matches(value);
  } catch {
    return false;
  }
}

/** A parser bug must still reach the user as a typed error, not a crash. */
function internalParserError(format: string, err: unknown): TranscriptError {
  const why = err instanceof Error ? err.message : String(err);
  return new TranscriptError('invalid-structure', `the ${format} parser could not read this file (${why})`);
}

/** V8 reports JSON syntax errors by character position; users need a line and column. */
function jsonErrorPosition(text: string, err: unknown): { line: number | null; column: number | null } {
  const msg = err instanceof Error ? err.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(msg);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const pos = /position (\d+)/.exec(msg);
  if (!pos) return { line: null, column: null };
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

function quoteStart(text: string): string {
  const first = text.trim().split('\n')[0] ?? '';
  return JSON.stringify(first.length > 80 ? `${first.slice(0, 80)}...` : first);
}
