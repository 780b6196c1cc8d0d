/**
 * Tension: runs of negative exchanges between two people. A run is at least
 * `tensionMinTurns` consecutive turns, each at or below the tension score, alternating between
 * the same two speakers (A, B, A, ...). A turn is one speaker's consecutive utterances; its score
 * is the mean of their chunk scores (an utterance of up to 50 words is one chunk), so one negative
 * sentence in a long neutral turn stays weak.
 *
 * Negative words alone are not tension: shared bad news ("what a terrible night") and sympathy are
 * negative too. A turn also counts when it aims affect at the other person without negative words
 * ("Thanks for nothing, Karl", "Don't blame my team"), and a run needs at least
 * `minDirectedTurns` turns with affect aimed at the other person (senses.ts).
 */
import type { PreparedTranscript } from '../nlp/prepare';
import type { ScoredUtterance } from './findings';
import type { Tension } from './schema';
import { round } from './stats';

interface ScoredTurn {
  speakerId: string;
  /** Some utterance of the turn aims negative affect at someone. */
  directed: boolean;
  utteranceIds: string[];
  score: number;
  startMs: number | null;
}

/**
 * @example
 * // Ana: "Your plan is wrong, Ben." Ben: "No, your plan is worse." Ana: "That is unfair."
 * findTension(p, scored, directed, { negative: -0.2, minTurns: 3, minDirectedTurns: 2 })[0].speakerIds
 * // => ['s1', 's2']
 */
export function findTension(
  p: PreparedTranscript,
  scored: readonly ScoredUtterance[],
  /** Per utterance index: it aims negative affect at someone (senses.ts). */
  directed: readonly boolean[],
  options: { negative: number; minTurns: number; minDirectedTurns: number },
): Tension[] {
  const { transcript } = p;
  const found: Tension[] = [];
  let run: ScoredTurn[] = [];
  const close = () => {
    if (run.length >= options.minTurns && run.filter((t) => t.directed).length >= options.minDirectedTurns) {
      found.push({
        speakerIds: [run[0]!.speakerId, run[1]!.speakerId],
        utteranceIds: run.flatMap((t) => t.utteranceIds),
        turns: run.length,
        turnScores: run.map((t) => t.score),
        startMs: run[0]!.startMs,
      });
    }
  };
  for (let n = 0; n < transcript.turns.length; n++) {
    const t = transcript.turns[n]!;
    let sum = 0;
    let count = 0;
    let aimed = false;
    // One lookup per utterance id (it was three): this runs for every utterance of the meeting.
    for (let k = 0; k < t.utteranceIds.length; k++) {
      const index = p.utteranceIndex.get(t.utteranceIds[k]!)!;
      const chunkScores = scored[index]!.chunkScores;
      for (let c = 0; c < chunkScores.length; c++) sum += chunkScores[c]!;
      count += chunkScores.length;
      if (directed[index] === true) aimed = true;
    }
    const score = count === 0 ? 0 : round(sum / count);
    if (score > options.negative && !aimed) {
      // A calm turn ends the run. Most turns are calm: no turn object, and no new run list unless one ended.
      if (run.length > 0) {
        close();
        run = [];
      }
      continue;
    }
    const turn: ScoredTurn = {
      speakerId: t.speakerId,
      directed: aimed,
      utteranceIds: t.utteranceIds,
      score,
      startMs: transcript.utterances[p.utteranceIndex.get(t.utteranceIds[0]!)!]!.startMs,
    };
    const last = run[run.length - 1];
    const beforeLast = run[run.length - 2];
    if (
      last === undefined ||
      (last.speakerId !== turn.speakerId && (beforeLast === undefined || beforeLast.speakerId === turn.speakerId))
    ) {
      run.push(turn);
      continue;
    }
    // A third person joins the negative exchange: a new run may start from the last turn.
    close();
    run = last.speakerId !== turn.speakerId ? [last, turn] : [turn];
  }
  close();
  return found;
}
