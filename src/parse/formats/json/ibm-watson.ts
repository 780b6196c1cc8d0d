/**
 * IBM Watson Speech to Text `recognize` response:
 * `{ result_index: 0,
 * results: [{ final: true, alternatives: [{ transcript, timestamps: [["hello", 0.5, 0.9], ...] }] }],
 * speaker_labels: [{ from: 0.5, to: 0.9, speaker: 0, confidence, final }] }`, times in seconds.
 * Speaker labels are per word (`from` is the word's start), so each word takes the label that starts
 * with it, or else the label whose span contains it. `%HESITATION` is Watson's token for "uh"/"um",
 * not a word anyone said, so it is left out.
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  checkSpan,
  field,
  hasKey,
  invalidAt,
  isObject,
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

const HESITATION = '%HESITATION';

/**
 * IBM Watson STT JSON.
 *
 * @example
 * ibmWatsonJson.parse({
 *   results: [{ alternatives: [{ transcript: 'hello there ', timestamps: [['hello', 0.5, 0.9], ['there', 1, 1.4]] }] }],
 *   speaker_labels: [{ from: 0.5, to: 0.9, speaker: 0 }, { from: 1, to: 1.4, speaker: 0 }] }).cues
 * // => [{ speaker: 'Speaker 0', startMs: 500, endMs: 1400, text: 'hello there', line: null }]
 */
export const ibmWatsonJson: JsonFormatParser = {
  format: 'ibm-watson-json',
  label: 'IBM Watson Speech to Text JSON',
  matches(json) {
    if (!isObject(json)) return false;
    const results = field(json, 'results');
    if (!Array.isArray(results)) return false;
    const first: unknown = results[0];
    if (first === undefined) return Array.isArray(field(json, 'speaker_labels'));
    if (!isObject(first) || !hasKey(first, 'alternatives') || hasKey(first, 'type')) return false;
    if (Array.isArray(field(json, 'speaker_labels')) || hasKey(json, 'result_index') || hasKey(json, 'audio_metrics'))
      return true;
    const alternatives = field(first, 'alternatives');
    return Array.isArray(alternatives) && isObject(alternatives[0]) && hasKey(alternatives[0], 'timestamps');
  },
  parse(json) {
    const root = requireObject(json, 'the IBM Watson JSON');
    const speakerOf = speakerLookup(root);
    const cues: RawCue[] = [];
    requireArray(field(root, 'results'), 'results').forEach((value, i) => {
      const path = pathTo('results', i);
      const alternativesPath = pathTo(path, 'alternatives');
      const alternatives = optionalArray(field(requireObject(value, path), 'alternatives'), alternativesPath) ?? [];
      if (alternatives.length === 0) return;
      const bestPath = pathTo(alternativesPath, 0);
      const best = requireObject(alternatives[0], bestPath);
      const timestampsPath = pathTo(bestPath, 'timestamps');
      const timestamps = optionalArray(field(best, 'timestamps'), timestampsPath);
      if (timestamps === null || timestamps.length === 0) {
        const transcript = optionalString(field(best, 'transcript'), pathTo(bestPath, 'transcript')) ?? '';
        cues.push({ speaker: null, startMs: null, endMs: null, text: withoutHesitations(transcript), line: null });
        return;
      }
      const words = timestamps
        .map((t, j) => watsonWord(t, pathTo(timestampsPath, j), speakerOf))
        .filter((w) => w.text !== HESITATION);
      cues.push(...wordsToCues(words));
    });
    return { format: 'ibm-watson-json', cues: mergeAcrossResults(cues).filter((c) => c.text !== ''), metadata: {} };
  },
};

/** One `["word", start, end]` triple. */
function watsonWord(value: unknown, path: string, speakerOf: (startMs: number | null) => string | null): TimedWord {
  const triple = requireArray(value, path);
  if (triple.length < 3) throw invalidAt(path, 'should be ["word", start, end]', value);
  const text = requireString(triple[0], pathTo(path, 0));
  const startMs = secondsAt(triple[1], pathTo(path, 1));
  const endMs = secondsAt(triple[2], pathTo(path, 2));
  checkSpan(startMs, endMs, pathTo(path, 2));
  return { speaker: speakerOf(startMs), startMs, endMs, text };
}

/** Speaker label by word start; a word without an exact match takes the label whose span contains it. */
function speakerLookup(root: JsonObject): (startMs: number | null) => string | null {
  const labels = (optionalArray(field(root, 'speaker_labels'), 'speaker_labels') ?? []).map((value, i) => {
    const path = pathTo('speaker_labels', i);
    const label = requireObject(value, path);
    const fromMs = secondsAt(field(label, 'from'), pathTo(path, 'from'));
    const toMs = secondsAt(field(label, 'to'), pathTo(path, 'to'));
    checkSpan(fromMs, toMs, pathTo(path, 'to'));
    return { fromMs, toMs, speaker: speakerAt(field(label, 'speaker'), pathTo(path, 'speaker')) };
  });
  const byStart = new Map(labels.filter((l) => l.fromMs !== null).map((l) => [l.fromMs!, l.speaker]));
  return (startMs) => {
    if (startMs === null) return null;
    if (byStart.has(startMs)) return byStart.get(startMs)!;
    return (
      labels.find((l) => l.fromMs !== null && l.toMs !== null && l.fromMs <= startMs && startMs < l.toMs)?.speaker ??
      null
    );
  };
}

function withoutHesitations(transcript: string): string {
  return transcript
    .split(/\s+/)
    .filter((w) => w !== '' && w !== HESITATION)
    .join(' ');
}

/**
 * Watson splits results at pauses, not at speaker changes: consecutive cues of one speaker across a
 * short pause are one turn. The same rule as within a result (words-to-cues.ts) decides.
 */
function mergeAcrossResults(cues: RawCue[]): RawCue[] {
  const words: TimedWord[] = cues.map((c) => ({
    speaker: c.speaker,
    startMs: c.startMs,
    endMs: c.endMs,
    text: c.text,
  }));
  return cues.some((c) => c.startMs === null) ? cues : wordsToCues(words);
}
