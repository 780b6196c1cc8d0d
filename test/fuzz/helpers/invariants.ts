/**
 * The fuzzing invariants, as plain functions that throw a descriptive Error when violated (so a
 * fast-check property can simply call them):
 *
 * - ingest() returns a Transcript that satisfies the zod schema, or throws a TranscriptError with a
 *   known code and a message; a line-specific error names a line that exists in the file;
 * - never another exception, and never a parser crash wrapped as "the X parser could not read this file";
 * - each parser's sniff() / matches() / parse() obeys its own contract the same way.
 */
import { Transcript } from '../../../src/model/transcript';
import { TRANSCRIPT_ERROR_CODES, TranscriptError } from '../../../src/parse/errors';
import { ingest, type FormatHints } from '../../../src/parse/index';
import type { JsonFormatParser, ParsedTranscript, TextFormatParser } from '../../../src/parse/types';

/** Codes whose error always points at a place in the file: a timing that is not a time is on some line. */
const LINE_SPECIFIC = new Set(['malformed-timestamp']);
/** What ingest() wraps a parser's own crash in (src/parse/index.ts internalParserError): a bug, not an answer. */
const WRAPPED_CRASH = /parser could not read this file/;
/** Signs of a value that was never meant to reach a user's eyes. */
const BROKEN_MESSAGE = /\bundefined\b|\bNaN\b|\[object Object\]/;

/** @example { ok: false, error: new TranscriptError('no-speech', 'the file has no spoken text') } */
export type IngestOutcome = { ok: true; transcript: Transcript } | { ok: false; error: TranscriptError };

/**
 * Runs ingest() and checks the invariant; returns what happened.
 *
 * @example
 * const outcome = checkIngest(new TextEncoder().encode('Ana: hi\n'), {});
 * // outcome.ok === true; outcome.transcript.format === 'plain'
 */
