/**
 * How much each person spoke: time (the union of their utterance intervals, so that their own
 * overlapping cues are not counted twice) and words. Shares use time when timings are real and
 * words otherwise; simultaneous speech counts for each speaker, so time shares sum to 1 over
 * speakers, not over the meeting's duration.
 */
import type { TurnContext } from './context';

export interface SpeakerTalk {
  /** Union of the speaker's utterance intervals; 0 without timings. */
  talkMs: number;
  words: number;
  /**
   * Merged [start, end) intervals in time order, flat: start, end, start, end ... (empty without timings). Numbers,
   * not a pair array per interval: one per utterance was 1.5 MB at 250k words.
   */
  intervals: number[];
}

export interface TalkMeasure {
  bySpeaker: Map<string, SpeakerTalk>;
  totalMs: number;
  totalWords: number;
}

/**
 * @example
 * // Ana 0-2 s and 1-3 s (her own cues overlap), Ben 3-4 s: Ana 3000 ms, Ben 1000 ms.
 * measureTalk(ctx).bySpeaker.get('s1')?.talkMs // => 3000
 */
export function measureTalk(ctx: TurnContext): TalkMeasure {
  const bySpeaker = new Map<string, SpeakerTalk>();
  for (const s of ctx.prepared.transcript.speakers) bySpeaker.set(s.id, { talkMs: 0, words: 0, intervals: [] });
  let totalWords = 0;
  for (let i = 0; i < ctx.utterances.length; i++) {
    const u = ctx.utterances[i]!;
    let talk = bySpeaker.get(u.speakerId);
    if (talk === undefined) bySpeaker.set(u.speakerId, (talk = { talkMs: 0, words: 0, intervals: [] }));
    talk.words += ctx.words[i]!;
    totalWords += ctx.words[i]!;
    if (!ctx.timed) continue;
    // Utterances come sorted by start, so each speaker's intervals arrive in start order too.
    const start = u.startMs!;
    const end = Math.max(start, u.endMs!);
    const at = talk.intervals.length - 1; // the end of the last interval, -1 for none
    if (at > 0 && start <= talk.intervals[at]!) talk.intervals[at] = Math.max(talk.intervals[at]!, end);
    else talk.intervals.push(start, end);
  }
  let totalMs = 0;
  for (const talk of bySpeaker.values()) {
    let ms = 0;
    for (let n = 0; n < talk.intervals.length; n += 2) ms += talk.intervals[n + 1]! - talk.intervals[n]!;
    talk.talkMs = ms;
    totalMs += talk.talkMs;
  }
  return { bySpeaker, totalMs, totalWords };
}
