/**
 * Turn-taking: who talks how much, how the floor changes hands, overlaps and interruptions,
 * questions and who answers them, and how equal the participation is. Pure rules over the
 * prepared tokens; works with and without timings and says which basis it used.
 * Definitions, thresholds and sources: analyzers/turn-taking/README.md.
 *
 * This folder: index (the analyser), schema.ts (its JSON), thresholds.ts (every threshold and the Gini bands),
 * data/ (word lists), README.md (definitions); tests in test/analyzers/turn-taking/.
 * May import src/model and analyzers/nlp only.
 */
import type { Finding } from '../../src/model/finding';
import type { PreparedTranscript } from '../nlp/prepare';
import { matchAttendees } from './attendees';
import { isUnattributed, turnContext, type TurnContext } from './context';
import { gini, normalizedEntropy } from './equality';
import { interruptionConfidence, turnTakingFindings } from './findings';
import {
  floorTurnIds,
  floorTurns,
  gapsBeforeSpeaking,
  lapsesSplit,
  turnDurationMs,
  type FloorTurn,
} from './floor-turns';
import { speakingMs } from './speaking-time';
import { analyzeOverlaps, type InterruptionEvent, type OverlapEvent } from './overlaps';
import { leadingWords } from './quotes';
import { askedQuestions, type AskedQuestion } from './questions';
import { TurnTakingResult, type FloorTurnRef, type SpeakerTurnTaking } from './schema';
import { shareOfVoice } from './share-of-voice';
import { longSilences } from './silences';
import { mean, median, round4 } from './stats';
import { measureTalk, type TalkMeasure } from './talk-time';
import { TURN_TAKING_THRESHOLDS as T } from './thresholds';

export { TurnTakingResult } from './schema';

/** Options; e.g. `{ attendees: ['Ana Lima', 'Ben Okafor', 'Chen Wei'] }`. */
export interface TurnTakingOptions {
  /** Everyone invited; those who never spoke count as zeros in the equality measures. */
  attendees?: string[];
}

/**
 * @example
 * const t = makeTranscript([['Ana', 'Can we start?', 0, 2], ['Ben', 'Yes, go ahead.', 2.2, 3.5]]);
 * const { result } = analyzeTurnTaking(prepare(t));
 * result.basis // => 'time'
 * result.speakers[0].questions // => 1; result.questions.items[0].answererId // => 's2'
 */
