/**
 * Typed reads from an already-parsed JSON value, each failing with a TranscriptError that names the
 * JSON path (`segments[12].start`), so that every JSON parser reports broken files the same way.
 * JSON has no lines, so the path is the "where" of these errors (also in `details.path`).
 */
import { TranscriptError } from '../../errors';
import { LONGEST_RECORDING_MS } from '../../timestamps';

export { LONGEST_RECORDING_MS };

export type JsonObject = Record<string, unknown>;

/**
 * True for a JSON object (not null, not an array).
 *
 * @example
 * isObject({ segments: [] }) // => true
 * isObject([1, 2])           // => false
 */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True when the object itself has the key: inherited names such as `constructor` never count.
 *
 * @example
 * hasKey({ results: {} }, 'results')  // => true
 * hasKey({}, 'constructor')           // => false
 */
export function hasKey(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * The value at an own key, or undefined (never an inherited property).
 *
 * @example
 * field({ text: 'hi' }, 'text')     // => 'hi'
 * field({}, 'toString')             // => undefined
 */
export function field(obj: JsonObject, key: string): unknown {
  return hasKey(obj, key) ? obj[key] : undefined;
}

/**
 * Extends a JSON path by a key or an array index.
 *
 * @example
 * pathTo('segments', 12)          // => 'segments[12]'
 * pathTo('segments[12]', 'start') // => 'segments[12].start'
 * pathTo('', 'results')           // => 'results'
 */
export function pathTo(path: string, step: string | number): string {
  if (typeof step === 'number') return `${path}[${step}]`;
  return path === '' ? step : `${path}.${step}`;
}

/**
 * A short description of a JSON value for error messages (never the whole value).
 *
 * @example
 * describeValue('abc')       // => 'a string ("abc")'
 * describeValue(-3)          // => 'the number -3'
 * describeValue(undefined)   // => 'nothing'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The error for a value that does not have the expected shape.
 *
 * @example
 * throw invalidAt('segments[12].start', 'should be a time in seconds', 'abc');
 * // message: 'segments[12].start should be a time in seconds, found a string ("abc")'
 */
export function invalidAt(path: string, expectation: string, ...found: [unknown] | []): TranscriptError {
  // `found` may legitimately be undefined (a missing key), so its presence is told by the argument count.
  const message =
    found.length === 0 ? `${path} ${expectation}` : `${path} ${expectation}, found ${describeValue(found[0])}`;
  return new TranscriptError('invalid-structure', message, { details: { path } });
}

/**
 * The value as an object, or an error naming the path.
 *
 * @example
 * requireObject({ a: 1 }, 'results') // => { a: 1 }
 * requireObject([], 'results')       // throws 'results should be an object, found an array of 0 items'
 */
export function requireObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw invalidAt(path, 'should be an object', value);
  return value;
}

/**
 * The value as an array, or an error naming the path.
 *
 * @example
 * requireArray('x', 'utterances') // throws 'utterances should be an array, found a string ("x")'
 */
export function requireArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalidAt(path, 'should be an array', value);
  return value;
}

/**
 * The value as an array; null when it is null or missing (vendors write `"utterances": null` for "not requested").
 *
 * @example
 * optionalArray(null, 'utterances') // => null
 * optionalArray([1], 'utterances')  // => [1]
 */
export function optionalArray(value: unknown, path: string): unknown[] | null {
  return value === null || value === undefined ? null : requireArray(value, path);
}

/**
 * The value as a string, or an error naming the path.
 *
 * @example
 * requireString(' Hello', 'segments[0].text') // => ' Hello'
 * requireString(42, 'segments[0].text')       // throws 'segments[0].text should be a string, found the number 42'
 */
export function requireString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalidAt(path, 'should be a string', value);
  return value;
}

/**
 * The value as a string; null when it is null or missing.
 *
 * @example
 * optionalString(undefined, 'language') // => null
 */
export function optionalString(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : requireString(value, path);
}