export function checkIngest(bytes: Uint8Array, hints: FormatHints): IngestOutcome {
  let transcript: Transcript;
  try {
    transcript = ingest(bytes, hints);
  } catch (err) {
    // A DOCX error names a paragraph of the document, which the zipped bytes say nothing about.
    checkTranscriptError(err, bytes[0] === 0x50 && bytes[1] === 0x4b ? null : lineCountOf(bytes));
    return { ok: false, error: err as TranscriptError };
  }
  const parsed = Transcript.safeParse(transcript);
  if (!parsed.success)
    throw new Error(
      `ingest() returned a Transcript that fails the schema: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  checkTranscriptConsistency(transcript);
  return { ok: true, transcript };
}

/**
 * A thrown value must be a TranscriptError with a known code, a real message and, where it has a
 * line, one that exists (`lines` is an upper bound; null when the input has no lines, e.g. DOCX).
 *
 * @example
 * checkTranscriptError(new TranscriptError('no-speech', 'no cue has words', { line: 3 }), 10); // passes
 * checkTranscriptError(new TypeError('x is undefined'), 10); // throws: "not a TranscriptError: TypeError: ..."
 */
export function checkTranscriptError(err: unknown, lines: number | null): void {
  if (!(err instanceof TranscriptError)) {
    throw new Error(
      `threw something that is not a TranscriptError: ${err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err)}`,
    );
  }
  if (!(TRANSCRIPT_ERROR_CODES as readonly string[]).includes(err.code))
    throw new Error(`TranscriptError with an unknown code "${err.code}"`);
  if (err.message.trim() === '') throw new Error(`TranscriptError ${err.code} with an empty message`);
  if (WRAPPED_CRASH.test(err.message))
    throw new Error(`a parser crashed (wrapped as a TranscriptError): ${err.message}`);
  // Quoted input may say anything ("NaN" is a fine speaker field value to report), and zod says a
  // missing field was "received undefined"; the rest may not.
  if (BROKEN_MESSAGE.test(err.message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/received undefined/g, '')))
    throw new Error(`TranscriptError message shows a broken value: ${err.message}`);
  if (LINE_SPECIFIC.has(err.code) && err.line === null) throw new Error(`${err.code} without a line: ${err.message}`);
  if (err.line !== null) {
    if (!Number.isInteger(err.line) || err.line < 1)
      throw new Error(`TranscriptError line ${err.line} is not a 1-based line number`);
    if (lines !== null && err.line > lines)
      throw new Error(`TranscriptError names line ${err.line} of a file with ${lines} line(s): ${err.message}`);
  }
}

/**
 * What the schema cannot say: ids point at things that exist, turns cover every utterance once.
 *
 * @example
 * checkTranscriptConsistency(ingest(bytes)); // throws on a dangling speaker id
 */
export function checkTranscriptConsistency(t: Transcript): void {
  const speakerIds = new Set(t.speakers.map((s) => s.id));
  if (speakerIds.size !== t.speakers.length) throw new Error('duplicate speaker ids');
  if (t.utterances.length === 0)
    throw new Error('a Transcript without utterances was returned instead of a no-speech error');
  const utteranceIds = new Set(t.utterances.map((u) => u.id));
  if (utteranceIds.size !== t.utterances.length) throw new Error('duplicate utterance ids');
  for (const u of t.utterances) {
    if (!speakerIds.has(u.speakerId)) throw new Error(`utterance ${u.id} names unknown speaker ${u.speakerId}`);
    if (u.text.trim() === '') throw new Error(`utterance ${u.id} has no text`);
    if (u.startMs !== null && u.endMs !== null && u.endMs < u.startMs)
      throw new Error(`utterance ${u.id} ends (${u.endMs}) before it starts (${u.startMs})`);
    if (t.hasTimings !== (u.startMs !== null))
      throw new Error(`utterance ${u.id} timing disagrees with hasTimings=${t.hasTimings}`);
  }
  const inTurns = t.turns.flatMap((turn) => turn.utteranceIds);
  if (inTurns.length !== t.utterances.length || inTurns.some((id, i) => id !== t.utterances[i]!.id))
    throw new Error('turns do not cover the utterances once, in order');
  for (const e of t.events) {
    if (e.utteranceId !== null && !utteranceIds.has(e.utteranceId))
      throw new Error(`event names unknown utterance ${e.utteranceId}`);
    if (e.speakerId !== null && !speakerIds.has(e.speakerId))
      throw new Error(`event names unknown speaker ${e.speakerId}`);
  }
  if (t.issues.length !== t.warnings.length) throw new Error('issues and warnings disagree');
}

/**
 * A text parser on any text: sniff() gives a number in [0, 1] without throwing; parse() returns raw
 * cues with sane fields or throws a TranscriptError.
 *
 * @example
 * checkTextParser(srt, '1\n00:00:01,000 --> 00:00:02,000\nHi\n');
 */
export function checkTextParser(parser: TextFormatParser, text: string): void {
  let score: number;
  try {
    score = parser.sniff(text);
  } catch (err) {
    throw new Error(`${parser.format}.sniff() threw: ${describe(err)}`, { cause: err });
  }
  if (!(score >= 0 && score <= 1))
    throw new Error(`${parser.format}.sniff() returned ${score}, not a number in [0, 1]`);
  let parsed: ParsedTranscript;
  try {
    parsed = parser.parse(text);
  } catch (err) {
    checkTranscriptError(err, text.split('\n').length);
    return;
  }
  checkParsed(parser.format, parsed, text.split('\n').length);
}

/**
 * A JSON parser on any JSON value: matches() never throws; parse() of a value it claims returns sane
 * raw cues or throws a TranscriptError.
 *
 * @example
 * checkJsonParser(qmsumJson, { meeting_transcripts: [{ speaker: 'A', content: 'hi' }] });
 */
export function checkJsonParser(parser: JsonFormatParser, value: unknown): void {
  let claims: boolean;
  try {
    claims = parser.matches(value);
  } catch (err) {
    throw new Error(`${parser.format}.matches() threw: ${describe(err)}`, { cause: err });
  }
  if (!claims) return;
  let parsed: ParsedTranscript;
  try {
    parsed = parser.parse(value);
  } catch (err) {
    checkTranscriptError(err, null);
    return;
  }
  checkParsed(parser.format, parsed, null);
}

function checkParsed(format: string, parsed: ParsedTranscript, lines: number | null): void {
  if (!Array.isArray(parsed.cues)) throw new Error(`${format}.parse() returned no cue array`);
  parsed.cues.forEach((cue, i) => {
    const where = `${format} cue ${i}`;
    if (cue.speaker !== null && typeof cue.speaker !== 'string')
      throw new Error(`${where}: speaker is ${typeof cue.speaker}`);
    if (typeof cue.text !== 'string') throw new Error(`${where}: text is ${typeof cue.text}`);
    for (const [field, ms] of [
      ['startMs', cue.startMs],
      ['endMs', cue.endMs],
    ] as const) {
      if (ms !== null && !(Number.isSafeInteger(ms) && ms >= 0))
        throw new Error(`${where}: ${field} is ${ms}, not a whole number of milliseconds >= 0`);
    }
    if (cue.line !== null && !(Number.isInteger(cue.line) && cue.line >= 1 && (lines === null || cue.line <= lines)))
      throw new Error(`${where}: line ${cue.line} is not a line of the file`);
  });
}

/** Lines in the bytes as the decoder will count them (LF, CRLF and lone CR all end a line). */
function lineCountOf(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  }
  // An upper bound for UTF-16 too: each line feed there is one 0x0a byte (other code units may add more).
  return lines;
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
