/**
 * Rev.ai transcript JSON (`Accept: application/vnd.rev.transcript.v1.0+json`):
 * `{ monologues: [{ speaker: 1, speaker_name?: "Zoë",
 * elements: [{ type: "text", value: "Hello", ts: 0.5, end_ts: 0.9 },
 * { type: "punct", value: "." }, { type: "punct", value: " " }] }] }`, times in seconds.
 * A monologue is one speaker's uninterrupted stretch: Rev's own segmentation, kept as one cue.
 * Punctuation elements (and the spaces Rev writes as punctuation) have no times.
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  checkSpan,
  field,
  hasKey,
  isObject,
  pathTo,
  requireArray,
  requireObject,
  requireString,
  secondsAt,
  speakerAt,
} from './json-fields';
import { joinWords } from './words-to-cues';

/**
 * Rev.ai JSON.
 *
 * @example
 * revJson.parse({ monologues: [{ speaker: 1, elements: [
 *   { type: 'text', value: 'Hello', ts: 0.5, end_ts: 0.9 }, { type: 'punct', value: '.' },
 * ] }] }).cues
 * // => [{ speaker: 'Speaker 1', startMs: 500, endMs: 900, text: 'Hello.', line: null }]
 */
export const revJson: JsonFormatParser = {
  format: 'rev-json',
  label: 'Rev.ai transcript JSON (monologues)',
  matches(json) {
    if (!isObject(json)) return false;
    const monologues = field(json, 'monologues');
    if (!Array.isArray(monologues)) return false;
    return monologues.length === 0 || (isObject(monologues[0]) && hasKey(monologues[0], 'elements'));
  },
  parse(json) {
    const root = requireObject(json, 'the Rev.ai JSON');
    const monologues = requireArray(field(root, 'monologues'), 'monologues');
    const cues = monologues.map((m, i) => monologueCue(m, pathTo('monologues', i)));
    return { format: 'rev-json', cues: cues.filter((c) => c.text !== ''), metadata: {} };
  },
};

function monologueCue(value: unknown, path: string): RawCue {
  const monologue = requireObject(value, path);
  const name = field(monologue, 'speaker_name');
  // A name typed in Rev's editor beats the diarisation number.
  const speaker =
    typeof name === 'string' && name.trim() !== ''
      ? name.trim()
      : speakerAt(field(monologue, 'speaker'), pathTo(path, 'speaker'));
  const elementsPath = pathTo(path, 'elements');
  const tokens: string[] = [];
  let startMs: number | null = null;
  let endMs: number | null = null;
  requireArray(field(monologue, 'elements'), elementsPath).forEach((e, j) => {
    const elementPath = pathTo(elementsPath, j);
    const element = requireObject(e, elementPath);
    const text = requireString(field(element, 'value'), pathTo(elementPath, 'value')).trim();
    if (text !== '') tokens.push(text);
    const ts = secondsAt(field(element, 'ts'), pathTo(elementPath, 'ts'));
    const endTs = secondsAt(field(element, 'end_ts'), pathTo(elementPath, 'end_ts'));
    checkSpan(ts, endTs, pathTo(elementPath, 'end_ts'));
    if (ts !== null && startMs === null) startMs = ts;
    if (endTs !== null) endMs = endMs === null ? endTs : Math.max(endMs, endTs);
  });
  return { speaker, startMs, endMs, text: joinWords(tokens), line: null };
}
