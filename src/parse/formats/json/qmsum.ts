/**
 * QMSum meeting JSON (Zhong et al., NAACL 2021): `{ meeting_transcripts: [{ speaker, content }], topic_list, ... }`.
 * Turn order only, no timings. Content keeps the corpus's markers (`{vocalsound}`, `{disfmarker}`,
 * `{gap}`): normalisation turns them into events.
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  field,
  hasKey,
  isObject,
  optionalString,
  pathTo,
  requireArray,
  requireObject,
  requireString,
} from './json-fields';

/**
 * QMSum JSON.
 *
 * @example
 * qmsumJson.parse({ meeting_transcripts: [{ speaker: 'Project Manager', content: 'Okay , let us start . {vocalsound}' }] })
 * // => { format: 'qmsum-json', cues: [{ speaker: 'Project Manager', startMs: null, endMs: null, text: 'Okay , let us start . {vocalsound}', line: null }], timingsAreReal: false }
 */
export const qmsumJson: JsonFormatParser = {
  format: 'qmsum-json',
  label: 'QMSum meeting JSON',
  matches(json) {
    return isObject(json) && hasKey(json, 'meeting_transcripts');
  },
  parse(json) {
    const root = requireObject(json, 'the QMSum JSON');
    const turns = requireArray(field(root, 'meeting_transcripts'), 'meeting_transcripts');
    const cues: RawCue[] = [];
    turns.forEach((value, i) => {
      const path = pathTo('meeting_transcripts', i);
      const turn = requireObject(value, path);
      const speaker = optionalString(field(turn, 'speaker'), pathTo(path, 'speaker'))?.trim() || null;
      const text = requireString(field(turn, 'content'), pathTo(path, 'content')).trim();
      if (text !== '') cues.push({ speaker, startMs: null, endMs: null, text, line: null });
    });
    return { format: 'qmsum-json', cues, timingsAreReal: false };
  },
};
