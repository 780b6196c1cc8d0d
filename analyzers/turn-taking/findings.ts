/**
 * Turn-taking findings: long monologues and interruptions, each quoting the transcript verbatim.
 * Dominant and quiet voices are the inclusivity analyser's findings, not these.
 */
import type { AnalyzerName, Finding } from '../../src/model/finding';
import { isUnattributed, type TurnContext } from './context';
import { listIds } from '../nlp/finding-collector';
import { turnDurationMs, type FloorTurn } from './floor-turns';
import { speakingMs } from './speaking-time';
import type { InterruptionEvent } from './overlaps';
import { questionsIn } from '../nlp/prepared-questions';
import { leadingWords } from './quotes';
import { TURN_TAKING_THRESHOLDS as T } from './thresholds';

const ANALYZER: AnalyzerName = 'turn-taking';
/** A question this close to the end of a long stretch hands the floor over. */
const QUESTION_AT_END_WORDS = 12;
/** The rule id of the finding that says someone cut in as a habit (one per person), not one instance. */
export const INTERRUPTION_PATTERN_RULE = 'interruption-pattern';
/** Why one overlap is no verdict: it is what a completion, an eager agreement or a real takeover all look like. */
const ONE_INSTANCE = ' One overlap on its own can be a completion or eager agreement as well as a takeover.';
const QUOTE_WORDS = 8;
/** Pauses inside a long turn worth a word in its note: a minute or more in all. */
const PAUSES_WORTH_SAYING_MS = 60_000;

/** Finding ids are `turn-taking:<ruleId>:<utteranceId>`, with `:2`, `:3` ... on repeats. */
/**
 * @example
 * turnTakingFindings(ctx, monologues, interruptions).map((f) => f.kind) // => ['long-monologue', 'interruption']
 */
export function turnTakingFindings(
  ctx: TurnContext,
  monologues: readonly FloorTurn[],
  interruptions: readonly InterruptionEvent[],
): Finding[] {
  const nextId = (ruleId: string, utteranceId: string) => ctx.prepared.findingIds.next(ANALYZER, ruleId, utteranceId);
  const name = (speakerId: string) => ctx.prepared.speakerById.get(speakerId)?.name ?? speakerId;
  const findings: Finding[] = [];

  // Unattributed speech is nobody: a finding about "Unknown speaker" names no one who could read it.
  for (const turn of monologues) {
    if (isUnattributed(ctx, turn.speakerId)) continue;
    const u = ctx.utterances[turn.first]!;
    // Minutes of speech, not the span: pauses inside the turn (people being let into a call) hold no floor.
    const durationMs = speakingMs(ctx, turn);
    const ruleId = durationMs !== null ? 'long-monologue-time' : 'long-monologue-words';
    const span = turnDurationMs(turn);
    const pauses =
      durationMs !== null && span !== null && span >= durationMs + PAUSES_WORTH_SAYING_MS
        ? `, over ${(span / 60_000).toFixed(1)} minutes with pauses`
        : '';
    const size =
      durationMs !== null
        ? `${(durationMs / 60_000).toFixed(1)} minutes of speech${pauses} (${turn.words} words)`
        : `${turn.words} words`;
    const threshold = durationMs !== null ? `${T.monologueMs / 60_000} minutes` : `${T.monologueWords} words`;
    const long = durationMs !== null ? durationMs >= 2 * T.monologueMs : turn.words >= 2 * T.monologueWords;
    // A long stretch that ends by asking the others ("Does this make sense?") did hand over, late: the note says so
    // (the length is still the point: "break it into parts", not "ask a question at the end"). Otherwise it states
    // the length only: "without handing over" was false of stretches that end "Your time starts now." or "is that
    // okay?" a line later (review r17), and how a turn ends is not what the length measures.
    const handedOver = endsWithQuestion(ctx, turn.last);
    findings.push({
      id: nextId(ruleId, u.id),
      analyzer: ANALYZER,
      kind: 'long-monologue',
      ruleId,
      speakerId: turn.speakerId,
      utteranceId: u.id,
      startMs: u.startMs,
      quote: leadingWords(u.text, ctx.tokens[turn.first]!, QUOTE_WORDS),
      suggestion: 'Stop after the main point and hand over: ask a question or invite a named person to react.',
      note: handedOver
        ? `${name(turn.speakerId)} held the floor for ${size}, then handed over with a question (threshold: ${threshold}).`
        : `${name(turn.speakerId)} held the floor for ${size} (threshold: ${threshold}).`,
      severity: long ? 'medium' : 'low',
      targetSpeakerId: null,
      // Timings measure the floor; word counts of a transcript without timings only estimate it.
      confidence: durationMs !== null ? 'high' : 'medium',
      evidenceType: 'measurement',
    });
  }

  for (const e of interruptions) {
    const u = ctx.utterances[e.index]!;
    const target = ctx.utterances[e.targetIndex]!;
    if (isUnattributed(ctx, u.speakerId)) continue;
    const confidence = interruptionConfidence(e, ctx.timed);
    // A possible interruption read from the text alone names a person on a guess: in review r10 coaches found
    // 11 of 25 wrong (answers, completions, and often the one who was cut in on). It stays an event in
    // turnTaking.interruptions (confidence low) and in the counts, with no finding naming anyone.
    if (confidence === 'low') continue;
    const how =
      e.basis === 'overlap'
        ? `started while ${name(target.speakerId)} was speaking (${e.overlapMs} ms of overlap), and ${name(target.speakerId)} stopped within ${T.interruptionStopWindowMs / 1000} s`
        : `took over right after ${name(target.speakerId)} broke off (${e.cutoff?.pattern ?? 'cut-off'} at the end of their utterance); the timings show no overlap, only the break-off`;
    findings.push({
      id: nextId(e.ruleId, u.id),
      analyzer: ANALYZER,
      kind: 'interruption',
      ruleId: e.ruleId,
      speakerId: u.speakerId,
      utteranceId: u.id,
      startMs: u.startMs,
      quote: leadingWords(u.text, ctx.tokens[e.index]!, QUOTE_WORDS),
      suggestion:
        'Let the speaker finish the sentence; if it cannot wait, ask first ("can I jump in?") and hand the floor back afterwards.',
      note: `${name(u.speakerId)} ${how}.${e.reclaimed ? '' : ONE_INSTANCE}`,
      // One overlap is an observation: only the speaker's own "let me finish" shows they felt cut off.
      // Whether someone habitually cuts in is a pattern over the meeting (src/commentary/rules.ts).
      severity: e.reclaimed ? 'low' : 'info',
      targetSpeakerId: target.speakerId,
      confidence,
      evidenceType: e.basis === 'overlap' ? 'timed-overlap' : 'text-cutoff',
    });
  }
  findings.push(...interruptionPatterns(ctx, interruptions, nextId, name));
  return findings;
}

