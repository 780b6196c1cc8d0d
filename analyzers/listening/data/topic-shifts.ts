/**
 * Topic-shift prefaces: a question that opens with one announces a new subject ("Separate thing: who owns
 * the backups?"), so a word it shares with the previous speaker is a shared topic noun, not uptake of what
 * they said. Matched within the first words of the utterance, after fillers such as "and", "so", "ok", or of the
 * question clause. "Another kind", "moving on", "turning to": how committee members open their next line of
 * questions (a hearing's "another kind of unintended consequence" read as a follow-up: review r12).
 *
 * Sources: Schegloff & Sacks (1973) "Opening up closings", Semiotica 8 (misplacement markers: "by the way");
 * Jefferson (1984) "On stepwise transition from talk about a trouble to inappropriately next-positioned
 * matters" (disjunctive topic shifts are marked); Huang et al. (2017) on follow-up vs switch questions.
 */
export const TOPIC_SHIFT_PREFACES: readonly string[] = [
  'separate thing',
  'separate question',
  'separate topic',
  'different topic',
  'different thing',
  'different question',
  'unrelated',
  'on another note',
  'on a different note',
  'on a separate note',
  'changing the subject',
  'change of topic',
  'change of subject',
  'switching gears',
  'switching topics',
  'new topic',
  'by the way',
  'another thing',
  'another kind',
  'another question',
  'another issue',
  'another area',
  'moving on',
  'turning to',
  'quick aside',
  'random question',
  'off topic',
  'totally different',
];
