/**
 * Paraphrase markers: a listener restating what the previous speaker said in their own words
 * ("so what you're saying is ...", "if I understand correctly", "in other words").
 *
 * Sources: Rogers & Farson (1957) "Active Listening" (reflecting content and feeling back to the
 * speaker); Weger, Castle & Emmett (2010) "Active listening in peer interviews: the influence of
 * message paraphrasing on perceptions of listening skill", International Journal of Listening 24(1).
 */
import type { PhraseRule } from '../../nlp/types';

export interface ListeningMarkerRule extends PhraseRule {
  /** Only counts in the first words of a turn: mid-turn, "in other words" rephrases one's own point. */
  atTurnStart?: boolean;
}

const ROGERS = 'Rogers & Farson (1957), Active Listening';
const WEGER = 'Weger, Castle & Emmett (2010), message paraphrasing';

export const PARAPHRASE_MARKERS: readonly ListeningMarkerRule[] = [
  {
    id: 'you-are-saying',
    pattern: "you're|you [are] saying|suggesting|proposing|asking",
    example: "So what you're saying is the API is not ready?",
    source: WEGER,
    notAfter: ["i'm not", 'not', 'what are'],
    notBefore: ['about'],
    note: 'The textbook paraphrase opener; "I\'m not saying" is excluded, and so is "what you\'re saying about X" (it names a topic, then asks or argues: a coach rejected it as a restatement, review r10).',
  },
  {
    id: 'if-i-understand',
    pattern: 'if i [understand|understood|heard|hear|get|got] [you|that|this|it] correctly|right',
    example: 'If I understand correctly, the fix is in staging.',
    source: ROGERS,
    note: "Checks one's understanding of the other.",
  },
  {
    id: 'if-i-understand-you',
    pattern: 'if i understand|understood|follow|followed|hear|heard|get|got you',
    example: 'If I follow you, each manager sees one store?',
    source: ROGERS,
    note: 'The same check without "correctly": what follows restates the other person.',
  },
  {
    id: 'if-im-hearing',
    pattern: "if i'm hearing|reading|understanding [you|that|this|it] correctly|right",
    example: "If I'm hearing you right, we wait a week.",
    source: ROGERS,
    note: "Checks one's understanding of the other.",
  },
  {
    id: 'what-im-hearing',
    pattern: "what i'm|i [am] hearing|hear|heard [is|you]",
    example: 'So what I am hearing is that the budget is the blocker.',
    source: ROGERS,
    note: "Reflects the other's message.",
  },
  {
    id: 'in-other-words',
    pattern: 'in other words',
    example: 'In other words, we ship without the report.',
    source: WEGER,
    atTurnStart: true,
    note: 'At the start of a turn it rephrases the previous speaker; later in a turn it rephrases oneself (not counted).',
  },
  {
    id: 'you-mean',
    pattern: 'you mean',
    example: 'So you mean we drop the old API?',
    source: WEGER,
    notAfter: ['what', 'what do', 'what did', 'what does', 'how do', 'if', 'unless'],
    atTurnStart: true,
    note: '"What do you mean?" asks for clarification and "I see what you mean" acknowledges: neither offers a paraphrase (excluded).',
  },
  {
    id: 'make-sure-i-understand',
    pattern: 'make sure i [understand|understood|got|get|follow|have] [you|this|that|it] [correctly|right]',
    example: 'Let me make sure I understand you correctly.',
    source: ROGERS,
    note: 'Announces a paraphrase.',
  },
  {
    id: 'sounds-like-you',
    pattern: "sounds like you|you're",
    example: "It sounds like you're worried about the deadline.",
    source: ROGERS,
    note: 'Reflects feeling or content.',
  },
  {
    id: 'so-to-summarise',
    pattern: 'so to|in summarise|summarize|summary|recap|sum',
    example: 'So, to summarise, we keep the old flow for now.',
    source: WEGER,
    atTurnStart: true,
    sentenceStart: true,
    punctuationInside: 'comma',
    note: 'Opening a turn, it summarises what was just said; "it would be good to summarise that" (a plan) is excluded.',
  },
  {
    id: 'to-summarise',
    pattern: 'to summarise|summarize|recap|sum',
    example: 'To recap, the fix ships Monday.',
    source: WEGER,
    atTurnStart: true,
    sentenceStart: true,
    note: 'Same, without "so".',
  },
];

/**
 * Paraphrase markers whose sense is a guess: "you mean ..." opens a restatement as often as a clarifying
 * question or the speaker taking the floor ("You mean, this I guess I am gonna be standing up and drawing"), and
 * in speech-to-text it often frames a garbled line. In the issue 11 coach review 4 of 12 paraphrases held up,
 * and the "you mean" ones were the wrong ones. Their findings are observations (confidence low), never a strength.
 */
export const GUESSED_PARAPHRASE_RULES: ReadonlySet<string> = new Set(['you-mean']);
