/**
 * Inclusivity's thresholds, in one place: the analyser, the rule-based commentary, the PDF and the page
 * read them from here (test/analyzers/thresholds.test.ts fails when a reader disagrees).
 * Documented in analyzers/inclusivity/README.md.
 */

/** Below this fraction of the fair share a voice is quiet. */
export const QUIET_FRACTION = 0.5;
/** Above this multiple of the fair share a voice is dominant. */
export const DOMINANT_MULTIPLE = 2;

/** How one person's share of talk reads against an equal (fair) share. */
export type ParticipationStatus = 'quiet' | 'balanced' | 'dominant';

/**
 * Quiet below half the fair share, dominant above twice it; with fewer than two people nobody is either.
 *
 * @example
 * participationStatus(0.1, 0.25, 4)  // => 'quiet'     (below 0.125)
 * participationStatus(0.55, 0.25, 4) // => 'dominant'  (above 0.5)
 * participationStatus(1, 1, 1)       // => 'balanced'  (nobody to share with)
 */
export function participationStatus(share: number, fairShare: number, people: number): ParticipationStatus {
  if (people < 2) return 'balanced';
  if (share < fairShare * QUIET_FRACTION) return 'quiet';
  if (share > fairShare * DOMINANT_MULTIPLE) return 'dominant';
  return 'balanced';
}
