/**
 * Floor moves that decide whether a change of speaker after a cut-off was an interruption:
 * the newcomer handing the floor straight back ("Go on."), the first speaker reclaiming it
 * ("Let me finish."), and the first speaker accepting a completion of their own sentence ("Yes, the
 * billing export."). Matched at the start of the utterance, lower case, punctuation ignored.
 *
 * Sources:
 * - Lerner (1991, 2004) "On the syntax of sentences-in-progress" / collaborative completion: the first
 *   speaker ratifies a completion with a token of acceptance ("yes", "exactly") or by repeating it.
 * - Schegloff (2000) "Overlapping talk and the organization of turn-taking": yielding ("go ahead")
 *   and floor-reclaiming ("let me finish") are how overlap is resolved in favour of one speaker.
 * - Goldberg (1990) "Interrupting the discourse on interruptions": a completion the speaker accepts
 *   is rapport, not a power move.
 */

/**
 * @example
 * YIELD_OPENINGS.includes('go ahead') // => true
 */
export const YIELD_OPENINGS: readonly string[] = [
  'go on',
  'go ahead',
  'you go',
  'you first',
  'after you',
  'sorry go on',
  'sorry go ahead',
  'sorry you go',
  'please go on',
  'please go ahead',
];

/**
 * @example
 * RECLAIM_OPENINGS.includes('let me finish') // => true
 */
export const RECLAIM_OPENINGS: readonly string[] = [
  'let me finish',
  'can i finish',
  'could i finish',
  'may i finish',
  'i was not finished',
  "i wasn't finished",
  'i am not finished',
  "i'm not finished",
  'i am not done',
  "i'm not done",
  'i was still talking',
  'hang on i was',
  'that was not the point i was making',
  "that wasn't the point i was making",
];

/**
 * Tokens with which a speaker accepts someone's completion of their sentence.
 *
 * @example
 * ACCEPTANCE_OPENINGS.includes('exactly') // => true
 */
export const ACCEPTANCE_OPENINGS: readonly string[] = [
  'yes',
  'yeah',
  'yep',
  'exactly',
  'right',
  'precisely',
  "that's it",
  'that is it',
  "that's the one",
  'that is the one',
  'thank you',
  'thanks',
];
