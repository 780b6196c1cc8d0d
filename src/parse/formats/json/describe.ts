/**
 * Names the shape of a JSON value that no parser recognised, for the unknown-format error:
 * what the top level is, its keys, and which vendor's export it resembles when we know that
 * vendor but do not read its format.
 */
import { field, hasKey, isObject, type JsonObject } from './json-fields';

interface UnsupportedShape {
  vendor: string;
  /** The key that gives the vendor away, as shown in messages and docs. */
  identifiedBy: string;
  looksLike(json: JsonObject): boolean;
  /** Where the shape was checked. */
  source: string;
}

/** The first element of an array-valued key, if that is an object. */
function firstObject(json: JsonObject, key: string): JsonObject | null {
  const list = field(json, key);
  return Array.isArray(list) && isObject(list[0]) ? list[0] : null;
}

/** Speech-to-text exports we recognise but do not parse. Order matters: Speechmatics and IBM before Google (all have `results[].alternatives`). */
export const UNSUPPORTED_VENDOR_SHAPES: readonly UnsupportedShape[] = [
  {
    // {"monologues":[{"speaker":1,"elements":[{"type":"text","value":"Hello","ts":0.0,"end_ts":1.0}]}]}
    vendor: 'Rev.ai',
    identifiedBy: 'monologues',
    looksLike: (json) => Array.isArray(field(json, 'monologues')),
    source: 'Rev.ai transcript JSON (Linguistic-Data-Consortium/ldcsplbtk test/fixtures/rev.json)',
  },
  {
    // {"format":"2.9","job":{...},"metadata":{...},"results":[{"type":"word","start_time":0.5,"alternatives":[{"content":"Hello","speaker":"S1"}]}]}
    vendor: 'Speechmatics',
    identifiedBy: 'job with results[].alternatives',
    looksLike: (json) => hasKey(json, 'job') && hasKey(firstObject(json, 'results') ?? {}, 'alternatives'),
    source: 'Speechmatics json-v2 transcript (docs.speechmatics.com); listed so that it is not mistaken for Google',
  },
  {
    // {"results":[{"alternatives":[{"transcript":"Hello world","timestamps":[["Hello",0.0,1.0]]}]}],"speaker_labels":[{"from":0.0,"to":2.5,"speaker":0}]}
    vendor: 'IBM Watson Speech to Text',
    identifiedBy: 'results[].alternatives with speaker_labels',
    looksLike: (json) => hasKey(firstObject(json, 'results') ?? {}, 'alternatives') && (Array.isArray(field(json, 'speaker_labels')) || hasKey(json, 'result_index') || hasKey(json, 'audio_metrics')),
    source: 'IBM Watson STT recognize response (ldcsplbtk test/fixtures/ibm_watson.json)',
  },
  {
    // {"results":[{"alternatives":[{"transcript":"Hello world","words":[{"word":"Hello","startTime":{"seconds":0},"speakerTag":1}]}]}]}
    vendor: 'Google Cloud Speech-to-Text',
    identifiedBy: 'results[].alternatives',
    looksLike: (json) => hasKey(firstObject(json, 'results') ?? {}, 'alternatives'),
    source: 'Google STT v1 and v2 recognize responses (ldcsplbtk test/fixtures/google_cloud_v1.json, google_cloud_v2.json)',
  },
  {
    // {"source":"example.wav","recognizedPhrases":[{"speaker":1,"nBest":[{"lexical":"hello world","words":[...]}]}]}
    vendor: 'Azure Speech batch transcription',
    identifiedBy: 'recognizedPhrases',
    looksLike: (json) => Array.isArray(field(json, 'recognizedPhrases')),
    source: 'Azure Speech batch transcription result (ldcsplbtk test/fixtures/azure.json)',
  },
];

/** At most this many keys are listed; long or odd keys are shortened so the message stays readable. */
const MAX_KEYS_SHOWN = 8;
const MAX_KEY_LENGTH = 30;

/**
 * Describes a JSON value in a few words.
 *
 * @example
 * describeJsonShape({ monologues: [], job: {} })
 * // => 'a JSON object with keys monologues, job (looks like an export from Rev.ai, identified by "monologues", which is not supported: export it as WebVTT, SRT or plain text instead)'
 * describeJsonShape([1, 2]) // => 'a JSON array of 2 numbers'
 * describeJsonShape(null)   // => 'the JSON value null'
 */
export function describeJsonShape(json: unknown): string {
  if (json === null) return 'the JSON value null';
  if (Array.isArray(json)) return describeArray(json);
  if (!isObject(json)) return `a JSON ${typeof json}`;
  const keys = Object.keys(json);
  if (keys.length === 0) return 'an empty JSON object';
  const vendor = UNSUPPORTED_VENDOR_SHAPES.find((shape) => shape.looksLike(json));
  const hint = vendor ? ` (looks like an export from ${vendor.vendor}, identified by "${vendor.identifiedBy}", which is not supported: export it as WebVTT, SRT or plain text instead)` : '';
  return `a JSON object with keys ${listKeys(keys)}${hint}`;
}

function describeArray(list: readonly unknown[]): string {
  if (list.length === 0) return 'an empty JSON array';
  const kinds = new Set(list.slice(0, 100).map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)));
  const count = `${list.length}`;
  if (kinds.size > 1) return `a JSON array of ${count} mixed values`;
  const [kind] = [...kinds];
  if (kind === 'object') {
    const keys = Object.keys(list[0] as JsonObject);
    return `a JSON array of ${count} object${list.length === 1 ? '' : 's'}${keys.length > 0 ? ` with keys ${listKeys(keys)}` : ''}`;
  }
  const plural: Record<string, string> = { string: 'strings', number: 'numbers', boolean: 'booleans', null: 'nulls', array: 'arrays' };
  return `a JSON array of ${count} ${plural[kind ?? ''] ?? 'values'}`;
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_KEYS_SHOWN).map(shortKey).join(', ');
  return keys.length > MAX_KEYS_SHOWN ? `${shown}, ... (${keys.length} keys)` : shown;
}

function shortKey(key: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  const clean = key.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > MAX_KEY_LENGTH ? `${clean.slice(0, MAX_KEY_LENGTH)}...` : clean;
}
