/**
 * Floor turns: who holds the floor, in order. A transcript turn is a run of one speaker's
 * utterances; a floor turn additionally ignores back-channels ("mm-hmm", "yeah") from others,
 * which show listening without taking the floor (Yngve 1970; Duncan 1972). So
 * Ana: "...", Ben: "mm-hmm", Ana: "..." is one floor turn of Ana's, and a turn that is nothing but
 * back-channels is no floor turn, and back-channels that open a turn are not part of it. Turn counts, turn
 * lengths, monologues, switches and gaps are measured on floor turns.
 */
import type { TurnContext } from './context';

export interface FloorTurn {
  speakerId: string;
  /**
   * The transcript turns (indices into `transcript.turns`) it spans: its own, and the back-channel-only turns of
   * others in between. Which ids it holds is listed on demand by `floorTurnIds`: few floor turns are ever quoted.
   */
  firstTurn: number;
  lastTurn: number;
  /** Index (into the transcript's utterances) of its first and last utterance. */
  first: number;
  last: number;
  /** Start of the first utterance and latest end (timed), else null. */
  startMs: number | null;
  endMs: number | null;
  words: number;
}

/**
 * @example
 * // Ana "We start now." / Ben "Mm-hmm." / Ana "Then we test." / Ben "Sounds good to me."
 * floorTurns(ctx).map((t) => [t.speakerId, floorTurnIds(ctx, t).turnIds])
 * // => [['s1', ['t1', 't3']], ['s2', ['t4']]]  (t2, Ben's back-channel, is no floor turn)
 */
export function floorTurns(ctx: TurnContext): FloorTurn[] {
  const { transcript } = ctx.prepared;
  const result: FloorTurn[] = [];
  let next = 0;
  // Indexed loops and no lists per turn: this runs once per turn of a 200k-word meeting (the id lists were 10 MB).
  for (let k = 0; k < transcript.turns.length; k++) {
    const turn = transcript.turns[k]!;
    let floor: FloorTurn | null = null;
    for (let n = 0; n < turn.utteranceIds.length; n++) {
      const i = utteranceAt(ctx, turn.utteranceIds[n]!, next);
      next = i + 1;
      // Back-channels that open a turn are no part of the floor (firstSubstantive).
      if (floor === null) {
        if (ctx.backchannel[i]) continue;
        floor = result[result.length - 1] ?? null;
        if (floor === null || floor.speakerId !== turn.speakerId) {
          floor = {
            speakerId: turn.speakerId,
            firstTurn: k,
            lastTurn: k,
            first: i,
            last: i,
            startMs: null,
            endMs: null,
            words: 0,
          };
          result.push(floor);
        }
        floor.lastTurn = k;
      }
      const u = ctx.utterances[i]!;
      floor.last = i;
      floor.words += ctx.words[i]!;
      if (ctx.timed) {
        if (floor.startMs === null) floor.startMs = u.startMs;
        floor.endMs = Math.max(floor.endMs ?? 0, u.endMs!);
      }
    }
  }
  return result;
}

/**
 * The index of utterance `id`: `guess` when that is it (a turn's utterances follow each other, and the turns the
 * utterances), else the lookup by id. A Map lookup by id string per utterance was half of floorTurns' time.
 */
function utteranceAt(ctx: TurnContext, id: string, guess: number): number {
  const { utteranceIndex } = ctx.prepared;
  // With unique ids (normalised transcripts have them) the utterance at `guess` with this id is the one the Map holds.
  return ctx.utterances[guess]?.id === id && utteranceIndex.size === ctx.utterances.length
    ? guess
    : utteranceIndex.get(id)!;
}

/**
 * Back-channels that open a turn ("Mm-hmm." said during the other's talk, then "So a revoked token ...?") are
 * listening, not the start of the floor: the floor turn begins at the first substantive utterance, so the
 * listener's gap is measured from there and is never negative for a "mm-hmm" said in overlap.
 * Returns its position in the turn, or -1 when the turn is back-channels only (no floor turn).
 */
function firstSubstantive(ctx: TurnContext, utteranceIds: readonly string[]): number {
  for (let n = 0; n < utteranceIds.length; n++)
    if (!ctx.backchannel[ctx.prepared.utteranceIndex.get(utteranceIds[n]!)!]) return n;
  return -1;
}

/**
 * The transcript turns merged into a floor turn and the speaker's own utterances in it (indices), in order.
 *
 * @example
 * // Ana "We start now." / Ben "Mm-hmm." / Ana "Then we test."
 * floorTurnIds(ctx, floorTurns(ctx)[0]) // => { turnIds: ['t1', 't3'], utterances: [0, 2] }
 */
