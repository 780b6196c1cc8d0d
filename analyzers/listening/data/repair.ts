/**
 * Question words that end a repair request: "Web site's what?", "Another node on what?" repeat part of what was
 * said and ask for the rest again. Such a question shows the asker did not catch the words, so it is no follow-up
 * question, however many words it shares with them (two coaches read both as follow-ups wrongly: review r12).
 *
 * Source: other-initiated repair, "partial repeat + question word" (Schegloff, Jefferson & Sacks 1977, "The
 * preference for self-correction in the organization of repair in conversation", Language 53(2)).
 */
export const REPAIR_QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'where', 'which', 'whom', 'whose']);