export function analyzeTurnTaking(
  p: PreparedTranscript,
  options: TurnTakingOptions = {},
): { result: TurnTakingResult; findings: Finding[] } {
  const ctx = turnContext(p);
  const { transcript } = p;
  const talk = measureTalk(ctx);
  const basis: 'time' | 'words' = ctx.timed && talk.totalMs > 0 ? 'time' : 'words';
  const turns = floorTurns(ctx);
  const gaps = gapsBeforeSpeaking(turns);
  const { overlaps, interruptions } = analyzeOverlaps(ctx);
  const confidences = interruptions.map((e) => interruptionConfidence(e, ctx.timed));
  const questions = askedQuestions(ctx);
  const { silences, unmeasured: unmeasuredSilences } = longSilences(ctx, T.longSilenceMs);
  // Turn lengths (long monologues, each person's longest, mean and median turn) are read from the parts of the floor
  // turns between lapses: a silence of minutes holds no floor. A host's 3.5 minutes of speech around 7.4 minutes
  // of waiting room was "longest turn 11 min" in the PDF, a presenter's longer than all her talk (review r32).
  const parts = lapsesSplit(ctx, turns, silences, T.floorLapseMs);
  const monologues = parts.filter((t) => isMonologue(t));
  const attendees = matchAttendees(options.attendees ?? [], transcript.speakers);

  const perSpeaker = groupPerSpeaker(ctx, turns, parts, questions, interruptions);
  const speakers = transcript.speakers.map((s) => speakerStats(ctx, s.id, s.name, basis, talk, gaps, perSpeaker));
  // Unattributed speech ("Unknown speaker") is nobody's: it is no participant in any equality number.
  const people = speakers.filter((s) => !isUnattributed(ctx, s.speakerId));
  const amounts = people.map((s) => (basis === 'time' ? (s.talkTimeMs ?? 0) : s.words));
  const silentZeros = attendees.silent.map(() => 0);
  const n = people.length + silentZeros.length;
  const durationMs = ctx.timed ? transcript.durationMs : null;
  const switches = Math.max(0, turns.length - 1);
  const id = (i: number) => ctx.utterances[i]!.id;
  const speakerOf = (i: number) => ctx.utterances[i]!.speakerId;

  const result: TurnTakingResult = {
    basis,
    durationMs,
    totalWords: talk.totalWords,
    totalTalkTimeMs: ctx.timed ? talk.totalMs : null,
    speakers,
    gini: round4(gini([...amounts, ...silentZeros])),
    giniMax: n < 2 ? 0 : round4((n - 1) / n),
    turnEntropy: nullableRound(normalizedEntropy([...people.map((s) => s.turns), ...silentZeros])),
    participantsCounted: n,
    attendees,
    switches,
    switchesPerMinute: durationMs ? round4(switches / (durationMs / 60_000)) : null,
    switchesPer100Words: talk.totalWords > 0 ? round4((switches / talk.totalWords) * 100) : null,
    floorTurns: turns.length,
    longSilences: ctx.timed
      ? {
          thresholdMs: T.longSilenceMs,
          count: silences.length,
          totalMs: silences.reduce((s, x) => s + x.durationMs, 0),
          items: silences.map((x) => ({
            startMs: x.startMs,
            endMs: x.endMs,
            durationMs: x.durationMs,
            afterUtteranceId: id(x.afterIndex),
            beforeUtteranceId: id(x.beforeIndex),
          })),
          unmeasured: unmeasuredSilences,
        }
      : null,
    overlaps: overlaps === null ? null : overlapSummary(ctx, overlaps),
    interruptions: {
      basis: ctx.timed ? 'time' : 'text',
      count: interruptions.length,
      confident: confidences.filter((c) => c !== 'low').length,
      possible: confidences.filter((c) => c === 'low').length,
      events: interruptions.map((e, k) => ({
        utteranceId: id(e.index),
        speakerId: speakerOf(e.index),
        targetUtteranceId: id(e.targetIndex),
        targetSpeakerId: speakerOf(e.targetIndex),
        startMs: ctx.utterances[e.index]!.startMs,
        basis: e.basis,
        ruleId: e.ruleId,
        quote: leadingWords(ctx.utterances[e.index]!.text, ctx.tokens[e.index]!, 8),
        cutoff: e.cutoff?.pattern ?? null,
        overlapMs: e.overlapMs === null ? null : Math.round(e.overlapMs),
        confidence: confidences[k]!,
      })),
      matrix: interruptionMatrix(ctx, interruptions),
    },
    questions: {
      total: questions.length,
      open: questions.filter((q) => q.type === 'open').length,
      closed: questions.filter((q) => q.type === 'closed').length,
      answered: questions.filter((q) => q.answerIndex !== null).length,
      items: questions.map((q) => ({
        utteranceId: id(q.index),
        speakerId: speakerOf(q.index),
        type: q.type,
        ruleId: q.ruleId,
        quote: q.quote,
        answerUtteranceId: q.answerIndex === null ? null : id(q.answerIndex),
        answererId: q.answerIndex === null ? null : speakerOf(q.answerIndex),
        latencyMs: q.latencyMs,
      })),
    },
    shareOfVoice: { basis, parts: shareOfVoice(ctx, talk, basis, T.parts) },
    monologues: {
      thresholdMs: T.monologueMs,
      thresholdWords: T.monologueWords,
      items: monologues.map((t) => turnRef(ctx, t)),
    },
    thresholds: { ...T },
    notes: notes(ctx, basis, attendees.unresolved.length),
  };

  // The types guarantee the schema; tests validate with TurnTakingResult.parse (1-2 ms per 10k words we keep off the hot path).
  return { result, findings: turnTakingFindings(ctx, monologues, interruptions) };

  function isMonologue(t: FloorTurn): boolean {
    // The span first (cheap), then the speech in it: pauses inside one speaker's turn hold no floor.
    const ms = turnDurationMs(t);
    return ms !== null ? ms > T.monologueMs && speakingMs(ctx, t)! > T.monologueMs : t.words > T.monologueWords;
  }
}

/** Everything per speaker, grouped in one pass each so that the cost stays linear in the transcript. */
interface PerSpeaker {
  turns: Map<string, FloorTurn[]>;
  /** The floor turns cut at lapses (lapsesSplit): what turn lengths are measured on. */
  parts: Map<string, FloorTurn[]>;
  asked: Map<string, AskedQuestion[]>;
  answers: Map<string, number>;
  made: Map<string, number>;
  received: Map<string, number>;
  backchannelIds: Map<string, string[]>;
  transcriptTurns: Map<string, number>;
}

