/**
 * Names the shape of a JSON value that no parser recognised, for the unknown-format error:
 * what the top level is and its keys. (Rev, Speechmatics, IBM, Google and Azure exports, once only
 * named here as "recognised but not supported", are read by their own parsers now.)
 */
import { isObject, type JsonObject } from './json-fields';

/** At most this many keys are listed; long or odd keys are shortened so the message stays readable. */
const MAX_KEYS_SHOWN = 8;
const MAX_KEY_LENGTH = 30;

/**
 * Describes a JSON value in a few words.
 *
 * @example
 * describeJsonShape({ title: 'Weekly sync', attendees: [] }) // => 'a JSON object with keys title, attendees'
 * describeJsonShape([1, 2]) // => 'a JSON array of 2 numbers'
 * describeJsonShape(null)   // => 'the JSON value null'
 */
export function describeJsonShape(json: unknown): string {
  if (json === null) return 'the JSON value null';
  if (Array.isArray(json)) return describeArray(json);
  if (!isObject(json)) return `a JSON ${typeof json}`;
  const keys = Object.keys(json);
  if (keys.length === 0) return 'an empty JSON object';
  return `a JSON object with keys ${listKeys(keys)}`;
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
  const plural: Record<string, string> = {
    string: 'strings',
    number: 'numbers',
    boolean: 'booleans',
    null: 'nulls',
    array: 'arrays',
  };
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
