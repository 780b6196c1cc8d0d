/**
 * Uncredited restatement: a later utterance by someone else that repeats most of the distinctive
 * words of an earlier idea, well after the immediate exchange, with no credit phrase and no
 * mention of the idea's author. Word overlap is weak evidence (agreement, summaries and chance
 * produce it too), so findings are worded as questions and their precision limits are documented.
 *
 * Linear: only distinctive words (used in at most DF cap utterances) are indexed, so each word
 * of a later utterance meets at most that many earlier candidates.
 */
import * as z from 'zod';
import type { PreparedTranscript } from '../nlp/prepare';
import { respondingTo, type ConversationContext } from '../nlp/context';
import { firstNameOf, nameOf, type FindingCollector } from '../nlp/finding-collector';
import { namedNear } from '../nlp/names';
import { stem } from '../nlp/stem';
import { IMMEDIATE_REPLY_TURNS, MAX_GAP_TURNS, MIN_SHARED_DISTINCTIVE, MIN_SOURCE_COVERAGE } from './thresholds';

/**
 * A word in more utterances than this is a topic word, not part of one person's idea: 1% of the
 * utterances, at least 4 and at most 12 (the upper bound keeps the index linear in long meetings).
 *
 * @example
 * distinctiveCap(100)   // => 4
 * distinctiveCap(800)   // => 8
 * distinctiveCap(20000) // => 12
 */
export function distinctiveCap(utterances: number): number {
  return Math.min(12, Math.max(4, Math.ceil(utterances * 0.01)));
}

export const Restatement = z.object({
  sourceUtteranceId: z.string(),
  sourceSpeakerId: z.string(),
  laterUtteranceId: z.string(),
  laterSpeakerId: z.string(),
  sharedWords: z.array(z.string()),
  /** Shared distinctive words / the source's distinctive words. */
  coverage: z.number(),
  turnsLater: z.number().int(),
});
export type Restatement = z.infer<typeof Restatement>;

/**
 * @example
 * // Ana (turn 1): "We could shard the billing database by customer region."
 * // ... five turns about other things ...
 * // Ben (turn 7): "What if we shard billing by region, per customer database?"
 * restatements(p, ctx, credited, out)[0] // => { sourceUtteranceId: 'u1', laterUtteranceId: 'u7', sharedWords: [...], ... }
 */
export function restatements(
  p: PreparedTranscript,
  ctx: ConversationContext,
  credited: ReadonlySet<number>,
  out: FindingCollector,
): Restatement[] {
  const utterances = p.transcript.utterances;
  // Per content word, by its id in the transcript (typed arrays, not Maps keyed by the word): in how many utterances
  // it is said, where it was first said, and the word itself.
  const df = new Int32Array(ctx.contentKeyCount);
  const firstAt = new Int32Array(ctx.contentKeyCount).fill(-1);
  const keyOf: string[] = new Array(ctx.contentKeyCount);
  // Indexed loops on the per-word paths (no callback per word): this file runs over every content word twice.
  for (let i = 0; i < ctx.contentIds.length; i++) {
    const ids = ctx.contentIds[i]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (df[id]!++ === 0) {
        firstAt[id] = i;
        keyOf[id] = ctx.contentKeys[i]![k]!;
      }
    }
  }
  const cap = distinctiveCap(utterances.length);
  const n = ctx.contentIds.length;
  // Flat typed arrays, not a list per utterance and per word (15,000 lists at 250k words):
  // - each utterance's distinctive words: ids distinct[from[i] .. from[i + 1]);
  // - each distinctive word's utterances, in order: post[postFrom[id] .. postFrom[id + 1]) (a word is said at most
  //   once per utterance's content words, so it has df[id] of them).
  const from = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const ids = ctx.contentIds[i]!;
    let kept = 0;
    for (let k = 0; k < ids.length; k++) if (df[ids[k]!]! <= cap) kept++;
    from[i + 1] = from[i]! + kept;
  }
  const distinct = new Int32Array(from[n]!);
  const postFrom = new Int32Array(ctx.contentKeyCount + 1);
  for (let id = 0; id < ctx.contentKeyCount; id++) postFrom[id + 1] = postFrom[id]! + (df[id]! <= cap ? df[id]! : 0);
  const post = new Int32Array(postFrom[ctx.contentKeyCount]!);
  const postNext = postFrom.slice(0, ctx.contentKeyCount);
  for (let i = 0, at = 0; i < n; i++) {
    const ids = ctx.contentIds[i]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (df[id]! > cap) continue;
      distinct[at++] = id;
      post[postNext[id]!++] = i;
    }
  }
  const distinctCount = (i: number): number => from[i + 1]! - from[i]!;

  const found: Restatement[] = [];
  const reported = new Set<string>();
  for (let j = 0; j < utterances.length; j++) {
    const speaker = ctx.speakerOf[j]!;
    const turn = utterances[j]!.turn;
    if (distinctCount(j) >= MIN_SHARED_DISTINCTIVE && !credited.has(j)) {
      // Indexed loops and a Map only once a source qualifies: this runs for most utterances of a long meeting.
      let shared: Map<number, number[]> | null = null;
      for (let w = from[j]!; w < from[j + 1]!; w++) {
        const id = distinct[w]!;
        // The earlier utterances that said the word (its list is in order: stop at this one).
        for (let s = postFrom[id]!; s < postFrom[id + 1]! && post[s]! < j; s++) {
          const src = post[s]!;
          const gap = turn - utterances[src]!.turn;
          if (ctx.speakerOf[src] === speaker || gap <= IMMEDIATE_REPLY_TURNS || gap > MAX_GAP_TURNS) continue;
          shared ??= new Map();
          const list = shared.get(src);
          if (list) list.push(id);
          else shared.set(src, [id]);
        }
      }
      const best = shared && bestSource(ctx, j, shared, distinctCount, firstAt, reported);
      if (best) {
        const src = best.src;
        const keys = best.ids.map((id) => keyOf[id]!);
        const sourceSpeakerId = ctx.speakerOf[src]!;
        reported.add(`${src}:${speaker}`);
        const item: Restatement = {
          sourceUtteranceId: utterances[src]!.id,
          sourceSpeakerId,
          laterUtteranceId: utterances[j]!.id,
          laterSpeakerId: speaker,
          sharedWords: keys.map((k) => ctx.content[src]!.get(k)!),
          coverage: Math.round((keys.length / distinctCount(src)) * 1000) / 1000,
          turnsLater: turn - utterances[src]!.turn,
        };
        found.push(item);
        const span = quoteSpan(ctx, j, new Set(keys));
        out.add({
          kind: 'uncredited-restatement',
          ruleId: 'uncredited-restatement',
          speakerId: speaker,
          utterance: j,
          ...span,
          severity: 'low',
          targetSpeakerId: sourceSpeakerId,
          suggestion: p.speakerById.get(sourceSpeakerId)?.anonymous
            ? `If this builds on ${nameOf(p, sourceSpeakerId)}'s earlier point, say whose it was.`
            : `If this builds on ${nameOf(p, sourceSpeakerId)}'s earlier point, say so ("as ${firstNameOf(p, sourceSpeakerId)} suggested ...").`,
          note: `This repeats ${keys.length} of the ${distinctCount(src)} distinctive words (${item.sharedWords.join(', ')}) of what ${nameOf(p, sourceSpeakerId)} said ${item.turnsLater} turns earlier (${item.sourceUtteranceId}), without naming them. Word overlap cannot tell agreement, a summary or coincidence from an idea changing hands: check the context.`,
        });
      }
    }
  }
  return found;
}

