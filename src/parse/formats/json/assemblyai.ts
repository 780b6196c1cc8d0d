/**
 * AssemblyAI transcript JSON (GET /v2/transcript/{id}): `{ id, status, text, words: [...], utterances: [...] | null }`,
 * times in milliseconds, speakers as letters (`"A"`) when `speaker_labels` was on.
 * `utterances` (one per speaker turn) are used when present; otherwise words are grouped (words-to-cues.ts).
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  checkSpan,
  field,
  hasKey,
  invalidAt,
  isObject,
  metadataFrom,
  millisAt,
  optionalArray,
  pathTo,
  requireObject,
  requireString,
  speakerAt,
  type JsonObject,
} from './json-fields';
import { wordsToCues } from './words-to-cues';

/**
 * Top-level keys only AssemblyAI writes: with one of them, a file with `words` or `utterances` is
 * AssemblyAI's even when those are broken or empty.
 * @example { "audio_url": "https://...", "acoustic_model": "assemblyai_default", "audio_duration": 25, ... }
 */
const ASSEMBLYAI_KEYS = [
  'audio_url',
  'acoustic_model',
  'language_model',
  'audio_duration',
  'speakers_expected',
  'webhook_url',
] as const;

/**
 * AssemblyAI JSON.
 *
 * @example
 * assemblyaiJson.parse({ status: 'completed', utterances: [{ speaker: 'A', start: 170, end: 2400, text: 'Yeah. Welcome, Zoë.' }] }).cues
 * // => [{ speaker: 'Speaker A', startMs: 170, endMs: 2400, text: 'Yeah. Welcome, Zoë.', line: null }]
 */
export const assemblyaiJson: JsonFormatParser = {
  format: 'assemblyai-json',
  label: 'AssemblyAI JSON',
  matches(json) {
    if (!isObject(json) || hasKey(json, 'segments') || hasKey(json, 'results')) return false;
    if (!hasKey(json, 'utterances') && !hasKey(json, 'words')) return false;
    if (ASSEMBLYAI_KEYS.some((k) => hasKey(json, k))) return true;
    // A trimmed export without the header: recognise the items themselves (ms times, `text`).
    const utterances = field(json, 'utterances');
    const words = field(json, 'words');
    const first: unknown =
      Array.isArray(utterances) && utterances.length > 0 ? utterances[0] : Array.isArray(words) ? words[0] : undefined;
    return isObject(first) && hasKey(first, 'start') && hasKey(first, 'text') && !hasKey(first, 'word');
  },
  parse(json) {
    const root = requireObject(json, 'the AssemblyAI JSON');
    const status = field(root, 'status');
    if (typeof status === 'string' && status !== 'completed') {
      const error = field(root, 'error');
      throw invalidAt(
        'status',
        `is "${status}": the AssemblyAI transcript is not finished${typeof error === 'string' ? ` (${error})` : ''}`,
      );
    }
    const metadata = metadataFrom([
      ['id', field(root, 'id')],
      ['language_code', field(root, 'language_code')],
      ['audio_duration', field(root, 'audio_duration')],
    ]);
    return { format: 'assemblyai-json', cues: cuesOf(root).filter((c) => c.text !== ''), metadata };
  },
};

function cuesOf(root: JsonObject): RawCue[] {
  const utterances = optionalArray(field(root, 'utterances'), 'utterances');
  if (utterances !== null && utterances.length > 0)
    return utterances.map((u, i) => timedItem(u, pathTo('utterances', i)));
  const words = optionalArray(field(root, 'words'), 'words');
  if (words !== null && words.length > 0) return wordsToCues(words.map((w, i) => timedItem(w, pathTo('words', i))));
  // Neither utterances nor words: the plain text is all there is.
  const text = field(root, 'text');
  return typeof text === 'string' ? [{ speaker: null, startMs: null, endMs: null, text: text.trim(), line: null }] : [];
}

/** Utterances and words share one shape: `{ text, start, end, speaker }`. */
function timedItem(value: unknown, path: string): RawCue {
  const item = requireObject(value, path);
  const startMs = millisAt(field(item, 'start'), pathTo(path, 'start'));
  const endMs = millisAt(field(item, 'end'), pathTo(path, 'end'));
  checkSpan(startMs, endMs, pathTo(path, 'end'));
  const text = requireString(field(item, 'text'), pathTo(path, 'text')).trim();
  return { speaker: speakerAt(field(item, 'speaker'), pathTo(path, 'speaker')), startMs, endMs, text, line: null };
}
