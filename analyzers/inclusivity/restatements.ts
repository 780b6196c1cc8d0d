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
  const df = new Map<string, number>();
  const firstSpeaker = new Map<string, { at: number; speakerId: string }>();
  // Indexed loops on the per-word paths (no callback per word): this file runs over every content word twice.
  for (let i = 0; i < ctx.contentKeys.length; i++) {
    const keys = ctx.contentKeys[i]!;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const n = df.get(key);
      // A word seen for the first time is also first said here: one lookup for both maps.
      if (n === undefined) {
        df.set(key, 1);
        firstSpeaker.set(key, { at: i, speakerId: ctx.speakerOf[i]! });
      } else df.set(key, n + 1);
    }
  }
  const cap = distinctiveCap(utterances.length);
  const distinctive: string[][] = new Array(ctx.contentKeys.length);
  for (let i = 0; i < ctx.contentKeys.length; i++) {
    const keys = ctx.contentKeys[i]!;
    const kept: string[] = [];
    for (let k = 0; k < keys.length; k++) if (df.get(keys[k]!)! <= cap) kept.push(keys[k]!);
    distinctive[i] = kept;
  }

  const postings = new Map<string, number[]>();
  const found: Restatement[] = [];
  const reported = new Set<string>();
  for (let j = 0; j < utterances.length; j++) {
    const words = distinctive[j]!;
    const speaker = ctx.speakerOf[j]!;
    const turn = utterances[j]!.turn;
    if (words.length >= MIN_SHARED_DISTINCTIVE && !credited.has(j)) {
      // Indexed loops and a Map only once a source qualifies: this runs for most utterances of a long meeting.
      let shared: Map<number, string[]> | null = null;
      for (let w = 0; w < words.length; w++) {
        const key = words[w]!;
        const sources = postings.get(key);
        if (sources === undefined) continue;
        for (let s = 0; s < sources.length; s++) {
          const src = sources[s]!;
          const gap = turn - utterances[src]!.turn;
          if (ctx.speakerOf[src] === speaker || gap <= IMMEDIATE_REPLY_TURNS || gap > MAX_GAP_TURNS) continue;
          shared ??= new Map();
          const list = shared.get(src);
          if (list) list.push(key);
          else shared.set(src, [key]);
        }
      }
      const best = shared && bestSource(ctx, j, shared, distinctive, firstSpeaker, reported);
      if (best) {
        const src = best.src;
        const sourceSpeakerId = ctx.speakerOf[src]!;
        reported.add(`${src}:${speaker}`);
        const item: Restatement = {
          sourceUtteranceId: utterances[src]!.id,
          sourceSpeakerId,
          laterUtteranceId: utterances[j]!.id,
          laterSpeakerId: speaker,
          sharedWords: best.keys.map((k) => ctx.content[src]!.get(k)!),
          coverage: Math.round((best.keys.length / distinctive[src]!.length) * 1000) / 1000,
          turnsLater: turn - utterances[src]!.turn,
        };
        found.push(item);
        const span = quoteSpan(ctx, j, new Set(best.keys));
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
          note: `This repeats ${best.keys.length} of the ${distinctive[src]!.length} distinctive words (${item.sharedWords.join(', ')}) of what ${nameOf(p, sourceSpeakerId)} said ${item.turnsLater} turns earlier (${item.sourceUtteranceId}), without naming them. Word overlap cannot tell agreement, a summary or coincidence from an idea changing hands: check the context.`,
        });
      }
    }
    for (let w = 0; w < words.length; w++) {
      const list = postings.get(words[w]!);
      if (list) list.push(j);
      else postings.set(words[w]!, [j]);
    }
  }
  return found;
}

function bestSource(
  ctx: ConversationContext,
  j: number,
  shared: ReadonlyMap<number, string[]>,
  distinctive: readonly string[][],
  firstSpeaker: ReadonlyMap<string, { at: number; speakerId: string }>,
  reported: ReadonlySet<string>,
): { src: number; keys: string[] } | null {
  const speaker = ctx.speakerOf[j]!;
  let best: { src: number; keys: string[] } | null = null;
  for (const [src, keys] of shared) {
    if (keys.length < MIN_SHARED_DISTINCTIVE || keys.length / distinctive[src]!.length < MIN_SOURCE_COVERAGE) continue;
    const author = ctx.speakerOf[src]!;
    if (reported.has(`${src}:${speaker}`)) continue;
    // A direct reply to the author is not uncredited: everyone heard whose point it answers.
    const previous = ctx.previousOther[j]!;
    const answered = respondingTo(ctx, j);
    if ((previous >= 0 && ctx.speakerOf[previous] === author) || (answered >= 0 && ctx.speakerOf[answered] === author))
      continue;
    // The idea must be the author's: most shared words first said by them, none first said by the restater.
    const origins = keys.map((k) => firstSpeaker.get(k)!);
    if (origins.some((o) => o.speakerId === speaker && o.at < src)) continue;
    if (origins.filter((o) => o.speakerId === author && o.at <= src).length * 2 < keys.length) continue;
    if (
      namedNear(ctx.views[j]!, 0, ctx.views[j]!.tokens.length, 0, ctx.names, speaker).some((n) =>
        n.speakerIds.includes(author),
      )
    )
      continue;
    if (!best || keys.length > best.keys.length) best = { src, keys };
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
