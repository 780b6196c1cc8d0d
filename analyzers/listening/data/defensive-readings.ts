/**
 * Defensive readings: a "paraphrase" that turns the other's point into blame of the speaker ("so you're
 * saying it's my fault?", "what you mean is my team is the problem") is a challenge, not a check of
 * understanding. A paraphrase marker counts as active listening only when the rest of its sentence does
 * not both point at the speaker (SELF_WORDS) and judge them (BLAME_WORDS).
 *
 * Sources: Gibb (1961) "Defensive communication", Journal of Communication 11(3) (evaluation heard as
 * blame provokes defensive replies); Gottman (1994) "What predicts divorce?" (defensiveness as
 * counter-blame, "are you saying it's my fault?"); Weger, Castle & Emmett (2010) on what a message
 * paraphrase restates (the other's content, not an inference about oneself).
 */

/** First-person singular and "my team": the restatement is about the speaker, not the other's point. */
export const SELF_WORDS: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  'im',
  "i've",
  "i'd",
  "i'll",
]);

/**
 * Blame and judgement words that, next to a self-reference, make the line a defensive reading:
 * "fault", "blame", "problem", and character judgements ("lazy", "careless", "incompetent").
 */
export const BLAME_WORDS: ReadonlySet<string> = new Set([
  'fault',
  'blame',
  'blaming',
  'problem',
  'lazy',
  'careless',
  'incompetent',
  'useless',
  'stupid',
  'wrong',
  'failed',
  'failure',
  'broke',
  'screwed',
  'messed',
  'bad',
  'sloppy',
  'responsible',
]);
