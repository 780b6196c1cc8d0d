/**
 * Our own Transcript JSON (src/model/transcript.ts) read back in, alone or inside an analysis
 * object `{ transcript, ... }`, so that an exported analysis can be uploaded again.
 *
 * It goes back to raw cues (speaker names, times, text) and through normalisation like any other
 * format. Non-speech events are written back into the text as their labels (`[laughter]`) at their
 * recorded position, so normalisation finds them again.
 */
import { Transcript, type NonSpeechEvent, type Utterance } from '../../../model/transcript';
import type { JsonFormatParser, RawCue } from '../../types';
import { boundedMs, checkSpan, field, hasKey, invalidAt, isObject, pathTo, type JsonObject } from './json-fields';

/**
 * Our transcript, alone or wrapped in an analysis object.
 *
 * @example
 * transcriptJson.parse({ format: 'webvtt', hasTimings: true, durationMs: 3100,
 *   speakers: [{ id: 's1', name: 'Zoë Adams', aliases: [], anonymous: false }],
 *   utterances: [{ id: 'u1', speakerId: 's1', startMs: 1000, endMs: 4100, text: 'Okay, let us start.', turn: 0, line: 3 }],
 *   turns: [{ id: 't1', speakerId: 's1', utteranceIds: ['u1'] }],
 *   events: [], metadata: {}, warnings: [], issues: [], wordCount: 4 }).cues
 * // => [{ speaker: 'Zoë Adams', startMs: 1000, endMs: 4100, text: 'Okay, let us start.', line: null }]
 */
export const transcriptJson: JsonFormatParser = {
  format: 'transcript-json',
  label: "Transcript JSON (this tool's own export, or an analysis that contains one)",
  matches(json) {
    return isObject(json) && (looksLikeTranscript(json) || looksLikeTranscript(field(json, 'transcript')));
  },
  parse(json) {
    const wrapped = !looksLikeTranscript(json);
    const base = wrapped ? 'transcript' : '';
    const result = Transcript.safeParse(wrapped && isObject(json) ? field(json, 'transcript') : json);
    if (!result.success) {
      const [first] = result.error.issues;
      const more = result.error.issues.length - 1;
      const path = (first?.path ?? []).reduce<string>(
        (p, step) => pathTo(p, typeof step === 'number' ? step : String(step)),
        base,
      );
      throw invalidAt(
        path === '' ? 'the transcript' : path,
        `does not match the Transcript schema: ${first?.message ?? 'invalid'}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
      );
    }
    const transcript = result.data;
    const metadata = { sourceFormat: transcript.format, ...transcript.metadata };
    return {
      format: 'transcript-json',
      cues: cuesOf(transcript, base),
      metadata,
      timingsAreReal: transcript.hasTimings,
    };
  },
};

/** The three keys that every Transcript has and no vendor format combines. */
function looksLikeTranscript(value: unknown): value is JsonObject {
  return isObject(value) && hasKey(value, 'format') && hasKey(value, 'speakers') && hasKey(value, 'utterances');
}

/** The schema takes any whole number of milliseconds; like every other format's, a time is within a week. */
function withinRecording(ms: number | null, path: string): void {
  if (ms !== null) boundedMs(ms, path, ms);
}

function cuesOf(transcript: Transcript, base: string): RawCue[] {
  const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
  const utteranceIndex = new Map(transcript.utterances.map((u, i) => [u.id, i]));
  const nameOf = (speakerId: string, path: string): string => {
    const name = names.get(speakerId);
    if (name === undefined) throw invalidAt(path, `names speaker "${speakerId}", which is not in speakers`);
    return name;
  };

  const inline = new Map<number, NonSpeechEvent[]>();
  /** Events that stood alone, by the index of the utterance they follow (-1: before the first). */
  const alone = new Map<number, NonSpeechEvent[]>();
  let lastSeenUtterance = -1;
  const followedUtterance = utteranceBefore(transcript.utterances);
  transcript.events.forEach((event, i) => {
    const path = pathTo(pathTo(base, 'events'), i);
    if (event.speakerId !== null) nameOf(event.speakerId, pathTo(path, 'speakerId'));
    withinRecording(event.startMs, pathTo(path, 'startMs'));
    if (event.utteranceId !== null) {
      const index = utteranceIndex.get(event.utteranceId);
      if (index === undefined)
        throw invalidAt(
          pathTo(path, 'utteranceId'),
          `names utterance "${event.utteranceId}", which is not in utterances`,
        );
      pushTo(inline, index, event);
      lastSeenUtterance = index;
      return;
    }
    pushTo(alone, event.startMs !== null ? followedUtterance(event.startMs) : lastSeenUtterance, event);
  });

  const cues: RawCue[] = [];
  const addAlone = (index: number) => {
    for (const e of alone.get(index) ?? []) {
      if (e.label.trim() === '') continue;
      cues.push({
        speaker: e.speakerId === null ? null : names.get(e.speakerId)!,
        startMs: e.startMs,
        endMs: e.startMs,
        text: e.label,
        line: null,
      });
    }
  };
  addAlone(-1);
  transcript.utterances.forEach((u, i) => {
    const path = pathTo(pathTo(base, 'utterances'), i);
    withinRecording(u.startMs, pathTo(path, 'startMs'));
    withinRecording(u.endMs, pathTo(path, 'endMs'));
    checkSpan(u.startMs, u.endMs, pathTo(path, 'endMs'));
    const speaker = nameOf(u.speakerId, pathTo(path, 'speakerId'));
    const text = withEvents(u.text, inline.get(i) ?? []);
    // Like every parser, no cue without words: an edited file with an emptied utterance loses only that one.
    if (text.trim() !== '') cues.push({ speaker, startMs: u.startMs, endMs: u.endMs, text, line: null });
    addAlone(i);
  });
  return cues;
}

/**
 * A lookup for "the last utterance (in file order) that starts at or before this time", -1 when none
 * does; sorted once so that many events stay cheap.
 */
function utteranceBefore(utterances: readonly Utterance[]): (ms: number) => number {
  const timed = utterances
    .flatMap((u, index) => (u.startMs === null ? [] : [{ startMs: u.startMs, index }]))
    .sort((a, b) => a.startMs - b.startMs);
  const latestIndex: number[] = [];
  timed.forEach((t, k) => latestIndex.push(Math.max(t.index, latestIndex[k - 1] ?? -1)));
  return (ms) => {
    let lo = 0;
    let hi = timed.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (timed[mid]!.startMs <= ms) {
        found = latestIndex[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/**
 * Puts event labels back where they were: before, after, or between the middle words of the text.
 *
 * @example
 * withEvents('that was close', [{ label: '[laughter]', position: 'start' }, { label: '{disfmarker}', position: 'end' }])
 * // => '[laughter] that was close {disfmarker}'
 */
function withEvents(text: string, events: ReadonlyArray<Pick<NonSpeechEvent, 'label' | 'position'>>): string {
  if (events.length === 0) return text;
  const labels = (position: NonSpeechEvent['position']) =>
    events.filter((e) => e.position === position).map((e) => e.label);
  const words = text.split(' ').filter((w) => w !== '');
  const middle = Math.ceil(words.length / 2);
  return [
    ...labels('start'),
    ...words.slice(0, middle),
    ...labels('middle'),
    ...words.slice(middle),
    ...labels('end'),
    ...labels('alone'),
  ].join(' ');
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
