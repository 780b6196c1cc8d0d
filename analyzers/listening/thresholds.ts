/**
 * Listening's thresholds, in one place (documented in analyzers/listening/README.md); each detector
 * imports its own from here.
 */

// read by backchannels.ts
/** A back-channel starting this soon after the other's speech ends still responds to it. */
export const RIGHT_AFTER_MS = 1000;
/** How far back the talker is looked for, in utterances. */
export const LISTENED_REACH = 10;

// read by follow-up-questions.ts
/** The question must be among the first utterances of the asker's turn (captions split turns). */
export const FOLLOW_UP_REACH = 3;
/** How many of the other speaker's latest utterances (one turn) the question may take words from. */
export const PREVIOUS_TURN_UTTERANCES = 5;
/**
 * Before that turn, other speakers' utterances this far back may hold the words taken up ("Latency dropped by
 * half?" asked after an unrelated reply in between).
 */
export const EARLIER_OTHERS_REACH = 3;
/**
 * A follow-up takes up what was said: at least this many distinct content words of the other speaker.
 * One shared word is usually a topic noun ("database"), not uptake of the claim.
 */
export const MIN_SHARED_WORDS = 2;
/**
 * A follow-up question starts within this many words of the utterance: it opens the turn. Every follow-up coaches
 * signed started within a word or two; wrong ones came after a preamble ("Thank you, Chair. Hello ...") of 6 to 29
 * words (review r13; it was 40).
 */
export const QUESTION_WITHIN_WORDS = 12;
/** How far back (utterances) a word the asker brought up first counts as their own subject, not uptake. */
export const OWN_TOPIC_REACH = 8;
/** With this many shared words or more the follow-up is a confident reading (medium), else a guess (low). */
export const CONFIDENT_SHARED_WORDS = 3;
/**
 * A topic-shift preface must start within this many words of the utterance, or between the start of the question's
 * sentence and this many words into the question clause ("Thank you for that. In terms of thinking about another
 * kind of consequence, are we ...?"; review r12).
 */
export const TOPIC_SHIFT_WORDS = 3;
export const QUESTION_TOPIC_SHIFT_WORDS = 6;

/**
 * A question clause with at least this share of its words in the line it answers repeats it: after a question it
 * checks the question ("Sorry, can I just be clear? How does the law as it presently stands protect children?"),
 * opened by "yeah" it confirms (data/repair.ts). Neither is a follow-up (review r21).
 */
export const CONFIRMATION_ECHO_SHARE = 2 / 3;

// read by markers.ts
/** `atTurnStart` rules must start within this many words of the start of the turn. */
export const TURN_START_WORDS = 12;
/** A line this short that names the next speaker gives them the floor ("Ms Kwan, go ahead"). */
export const FLOOR_GRANT_MAX_WORDS = 12;
/** A restatement needs this many words after its marker ("you mean" alone is an abandoned start, not a check). */
export const RESTATEMENT_MIN_WORDS = 3;
/** Building on needs this many words after its marker: "Yeah and" cut off extends nothing (review r14). */
export const EXTENSION_MIN_WORDS = 3;
/** A line of at most this many words, all of them ASSESSMENT_WORDS ("That's lovely.", "Yeah, that makes sense."), adds no point. */
export const ASSESSMENT_MAX_WORDS = 4;
/**
 * A guessed restatement ("you mean ...") shares a content word with someone else's utterances this far back (the
 * previous speaker's turn is often cut into short captions: "phones" came three utterances before the check).
 */
export const RESTATED_WORDS_REACH = 4;
/** How many of the words that extend the point a building-on quote carries after the marker ("agree and ..."). */
export const EXTENSION_QUOTE_WORDS = 10;
/** How many of the restating words a paraphrase's quote carries after the marker. */
export const RESTATEMENT_QUOTE_WORDS = 10;
/** A speaker's name this close to the marker says who is paraphrased ("So, Sam, you're saying ..."). */
export const MARKER_NAME_REACH = 4;
