/**
 * Question words that end a repair request: "Web site's what?", "Another node on what?" repeat part of what was
 * said and ask for the rest again. Such a question shows the asker did not catch the words, so it is no follow-up
 * question, however many words it shares with them (two coaches read both as follow-ups wrongly: review r12).
 *
 * Source: other-initiated repair, "partial repeat + question word" (Schegloff, Jefferson & Sacks 1977, "The
 * preference for self-correction in the organization of repair in conversation", Language 53(2)).
 */
export const REPAIR_QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'where', 'which', 'whom', 'whose']);

/**
 * Words that open a confirmation: "Yeah, may we remove Kazakh from this list, yeah." after "So the idea is that we
 * should remove Kazakh from this list." agrees with the restatement of one's own idea, asking nothing further (a
 * coach gave the listening move to the one who restated it, review r21). Only with a line that mostly repeats the
 * one before (CONFIRMATION_ECHO_SHARE in ../thresholds.ts).
 *
 * Source: repeats in second position confirm what the first speaker said (Stivers 2005, "Modified repeats: one
 * method for asserting primary rights from second position", Research on Language and Social Interaction 38(2)).
 */
export const CONFIRMING_WORDS: ReadonlySet<string> = new Set(['yeah', 'yes', 'yep', 'right', 'exactly', 'indeed']);

/**
 * Openers by which a speaker asks to get the question right before answering it ("Sorry, can I just be clear? How
 * does the law as it presently stands protect children?"): a repeat after one checks the question put, even when
 * the member's question was asked inside a statement, with no question mark (review r21). Only with a line that
 * mostly repeats the one before (CONFIRMATION_ECHO_SHARE in ../thresholds.ts).
 *
 * Source: other-initiated repair by a candidate understanding (Schegloff, Jefferson & Sacks 1977, above).
 */
export const CLARIFYING_OPENERS: readonly string[] = [
  'can i just be clear',
  'can i be clear',
  'just to be clear',
  'to be clear',
  'just to clarify',
  'can i clarify',
  'can i just clarify',
  'just so i understand',
  'is the question',
];
