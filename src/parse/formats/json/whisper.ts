/**
 * Whisper JSON in its two families:
 * - OpenAI Whisper (the `whisper` CLI's `.json`, the API's `verbose_json`) and WhisperX:
 *   `{ text, segments: [{ start, end, text, speaker? }], language }`, times in seconds.
 *   WhisperX adds a `speaker` per segment (`SPEAKER_00`) and per word when diarised; segments it could
 *   not attribute have none, and its `word_segments` list every word on its own. An API response asked for word timestamps only has `words` instead of `segments`.
 * - whisper.cpp `-oj`: `{ transcription: [{ timestamps: { from: "00:00:01,000", to }, offsets: { from, to }, text }] }`,
 *   offsets in milliseconds; `--diarize` on stereo audio adds `speaker: "0" | "1" | "?"`.
 */
import { parseClockTime } from '../../timestamps';
import type { JsonFormatParser, ParsedTranscript, RawCue } from '../../types';
import {
  boundedMs,
  checkSpan,
  field,
  hasKey,
  invalidAt,
  isObject,
  metadataFrom,
  millisAt,
  optionalArray,
  pathTo,
  requireArray,
  requireObject,
  requireString,
  secondsAt,
  speakerAt,
  type JsonObject,
} from './json-fields';
import { wordsToCues, type TimedWord } from './words-to-cues';

/**
 * OpenAI Whisper / WhisperX JSON.
 *
 * @example
 * whisperJson.parse({ text: ' Hi.', segments: [{ start: 0, end: 1.5, text: ' Hi.', speaker: 'SPEAKER_00' }], language: 'en' })
 * // => { format: 'whisper-json', cues: [{ speaker: 'SPEAKER_00', startMs: 0, endMs: 1500, text: 'Hi.', line: null }], metadata: { language: 'en' } }
 */
export const whisperJson: JsonFormatParser = {
  format: 'whisper-json',
  label: 'OpenAI Whisper JSON (CLI output, API verbose_json, WhisperX)',
  matches(json) {
    if (!isObject(json)) return false;
    if (hasKey(json, 'segments')) {
      const segments = field(json, 'segments');
      if (!Array.isArray(segments)) return typeof field(json, 'text') === 'string';
      const first: unknown = segments[0];
      if (first === undefined) return typeof field(json, 'text') === 'string';
      return isObject(first) && (hasKey(first, 'start') || hasKey(first, 'text'));
    }
    // API verbose_json with timestamp_granularities=["word"] only.
    const words = field(json, 'words');
    if (
      typeof field(json, 'text') === 'string' &&
      Array.isArray(words) &&
      isObject(words[0]) &&
      hasKey(words[0], 'word')
    )
      return true;
    // WhisperX's word_segments without its segments.
    const wordSegments = field(json, 'word_segments');
    return (
      Array.isArray(wordSegments) &&
      isObject(wordSegments[0]) &&
      hasKey(wordSegments[0], 'word') &&
      hasKey(wordSegments[0], 'start')
    );
  },
  parse(json) {
    const root = requireObject(json, 'the Whisper JSON');
    const metadata = metadataFrom([
      ['language', field(root, 'language')],
      ['duration', field(root, 'duration')],
      ['task', field(root, 'task')],
    ]);
    const segments = optionalArray(field(root, 'segments'), 'segments');
    const cues =
      segments !== null ? segments.flatMap((s, i) => whisperSegment(s, pathTo('segments', i))) : whisperWords(root);
    return { format: 'whisper-json', cues: cues.filter((c) => c.text !== ''), metadata };
  },
};

/**
 * One segment is one cue, unless WhisperX gave its words speakers that the segment does not have:
 * a segment it attributed to nobody, or one whose words change speaker midway, is split by the
 * words' own speakers (a word WhisperX could not align has none and stays with the word before it).
 */
function whisperSegment(value: unknown, path: string): RawCue[] {
  const segment = requireObject(value, path);
  const startMs = secondsAt(field(segment, 'start'), pathTo(path, 'start'));
  const endMs = secondsAt(field(segment, 'end'), pathTo(path, 'end'));
  checkSpan(startMs, endMs, pathTo(path, 'end'));
  const text = requireString(field(segment, 'text'), pathTo(path, 'text')).trim();
  const speaker = speakerAt(field(segment, 'speaker'), pathTo(path, 'speaker'));
  const rawWords = field(segment, 'words');
  if (
    Array.isArray(rawWords) &&
    rawWords.some((w) => isObject(w) && field(w, 'speaker') !== undefined && field(w, 'speaker') !== null)
  ) {
    const words = timedWords(rawWords, pathTo(path, 'words'), speaker);
    if (words.some((w) => w.speaker !== speaker)) return wordsToCues(words);
  }
  return [{ speaker, startMs, endMs, text, line: null }];
}

