/**
 * Amazon speech-to-text JSON, in the three shapes people download:
 * - Amazon Transcribe batch output: `{ jobName, results: { transcripts, items, speaker_labels?, audio_segments? } }`.
 *   Items are words (`pronunciation`, with `start_time`/`end_time` as strings of seconds) and
 *   punctuation (no times), which belongs to the word before it. Speakers (`spk_0`) come from the
 *   item's own `speaker_label` (files since 2022) or from `speaker_labels.segments` (older files).
 *   `audio_segments` (newer files) are AWS's own segmentation and are used when present.
 * - Transcribe Call Analytics: `{ Transcript: [{ ParticipantRole, Content, BeginOffsetMillis, EndOffsetMillis }] }`.
 * - Bedrock Data Automation audio output: `{ metadata, audio_segments: [{ text, start_timestamp_millis, speaker: { speaker_label } }] }`.
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  checkSpan,
  field,
  hasKey,
  isObject,
  metadataFrom,
  millisAt,
  optionalArray,
  optionalString,
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
 * Keys of a Call Analytics result besides `Transcript`.
 * @example { "JobStatus": "COMPLETED", "LanguageCode": "en-US", "Participants": [...], "Transcript": [...] }
 */
const CALL_ANALYTICS_KEYS = [
  'JobStatus',
  'Participants',
  'ConversationCharacteristics',
  'AccountId',
  'Channel',
  'LanguageCode',
] as const;
/** Keys of Transcribe's `results` object; one of them is enough to recognise the file. */
const TRANSCRIBE_RESULT_KEYS = ['transcripts', 'items', 'speaker_labels', 'audio_segments'] as const;

/**
 * Amazon Transcribe / Call Analytics / Bedrock Data Automation JSON.
 *
 * @example
 * awsTranscribeJson.parse({ results: { items: [
 *   { type: 'pronunciation', start_time: '0.44', end_time: '0.9', speaker_label: 'spk_0', alternatives: [{ content: 'Hello' }] },
 *   { type: 'punctuation', alternatives: [{ content: '.' }] },
 * ] } }).cues
 * // => [{ speaker: 'spk_0', startMs: 440, endMs: 900, text: 'Hello.', line: null }]
 */
export const awsTranscribeJson: JsonFormatParser = {
  format: 'aws-transcribe-json',
  label: 'Amazon Transcribe JSON (incl. Call Analytics and Bedrock Data Automation audio)',
  matches(json) {
    if (!isObject(json)) return false;
    const results = field(json, 'results');
    if (isObject(results) && TRANSCRIBE_RESULT_KEYS.some((k) => hasKey(results, k))) return true;
    if (
      hasKey(json, 'Transcript') &&
      (Array.isArray(field(json, 'Transcript')) || CALL_ANALYTICS_KEYS.some((k) => hasKey(json, k)))
    )
      return true;
    return isBedrockAudio(json);
  },
  parse(json) {
    const root = requireObject(json, 'the Amazon Transcribe JSON');
    if (hasKey(root, 'Transcript'))
      return {
        format: 'aws-transcribe-json',
        cues: callAnalyticsCues(root).filter((c) => c.text !== ''),
        metadata: metadataFrom([['LanguageCode', field(root, 'LanguageCode')]]),
      };
    if (!hasKey(root, 'results') && hasKey(root, 'audio_segments')) {
      const header = field(root, 'metadata');
      const metadata = isObject(header)
        ? metadataFrom([
            ['duration_millis', field(header, 'duration_millis')],
            ['dominant_asset_language', field(header, 'dominant_asset_language')],
          ])
        : {};
      return { format: 'aws-transcribe-json', cues: bedrockCues(root).filter((c) => c.text !== ''), metadata };
    }
    const results = requireObject(field(root, 'results'), 'results');
    const metadata = metadataFrom([
      ['jobName', field(root, 'jobName')],
      ['language_code', field(results, 'language_code')],
    ]);
    const segments = optionalArray(field(results, 'audio_segments'), 'results.audio_segments');
    const cues =
      segments !== null && segments.length > 0
        ? segments.map((s, i) => audioSegmentCue(s, pathTo('results.audio_segments', i)))
        : itemCues(results);
    return { format: 'aws-transcribe-json', cues: cues.filter((c) => c.text !== ''), metadata };
  },
};

