/**
 * Hedges: words that soften a claim ("maybe", "I think", "sort of", "I'm not sure but").
 * A hedge is not a fault: it can be politeness or honest uncertainty. Counted per person per 100
 * words, so a habit of under-selling one's own ideas becomes visible next to everyone else's rate.
 *
 * Sources: Lakoff (1973) "Hedges: a study in meaning criteria and the logic of fuzzy concepts",
 * Journal of Philosophical Logic 2; Holmes (1995) "Women, Men and Politeness", ch. 3 (hedges and
 * boosters, "I think", "sort of", "you know"); Hyland (1998) "Hedging in Scientific Research
 * Articles"; the hedge list of Danescu-Niculescu-Mizil et al. (2013) politeness classifier.
 */
import type { PhraseRule } from '../../nlp/types';

const LAKOFF = 'Lakoff (1973), hedges';
const HOLMES = 'Holmes (1995), Women, Men and Politeness, ch. 3';
const POLITENESS = 'Danescu-Niculescu-Mizil et al. (2013), hedge list';
const HYLAND = 'Hyland (1998), Hedging in Scientific Research Articles';

export const HEDGES: readonly PhraseRule[] = [
  {
    id: 'maybe',
    pattern: 'maybe|perhaps',
    example: 'Maybe we could try the other vendor.',
    source: LAKOFF,
    note: 'Softens a proposal.',
  },
  {
    id: 'probably',
    pattern: 'probably|possibly|presumably',
    example: 'It probably needs another test.',
    source: POLITENESS,
    note: 'Epistemic adverbs.',
  },
  { id: 'might', pattern: 'might', example: 'This might work better.', source: POLITENESS, note: 'A modal hedge.' },
  {
    id: 'i-think',
    pattern: 'i think|believe|reckon',
    example: 'I think we should wait.',
    source: HOLMES,
    notBefore: ['so', 'in', 'that', 'strongly'],
    note: 'Holmes counts "I think" as a hedge in most uses; "I think so" (a plain answer), "I believe in this team" (conviction) and "I believe that" (a stated claim) are excluded.',
  },
  {
    id: 'i-guess',
    pattern: 'i guess|suppose|assume',
    example: 'I guess that could work.',
    source: POLITENESS,
    note: 'A softer "I think".',
  },
  {
    id: 'i-feel-like',
    pattern: 'i feel like',
    example: 'I feel like the scope is too big.',
    source: HOLMES,
    note: 'Frames a claim as a feeling.',
  },
  {
    id: 'sort-of',
    pattern: 'sort of',
    example: "It's sort of ready.",
    source: HOLMES,
    notAfter: [
      'what',
      'which',
      'this',
      'that',
      'a',
      'the',
      'some',
      'any',
      'every',
      'one',
      'same',
      'different',
      'other',
      'new',
      'right',
      'wrong',
    ],
    note: '"what sort of tests" (a noun) is excluded.',
  },
  {
    id: 'sorta',
    pattern: 'sorta',
    example: "It's sorta ready.",
    source: HOLMES,
    note: 'Spoken spelling of "sort of".',
  },
  {
    id: 'not-sure',
    pattern: "i'm|i [am] not sure|certain",
    example: "I'm not sure, but the numbers look off.",
    source: POLITENESS,
    note: 'Announces uncertainty before a claim.',
  },
  {
    id: 'not-sure-short',
    pattern: 'not sure if|whether|but|that',
    example: 'Not sure if this helps.',
    source: POLITENESS,
    punctuationInside: 'comma',
    notAfter: ["i'm", 'am'],
    note: 'The clipped form; after "I\'m" the longer rule counts it.',
  },
  {
    id: 'i-dont-know-if',
    pattern: "i don't know if|whether|but|maybe",
    example: "I don't know if this is relevant.",
    source: HOLMES,
    punctuationInside: 'comma',
    note: 'Uncertainty before a contribution.',
  },
  {
    id: 'i-just',
    pattern: 'i just',
    example: 'I just wanted to mention the deadline.',
    source: HOLMES,
    note: 'Minimising "just": makes one\'s contribution small.',
  },
  {
    id: 'just-wanted',
    pattern: 'just wanted|wondering|checking',
    example: 'Just wondering whether we tested it.',
    source: HOLMES,
    notAfter: ['i'],
    note: 'Minimising "just" without "I".',
  },
  {
    id: 'just-a-thought',
    pattern: 'just a|an quick|small|thought|suggestion|idea|question',
    example: 'Just a quick thought on the API.',
    source: HOLMES,
    note: 'Minimising "just": makes the contribution small before it is made.',
  },
  {
    id: 'just-to',
    pattern: 'just to clarify|check|add|say',
    example: 'Just to add, the logs are gone.',
    source: HOLMES,
    note: 'Minimising "just" before a contribution.',
  },
  {
    id: 'a-bit',
    pattern: 'a [little] bit|little',
    example: "It's a bit slow.",
    source: LAKOFF,
    notAfter: ['quite', 'not'],
    notBefore: ['of', 'more', 'later', 'earlier', 'longer', 'while'],
    note: 'Downtoner; "a bit of time" and "a bit later" are excluded.',
  },
  {
    id: 'somewhat',
    pattern: 'somewhat|slightly|fairly',
    example: 'The plan is somewhat risky.',
    source: LAKOFF,
    note: 'Downtoners.',
  },
  {
    id: 'it-seems',
    pattern: 'it|that seems|appears',
    example: 'It seems the cache is stale.',
    source: HYLAND,
    note: 'Distances the speaker from the claim.',
  },
  {
    id: 'or-something',
    pattern: 'or something|whatever',
    example: 'We could use a queue or something.',
    source: HOLMES,
    note: 'A vague tag.',
  },
  {
    id: 'if-that-makes-sense',
    pattern: 'if|does that makes|make sense',
    example: 'We cache it first, if that makes sense.',
    source: HOLMES,
    note: "Checks for approval of one's own point.",
  },
  {
    id: 'could-be-wrong',
    pattern: 'i could|might|may [well|totally|completely] be wrong',
    example: 'I could be wrong, but it was Tuesday.',
    source: 'Hewitt & Stokes (1975), Disclaimers (hedging)',
    note: 'Uncertainty, not self-deprecation: it discounts the claim, not the speaker (moved here from self-deprecation.ts, issue 11).',
  },
  {
    id: 'correct-me',
    pattern: "correct me if i'm|i [am] wrong",
    example: "Correct me if I'm wrong, but the deadline moved.",
    source: 'Hewitt & Stokes (1975), Disclaimers (hedging)',
    note: 'Uncertainty, not self-deprecation: it discounts the claim, not the speaker (moved here from self-deprecation.ts, issue 11).',
  },
];

/**
 * Past-tense verbs after "just" that make it temporal ("I just finished it" = a moment ago), not
 * minimising; other -ed forms count as temporal too (analyzers/inclusivity/tentative-sense.ts) except
 * JUST_MINIMISING. Source: the "recent past" sense of just, Oxford English Dictionary, just adv. 5.
 */
export const JUST_TEMPORAL_IRREGULAR: ReadonlySet<string> = new Set([
  'got',
  'saw',
  'heard',
  'sent',
  'came',
  'went',
  'left',
  'found',
  'made',
  'did',
  'wrote',
  'built',
  'ran',
  'told',
  'spoke',
  'began',
  'took',
  'gave',
  'put',
  'read',
  'met',
  'had',
  'won',
  'lost',
  'broke',
  'set',
]);

/** -ed verbs after "just" that stay minimising ("I just wanted to ask", "just thought I'd mention"). */
export const JUST_MINIMISING: ReadonlySet<string> = new Set([
  'wanted',
  'wondered',
  'needed',
  'thought',
  'hoped',
  'meant',
  'figured',
  'felt',
  'wished',
  'checked',
]);