/** Whisper/WhisperX words (`{ word, start, end, speaker? }`); a word without a speaker takes the one before it. */
function timedWords(values: readonly unknown[], listPath: string, fallbackSpeaker: string | null): TimedWord[] {
  let previous = fallbackSpeaker;
  return values.map((value, i) => {
    const path = pathTo(listPath, i);
    const word = requireObject(value, path);
    const startMs = secondsAt(field(word, 'start'), pathTo(path, 'start'));
    const endMs = secondsAt(field(word, 'end'), pathTo(path, 'end'));
    checkSpan(startMs, endMs, pathTo(path, 'end'));
    const speaker = speakerAt(field(word, 'speaker'), pathTo(path, 'speaker')) ?? previous;
    previous = speaker;
    return { speaker, startMs, endMs, text: requireString(field(word, 'word'), pathTo(path, 'word')) };
  });
}

/** No segments: the API's `words`, or WhisperX's `word_segments` saved on their own. */
function whisperWords(root: JsonObject): RawCue[] {
  const key = hasKey(root, 'words') || !hasKey(root, 'word_segments') ? 'words' : 'word_segments';
  const timed = timedWords(optionalArray(field(root, key), key) ?? [], key, null);
  const text = field(root, 'text');
  if (timed.length === 0 && typeof text === 'string') {
    return [{ speaker: null, startMs: null, endMs: null, text: text.trim(), line: null }];
  }
  return wordsToCues(timed);
}

/** whisper.cpp's `--diarize` writes `?` when neither channel clearly dominates: no speaker. */
const WHISPER_CPP_UNDECIDED_SPEAKER = '?';

/**
 * whisper.cpp `-oj` / `-ojf` JSON.
 *
 * @example
 * whisperCppJson.parse({ transcription: [{ timestamps: { from: '00:00:00,000', to: '00:00:02,500' }, offsets: { from: 0, to: 2500 }, text: ' Hello Zoë.' }] })
 * // => { format: 'whisper-cpp-json', cues: [{ speaker: null, startMs: 0, endMs: 2500, text: 'Hello Zoë.', line: null }], metadata: {} }
 */
export const whisperCppJson: JsonFormatParser = {
  format: 'whisper-cpp-json',
  label: 'whisper.cpp JSON (-oj)',
  matches(json) {
    if (!isObject(json) || !hasKey(json, 'transcription')) return false;
    const transcription = field(json, 'transcription');
    if (!Array.isArray(transcription)) return hasKey(json, 'systeminfo') || hasKey(json, 'params');
    const first: unknown = transcription[0];
    if (first === undefined) return hasKey(json, 'systeminfo') || hasKey(json, 'params') || hasKey(json, 'result');
    return isObject(first) && (hasKey(first, 'timestamps') || hasKey(first, 'offsets'));
  },
  parse(json): ParsedTranscript {
    const root = requireObject(json, 'the whisper.cpp JSON');
    const result = field(root, 'result');
    const params = field(root, 'params');
    const model = field(root, 'model');
    const metadata = metadataFrom([
      ['language', isObject(result) ? field(result, 'language') : undefined],
      ['model', isObject(params) ? field(params, 'model') : undefined],
      ['modelType', isObject(model) ? field(model, 'type') : undefined],
    ]);
    const transcription = requireArray(field(root, 'transcription'), 'transcription');
    const cues = transcription.map((s, i) => whisperCppSegment(s, pathTo('transcription', i)));
    return { format: 'whisper-cpp-json', cues: cues.filter((c) => c.text !== ''), metadata };
  },
};

function whisperCppSegment(value: unknown, path: string): RawCue {
  const segment = requireObject(value, path);
  const { startMs, endMs } = whisperCppTimes(segment, path);
  const text = requireString(field(segment, 'text'), pathTo(path, 'text')).trim();
  const rawSpeaker = field(segment, 'speaker');
  const speaker = rawSpeaker === WHISPER_CPP_UNDECIDED_SPEAKER ? null : speakerAt(rawSpeaker, pathTo(path, 'speaker'));
  return { speaker, startMs, endMs, text, line: null };
}

/** Offsets are exact milliseconds; the clock strings are the fallback when a tool dropped them. */
function whisperCppTimes(segment: JsonObject, path: string): { startMs: number | null; endMs: number | null } {
  const offsets = field(segment, 'offsets');
  let startMs: number | null;
  let endMs: number | null;
  let endPath: string;
  if (offsets !== undefined && offsets !== null) {
    const o = requireObject(offsets, pathTo(path, 'offsets'));
    startMs = millisAt(field(o, 'from'), pathTo(path, 'offsets.from'));
    endMs = millisAt(field(o, 'to'), pathTo(path, 'offsets.to'));
    endPath = pathTo(path, 'offsets.to');
  } else {
    const timestamps = field(segment, 'timestamps');
    const t =
      timestamps === undefined || timestamps === null ? {} : requireObject(timestamps, pathTo(path, 'timestamps'));
    startMs = clockAt(field(t, 'from'), pathTo(path, 'timestamps.from'));
    endMs = clockAt(field(t, 'to'), pathTo(path, 'timestamps.to'));
    endPath = pathTo(path, 'timestamps.to');
  }
  checkSpan(startMs, endMs, endPath);
  return { startMs, endMs };
}

function clockAt(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  const ms = typeof value === 'string' ? parseClockTime(value) : null;
  if (ms === null) throw invalidAt(path, 'should be a time such as "00:01:02,500"', value);
  return boundedMs(ms, path, value);
}
