/**
 * Long silences: stretches in which nobody speaks, at least `longSilenceMs` long (timed only).
 * Conversational gaps between turns are typically 0-200 ms across languages (Stivers et al. 2009,
 * PNAS 106); a silence of five seconds or more in a meeting is a stall, a hand-over to a slide, or
 * an unanswered question.
 *
 * Only measured ends open a silence: where the source gave start times only (Otter, "[00:01:15] Name:" lines),
 * the parser estimated each end from the number of words (`utterance.endEstimated`), and a gap after such an
 * end is an artefact of the estimate, not a silence. Those gaps are counted apart (`unmeasured`).
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

export interface SilenceScan {
  silences: Silence[];
  /** Gaps of at least the threshold after an estimated end: not measured. */
  unmeasured: number;
}

/**
 * @example
 * // Ana 0-2 s, Ben 9-10 s: one silence 2000-9000 ms.
 * longSilences(ctx, 5000)
 * // => { silences: [{ startMs: 2000, endMs: 9000, durationMs: 7000, afterIndex: 0, beforeIndex: 1 }], unmeasured: 0 }
 */
export function longSilences(ctx: TurnContext, thresholdMs: number): SilenceScan {
  if (!ctx.timed) return { silences: [], unmeasured: 0 };
  const silences: Silence[] = [];
  let unmeasured = 0;
  let latest = -1;
  ctx.utterances.forEach((u, i) => {
    if (latest >= 0) {
      const opener = ctx.utterances[latest]!;
      const lastEnd = opener.endMs!;
      if (u.startMs! - lastEnd >= thresholdMs) {
        if (opener.endEstimated) unmeasured++;
        else
          silences.push({
            startMs: lastEnd,
            endMs: u.startMs!,
            durationMs: u.startMs! - lastEnd,
            afterIndex: latest,
            beforeIndex: i,
          });
      }
    }
    if (latest < 0 || u.endMs! >= ctx.utterances[latest]!.endMs!) latest = i;
  });
  return { silences, unmeasured };
}