/**
 * Bedrock Data Automation writes `audio_segments` at the top level, with millisecond fields.
 * @example { "metadata": { "semantic_modality": "AUDIO" }, "audio_items": [...], "audio_segments": [{ "start_timestamp_millis": 1620, ... }] }
 */
function isBedrockAudio(json: JsonObject): boolean {
  if (!hasKey(json, 'audio_segments')) return false;
  const metadata = field(json, 'metadata');
  if (hasKey(json, 'audio_items') || (isObject(metadata) && field(metadata, 'semantic_modality') === 'AUDIO'))
    return true;
  const segments = field(json, 'audio_segments');
  return Array.isArray(segments) && isObject(segments[0]) && hasKey(segments[0], 'start_timestamp_millis');
}

function callAnalyticsCues(root: JsonObject): RawCue[] {
  return requireArray(field(root, 'Transcript'), 'Transcript').map((value, i) => {
    const path = pathTo('Transcript', i);
    const turn = requireObject(value, path);
    const startMs = millisAt(field(turn, 'BeginOffsetMillis'), pathTo(path, 'BeginOffsetMillis'));
    const endMs = millisAt(field(turn, 'EndOffsetMillis'), pathTo(path, 'EndOffsetMillis'));
    checkSpan(startMs, endMs, pathTo(path, 'EndOffsetMillis'));
    const speaker = speakerAt(field(turn, 'ParticipantRole'), pathTo(path, 'ParticipantRole'));
    return {
      speaker,
      startMs,
      endMs,
      text: requireString(field(turn, 'Content'), pathTo(path, 'Content')).trim(),
      line: null,
    };
  });
}

function bedrockCues(root: JsonObject): RawCue[] {
  return requireArray(field(root, 'audio_segments'), 'audio_segments').map((value, i) => {
    const path = pathTo('audio_segments', i);
    const segment = requireObject(value, path);
    const startMs = millisAt(field(segment, 'start_timestamp_millis'), pathTo(path, 'start_timestamp_millis'));
    const endMs = millisAt(field(segment, 'end_timestamp_millis'), pathTo(path, 'end_timestamp_millis'));
    checkSpan(startMs, endMs, pathTo(path, 'end_timestamp_millis'));
    const who = field(segment, 'speaker');
    const speaker =
      who === undefined || who === null
        ? null
        : speakerAt(
            field(requireObject(who, pathTo(path, 'speaker')), 'speaker_label'),
            pathTo(path, 'speaker.speaker_label'),
          );
    return {
      speaker,
      startMs,
      endMs,
      text: requireString(field(segment, 'text'), pathTo(path, 'text')).trim(),
      line: null,
    };
  });
}

function audioSegmentCue(value: unknown, path: string): RawCue {
  const segment = requireObject(value, path);
  const startMs = secondsAt(field(segment, 'start_time'), pathTo(path, 'start_time'));
  const endMs = secondsAt(field(segment, 'end_time'), pathTo(path, 'end_time'));
  checkSpan(startMs, endMs, pathTo(path, 'end_time'));
  const speaker = speakerAt(
    field(segment, 'speaker_label') ?? field(segment, 'channel_label'),
    pathTo(path, 'speaker_label'),
  );
  return {
    speaker,
    startMs,
    endMs,
    text: requireString(field(segment, 'transcript'), pathTo(path, 'transcript')).trim(),
    line: null,
  };
}

