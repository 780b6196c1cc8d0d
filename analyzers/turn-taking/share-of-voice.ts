/**
 * Share of voice over the course of the meeting: the meeting is cut into equal parts (tenths by
 * default) of time, or of words without timings, and each speaker's share of the speech in each
 * part is reported. Shows who carried the start, who faded, who came in at the end.
 */
import type { TurnContext } from './context';
import { round4 } from './stats';
import type { TalkMeasure } from './talk-time';

export interface VoicePart {
  /** 1-based part number. */
  index: number;
  /** Time span of the part (time basis), else null. */
  startMs: number | null;
  endMs: number | null;
  /** Word span of the part, 0-based, end exclusive (word basis), else null. */
  startWord: number | null;
  endWord: number | null;
  /** Speech in the part: ms of talk (time basis, simultaneous talk counted per speaker) or words. */
  amount: number;
  /** Speaker id -> share of the part's speech, in [0, 1]; speakers silent in the part are omitted. */
  shares: Record<string, number>;
}

/**
 * @example
 * // Untimed, 20 words: Ana says the first 10, Ben the last 10: parts 1-5 are all Ana's, 6-10 all Ben's.
 * shareOfVoice(ctx, talk, 'words', 10)[0].shares // => { s1: 1 }
 */
export function shareOfVoice(ctx: TurnContext, talk: TalkMeasure, basis: 'time' | 'words', parts: number): VoicePart[] {
  return basis === 'time' ? byTime(ctx, talk, parts) : byWords(ctx, parts);
}

function byTime(ctx: TurnContext, talk: TalkMeasure, parts: number): VoicePart[] {
  // Utterances are sorted by start; the end is the latest end (not necessarily the last utterance's).
  const t0 = ctx.utterances[0]!.startMs!;
  let t1 = t0;
  for (let i = 0; i < ctx.utterances.length; i++) if (ctx.utterances[i]!.endMs! > t1) t1 = ctx.utterances[i]!.endMs!;
  const width = (t1 - t0) / parts;
  const amounts = Array.from({ length: parts }, () => new Map<string, number>());
  if (width > 0) {
    // Each speaker's amounts summed per part in a typed array, then entered once per part: a Map read and write
    // per interval piece cost more. Speakers enter each part in bySpeaker's order.
    const sums = new Float64Array(parts);
    for (const [speakerId, s] of talk.bySpeaker) {
      sums.fill(0);
      // Indexed loops without destructuring: an iterator result per interval was 2 MB at 250k words.
      for (let n = 0; n < s.intervals.length; n += 2) {
        const a = s.intervals[n]!;
        const b = s.intervals[n + 1]!;
        const first = Math.min(parts - 1, Math.floor((a - t0) / width));
        const last = Math.min(parts - 1, Math.floor((b - t0) / width));
        for (let k = first; k <= last; k++) {
          const lo = Math.max(a, t0 + k * width);
          const hi = Math.min(b, t0 + (k + 1) * width);
          if (hi > lo) sums[k]! += hi - lo;
        }
      }
      for (let k = 0; k < parts; k++) if (sums[k]! > 0) amounts[k]!.set(speakerId, sums[k]!);
    }
  }
  return amounts.map((m, k) =>
    toPart(k, m, {
      startMs: Math.round(t0 + k * width),
      endMs: Math.round(t0 + (k + 1) * width),
      startWord: null,
      endWord: null,
    }),
  );
}

function byWords(ctx: TurnContext, parts: number): VoicePart[] {
  const total = ctx.words.reduce((n, w) => n + w, 0);
  const width = total / parts;
  const amounts = Array.from({ length: parts }, () => new Map<string, number>());
  let position = 0;
  ctx.utterances.forEach((u, i) => {
    const a = position;
    const b = position + ctx.words[i]!;
    position = b;
    if (b === a || width === 0) return;
    const first = Math.min(parts - 1, Math.floor(a / width));
    const last = Math.min(parts - 1, Math.floor((b - 1e-9) / width));
    for (let k = first; k <= last; k++) {
      const lo = Math.max(a, k * width);
      const hi = Math.min(b, (k + 1) * width);
      if (hi > lo) amounts[k]!.set(u.speakerId, (amounts[k]!.get(u.speakerId) ?? 0) + (hi - lo));
    }
  });
  return amounts.map((m, k) =>
    toPart(k, m, {
      startMs: null,
      endMs: null,
      startWord: Math.round(k * width),
      endWord: Math.round((k + 1) * width),
    }),
  );
}

function toPart(
  k: number,
  amounts: Map<string, number>,
  span: Pick<VoicePart, 'startMs' | 'endMs' | 'startWord' | 'endWord'>,
): VoicePart {
  const amount = [...amounts.values()].reduce((n, a) => n + a, 0);
  const shares: Record<string, number> = {};
  for (const [speakerId, a] of amounts) shares[speakerId] = round4(a / amount);
  return { index: k + 1, ...span, amount: Math.round(amount * 100) / 100, shares };
}