/**
 * A time in seconds (a number, or a numeric string as AWS writes it) to whole milliseconds;
 * null when null or missing. Negative, non-finite or absurdly large times are errors.
 *
 * @example
 * secondsAt(1.2345, 'segments[0].start') // => 1235
 * secondsAt('0.44', 'items[0].start_time') // => 440
 * secondsAt('abc', 'segments[12].start')  // throws 'segments[12].start should be a time in seconds, found a string ("abc")'
 */
export function secondsAt(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  const n =
    typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw invalidAt(path, 'should be a time in seconds', value);
  return boundedMs(n * 1000, path, value);
}

/**
 * A time in milliseconds (AssemblyAI, Call Analytics, whisper.cpp offsets) to a whole number;
 * null when null or missing.
 *
 * @example
 * millisAt(1620, 'utterances[0].start') // => 1620
 * millisAt(-5, 'utterances[0].start')   // throws 'utterances[0].start should not be negative, found the number -5'
 */
export function millisAt(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalidAt(path, 'should be a time in milliseconds', value);
  return boundedMs(value, path, value);
}

/**
 * Milliseconds rounded to a whole number, or an error when negative or beyond LONGEST_RECORDING_MS.
 *
 * @example
 * boundedMs(1234.6, 'offsets.from', 1234.6) // => 1235
 * boundedMs(1e311, 'segments[0].start', 1e308) // throws 'segments[0].start is longer than any recording (over 7 days), found the number 1e+308'
 */
export function boundedMs(ms: number, path: string, written: unknown): number {
  if (ms < 0) throw invalidAt(path, 'should not be negative', written);
  if (!(ms <= LONGEST_RECORDING_MS))
    throw invalidAt(path, `is longer than any recording (over ${LONGEST_RECORDING_MS / 86_400_000} days)`, written);
  return Math.round(ms);
}

/**
 * Fails when a cue ends before it starts; either time may be unknown.
 *
 * @example
 * checkSpan(4500, 3200, 'segments[12].end') // throws 'segments[12].end (3.2 s) is before the start (4.5 s)'
 */
export function checkSpan(startMs: number | null, endMs: number | null, endPath: string): void {
  if (startMs !== null && endMs !== null && endMs < startMs) {
    throw invalidAt(endPath, `(${endMs / 1000} s) is before the start (${startMs / 1000} s)`);
  }
}

/**
 * Bare diarisation codes: a number (Deepgram `0`, whisper.cpp `"1"`) or one capital letter (AssemblyAI `"A"`).
 * Anything longer is a label someone chose (`PM`, `李娜`) and stays as written.
 */
const BARE_SPEAKER_CODE = /^(?:\d{1,3}|[A-Z])$/;

/**
 * A diarisation label made readable: a bare code becomes `Speaker N` (Deepgram `0` → `Speaker 0`,
 * AssemblyAI `A` → `Speaker A`); any other label stays as written (`spk_0`, `SPEAKER_00`, `AGENT`, `李娜`).
 * Null, missing or blank means "no speaker".
 *
 * @example
 * speakerAt(0, 'utterances[0].speaker')          // => 'Speaker 0'
 * speakerAt('A', 'utterances[0].speaker')        // => 'Speaker A'
 * speakerAt('SPEAKER_01', 'segments[3].speaker') // => 'SPEAKER_01'
 * speakerAt(null, 'segments[3].speaker')         // => null
 */
export function speakerAt(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 1_000_000)
      throw invalidAt(path, 'should be a speaker number or label', value);
    return `Speaker ${value}`;
  }
  if (typeof value !== 'string') throw invalidAt(path, 'should be a speaker number or label', value);
  const label = value.trim();
  if (label === '') return null;
  return BARE_SPEAKER_CODE.test(label) ? `Speaker ${label}` : label;
}

/**
 * Header values as strings for `ParsedTranscript.metadata`: strings and finite numbers only, others skipped.
 *
 * @example
 * metadataFrom([['language', 'en'], ['duration', 25.9], ['model', { a: 1 }]]) // => { language: 'en', duration: '25.9' }
 */
export function metadataFrom(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value === 'string' && value.length <= 200) out[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = String(value);
  }
  return out;
}