function bestSource(
  ctx: ConversationContext,
  j: number,
  shared: ReadonlyMap<number, number[]>,
  distinctCount: (i: number) => number,
  firstAt: Int32Array,
  reported: ReadonlySet<string>,
): { src: number; ids: number[] } | null {
  const speaker = ctx.speakerOf[j]!;
  let best: { src: number; ids: number[] } | null = null;
  for (const [src, ids] of shared) {
    if (ids.length < MIN_SHARED_DISTINCTIVE || ids.length / distinctCount(src) < MIN_SOURCE_COVERAGE) continue;
    const author = ctx.speakerOf[src]!;
    if (reported.has(`${src}:${speaker}`)) continue;
    // A direct reply to the author is not uncredited: everyone heard whose point it answers.
    const previous = ctx.previousOther[j]!;
    const answered = respondingTo(ctx, j);
    if ((previous >= 0 && ctx.speakerOf[previous] === author) || (answered >= 0 && ctx.speakerOf[answered] === author))
      continue;
    // The idea must be the author's: most shared words first said by them, none first said by the restater.
    const origins = ids.map((id) => firstAt[id]!);
    if (origins.some((at) => ctx.speakerOf[at] === speaker && at < src)) continue;
    if (origins.filter((at) => ctx.speakerOf[at] === author && at <= src).length * 2 < ids.length) continue;
    if (
      namedNear(ctx.views[j]!, 0, ctx.views[j]!.tokens.length, 0, ctx.names, speaker).some((n) =>
        n.speakerIds.includes(author),
      )
    )
      continue;
    if (!best || ids.length > best.ids.length) best = { src, ids };
  }
  return best;
}

/** The stretch of the later utterance from the first to the last shared word, at most 30 words. */
function quoteSpan(
  ctx: ConversationContext,
  j: number,
  keys: ReadonlySet<string>,
): { quoteStart: number; quoteEnd: number } {
  const view = ctx.views[j]!;
  let first = -1;
  let last = -1;
  view.lower.forEach((w, k) => {
    if (!keys.has(stem(w))) return;
    if (first < 0) first = k;
    if (k - first < 30) last = k;
  });
  if (first < 0) return { quoteStart: 0, quoteEnd: view.text.length };
  return { quoteStart: view.tokens[first]!.start, quoteEnd: view.tokens[last]!.end };
}