export function floorTurnIds(ctx: TurnContext, floor: FloorTurn): { turnIds: string[]; utterances: number[] } {
  const { transcript, utteranceIndex } = ctx.prepared;
  const turnIds: string[] = [];
  const utterances: number[] = [];
  for (let k = floor.firstTurn; k <= floor.lastTurn; k++) {
    const turn = transcript.turns[k]!;
    let n = firstSubstantive(ctx, turn.utteranceIds);
    // Back-channel-only turns (anyone's) are no part of it; every other turn in the span is the speaker's own.
    if (n < 0) continue;
    const before = utterances.length;
    for (; n < turn.utteranceIds.length; n++) {
      const i = utteranceIndex.get(turn.utteranceIds[n]!)!;
      // A part of a floor turn (lapsesSplit) holds only the utterances within its bounds.
      if (i >= floor.first && i <= floor.last) utterances.push(i);
    }
    if (utterances.length > before) turnIds.push(turn.id);
  }
  return { turnIds, utterances };
}

/**
 * The floor turns cut where the floor lapsed: at every silence of at least `lapseMs` in which nobody spoke (from
 * ./silences.ts), a speaker who goes on after it starts a new part. A webinar host's "Alright, so I'm gonna let
 * people in", 7.4 minutes of waiting room and then the welcome were one floor turn "over 11.1 minutes" (reviews
 * r18, r22): nobody held the floor in between. Only the monologues are read from the parts; turn counts and
 * switches keep the floor turns. Without such a silence, `turns` itself.
 *
 * @example
 * // Host 0-2 s "Alright, I'm letting people in", silence to 445 s, then Host 445-650 s "Hello everyone ..."
 * lapsesSplit(ctx, floorTurns(ctx), silences, 60_000).map((t) => [t.first, t.last]) // => [[0, 0], [1, 1]]
 */
export function lapsesSplit(
  ctx: TurnContext,
  turns: FloorTurn[],
  silences: ReadonlyArray<{ durationMs: number; beforeIndex: number }>,
  lapseMs: number,
): FloorTurn[] {
  const cuts = new Set(silences.filter((s) => s.durationMs >= lapseMs).map((s) => s.beforeIndex));
  if (cuts.size === 0) return turns;
  const parts: FloorTurn[] = [];
  for (const turn of turns) {
    const own = floorTurnIds(ctx, turn).utterances;
    if (!own.some((i) => cuts.has(i) && i !== turn.first)) {
      parts.push(turn);
      continue;
    }
    let part: FloorTurn | null = null;
    for (const i of own) {
      if (part === null || cuts.has(i)) {
        part = { ...turn, first: i, last: i, startMs: null, endMs: null, words: 0 };
        parts.push(part);
      }
      const u = ctx.utterances[i]!;
      part.last = i;
      part.words += ctx.words[i]!;
      if (part.startMs === null) part.startMs = u.startMs;
      part.endMs = Math.max(part.endMs ?? 0, u.endMs!);
    }
  }
  return parts;
}

/**
 * Duration of a floor turn (timed), else null.
 *
 * @example
 * turnDurationMs({ ...turn, startMs: 4200, endMs: 6000 }) // => 1800
 */
export function turnDurationMs(turn: FloorTurn): number | null {
  return turn.startMs === null || turn.endMs === null ? null : turn.endMs - turn.startMs;
}

/**
 * Floor-transfer offsets: for each floor turn after the first, its start minus the end of the
 * previous (another speaker's) floor turn; negative when the new speaker started in overlap.
 * Grouped by the speaker who took the floor. Empty without timings.
 *
 * @example
 * // Ana 0-2 s, Ben 2.3-4 s, Ana 3.8-5 s: Ben's gap +300 ms, Ana's -200 ms.
 * gapsBeforeSpeaking(turns) // => Map { 's2' => [300], 's1' => [-200] }
 */
export function gapsBeforeSpeaking(turns: readonly FloorTurn[]): Map<string, number[]> {
  const gaps = new Map<string, number[]>();
  for (let k = 1; k < turns.length; k++) {
    const prev = turns[k - 1]!;
    const cur = turns[k]!;
    if (prev.endMs === null || cur.startMs === null) continue;
    const list = gaps.get(cur.speakerId) ?? [];
    list.push(cur.startMs - prev.endMs);
    gaps.set(cur.speakerId, list);
  }
  return gaps;
}
