/**
 * Speaking time of a floor turn: the sum of its own utterances' durations, without the pauses between them.
 * A host who says a line every two minutes while letting people into a call holds no floor for those minutes
 * (a coach on a real Zoom webinar: an "11.1-minute monologue" was 3.7 minutes of speech, review r10).
 */
import type { TurnContext } from './context';
import { floorTurnIds, type FloorTurn } from './floor-turns';

/**
 * Milliseconds of speech in a timed floor turn, or null without timings.
 *
 * @example
 * // Ana 0-60 s, then (after 5 minutes of silence) 360-420 s, one floor turn: 120,000 ms of speech
 * speakingMs(ctx, turn) // => 120000
 */
export function speakingMs(ctx: TurnContext, turn: FloorTurn): number | null {
  if (!ctx.timed) return null;
  let ms = 0;
  for (const i of floorTurnIds(ctx, turn).utterances) {
    const u = ctx.utterances[i]!;
    ms += Math.max(0, u.endMs! - u.startMs!);
  }
  return ms;
}
