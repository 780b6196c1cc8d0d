/**
 * Speechmatics batch transcript JSON (`json-v2`):
 * `{ format: "2.9", job: {...}, metadata: {...}, results: [{ type: "word", start_time: 0.5, end_time: 0.9,
 * alternatives: [{ content: "Hello", speaker: "S1" }] }, { type: "punctuation", attaches_to: "previous", ... }] }`.
 * Speakers are `S1`, `S2`, ... (`UU` when diarisation could not decide), or the labels of known
 * speakers when speaker identification was used; channel diarisation writes `channel` on each result.
 */
import type { JsonFormatParser } from '../../types';
import {
  checkSpan,
  field,
  hasKey,
  isObject,
  metadataFrom,
  pathTo,
  requireArray,
  requireObject,
  requireString,
  secondsAt,
  speakerAt,
  type JsonObject,
} from './json-fields';
import { wordsToCues, type TimedWord } from './words-to-cues';

/** Speechmatics' label for speech it could not attribute. */
const UNKNOWN_SPEAKER = 'UU';
/** `S1` is a diarisation code: shown as `Speaker 1`, like other vendors' bare numbers. */
const SPEAKER_CODE = /^S(\d{1,3})$/;
/** Result types that carry words (`entity` appears only with entity output, alongside its words). */
const WORD_TYPES = new Set(['word', 'punctuation']);

/**
 * Speechmatics JSON.
 *
 * @example
 * speechmaticsJson.parse({ results: [
 *   { type: 'word', start_time: 0.5, end_time: 0.9, alternatives: [{ content: 'Hello', speaker: 'S1' }] },
 *   { type: 'punctuation', start_time: 0.9, end_time: 0.9, attaches_to: 'previous',
 *     alternatives: [{ content: '.', speaker: 'S1' }] },
 * ] }).cues
 * // => [{ speaker: 'Speaker 1', startMs: 500, endMs: 900, text: 'Hello.', line: null }]
 */
export const speechmaticsJson: JsonFormatParser = {
  format: 'speechmatics-json',
  label: 'Speechmatics JSON (json-v2)',
  matches(json) {
    if (!isObject(json)) return false;
    const results = field(json, 'results');
    if (!Array.isArray(results)) return false;
    if (results.length === 0) return hasKey(json, 'job') && hasKey(json, 'format');
    const first: unknown = results[0];
    return (
      isObject(first) &&
      hasKey(first, 'alternatives') &&
      typeof field(first, 'type') === 'string' &&
      hasKey(first, 'start_time')
    );
  },
  parse(json) {
    const root = requireObject(json, 'the Speechmatics JSON');
    const words: TimedWord[] = [];
    let pendingPrefix = '';
    requireArray(field(root, 'results'), 'results').forEach((value, i) => {
      const path = pathTo('results', i);
      const result = requireObject(value, path);
      const type = field(result, 'type');
      if (typeof type !== 'string' || !WORD_TYPES.has(type)) return;
      const alternativesPath = pathTo(path, 'alternatives');
      const best = requireObject(
        requireArray(field(result, 'alternatives'), alternativesPath)[0],
        pathTo(alternativesPath, 0),
      );
      const content = requireString(field(best, 'content'), pathTo(pathTo(alternativesPath, 0), 'content'));
      if (type === 'punctuation') {
        const previous = words[words.length - 1];
        if (field(result, 'attaches_to') === 'next' || !previous) pendingPrefix += content;
        else previous.text += content;
        return;
      }
      const startMs = secondsAt(field(result, 'start_time'), pathTo(path, 'start_time'));
      const endMs = secondsAt(field(result, 'end_time'), pathTo(path, 'end_time'));
      checkSpan(startMs, endMs, pathTo(path, 'end_time'));
      words.push({
        speaker: speakerOf(best, result, pathTo(pathTo(alternativesPath, 0), 'speaker')),
        startMs,
        endMs,
        text: pendingPrefix + content,
      });
      pendingPrefix = '';
    });
    const metadata = metadataFrom([
      ['format', field(root, 'format')],
      ['language', languageOf(root)],
    ]);
    return { format: 'speechmatics-json', cues: wordsToCues(words).filter((c) => c.text !== ''), metadata };
  },
};

function speakerOf(best: JsonObject, result: JsonObject, path: string): string | null {
  const raw = field(best, 'speaker');
  if (raw === UNKNOWN_SPEAKER) return null;
  const code = typeof raw === 'string' ? SPEAKER_CODE.exec(raw.trim()) : null;
  if (code) return `Speaker ${code[1]}`;
  const speaker = speakerAt(raw, path);
  if (speaker !== null) return speaker;
  // Channel diarisation: `channel_1` names the person on that channel.
  const channel = field(result, 'channel');
  return typeof channel === 'string' && channel.trim() !== '' ? channel.trim() : null;
}

function languageOf(root: JsonObject): unknown {
  const metadata = field(root, 'metadata');
  const config = isObject(metadata) ? field(metadata, 'transcription_config') : undefined;
  return isObject(config) ? field(config, 'language') : undefined;
}
