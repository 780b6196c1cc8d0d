/**
 * Turn-taking findings: long monologues and interruptions, each quoting the transcript verbatim.
 * Dominant and quiet voices are the inclusivity analyser's findings, not these.
 */
import type { AnalyzerName, Finding } from '../../src/model/finding';
import type { TurnContext } from './context';
import { turnDurationMs, type FloorTurn } from './floor-turns';
import type { InterruptionEvent } from './overlaps';
import { leadingWords } from './quotes';
import { TURN_TAKING_THRESHOLDS as T } from './thresholds';

const ANALYZER: AnalyzerName = 'turn-taking';
const QUOTE_WORDS = 8;

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

  for (const turn of monologues) {
    const u = ctx.utterances[turn.first]!;
    const durationMs = turnDurationMs(turn);
    const ruleId = durationMs !== null ? 'long-monologue-time' : 'long-monologue-words';
    const size =
      durationMs !== null ? `${(durationMs / 60_000).toFixed(1)} minutes (${turn.words} words)` : `${turn.words} words`;
    const long = durationMs !== null ? durationMs >= 2 * T.monologueMs : turn.words >= 2 * T.monologueWords;
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
      note: `${name(turn.speakerId)} held the floor for ${size} without handing over (threshold: ${durationMs !== null ? `${T.monologueMs / 60_000} minutes` : `${T.monologueWords} words`}).`,
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
    const confidence = interruptionConfidence(ctx, e);
    const how =
      e.basis === 'overlap'
        ? `started while ${name(target.speakerId)} was speaking (${e.overlapMs} ms of overlap), and ${name(target.speakerId)} stopped within ${T.interruptionStopWindowMs / 1000} s`
        : `took over right after ${name(target.speakerId)} broke off (${e.cutoff?.pattern ?? 'cut-off'} at the end of their utterance); this is read from the text, not from timings${confidence === 'low' ? ', so it is a possible interruption: answers, completions and hand-overs look the same' : ''}`;
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
      note: `${name(u.speakerId)} ${how}.`,
      // A possible interruption is an observation (info), never something to raise with a named person.
      severity: confidence === 'low' ? 'info' : 'low',
      targetSpeakerId: target.speakerId,
      confidence,
      evidenceType: e.basis === 'overlap' ? 'timed-overlap' : 'text-cutoff',
    });
  }
  return findings;
}

/**
 * How sure an interruption is. A timed overlap is seen; so is a speaker saying "let me finish". A sentence
 * that ends cut off is also how answers, completions and hand-overs look, so from the text alone it is a
 * possible interruption, never grounds for advice (text-only precision against the timed truth of the same
 * meetings is below 0.8: test/eval/turn-taking-eval.ts). With timings, a clear break-off (a dash, a
 * dangling article) taken over at once is evidence a coach would stand behind.
 *
 * @example
 * interruptionConfidence(ctx, { basis: 'overlap', reclaimed: false, ... }) // => 'high'
 */
export function interruptionConfidence(ctx: TurnContext, e: InterruptionEvent): Finding['confidence'] {
  if (e.basis === 'overlap') return 'high';
  if (e.reclaimed) return 'medium';
  return ctx.timed && e.cutoff?.strength === 'strong' ? 'medium' : 'low';
}
