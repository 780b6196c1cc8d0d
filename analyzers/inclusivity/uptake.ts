/**
 * Uptake: a person's ideas picked up by others. An utterance "introduces" a content word when
 * nobody used it in the previous UPTAKE_WINDOW_TURNS turns; when another speaker uses at least
 * MIN_SHARED_WORDS of the words one utterance introduced, within that many turns, the idea was
 * taken up. One pass, with the utterance that introduced each word in an array by word id: linear in words.
 *
 * Source: "uptake" in classroom discourse, a reply that incorporates the previous speaker's words
 * (Collins 1982; Nystrand & Gamoran 1991), measured here by shared content words, as in Demszky et
 * al. (2021) "Measuring conversational uptake: a case study on student-teacher interactions" (ACL),
 * whose lexical baseline is content-word overlap.
 */
import * as z from 'zod';
import type { PreparedTranscript } from '../nlp/prepare';
import type { ConversationContext } from '../nlp/context';
import { MIN_SHARED_WORDS, UPTAKE_WINDOW_TURNS } from './thresholds';

export const UptakePair = z.object({
  sourceUtteranceId: z.string(),
  sourceSpeakerId: z.string(),
  laterUtteranceId: z.string(),
  laterSpeakerId: z.string(),
  /** The shared words, as the source said them. */
  words: z.array(z.string()),
});
export type UptakePair = z.infer<typeof UptakePair>;

export const SpeakerUptake = z.object({
  speakerId: z.string(),
  /** Utterances of theirs that introduced at least MIN_SHARED_WORDS new content words. */
  ideasOffered: z.number().int().nonnegative(),
  /** Of those, how many someone else picked up. */
  ideasTakenUp: z.number().int().nonnegative(),
  /** Pairs (their utterance -> a later one by someone else): one idea can be taken up several times. */
  timesTakenUp: z.number().int().nonnegative(),
  takenUpBy: z.array(z.string()),
  /** How often they picked up someone else's idea (a listening signal). */
  tookUpOthers: z.number().int().nonnegative(),
});
export type SpeakerUptake = z.infer<typeof SpeakerUptake>;

export const UptakeResult = z.object({
  windowTurns: z.number().int(),
  minSharedWords: z.number().int(),
  speakers: z.array(SpeakerUptake),
  pairs: z.array(UptakePair),
});
export type UptakeResult = z.infer<typeof UptakeResult>;

/**
 * @example
 * // Ana: "We could cache the nightly report."  Ben: "Caching the report nightly would halve the load."
 * uptake(p, ctx).pairs[0] // => { sourceUtteranceId: 'u1', laterUtteranceId: 'u2', words: ['cache', 'nightly', 'report'], ... }
 */
export function uptake(p: PreparedTranscript, ctx: ConversationContext): UptakeResult {
  const utterances = p.transcript.utterances;
  const turnOf = ctx.turnOf;
  // Per content word (by its id in the transcript): the utterance that introduced it and its latest use, -1 when
  // not said yet. Typed arrays, not a Map of objects: one object per distinct word was 1.2 MB at 250k words.
  const introducedAt = new Int32Array(ctx.contentKeyCount).fill(-1);
  const lastUse = new Int32Array(ctx.contentKeyCount);
  const introducedCount = new Int32Array(utterances.length);
  const pairs: UptakePair[] = [];
  const pairSources: number[] = [];
  // Scratch for one utterance, reused (no Map or word list per utterance; most sources share a single word):
  // per source utterance, how many words this one shares with it; the sources in the order first met; and per
  // word k, the source it is shared with (-1: none).
  const sharedCount = new Int32Array(utterances.length);
  const order: number[] = [];
  let sourceOf = new Int32Array(64);

  for (let j = 0; j < utterances.length; j++) {
    const turn = turnOf[j]!;
    const speaker = ctx.speakerOf[j]!;
    const ids = ctx.contentIds[j]!;
    if (sourceOf.length < ids.length) sourceOf = new Int32Array(ids.length * 2);
    let sources = 0;
    // An utterance's keys are distinct: reading a word's state, then updating it, word by word, is the same as
    // reading all of them, then updating all.
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const src = introducedAt[id]!;
      sourceOf[k] = -1;
      if (src < 0) {
        introducedAt[id] = j;
        lastUse[id] = j;
        introducedCount[j]!++;
        continue;
      }
      if (ctx.speakerOf[src] !== speaker && turn - turnOf[src]! <= UPTAKE_WINDOW_TURNS) {
        sourceOf[k] = src;
        if (sharedCount[src]!++ === 0) order[sources++] = src;
      }
      if (turn - turnOf[lastUse[id]!]! > UPTAKE_WINDOW_TURNS) {
        introducedAt[id] = j;
        introducedCount[j]!++;
      }
      lastUse[id] = j;
    }
    for (let s = 0; s < sources; s++) {
      const src = order[s]!;
      const n = sharedCount[src]!;
      sharedCount[src] = 0;
      if (n < MIN_SHARED_WORDS) continue;
      // The shared words as the source said them, in this utterance's order.
      const words: string[] = [];
      const keys = ctx.contentKeys[j]!;
      for (let k = 0; k < ids.length; k++) if (sourceOf[k] === src) words.push(ctx.content[src]!.get(keys[k]!)!);
      pairs.push({
        sourceUtteranceId: utterances[src]!.id,
        sourceSpeakerId: ctx.speakerOf[src]!,
        laterUtteranceId: utterances[j]!.id,
        laterSpeakerId: speaker,
        words,
      });
      pairSources.push(src);
    }
  }
  return {
    windowTurns: UPTAKE_WINDOW_TURNS,
    minSharedWords: MIN_SHARED_WORDS,
    speakers: perSpeaker(ctx, introducedCount, pairs, pairSources),
    pairs,
  };
}

function perSpeaker(
  ctx: ConversationContext,
  introducedCount: Int32Array,
  pairs: readonly UptakePair[],
  pairSources: readonly number[],
): SpeakerUptake[] {
  const stats = new Map<
    string,
    { offered: number; takenUp: Set<number>; times: number; by: Set<string>; tookUp: number }
  >();
  const of = (id: string) => {
    let s = stats.get(id);
    if (!s) stats.set(id, (s = { offered: 0, takenUp: new Set(), times: 0, by: new Set(), tookUp: 0 }));
    return s;
  };
  ctx.speakerOf.forEach((id, i) => {
    const s = of(id);
    if (introducedCount[i]! >= MIN_SHARED_WORDS) s.offered++;
  });
  pairs.forEach((pair, k) => {
    const source = of(pair.sourceSpeakerId);
    source.takenUp.add(pairSources[k]!);
    source.times++;
    source.by.add(pair.laterSpeakerId);
    of(pair.laterSpeakerId).tookUp++;
  });
  return [...stats].map(([speakerId, s]) => ({
    speakerId,
    ideasOffered: s.offered,
    ideasTakenUp: s.takenUp.size,
    timesTakenUp: s.times,
    takenUpBy: [...s.by],
    tookUpOthers: s.tookUp,
  }));
}
