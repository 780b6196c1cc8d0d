/**
 * How many of the meeting's interruptions the report may state as fact: those seen in the timings or that the
 * interrupted speaker objected to (confidence medium or above); the rest are "possible" (read from a sentence
 * that breaks off in the text, with no timings to confirm it). Who cut in is named only where it was a habit
 * (the turn-taking analyser's `interruption-pattern` finding): one overlap is no verdict on a person.
 */
import type { Finding } from '../../src/model/finding';
import { INTERRUPTION_PATTERN_RULE } from '../../analyzers/turn-taking/findings';

export interface InterruptionCounts {
  /** Interruptions seen in the timings or reclaimed: stated as interruptions. */
  confident: number;
  /** The others: stated as "possible", never with a name. */
  possible: number;
  /** Confident interruptions per person who cut in. */
  confidentBy: Map<string, number>;
  /** People who cut in as a habit: the only ones a headline names. */
  habitual: Set<string>;
}

/**
 * Whether a finding is one interruption (not the habit summary over several): what the counts and the
 * who-interrupted-whom views add up.
 *
 * @example
 * isInterruptionInstance({ kind: 'interruption', ruleId: 'interruption-overlap', ... })  // => true
 * isInterruptionInstance({ kind: 'interruption', ruleId: 'interruption-pattern', ... }) // => false
 */
export function isInterruptionInstance(f: Pick<Finding, 'kind' | 'ruleId'>): boolean {
  return f.kind === 'interruption' && f.ruleId !== INTERRUPTION_PATTERN_RULE;
}

/**
 * Counts the interruption findings by whether they can be stated as fact. Possible interruptions name nobody, so
 * they are no findings: their count comes from the turn-taking events (`possible`, the report model's
 * `possibleInterruptions`).
 *
 * @example
 * interruptionCounts([{ kind: 'interruption', ruleId: 'interruption-overlap', confidence: 'medium', speakerId: 's1', ... }], 16)
 * // => { confident: 1, possible: 16, confidentBy: Map { 's1' => 1 }, habitual: Set {} }
 */
export function interruptionCounts(findings: readonly Finding[], possible: number): InterruptionCounts {
  const counts: InterruptionCounts = { confident: 0, possible, confidentBy: new Map(), habitual: new Set() };
  for (const f of findings) {
    if (f.kind !== 'interruption') continue;
    if (!isInterruptionInstance(f)) {
      if (f.speakerId !== null) counts.habitual.add(f.speakerId);
      continue;
    }
    if (f.confidence === 'low') continue;
    counts.confident++;
    if (f.speakerId !== null) counts.confidentBy.set(f.speakerId, (counts.confidentBy.get(f.speakerId) ?? 0) + 1);
  }
  return counts;
}
