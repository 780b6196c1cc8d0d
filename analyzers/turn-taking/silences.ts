/**
 * Long silences: stretches in which nobody speaks, at least `longSilenceMs` long (timed only).
 * Conversational gaps between turns are typically 0-200 ms across languages (Stivers et al. 2009,
 * PNAS 106); a silence of five seconds or more in a meeting is a stall, a hand-over to a slide, or
 * an unanswered question.
 */
import type { TurnContext } from './context';

export interface Silence {
  startMs: number;
  endMs: number;
  durationMs: number;
  /** Index of the utterance whose end opens the silence, and of the one that breaks it. */
  afterIndex: number;
  beforeIndex: number;
}

/**
 * @example
 * // Ana 0-2 s, Ben 9-10 s: one silence 2000-9000 ms.
 * longSilences(ctx, 5000) // => [{ startMs: 2000, endMs: 9000, durationMs: 7000, afterIndex: 0, beforeIndex: 1 }]
 */
export function longSilences(ctx: TurnContext, thresholdMs: number): Silence[] {
  if (!ctx.timed) return [];
  const silences: Silence[] = [];
  let latest = -1;
  ctx.utterances.forEach((u, i) => {
    if (latest >= 0) {
      const lastEnd = ctx.utterances[latest]!.endMs!;
      if (u.startMs! - lastEnd >= thresholdMs)
        silences.push({
          startMs: lastEnd,
          endMs: u.startMs!,
          durationMs: u.startMs! - lastEnd,
          afterIndex: latest,
          beforeIndex: i,
        });
    }
    if (latest < 0 || u.endMs! >= ctx.utterances[latest]!.endMs!) latest = i;
  });
  return silences;
}
