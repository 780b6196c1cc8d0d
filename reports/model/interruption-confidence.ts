/**
 * How many of the meeting's interruptions the report may state as fact: those whose finding a coach would
 * stand behind (isCoachable: severity low or above, confidence medium or above); the rest are "possible"
 * (typically read from a sentence that breaks off in the text, with no timings to confirm it).
 */
import { isCoachable, type Finding } from '../../src/model/finding';

export interface InterruptionCounts {
  /** Interruptions whose finding is coachable: stated as interruptions. */
  confident: number;
  /** The others: stated as "possible", never with a name. */
  possible: number;
  /** Confident interruptions per person who cut in. */
  confidentBy: Map<string, number>;
}

/**
 * Counts the interruption findings by whether they can be stated as fact.
 *
 * @example
 * interruptionCounts([{ kind: 'interruption', severity: 'low', confidence: 'high', speakerId: 's1', ... }])
 * // => { confident: 1, possible: 0, confidentBy: Map { 's1' => 1 } }
 */
export function interruptionCounts(findings: readonly Finding[]): InterruptionCounts {
  const counts: InterruptionCounts = { confident: 0, possible: 0, confidentBy: new Map() };
  for (const f of findings) {
    if (f.kind !== 'interruption') continue;
    if (!isCoachable(f)) {
      counts.possible++;
      continue;
    }
    counts.confident++;
    if (f.speakerId !== null) counts.confidentBy.set(f.speakerId, (counts.confidentBy.get(f.speakerId) ?? 0) + 1);
  }
  return counts;
}