/**
 * Whether utterance i ends with a question to the others: its last question clause ends within the last
 * QUESTION_AT_END_WORDS words ("... so that is the plan. Does this make sense?").
 */
function endsWithQuestion(ctx: TurnContext, i: number): boolean {
  const last = questionsIn(ctx.prepared, i).at(-1);
  if (last === undefined) return false;
  const tokens = ctx.tokens[i]!;
  let after = 0;
  for (let k = tokens.length - 1; k >= 0 && tokens[k]!.start >= last.end; k--) after++;
  return after <= QUESTION_AT_END_WORDS;
}

/**
 * One coachable finding per person who cut in as a habit (thresholds `interrupterMinCount`, `interrupterLead`),
 * at their first interruption: the single overlaps stay observations, the pattern is what a coach raises.
 */
function interruptionPatterns(
  ctx: TurnContext,
  interruptions: readonly InterruptionEvent[],
  nextId: (ruleId: string, utteranceId: string) => string,
  name: (speakerId: string) => string,
): Finding[] {
  const seen = interruptions.filter((e) => interruptionConfidence(e, ctx.timed) !== 'low');
  const bySpeaker = new Map<string, InterruptionEvent[]>();
  for (const e of seen) {
    const id = ctx.utterances[e.index]!.speakerId;
    const list = bySpeaker.get(id);
    // Appended in place: a copy per interruption made a habitual interrupter's list quadratic.
    if (list) list.push(e);
    else bySpeaker.set(id, [e]);
  }
  const out: Finding[] = [];
  for (const [speakerId, mine] of bySpeaker) {
    const next = Math.max(0, ...[...bySpeaker].filter(([id]) => id !== speakerId).map(([, es]) => es.length));
    if (mine.length < T.interrupterMinCount || mine.length < T.interrupterLead * next) continue;
    const first = mine[0]!;
    const u = ctx.utterances[first.index]!;
    out.push({
      id: nextId(INTERRUPTION_PATTERN_RULE, u.id),
      analyzer: ANALYZER,
      kind: 'interruption',
      ruleId: INTERRUPTION_PATTERN_RULE,
      speakerId,
      utteranceId: u.id,
      startMs: u.startMs,
      quote: leadingWords(u.text, ctx.tokens[first.index]!, QUOTE_WORDS),
      suggestion:
        'Let the speaker finish the sentence; if it cannot wait, ask first ("can I jump in?") and hand the floor back afterwards.',
      note: `${name(speakerId)} started while someone else was still speaking ${mine.length} times (${listIds(mine.map((e) => ctx.utterances[e.index]!.id))}), ${next === 0 ? 'and nobody else did' : `at least ${T.interrupterLead} times as often as anyone else (next: ${next})`}: a habit, not one overlap.`,
      // A habit weighs more than one word choice: it shapes who gets heard in every meeting.
      severity: 'medium',
      targetSpeakerId: null,
      confidence: 'medium',
      evidenceType: first.basis === 'overlap' ? 'timed-overlap' : 'text-cutoff',
    });
  }
  return out;
}

/**
 * How sure an interruption is. A speaker saying "let me finish" shows they felt cut off: high. A timed overlap
 * after which the first speaker stopped is seen, but agrees with annotators' "interrupted" marks only about 0.58
 * of the time (ICSI Bed003, test/eval/turn-taking-eval.ts): medium, an observation; so is a timed clear break-off
 * taken over at once. From the text alone a sentence that ends cut off is also how answers, completions and
 * hand-overs look: a possible interruption (precision against the timed truth of the same meetings 0.37), low.
 *
 * @example
 * interruptionConfidence({ basis: 'overlap', reclaimed: false, cutoff: null }, true) // => 'medium'
 */
export function interruptionConfidence(
  e: Pick<InterruptionEvent, 'basis' | 'reclaimed' | 'cutoff'>,
  timed: boolean,
): Finding['confidence'] {
  if (e.reclaimed) return 'high';
  // Timed overlaps agree with annotators' "interrupted" marks only about 0.58 of the time (ICSI Bed003, MRDA):
  // the overlap is certain, its reading as an interruption is not.
  if (e.basis === 'overlap') return 'medium';
  // With timings, a clear break-off (a dash, a dangling article) taken over at once agrees with the annotators
  // as often as an overlap does (0.62 on Bed003); from the text alone answers, completions and hand-overs
  // look the same.
  return timed && e.cutoff?.strength === 'strong' ? 'medium' : 'low';
}
