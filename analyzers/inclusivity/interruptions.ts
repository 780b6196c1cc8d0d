/**
 * Interruptions made and received per person, as the turn-taking analyser counted them
 * (from timings when real, from cut-off turns otherwise). Inclusivity reports them per person,
 * most-interrupted first, because being cut off repeatedly is a participation barrier.
 */
import * as z from 'zod';
import type { ParticipationInput } from './participation';

export const InterruptionBalance = z.object({
  speakerId: z.string(),
  made: z.number().nonnegative(),
  received: z.number().nonnegative(),
  /** made - received: positive for people who cut in more than they are cut off. */
  net: z.number(),
});
export type InterruptionBalance = z.infer<typeof InterruptionBalance>;

/**
 * Ids in natural order ("s2" before "s10"): one collator, the same order as `localeCompare(b, 'en', { numeric: true })`,
 * which builds a collator at every call (~11 µs each).
 */
const BY_ID = new Intl.Collator('en', { numeric: true }).compare;

/**
 * @example
 * interruptionBalance({ basis: 'words', speakers: [{ speakerId: 's1', talkShare: 1, interruptionsMade: 2, interruptionsReceived: 0 }] })
 * // => [{ speakerId: 's1', made: 2, received: 0, net: 2 }]
 */
export function interruptionBalance(input: ParticipationInput): InterruptionBalance[] {
  return input.speakers
    .map((s) => ({
      speakerId: s.speakerId,
      made: s.interruptionsMade,
      received: s.interruptionsReceived,
      net: s.interruptionsMade - s.interruptionsReceived,
    }))
    .sort((a, b) => b.received - a.received || BY_ID(a.speakerId, b.speakerId));
}
