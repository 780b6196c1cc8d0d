/**
 * Words before the verb "apologise" that make it someone else's apology, asked for or owed ("Will the minister now
 * apologize to ...", "you've got to apologize to Mary-Angela"), unless the speaker is its subject ("I must
 * apologise", "I would like to apologize"). Read by analyzers/nlp/apology-demand.ts for the apology count
 * (inclusivity) and the politeness markers (sentiment). Source: Holmes (1989), "Sex differences and apologies",
 * Applied Linguistics 10(2): an apology is the speaker's own remedial act; a demand for one is not (review r36, a
 * member asking a minister to apologise, counted as the member's apology).
 */

/** How far back, in words of the same sentence, a subject or a demand is looked for. */
export const APOLOGY_DEMAND_REACH = 5;

/** The speaker as subject: "I (do) apologise", "we must apologize", "let me apologise". */
export const FIRST_PERSON_SUBJECTS: readonly string[] = [
  'i',
  "i'd",
  "i'll",
  "i'm",
  "i've",
  'we',
  "we'd",
  "we'll",
  'me',
  'let',
];

/** A demand, an obligation or a future: "will he apologize", "should apologise", "got to apologize". */
export const DEMAND_WORDS: readonly string[] = [
  'will',
  'would',
  'should',
  'must',
  'to',
  'shall',
  'can',
  'could',
  'demand',
  'demands',
  'owe',
  'owes',
];