/** Words with their speakers; punctuation is glued to the word before it. */
function itemCues(results: JsonObject): RawCue[] {
  const items = optionalArray(field(results, 'items'), 'results.items') ?? [];
  const speakerAtTime = speakerLookup(results);
  const words: TimedWord[] = [];
  items.forEach((value, i) => {
    const path = pathTo('results.items', i);
    const item = requireObject(value, path);
    const content = itemContent(item, path);
    if (field(item, 'type') === 'punctuation') {
      const previous = words[words.length - 1];
      if (previous) previous.text += content;
      return;
    }
    const startMs = secondsAt(field(item, 'start_time'), pathTo(path, 'start_time'));
    const endMs = secondsAt(field(item, 'end_time'), pathTo(path, 'end_time'));
    checkSpan(startMs, endMs, pathTo(path, 'end_time'));
    const ownLabel = speakerAt(
      field(item, 'speaker_label') ?? field(item, 'channel_label'),
      pathTo(path, 'speaker_label'),
    );
    words.push({ speaker: ownLabel ?? speakerAtTime(startMs), startMs, endMs, text: content });
  });
  if (words.length === 0) return transcriptsFallback(results);
  return wordsToCues(words);
}

/** The best alternative's `content`. */
function itemContent(item: JsonObject, path: string): string {
  const alternativesPath = pathTo(path, 'alternatives');
  const best = requireArray(field(item, 'alternatives'), alternativesPath)[0];
  const bestPath = pathTo(alternativesPath, 0);
  return requireString(field(requireObject(best, bestPath), 'content'), pathTo(bestPath, 'content'));
}

/**
 * Older files name speakers only in `speaker_labels.segments[].items`, matched to words by start time;
 * a word without an exact match takes the segment that contains it.
 */
function speakerLookup(results: JsonObject): (startMs: number | null) => string | null {
  const labels = field(results, 'speaker_labels');
  if (labels === undefined || labels === null) return () => null;
  const segmentsPath = 'results.speaker_labels.segments';
  const segments =
    optionalArray(field(requireObject(labels, 'results.speaker_labels'), 'segments'), segmentsPath) ?? [];
  const byStart = new Map<number, string>();
  const spans: Array<{ startMs: number; endMs: number; speaker: string }> = [];
  segments.forEach((value, i) => {
    const path = pathTo(segmentsPath, i);
    const segment = requireObject(value, path);
    const speaker = speakerAt(field(segment, 'speaker_label'), pathTo(path, 'speaker_label'));
    if (speaker === null) return;
    const startMs = secondsAt(field(segment, 'start_time'), pathTo(path, 'start_time'));
    const endMs = secondsAt(field(segment, 'end_time'), pathTo(path, 'end_time'));
    checkSpan(startMs, endMs, pathTo(path, 'end_time'));
    if (startMs !== null && endMs !== null) spans.push({ startMs, endMs, speaker });
    const items = optionalArray(field(segment, 'items'), pathTo(path, 'items')) ?? [];
    items.forEach((itemValue, j) => {
      const itemPath = pathTo(pathTo(path, 'items'), j);
      const item = requireObject(itemValue, itemPath);
      const itemStart = secondsAt(field(item, 'start_time'), pathTo(itemPath, 'start_time'));
      const itemSpeaker = speakerAt(field(item, 'speaker_label'), pathTo(itemPath, 'speaker_label')) ?? speaker;
      if (itemStart !== null) byStart.set(itemStart, itemSpeaker);
    });
  });
  spans.sort((a, b) => a.startMs - b.startMs);
  return (startMs) => {
    if (startMs === null) return null;
    const exact = byStart.get(startMs);
    if (exact !== undefined) return exact;
    return spanContaining(spans, startMs)?.speaker ?? null;
  };
}

/** Binary search for the last span starting at or before `ms`, if it also ends at or after `ms`. */
function spanContaining<T extends { startMs: number; endMs: number }>(spans: readonly T[], ms: number): T | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found: T | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (span.startMs <= ms) {
      found = span;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found !== null && found.endMs >= ms ? found : null;
}

/** A file with no items at all still has the job's transcript text. */
function transcriptsFallback(results: JsonObject): RawCue[] {
  const transcripts = optionalArray(field(results, 'transcripts'), 'results.transcripts') ?? [];
  return transcripts.map((value, i) => {
    const path = pathTo('results.transcripts', i);
    const text = optionalString(field(requireObject(value, path), 'transcript'), pathTo(path, 'transcript')) ?? '';
    return { speaker: null, startMs: null, endMs: null, text: text.trim(), line: null };
  });
}
