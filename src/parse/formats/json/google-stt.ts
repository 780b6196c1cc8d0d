/**
 * Google Cloud Speech-to-Text responses (v1 `recognize`/`longrunningrecognize`, v2 `recognize`/batch output):
 * `{ results: [{ alternatives: [{ transcript, words: [{ word, startTime, endTime, speakerTag }] }] }] }`.
 * v1 words have `startTime`/`endTime` and a numeric `speakerTag`; v2 words have `startOffset`/`endOffset`
 * and a string `speakerLabel`. Times are protobuf Durations: `"1.500s"` in REST JSON, or
 * `{ seconds, nanos }` as client libraries serialise them (`seconds` may be a string).
 *
 * With diarisation, v1 repeats every word of the recording, now with its speaker, in the last result
 * (the earlier results have no speaker tags): only that result is read then, so no word counts twice.
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  boundedMs,
  checkSpan,
  field,
  hasKey,
  invalidAt,
  isObject,
  metadataFrom,
  optionalArray,
  optionalString,
  pathTo,
  requireArray,
  requireObject,
  requireString,
  speakerAt,
  type JsonObject,
} from './json-fields';
import { wordsToCues, type TimedWord } from './words-to-cues';

/** Keys that make a `results[].alternatives` file IBM Watson's rather than Google's. */
const IBM_KEYS = ['speaker_labels', 'result_index', 'audio_metrics'] as const;

/**
 * Google Speech-to-Text JSON.
 *
 * @example
 * googleSttJson.parse({ results: [{ alternatives: [{ transcript: 'Hello', words: [
 *   { word: 'Hello', startOffset: '0.500s', endOffset: '0.900s', speakerLabel: '1' },
 * ] }] }] }).cues
 * // => [{ speaker: 'Speaker 1', startMs: 500, endMs: 900, text: 'Hello', line: null }]
 */
export const googleSttJson: JsonFormatParser = {
  format: 'google-stt-json',
  label: 'Google Cloud Speech-to-Text JSON (v1 and v2)',
  matches(json) {
    if (!isObject(json) || IBM_KEYS.some((k) => hasKey(json, k))) return false;
    const results = field(json, 'results');
    if (!Array.isArray(results)) return false;
    const first = results.slice(0, 10).find((r) => isObject(r) && hasKey(r, 'alternatives'));
    if (!isObject(first) || hasKey(first, 'type')) return false;
    const alternatives = field(first, 'alternatives');
    const best: unknown = Array.isArray(alternatives) ? alternatives[0] : undefined;
    return best === undefined || (isObject(best) && !hasKey(best, 'timestamps'));
  },
  parse(json) {
    const root = requireObject(json, 'the Google Speech-to-Text JSON');
    const results = requireArray(field(root, 'results'), 'results').map((r, i) =>
      bestAlternative(r, pathTo('results', i)),
    );
    const last = results[results.length - 1];
    const tagged = (r: (typeof results)[number]) => r.words.some((w) => w.speaker !== null);
    const diarisedSummary =
      last !== undefined && results.length > 1 && tagged(last) && results.slice(0, -1).every((r) => !tagged(r));
    const read = diarisedSummary ? [last] : results;
    // Results split at pauses, not at speaker changes: words are grouped across them.
    const words = read.flatMap((r) => r.words);
    const cues: RawCue[] =
      words.length > 0
        ? wordsToCues(words)
        : read.map((r) => ({
            speaker: null,
            startMs: null,
            endMs: null,
            text: (r.transcript ?? '').trim(),
            line: null,
          }));
    return {
      format: 'google-stt-json',
      cues: cues.filter((c) => c.text !== ''),
      metadata: metadataFrom([['language', languageOf(root)]]),
    };
  },
};

function bestAlternative(value: unknown, path: string): { transcript: string | null; words: TimedWord[] } {
  const result = requireObject(value, path);
  const alternatives = optionalArray(field(result, 'alternatives'), pathTo(path, 'alternatives')) ?? [];
  if (alternatives.length === 0) return { transcript: null, words: [] };
  const bestPath = pathTo(pathTo(path, 'alternatives'), 0);
  const best = requireObject(alternatives[0], bestPath);
  const transcript = optionalString(field(best, 'transcript'), pathTo(bestPath, 'transcript'));
  const wordsPath = pathTo(bestPath, 'words');
  const words = (optionalArray(field(best, 'words'), wordsPath) ?? []).map((w, i) =>
    googleWord(w, pathTo(wordsPath, i)),
  );
  return { transcript, words };
}

function googleWord(value: unknown, path: string): TimedWord {
  const word = requireObject(value, path);
  const startKey = hasKey(word, 'startOffset') ? 'startOffset' : 'startTime';
  const endKey = hasKey(word, 'endOffset') ? 'endOffset' : 'endTime';
  const startMs = durationAt(field(word, startKey), pathTo(path, startKey));
  const endMs = durationAt(field(word, endKey), pathTo(path, endKey));
  checkSpan(startMs, endMs, pathTo(path, endKey));
  return {
    speaker: speakerOf(word, path),
    startMs,
    endMs,
    text: requireString(field(word, 'word'), pathTo(path, 'word')),
  };
}

/** `speakerTag: 0` (proto3's default) and an empty `speakerLabel` mean "not diarised". */
function speakerOf(word: JsonObject, path: string): string | null {
  if (hasKey(word, 'speakerLabel')) return speakerAt(field(word, 'speakerLabel'), pathTo(path, 'speakerLabel'));
  const tag = field(word, 'speakerTag');
  return tag === 0 ? null : speakerAt(tag, pathTo(path, 'speakerTag'));
}

const DURATION_STRING = /^\s*(\d+(?:\.\d+)?|\.\d+)s\s*$/;

/**
 * A protobuf Duration to milliseconds: `"1.500s"`, `{ seconds: "1", nanos: 500000000 }`, or a bare
 * number of seconds; null when missing (proto3 leaves a zero duration out, so `{}` is 0).
 *
 * @example
 * durationAt('1.500s', 'results[0].alternatives[0].words[0].startOffset')       // => 1500
 * durationAt({ seconds: 2, nanos: 500000000 }, 'results[0].alternatives[0].words[0].endTime') // => 2500
 * durationAt('soon', 'x')
 * // throws 'x should be a duration such as "1.500s" or { seconds, nanos }, found a string ("soon")'
 */
export function durationAt(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  const fail = () => invalidAt(path, 'should be a duration such as "1.500s" or { seconds, nanos }', value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw fail();
    return boundedMs(value * 1000, path, value);
  }
  if (typeof value === 'string') {
    const m = DURATION_STRING.exec(value);
    if (!m) throw fail();
    return boundedMs(Number(m[1]) * 1000, path, value);
  }
  if (!isObject(value)) throw fail();
  const seconds = wholeNumber(field(value, 'seconds'));
  const nanos = wholeNumber(field(value, 'nanos'));
  if (seconds === null || nanos === null) throw fail();
  return boundedMs(seconds * 1000 + nanos / 1e6, path, value);
}

/** A protobuf integer: a number or (int64) a string of digits; missing is 0. */
function wholeNumber(value: unknown): number | null {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : null;
}

function languageOf(root: JsonObject): unknown {
  const results = field(root, 'results');
  const first: unknown = Array.isArray(results)
    ? results.find((r) => isObject(r) && typeof field(r, 'languageCode') === 'string')
    : undefined;
  return isObject(first) ? field(first, 'languageCode') : undefined;
}