function groupPerSpeaker(
  ctx: TurnContext,
  turns: readonly FloorTurn[],
  parts: readonly FloorTurn[],
  questions: readonly AskedQuestion[],
  interruptions: readonly InterruptionEvent[],
): PerSpeaker {
  const speakerOf = (i: number) => ctx.utterances[i]!.speakerId;
  const push = <V>(m: Map<string, V[]>, k: string, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const g: PerSpeaker = {
    turns: new Map(),
    parts: new Map(),
    asked: new Map(),
    answers: new Map(),
    made: new Map(),
    received: new Map(),
    backchannelIds: new Map(),
    transcriptTurns: new Map(),
  };
  // Indexed loops: for-of allocated an iterator result per turn and utterance (1 MB at 250k words).
  for (let k = 0; k < turns.length; k++) push(g.turns, turns[k]!.speakerId, turns[k]!);
  for (let k = 0; k < parts.length; k++) push(g.parts, parts[k]!.speakerId, parts[k]!);
  for (let k = 0; k < questions.length; k++) {
    const q = questions[k]!;
    push(g.asked, speakerOf(q.index), q);
    if (q.answerIndex !== null) inc(g.answers, speakerOf(q.answerIndex));
  }
  for (let k = 0; k < interruptions.length; k++) {
    inc(g.made, speakerOf(interruptions[k]!.index));
    inc(g.received, speakerOf(interruptions[k]!.targetIndex));
  }
  for (let i = 0; i < ctx.utterances.length; i++)
    if (ctx.backchannel[i]) push(g.backchannelIds, ctx.utterances[i]!.speakerId, ctx.utterances[i]!.id);
  const transcriptTurns = ctx.prepared.transcript.turns;
  for (let k = 0; k < transcriptTurns.length; k++) inc(g.transcriptTurns, transcriptTurns[k]!.speakerId);
  return g;
}

function speakerStats(
  ctx: TurnContext,
  speakerId: string,
  name: string,
  basis: 'time' | 'words',
  talk: TalkMeasure,
  gaps: Map<string, number[]>,
  g: PerSpeaker,
): SpeakerTurnTaking {
  const own = talk.bySpeaker.get(speakerId) ?? { talkMs: 0, words: 0, intervals: [] };
  const theirs = g.turns.get(speakerId) ?? [];
  const lengths = g.parts.get(speakerId) ?? [];
  // One pass over the speaker's floor turns (their parts between lapses), no closure per turn.
  const durations: number[] = [];
  const words: number[] = [];
  let longest: FloorTurn | null = null;
  let longestLength = 0;
  for (let k = 0; k < lengths.length; k++) {
    const t = lengths[k]!;
    const length = ctx.timed ? turnDurationMs(t)! : t.words;
    if (ctx.timed) durations.push(length);
    words.push(t.words);
    // The longest floor turn: by time when timed, by words otherwise (ties: the earlier one).
    if (longest === null || length > longestLength) {
      longest = t;
      longestLength = length;
    }
  }
  const asked = g.asked.get(speakerId) ?? [];
  const speakerGaps = gaps.get(speakerId) ?? [];
  const backchannelIds = g.backchannelIds.get(speakerId) ?? [];
  const share =
    basis === 'time'
      ? talk.totalMs > 0
        ? own.talkMs / talk.totalMs
        : 0
      : talk.totalWords > 0
        ? own.words / talk.totalWords
        : 0;
  const medianGap = median(speakerGaps);
  const max = (xs: number[]) => xs.reduce((m, x) => (x > m ? x : m), 0);
  return {
    speakerId,
    name,
    talkShare: round4(share),
    talkTimeMs: ctx.timed ? own.talkMs : null,
    words: own.words,
    turns: theirs.length,
    transcriptTurns: g.transcriptTurns.get(speakerId) ?? 0,
    meanTurnMs: nullableRound(mean(durations)),
    medianTurnMs: median(durations),
    longestTurnMs: durations.length > 0 ? max(durations) : null,
    meanTurnWords: nullableRound(mean(words)),
    medianTurnWords: median(words),
    longestTurnWords: max(words),
    longestTurn: longest ? turnRef(ctx, longest) : null,
    medianGapBeforeSpeakingMs: medianGap === null ? null : Math.round(medianGap),
    gapsMeasured: speakerGaps.length,
    questions: asked.length,
    openQuestions: asked.filter((q) => q.type === 'open').length,
    closedQuestions: asked.filter((q) => q.type === 'closed').length,
    questionUtteranceIds: asked.map((q) => ctx.utterances[q.index]!.id),
    questionsAnswered: asked.filter((q) => q.answerIndex !== null).length,
    answersGiven: g.answers.get(speakerId) ?? 0,
    interruptionsMade: g.made.get(speakerId) ?? 0,
    interruptionsReceived: g.received.get(speakerId) ?? 0,
    backchannels: backchannelIds.length,
    backchannelUtteranceIds: backchannelIds,
  };
}

function turnRef(ctx: TurnContext, t: FloorTurn): FloorTurnRef {
  const { turnIds, utterances } = floorTurnIds(ctx, t);
  return {
    speakerId: t.speakerId,
    turnIds,
    utteranceIds: utterances.map((i) => ctx.utterances[i]!.id),
    startMs: t.startMs,
    durationMs: turnDurationMs(t),
    words: t.words,
  };
}

function overlapSummary(ctx: TurnContext, events: readonly OverlapEvent[]): NonNullable<TurnTakingResult['overlaps']> {
  const count = (type: OverlapEvent['type']) => events.filter((e) => e.type === type).length;
  return {
    total: events.length,
    simultaneousStart: count('simultaneous-start'),
    backchannel: count('backchannel'),
    cooperative: count('cooperative'),
    interruption: count('interruption'),
    events: events.map((e) => ({
      type: e.type,
      utteranceId: ctx.utterances[e.index]!.id,
      speakerId: ctx.utterances[e.index]!.speakerId,
      targetUtteranceId: ctx.utterances[e.targetIndex]!.id,
      targetSpeakerId: ctx.utterances[e.targetIndex]!.speakerId,
      startMs: ctx.utterances[e.index]!.startMs!,
      overlapMs: Math.round(e.overlapMs),
    })),
  };
}

function interruptionMatrix(
  ctx: TurnContext,
  events: readonly InterruptionEvent[],
): TurnTakingResult['interruptions']['matrix'] {
  // Sparse first: one entry per pair that occurred, so the size follows the interruptions.
  const pairCounts = new Map<string, { speakerId: string; targetSpeakerId: string; count: number }>();
  const involvement = new Map<string, number>();
  for (const e of events) {
    const from = ctx.utterances[e.index]!.speakerId;
    const to = ctx.utterances[e.targetIndex]!.speakerId;
    const key = `${from}\u0000${to}`;
    const pair = pairCounts.get(key) ?? { speakerId: from, targetSpeakerId: to, count: 0 };
    pair.count++;
    pairCounts.set(key, pair);
    involvement.set(from, (involvement.get(from) ?? 0) + 1);
    involvement.set(to, (involvement.get(to) ?? 0) + 1);
  }
  const order = new Map(ctx.prepared.transcript.speakers.map((s, i) => [s.id, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const cap = T.matrixMaxSpeakers;
  const mostInvolved = [...involvement.keys()].sort(
    (a, b) => involvement.get(b)! - involvement.get(a)! || byOrder(a, b),
  );
  const kept = mostInvolved.slice(0, cap).sort(byOrder);
  const row = new Map(kept.map((s, i) => [s, i]));
  const counts = kept.map(() => kept.map(() => 0));
  for (const pair of pairCounts.values()) {
    const i = row.get(pair.speakerId);
    const j = row.get(pair.targetSpeakerId);
    if (i !== undefined && j !== undefined) counts[i]![j] = pair.count;
  }
  const pairs = [...pairCounts.values()].sort(
    (a, b) => byOrder(a.speakerId, b.speakerId) || byOrder(a.targetSpeakerId, b.targetSpeakerId),
  );
  return { speakerIds: kept, counts, pairs, omittedSpeakers: involvement.size - kept.length };
}

function notes(ctx: TurnContext, basis: 'time' | 'words', unresolvedAttendees: number): string[] {
  const out: string[] = [];
  if (basis === 'time')
    out.push(
      "Talk shares are shares of talk time (each speaker's utterance intervals; simultaneous speech counts for each speaker).",
    );
  else
    out.push(
      ctx.timed
        ? 'Talk shares are shares of words: the utterances have no duration.'
        : 'No timings: talk shares are shares of words; switches are per 100 words; gaps, silences and overlaps are not available; interruptions are read from cut-off text ("--", "{disfmarker}") only.',
    );
  if (ctx.prepared.transcript.issues.some((i) => i.code === 'estimated-end-times'))
    out.push(
      'Some utterance end times were estimated from their length: talk times and overlaps near them are approximate, and no silence is measured from an estimated end.',
    );
  if (unresolvedAttendees > 0)
    out.push(
      `${unresolvedAttendees} attendee(s) could not be matched while some speakers are anonymous; they are not counted as silent.`,
    );
  return out;
}

function nullableRound(x: number | null): number | null {
  return x === null ? null : round4(x);
}
