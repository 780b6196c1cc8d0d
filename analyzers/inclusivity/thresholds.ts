/**
 * Inclusivity's thresholds, in one place: the analyser, the rule-based commentary and the PDF
 * read them from here (test/analyzers/thresholds.test.ts fails when a reader disagrees).
 * Documented in analyzers/inclusivity/README.md.
 */

/** Below this fraction of the fair share a voice is quiet. */
export const QUIET_FRACTION = 0.5;
/** Above this multiple of the fair share a voice is dominant. */
export const DOMINANT_MULTIPLE = 2;

/**
 * A multiple of the fair share as a reader says it, so the PDF's sentences follow the thresholds above.
 *
 * @example
 * shareMultipleInWords(QUIET_FRACTION) // => 'half'
 * shareMultipleInWords(DOMINANT_MULTIPLE) // => 'twice'
 */
export function shareMultipleInWords(multiple: number): string {
  const words: Record<number, string> = { 0.25: 'a quarter of', 0.5: 'half', 2: 'twice', 3: 'three times' };
  return words[multiple] ?? `${multiple} times`;
}

/**
 * A dominant voice leads the talk: when the next voice had at least this fraction of its share, the lead was
 * shared ("one of two near-equal leads", a coach on ICSI Bdb001: 38% beside the convener's 33%), and the
 * dominant-voice finding is an observation, with no advice built on it.
 */
export const SHARED_LEAD_FRACTION = 0.75;

/**
 * Past this many people a meeting is a sitting, not a discussion: most people speak briefly by design (a fixed
 * statement slot, a single question), so a low share is the format. Quiet voices there are guesses (no page top,
 * no "speak up"): coaches called members who spoke in their allotted slots "quiet" debatable (review r11).
 */
export const DISCUSSION_MAX_PEOPLE = 8;

/**
 * True for a sitting: more people than DISCUSSION_MAX_PEOPLE. One test for the participation notes, the invitations
 * and the rule-based commentary.
 *
 * @example
 * isSitting(56) // => true
 * isSitting(8)  // => false
 */
export function isSitting(people: number): boolean {
  return people > DISCUSSION_MAX_PEOPLE;
}

/** How one person's share of talk reads against an equal (fair) share. */
export type ParticipationStatus = 'quiet' | 'balanced' | 'dominant';

/**
 * In a large meeting twice the fair share is a small share (8% among 25 people: a party leader's allotted
 * speech in a parliamentary sitting): nobody with less than this share of all the talk is called dominant.
 * It binds from 11 people on; a coach's review of a 25-person committee sitting found every "dominant voice"
 * below it debatable (issue 11).
 */
export const DOMINANT_MIN_SHARE = 0.2;

/**
 * The share above which a voice is dominant: twice the fair share, but never more than halfway from the fair
 * share to all of the talk, so that the line exists for every group size, and never below DOMINANT_MIN_SHARE.
 * With two people twice the fair share is 100%, which nobody can exceed: a manager with 95% of a 1:1 would read
 * "balanced". Halfway gives 75% for two people; from three to ten people it is twice the fair share.
 *
 * @example
 * dominantThreshold(0.25) // => 0.5   (four people: twice the fair share)
 * dominantThreshold(0.5)  // => 0.75  (two people: halfway from 50% to 100%)
 * dominantThreshold(0.04) // => 0.2   (25 people: at least a fifth of all the talk)
 * dominantThreshold(1)    // => 1     (one person: nobody to dominate)
 */
export function dominantThreshold(fairShare: number): number {
  return Math.max(Math.min(fairShare * DOMINANT_MULTIPLE, (fairShare + 1) / 2), Math.min(DOMINANT_MIN_SHARE, 1));
}

/**
 * Quiet below half the fair share, dominant above `dominantThreshold`; with fewer than two people (counting
 * silent invitees) nobody is either. `fairShare` is 1 / people invited (or present, without an attendee list).
 *
 * @example
 * participationStatus(0.1, 0.25, 4)  // => 'quiet'     (below 0.125)
 * participationStatus(0.55, 0.25, 4) // => 'dominant'  (above 0.5)
 * participationStatus(0.94, 0.5, 2)  // => 'dominant'  (a 1:1: above 0.75)
 * participationStatus(1, 1, 1)       // => 'balanced'  (nobody to share with)
 */
export function participationStatus(share: number, fairShare: number, people: number): ParticipationStatus {
  if (people < 2) return 'balanced';
  if (share < fairShare * QUIET_FRACTION) return 'quiet';
  if (share > dominantThreshold(fairShare)) return 'dominant';
  return 'balanced';
}

// read by credit.ts
/** How far (in words) from an implicit acknowledgement a speaker's name still says whom it is for. */
export const CREDIT_NAME_REACH = 3;
/**
 * Credit that names nobody is for the previous speaker only within this many utterances of the start of the turn:
 * "thank you for the call" after three of one's own lines thanks the room (review r13), as does thanks deep inside
 * one's own report.
 */
export const CREDIT_TURN_REACH = 3;
/** How many words of what the thanks are for a "thank you for" credit quotes ("Thank you for your advocacy on ..."). */
export const THANKED_FOR_QUOTE_WORDS = 8;
/**
 * When only one other person spoke in this many utterances before an unnamed credit, the two are talking with each
 * other: "like you said" after their "Yeah." is for them (review r17, two participants of a study talking while the
 * experimenter listened).
 */
export const CREDIT_PAIR_REACH = 10;
/**
 * An unnamed credit that repeats the speaker's own unnamed credit of at most this many utterances before is the same
 * reaction said again ("Oh, interesting point." / "I would have thought so." / "Ah! Interesting point."): counted
 * once (review r24).
 */
export const CREDIT_REPEAT_REACH = 3;

// read by invitations.ts
/** How far (in words) from the phrase a speaker's name still counts as its addressee. */
export const ADDRESSEE_REACH = 4;
/** How many following utterances are searched for the first reply by someone else. */
export const REPLY_LOOKAHEAD = 5;

// read by restatements.ts
/** Within this many turns the restatement is a reply, and the link is plain to everyone. */
export const IMMEDIATE_REPLY_TURNS = 3;
/** Ideas further back than this are not compared (keeps the index bounded). */
export const MAX_GAP_TURNS = 400;
/** Distinctive words the source must share with the restatement. */
export const MIN_SHARED_DISTINCTIVE = 4;
/** Fraction of the source's distinctive words that must reappear. */
export const MIN_SOURCE_COVERAGE = 0.5;

// read by uptake.ts
/** Turns after an idea within which a reuse of its words counts as uptake. */
export const UPTAKE_WINDOW_TURNS = 10;
/** Shared introduced words needed: one shared word is too often chance. */
export const MIN_SHARED_WORDS = 2;
