/**
 * Non-inclusive language: gendered, ableist, racialised and other exclusionary terms, curated for
 * MEETING SPEECH, each with alternatives, a note, a severity, a source and its context rules.
 *
 * Most entries are built from retext-equality 7.1.0's English pattern data (MIT License,
 * Copyright (c) 2015 Titus Wormer, https://github.com/retextjs/retext-equality): its rule ids are
 * cited in each entry's `source`. retext-equality was written for prose; here it was curated for
 * speech (see DELIBERATELY_NOT_FLAGGED below and analyzers/inclusive-language/README.md):
 * pronoun pairs, family words and literal or clinical senses are left out, and ambiguous words
 * carry context rules (the word before / after) so that "host machine", "disabled by default",
 * "special case", "failed attempt", "master's degree" and "double-blind" are not flagged.
 *
 * Phrases are written as they are spoken; they are tokenised with the same tokenizer as the
 * transcript (analyzers/nlp/tokenize.ts), so `master/slave` means the two words "master" "slave"
 * and `man-hours` is one hyphenated word.
 */
import type { Severity } from '../../../src/model/finding';

/**
 * The categories an entry can belong to.
 *
 * @example
 * INCLUSIVE_LANGUAGE_CATEGORIES.includes('ableist') // => true
 */
export const INCLUSIVE_LANGUAGE_CATEGORIES = [
  'gender',
  'ableist',
  'race',
  'age',
  'lgbtq',
  'condescending',
  'violence-metaphor',
  'suicide',
] as const;
export type InclusiveLanguageCategory = (typeof INCLUSIVE_LANGUAGE_CATEGORIES)[number];

/**
 * Neighbouring words, lower case as tokenised (straight apostrophes: "that's").
 *
 * @example
 * const lameDuck: ContextWords = { next: ['duck', 'ducks'] };
 */
export interface ContextWords {
  /** The word just before the phrase (within the same sentence). */
  previous?: readonly string[];
  /** The word just after the phrase (within the same sentence). */
  next?: readonly string[];
}

/**
 * A literal or technical sense: the phrase is NOT flagged when a neighbour matches.
 *
 * @example
 * { next: ['duck'], reason: '"Lame duck" is a political term.', examples: ['It is a lame duck session.'] }
 */
export interface ContextException extends ContextWords {
  reason: string;
  /** Sentences that must not be flagged by this entry (checked by the data-integrity test). */
  examples: readonly string[];
}

/**
 * The phrase is flagged ONLY when a neighbour matches (the bare word is mostly literal).
 *
 * @example
 * { previous: ['so', 'bit'], reason: 'Only the casual sense ("so OCD").', examples: ['Staff with OCD can ask for support.'] }
 */
export interface ContextRequirement extends ContextWords {
  reason: string;
  /** Sentences where the phrase stands without that context and must not be flagged. */
  examples: readonly string[];
}

/**
 * One entry of the word list.
 *
 * @example
 * {
 *   id: 'lame', category: 'ableist', phrases: ['lame', 'lamer', 'lamest'], alternatives: ['weak', 'boring'],
 *   note: 'Uses a physical disability as a synonym for weak or boring.', severity: 'low',
 *   source: 'retext-equality 7.1.0 ... rule `lame`', example: 'That excuse is lame.',
 *   exceptions: [{ next: ['duck'], reason: 'Political term.', examples: ['A lame duck session.'] }],
 * }
 */
export interface InclusiveLanguageRule {
  /** Unique, kebab-case; the finding's ruleId is `inclusive-language/<id>`. */
  id: string;
  category: InclusiveLanguageCategory;
  /** Every spoken form (inflections and spelling variants); the longest match wins. */
  phrases: readonly string[];
  alternatives: readonly string[];
  /** Required when `alternatives` is empty: what to do instead. */
  noAlternativeReason?: string;
  /** Why it matters, in a sentence or two, for the person being coached. */
  note: string;
  severity: Severity;
  source: string;
  /** A sentence in which this entry must flag something (checked by the data-integrity test). */
  example: string;
  exceptions?: readonly ContextException[];
  onlyWhen?: ContextRequirement;
}

/**
 * Phrases retext-equality (or a reviewer) would flag that we deliberately leave alone, and why.
 *
 * @example
 * { id: 'pronouns', reason: 'In speech, pronouns refer to specific people.', phrases: ['he', 'she', 'his'] }
 */
export interface NotFlaggedGroup {
  id: string;
  reason: string;
  phrases: readonly string[];
  source?: string;
}

const RETEXT = 'retext-equality 7.1.0 (MIT, (c) 2015 Titus Wormer)';
/** `retext('race', 'blacklist')` => "retext-equality 7.1.0 (MIT, ...) data-en/race.yml rule `blacklist`". */
function retext(file: string, ...ids: string[]): string {
  return `${RETEXT} data-en/${file}.yml rule ${ids.map((id) => `\`${id}\``).join(', ')}`;
}
const INI = 'Inclusive Naming Initiative word lists (inclusivenaming.org)';
const NCDJ = 'NCDJ Disability Language Style Guide (ncdj.org/style-guide)';
const GLAAD = 'GLAAD Media Reference Guide (glaad.org/reference)';
const APA_AGE = 'APA Style 7th ed. §5.3, bias-free language: age (apastyle.apa.org)';
const KLEINMAN = 'Kleinman (2002) "Why sexist language matters", Qualitative Sociology 25(2)';
const RESPECTFUL_CODE = 'Chromium/V8/Fuchsia "Respectful code" policies (v8.dev/docs/respectful-code)';

/**
 * Words that turn a diagnosis into a casual description ("a bit OCD", "so bipolar").
 *
 * @example
 * INTENSIFIERS.includes('bit') // => true: "I'm a bit OCD" is flagged, "people with OCD" is not
 */
export const INTENSIFIERS: readonly string[] = [
  'so', 'bit', 'little', 'totally', 'super', 'very', 'really', 'such', 'kinda', 'pretty', 'slightly',
  'too', 'extremely', 'completely', 'absolutely', 'quite', 'bloody', 'proper', 'utterly', 'literally',
];

/** "It's nuts", "driving me nuts", "went mental": the slang sense follows these words. */
const SLANG_LEAD_INS: readonly string[] = [
  ...INTENSIFIERS,
  "that's", "it's", 'is', 'was', 'are', 'were', 'be', 'been', "you're", "i'm", "they're", "we're", "he's", "she's",
  'go', 'goes', 'going', 'went', 'gone', 'drive', 'drives', 'driving', 'drove', 'driven',
  'me', 'us', 'you', 'them', 'him', 'her', 'just', 'plain', 'all',
];

/**
 * Use versus mention: a phrase right after these words is being talked about, not used
 * ("we should stop saying blacklist", "the word crazy", "instead of master, say primary").
 * A phrase in quotation marks is treated the same way.
 *
 * @example
 * MENTION_MARKERS.previous.includes('saying') // => true: "stop saying blacklist" is not flagged
 */
export const MENTION_MARKERS: { previous: readonly string[]; previousTwo: readonly string[] } = {
  previous: ['word', 'words', 'term', 'terms', 'phrase', 'saying', 'called'],
  previousTwo: ['instead of', 'rather than'],
};

/** How colleagues are addressed before a term of endearment ("thanks, honey"). */
const ADDRESS_LEAD_INS: readonly string[] = [
  'thanks', 'thank', 'you', 'okay', 'ok', 'yes', 'no', 'sorry', 'hi', 'hey', 'hello', 'morning', 'listen',
  'look', 'sure', 'right', 'well', 'alright', 'calm', 'relax', 'come',
];

/**
 * The word list, grouped by category; each entry's comment shows a sentence it flags.
 *
 * @example
 * INCLUSIVE_LANGUAGE_RULES.find((r) => r.id === 'guys')?.severity // => 'low'
 */
export const INCLUSIVE_LANGUAGE_RULES: readonly InclusiveLanguageRule[] = [
  // ─── gender ──────────────────────────────────────────────────────────────────────────────
  {
    // "Hi guys, shall we start?"
    id: 'guys',
    category: 'gender',
    phrases: ['guys', 'you guys', 'hi guys', 'hey guys', 'ok guys', 'okay guys'],
    alternatives: ['everyone', 'all', 'folks', 'team', 'you all'],
    note: '"Guys" is a masculine word used for a mixed group; some colleagues hear themselves left out. Ignore this if everyone you meant is a man.',
    severity: 'low',
    source: `${retext('gender', 'gals-man')}; ${KLEINMAN}`,
    example: 'Hi guys, shall we start?',
  },
  {
    // "Ladies and gentlemen, welcome."
    id: 'ladies-and-gentlemen',
    category: 'gender',
    phrases: ['ladies and gentlemen', 'ladies and gents', 'gentlemen and ladies'],
    alternatives: ['everyone', 'colleagues', 'friends', 'distinguished guests'],
    note: 'A two-gender greeting leaves out people who are neither; "everyone" greets the same room.',
    severity: 'low',
    source: `${retext('gender', 'gals-man', 'gal-guy')}; Transport for London dropped it from announcements in 2017`,
    example: 'Ladies and gentlemen, welcome to the review.',
  },
  {
    // "The chairman will decide."
    id: 'chairman',
    category: 'gender',
    phrases: ['chairman', 'chairmen', "chairman's"],
    alternatives: ['chair', 'chairperson', 'convenor'],
    note: 'A generic masculine title presents the role as a man\'s. If it is the person\'s official title, this is only a suggestion.',
    severity: 'low',
    source: `${retext('gender', 'chairman-chairwoman')}; ${KLEINMAN}`,
    example: 'The chairman will decide next week.',
  },
  {
    // "Who is the spokesman for this?"
    id: 'spokesman',
    category: 'gender',
    phrases: ['spokesman', 'spokesmen'],
    alternatives: ['spokesperson', 'representative'],
    note: 'A generic masculine job title; "spokesperson" names the role without a gender.',
    severity: 'low',
    source: retext('gender', 'spokesman-spokeswoman'),
    example: 'Who is the spokesman for this?',
  },
  {
    // "That's about forty man-hours."
    id: 'man-hours',
    category: 'gender',
    phrases: [
      'man-hours', 'man-hour', 'man hours', 'man hour', 'manhours', 'manhour',
      'man-days', 'man-day', 'man days', 'man-months', 'man-month', 'man months', 'man month', 'man-years', 'man-year', 'man years', 'man-weeks', 'man weeks',
    ],
    alternatives: ['person-hours', 'person-days', 'work-hours', 'hours of work'],
    note: 'Measuring work in "man" units presents work as men\'s; "person-hours" is the same unit.',
    severity: 'low',
    source: `${retext('gender', 'manhour', 'manhours')}; ${INI} tier 3 "man-hour"`,
    example: "That's about forty man-hours of work.",
  },
  {
    // "We don't have the manpower."
    id: 'manpower',
    category: 'gender',
    phrases: ['manpower'],
    alternatives: ['people', 'staff', 'capacity', 'headcount', 'workforce'],
    note: 'Generic masculine for people in general; "capacity" or "people" says the same thing.',
    severity: 'low',
    source: retext('gender', 'manpower'),
    example: "We don't have the manpower for that.",
  },
  {
    // "The stand will be manned all day."
    id: 'manned',
    category: 'gender',
    phrases: ['manned', 'unmanned', 'manning the'],
    alternatives: ['staffed', 'crewed', 'uncrewed', 'automated', 'staffing the'],
    note: 'Generic masculine verb for staffing; "staffed" or "crewed" says the same.',
    severity: 'low',
    source: retext('gender', 'manned', 'unmanned'),
    example: 'The stand will be manned all day.',
  },
  {
    // "Can you man the phones?"
    id: 'man-the-post',
    category: 'gender',
    phrases: ['man the booth', 'man the phones', 'man the phone', 'man the desk', 'man a desk', 'man the fort', 'man the stand', 'man the station', 'man the front desk'],
    alternatives: ['staff the', 'cover the', 'look after the', 'keep an eye on things'],
    note: 'Generic masculine verb for staffing a post ("man the fort" also recalls colonial forts); "staff" or "cover" says the same.',
    severity: 'low',
    source: `${retext('gender', 'man-the-booth', 'man-the-phones', 'man-a-desk')}; ${retext('misc', 'man-the-fort')}`,
    example: 'Can you man the phones while we are out?',
  },
  {
    // "Who will man the stall?"
    id: 'man-the',
    category: 'gender',
    phrases: ['man the'],
    alternatives: ['staff the', 'cover the', 'run the', 'look after the'],
    note: 'Generic masculine verb for staffing a post; "staff" or "cover" says the same.',
    severity: 'low',
    source: retext('gender', 'man-the-booth', 'man-the-phones', 'man-a-desk'),
    example: 'Who will man the stall tomorrow?',
    onlyWhen: {
      previous: ['to', 'will', 'can', 'could', 'would', 'should', 'must', 'who', 'we', 'i', 'you', 'they', "we'll", "i'll", "you'll", "they'll", 'help', 'please'],
      reason: 'The verb "to man" follows a modal or a subject; "the man the police stopped" is the noun.',
      examples: ['That is the man the client mentioned.'],
    },
  },
  {
    // "Just man up and ship it."
    id: 'man-up',
    category: 'gender',
    phrases: ['man up', 'manned up', 'manning up', 'mans up'],
    alternatives: ['step up', 'be brave', 'push through'],
    note: 'Ties courage to being a man; it also tells people to hide difficulty instead of raising it.',
    severity: 'medium',
    source: `by analogy with ${retext('gender', 'man-enough', 'like-a-man')}`,
    example: 'Just man up and ship it.',
    exceptions: [
      {
        previous: ['a', 'the', 'old', 'young', 'this', 'that', 'every', 'one', 'any', 'no'],
        reason: '"a man up the road" is the noun followed by a preposition.',
        examples: ['There was a man up on the roof.'],
      },
    ],
  },
  {
    // "Be man enough to admit it."
    id: 'man-enough',
    category: 'gender',
    phrases: ['man enough', 'like a man', 'take it like a man'],
    alternatives: ['brave enough', 'strong enough', 'bravely', 'with grace'],
    note: 'Presents strength or courage as male traits.',
    severity: 'low',
    source: retext('gender', 'man-enough', 'like-a-man'),
    example: 'Be man enough to admit the mistake.',
    exceptions: [
      {
        previous: ['looks', 'looked', 'look', 'looking', 'sounds', 'sounded', 'dressed', 'shaped'],
        reason: 'A literal description ("it looked like a man") rather than a gender stereotype.',
        examples: ['In the photo the shadow looked like a man standing there.'],
      },
    ],
  },
  {
    // "the greatest invention of mankind"
    id: 'mankind',
    category: 'gender',
    phrases: ['mankind'],
    alternatives: ['humankind', 'humanity', 'people'],
    note: 'Generic masculine for all people; "humanity" says the same.',
    severity: 'low',
    source: retext('gender', 'mankind'),
    example: 'It is the greatest invention of mankind.',
  },
  {
    // "man-made fibres"
    id: 'man-made',
    category: 'gender',
    phrases: ['man-made', 'manmade', 'man made'],
    alternatives: ['artificial', 'synthetic', 'human-made', 'manufactured'],
    note: 'Generic masculine for human work; "artificial" or "human-made" says the same.',
    severity: 'low',
    source: retext('gender', 'manmade'),
    example: 'These are man-made delays.',
  },
  {
    // "In layman's terms ..."
    id: 'layman',
    category: 'gender',
    phrases: ['layman', 'laymen', "layman's", 'laymans', "layman's terms", 'laymans terms', "in layman's terms", 'in laymans terms'],
    alternatives: ['in plain terms', 'in plain language', 'non-specialist', 'lay person'],
    note: 'Generic masculine for a non-expert; "in plain terms" says the same.',
    severity: 'low',
    source: retext('gender', 'layman-laywoman'),
    example: "In layman's terms, the server is full.",
  },
  {
    // "cut out the middleman"
    id: 'middleman',
    category: 'gender',
    phrases: ['middleman', 'middlemen'],
    alternatives: ['intermediary', 'go-between', 'broker'],
    note: 'Generic masculine for an intermediary.',
    severity: 'low',
    source: retext('gender', 'middleman-middlewoman'),
    example: "Let's cut out the middleman.",
  },
  {
    // "Ask the foreman on site."
    id: 'foreman',
    category: 'gender',
    phrases: ['foreman', 'foremen'],
    alternatives: ['supervisor', 'site lead', 'shift lead'],
    note: 'Generic masculine job title; "supervisor" names the role.',
    severity: 'low',
    source: retext('gender', 'foreman-forewoman'),
    example: 'Ask the foreman on site.',
  },
  {
    // "a good salesman"
    id: 'salesman',
    category: 'gender',
    phrases: ['salesman', 'salesmen', 'sales man', 'sales men'],
    alternatives: ['salesperson', 'sales rep', 'seller'],
    note: 'Generic masculine job title; "salesperson" names the role.',
    severity: 'low',
    source: retext('gender', 'saleslady-salesman', 'salesmen-saleswomen'),
    example: 'We need a good salesman for the region.',
  },
  {
    // "local businessmen"
    id: 'businessman',
    category: 'gender',
    phrases: ['businessman', 'businessmen'],
    alternatives: ['businessperson', 'business owner', 'entrepreneur', 'executive'],
    note: 'Generic masculine for people in business.',
    severity: 'low',
    source: retext('gender', 'salaryman-salarywoman', 'salarymen-salarywomen'),
    example: 'We met the local businessmen yesterday.',
  },
  {
    // Generic masculine job titles rarely used as generics in meetings but cheap to catch.
    // "Call a repairman."
    id: 'gendered-job-titles',
    category: 'gender',
    phrases: [
      'policeman', 'policemen', 'fireman', 'firemen', 'cameraman', 'cameramen', 'repairman', 'repairmen',
      'workman', 'workmen', 'craftsman', 'craftsmen', 'handyman', 'handymen', 'doorman', 'doormen',
      'mailman', 'mailmen', 'postman', 'postmen', 'fisherman', 'fishermen', 'congressman', 'congressmen',
      'councilman', 'councilmen', 'weatherman', 'weathermen', 'anchorman', 'anchormen', 'newsman', 'newsmen',
      'garbageman', 'garbagemen', 'delivery boy', 'delivery boys', 'watchman', 'watchmen', 'serviceman', 'servicemen',
      'clergyman', 'clergymen', 'churchman', 'frontman', 'frontmen', 'front man', 'front men', 'insurance man', 'insurance men', 'cattleman', 'cattlemen',
      'milkman', 'milkmen', 'showman', 'showmen', 'newspaperman', 'newspapermen', 'salaryman', 'salarymen', 'railwayman', 'stockman',
      'tax man', 'taxman', 'marksman', 'marksmen', 'statesman', 'statesmen', 'committee man', 'countrymen',
      'cleaning lady', 'cleaning ladies', 'cleaning woman', 'tea lady', 'cleaning girl', 'cleaning girls', 'cleaning boy', 'delivery girl',
    ],
    alternatives: ['police officer', 'firefighter', 'camera operator', 'technician', 'worker', 'artisan', 'mail carrier', 'fisher', 'member of Congress', 'council member', 'meteorologist', 'anchor', 'courier', 'guard', 'service member', 'cleaner'],
    note: 'A gendered job title presents the job as one gender\'s; the neutral title names the role.',
    severity: 'low',
    source: retext(
      'gender', 'chick-cop-policeman', 'fireman-firewoman', 'cameraman-camerawoman', 'repairman-repairwoman', 'workman-workwoman',
      'handyman-handywoman', 'doorman-doorwoman', 'postman-postwoman', 'fisherman-fisherwoman', 'congressman-congresswoman',
      'insurance-men-insurance-women', 'front-men,-frontmen-front-women,-frontwomen', 'councilman-councilwoman', 'weatherman-weatherwoman', 'newsman-newswoman', 'garbageman-garbagewoman',
      'delivery-boy-delivery-girl', 'watchman-watchwoman', 'serviceman-servicewoman', 'janitor-janitress', 'clergyman-clergywoman',
      'churchman', 'frontman,-front-man-frontwoman,-front-woman', 'insurance-man-insurance-woman', 'cattleman-cattlewoman', 'milkman-milkwoman',
      'showman-showwoman', 'showmen-showwomen', 'newsman-newswoman', 'salaryman-salarywoman', 'railwayman', 'stockman', 'tax-man', 'marksman-markswoman',
      'statesman-stateswoman', 'committee-man-committee-woman', 'countryman-countrywoman',
    ),
    example: 'We should call a repairman about the projector.',
    exceptions: [
      {
        previous: ['sleeping'],
        reason: 'A "sleeping policeman" is the British name for a speed bump.',
        examples: ['They put a sleeping policeman outside the office.'],
      },
    ],
  },
  {
    // "She's a freshman."
    id: 'freshman',
    category: 'gender',
    phrases: ['freshman', 'freshmen'],
    alternatives: ['first-year', 'first-year student', 'newcomer'],
    note: 'Generic masculine for first-year students or newcomers.',
    severity: 'low',
    source: `${retext('gender', 'freshman')}; ${KLEINMAN}`,
    example: 'The freshmen start in September.',
  },
  {
    // "the average man on the street"
    id: 'average-man',
    category: 'gender',
    phrases: ['average man', 'common man', 'man in the street', 'man on the street', 'average working man'],
    alternatives: ['the average person', 'ordinary people', 'the public'],
    note: 'Presents a man as the typical person.',
    severity: 'low',
    source: retext('gender', 'average-man', 'common-girl-common-man', 'man-in-the-street', 'average-working-man'),
    example: 'The average man will not read the terms.',
  },
  {
    // "a man-in-the-middle attack"
    id: 'man-in-the-middle',
    category: 'gender',
    phrases: ['man-in-the-middle attack', 'man-in-the-middle attacks', 'man in the middle attack', 'man in the middle attacks'],
    alternatives: ['machine-in-the-middle attack', 'adversary-in-the-middle attack', 'on-path attack', 'interception attack'],
    note: 'A gendered name for an attacker; the security community increasingly says "adversary-in-the-middle" or "on-path".',
    severity: 'low',
    source: `${INI} tier 3 "man-in-the-middle"`,
    example: 'This is open to a man-in-the-middle attack.',
  },
  {
    // "a gentlemen's agreement"
    id: 'gentlemens-agreement',
    category: 'gender',
    phrases: ["gentlemen's agreement", "gentleman's agreement", 'gentlemans agreement', 'gentlemens agreement'],
    alternatives: ['informal agreement', 'handshake agreement', 'unwritten agreement'],
    note: 'Presents trust and honour as between men.',
    severity: 'low',
    source: `by analogy with ${retext('gender', 'gals-man')}; ${KLEINMAN}`,
    example: "We had a gentlemen's agreement on pricing.",
  },
  {
    // "She's a lady doctor."
    id: 'gender-modifier',
    category: 'gender',
    phrases: ['lady doctor', 'lady doctors', 'woman doctor', 'woman lawyer', 'woman painter', 'male nurse', 'male nurses', 'authoress', 'poetess', 'aviatrix', 'usherette', 'executrix'],
    alternatives: ['doctor', 'lawyer', 'painter', 'nurse', 'author', 'poet', 'aviator', 'usher', 'executor'],
    note: 'Marking the gender of a professional implies the other gender is the norm for the job.',
    severity: 'low',
    source: retext('gender', 'lady-doctor', 'woman-lawyer', 'woman-painter', 'authoress', 'poetess', 'aviatrix', 'usherette', 'executrix'),
    example: 'She saw a lady doctor about it.',
  },
  {
    // "career women"
    id: 'career-woman',
    category: 'gender',
    phrases: ['career woman', 'career women', 'career girl', 'career girls', 'office girls', 'office girl'],
    alternatives: ['professional', 'colleague', 'administrative staff'],
    note: 'Nobody says "career man": the phrase marks working women as the exception, and "girls" belittles adult colleagues.',
    severity: 'low',
    source: retext('gender', 'salarymen-salarywomen', 'office-girls'),
    example: 'Ask the office girls to book the room.',
  },
  {
    // "housewives will love it"
    id: 'housewife',
    category: 'gender',
    phrases: ['housewife', 'housewives', 'average housewife'],
    alternatives: ['homemaker', 'stay-at-home parent', 'household', 'consumer'],
    note: 'Assumes the person running a home is a woman; as a customer persona it is a stereotype.',
    severity: 'low',
    source: retext('gender', 'housewife', 'housewives', 'average-housewife'),
    example: 'Housewives will love this feature.',
  },
  {
    // "What's your maiden name?"
    id: 'maiden',
    category: 'gender',
    phrases: ['maiden name', 'maiden names', 'maiden voyage', 'maiden flight'],
    alternatives: ['birth name', 'family name', 'first voyage', 'first flight', 'launch'],
    note: '"Maiden" ties a first time, or a name before marriage, to women\'s virginity and marriage.',
    severity: 'low',
    source: retext('gender', 'maiden-name', 'maiden-voyage', 'maiden-flight'),
    example: 'Next week is the maiden voyage of the new pipeline.',
  },
  {
    // "That's not very ladylike."
    id: 'ladylike',
    category: 'gender',
    phrases: ['ladylike', 'unladylike', 'like a girl'],
    alternatives: ['polite', 'courteous', 'describe the behaviour itself'],
    note: 'Measures behaviour against a gender stereotype ("throws like a girl" as an insult).',
    severity: 'low',
    source: `${retext('gender', 'ladylike')}; the "#LikeAGirl" campaign (Always, 2014)`,
    example: 'That was not very ladylike of her.',
    exceptions: [
      {
        previous: ['looks', 'looked', 'look', 'looking', 'sounds', 'sounded', 'dressed'],
        reason: 'A literal description ("she looked like a girl I knew").',
        examples: ['She looked like a girl I went to school with.'],
      },
    ],
  },
  {
    // "He's always bitching about the build."
    id: 'bitching',
    category: 'gender',
    phrases: ['bitch', 'bitches', 'bitching', 'bitchy', 'bitched', 'bimbo', 'bimbos'],
    alternatives: ['complain', 'complaining', 'grumble', 'moan'],
    note: 'A gendered insult (used mostly at women) and as a verb for complaining.',
    severity: 'medium',
    source: retext('gender', 'moan', 'gal-guy'),
    example: "He's always bitching about the build.",
  },
  {
    // "wearing a wife-beater"
    id: 'wife-beater',
    category: 'gender',
    phrases: ['wife beater', 'wife-beater', 'wifebeater', 'wife beaters'],
    alternatives: ['tank top', 'vest', 'sleeveless top'],
    note: 'Makes light of domestic violence.',
    severity: 'medium',
    source: retext('gender', 'wifebeater'),
    example: 'He turned up in a wife beater.',
  },
  // ─── condescending ───────────────────────────────────────────────────────────────────────
  {
    // "Thanks, sweetheart."
    id: 'terms-of-endearment',
    category: 'condescending',
    phrases: ['sweetheart', 'sweetie', 'sweetie-pie', 'babe', 'babes', 'sweetpea'],
    alternatives: ["the person's name", 'colleague'],
    note: 'Pet names for colleagues are demeaning and infantilising (a UK employment tribunal said so of "sweetie" and "babes"); use the person\'s name.',
    severity: 'medium',
    source: `${retext('gender', 'gal-guy')}; Considerate Constructors Scheme best-practice hub, "Terms of endearment"; UK employment tribunal, Hartley v D Hollowell & Sons Ltd`,
    example: 'Thanks, sweetheart, I will take it from here.',
    exceptions: [
      {
        next: ['deal', 'deals', 'contract', 'contracts', 'arrangement'],
        reason: '"a sweetheart deal" is a business idiom, not an address.',
        examples: ['That looks like a sweetheart deal for the vendor.'],
      },
    ],
  },
  {
    // "Calm down, honey."
    id: 'honey-darling',
    category: 'condescending',
    phrases: ['honey', 'darling', 'hun', 'dear'],
    alternatives: ["the person's name"],
    note: 'Used to address a colleague, a pet name is demeaning and infantilising; use the person\'s name.',
    severity: 'medium',
    source: 'Considerate Constructors Scheme best-practice hub, "Terms of endearment"; UK employment tribunal, Hartley v D Hollowell & Sons Ltd',
    example: 'Thanks, honey, I will send it over.',
    onlyWhen: {
      previous: ADDRESS_LEAD_INS,
      reason: 'Only as an address ("thanks, honey"); "honey", "darling" and "dear" are ordinary words elsewhere ("a honey farm", "dear colleagues").',
      examples: ['The client sells honey online.', 'Dear all, the agenda is attached.'],
    },
    exceptions: [
      {
        next: ['sir', 'madam', 'colleagues', 'colleague', 'all', 'team', 'everyone', 'friends', 'members', 'chair', 'god', 'me'],
        reason: '"Thank you, dear colleagues", "dear me": a salutation or an exclamation, not a pet name.',
        examples: ['Thank you dear colleagues for coming.', 'Well dear me, the build failed.'],
      },
      {
        previous: ['oh'],
        reason: '"Oh dear", "oh honey" are usually exclamations rather than an address.',
        examples: ['Oh dear, the deploy failed.'],
      },
    ],
  },
  {
    // "Everyone knows how this works."
    id: 'everyone-knows',
    category: 'condescending',
    phrases: ['everyone knows', 'everybody knows'],
    alternatives: ['as some of you know', 'to recap', 'briefly'],
    note: 'Whoever does not know now feels left out and is less likely to ask.',
    severity: 'low',
    source: retext('condescending', 'everyone-knows'),
    example: 'Everyone knows how the release works.',
  },
  // ─── ableist ─────────────────────────────────────────────────────────────────────────────
  {
    // "This deadline is crazy."
    id: 'crazy',
    category: 'ableist',
    phrases: ['crazy', 'crazier', 'craziest', 'craziness', 'crazily'],
    alternatives: ['wild', 'surprising', 'unexpected', 'hectic', 'chaotic', 'unbelievable', 'ridiculous'],
    note: 'Uses mental illness as a synonym for bad or surprising; a precise word says more.',
    severity: 'low',
    source: `${retext('ablist', 'nuts')}; ${RESPECTFUL_CODE}; ${NCDJ}`,
    example: 'This deadline is crazy.',
  },
  {
    // "The numbers are insane."
    id: 'insane',
    category: 'ableist',
    phrases: ['insane', 'insanely', 'insanity'],
    alternatives: ['unbelievable', 'extreme', 'remarkable', 'incredibly', 'absurd'],
    note: 'Uses mental illness as a synonym for extreme or absurd; a precise word says more.',
    severity: 'low',
    source: `${retext('ablist', 'nuts', 'insanely')}; ${RESPECTFUL_CODE}`,
    example: 'The numbers this quarter are insane.',
    exceptions: [
      {
        previous: ['criminal', 'legal', 'temporary', 'of'],
        next: ['defence', 'defense', 'plea', 'pleas', 'verdict'],
        reason: 'The legal term ("not guilty by reason of insanity", "an insanity defence").',
        examples: ['He was found not guilty by reason of insanity.', 'They entered an insanity plea.'],
      },
    ],
  },
  {
    // "Can you sanity check this?"
    id: 'sanity-check',
    category: 'ableist',
    phrases: ['sanity check', 'sanity checks', 'sanity-check', 'sanity-checks', 'sanity checking', 'sanity-checking', 'sanity checked', 'sanity test', 'sanity tests'],
    alternatives: ['quick check', 'confidence check', 'coherence check', 'smoke test', 'double-check'],
    note: 'Links mental health with correctness; "quick check" or "confidence check" says what you mean.',
    severity: 'low',
    source: `${retext('ablist', 'sanity-check')}; ${INI} tier 2 "sanity-check"`,
    example: 'Can you sanity check the numbers?',
  },
  {
    // "That excuse is lame."
    id: 'lame',
    category: 'ableist',
    phrases: ['lame', 'lamer', 'lamest'],
    alternatives: ['weak', 'boring', 'disappointing', 'unconvincing', 'dull'],
    note: 'Uses a physical disability as a synonym for weak or boring.',
    severity: 'low',
    source: `${retext('ablist', 'lame')}; ${NCDJ}`,
    example: 'That excuse is lame.',
    exceptions: [
      {
        next: ['duck', 'ducks'],
        reason: '"Lame duck" is the established political term for an office-holder whose successor is chosen.',
        examples: ['It is a lame duck session anyway.'],
      },
    ],
  },
  {
    // "That was a dumb idea."
    id: 'dumb',
    category: 'ableist',
    phrases: ['dumb', 'dumber', 'dumbest', 'dumb down', 'dumbed down', 'dumbing down', 'dumbs down'],
    alternatives: ['silly', 'unwise', 'simplistic', 'simplify', 'simplified'],
    note: '"Dumb" once meant unable to speak; used for "foolish" it ties a disability to stupidity.',
    severity: 'low',
    source: retext('ablist', 'dumb'),
    example: 'That was a dumb idea, sorry.',
    exceptions: [
      {
        next: ['terminal', 'terminals', 'pipe', 'pipes', 'switch', 'switches', 'client', 'clients'],
        reason: 'Technical terms for devices without their own processing ("dumb terminal", "dumb pipe").',
        examples: ['It only runs on a dumb terminal.', 'The carrier is just a dumb pipe.'],
      },
    ],
  },
  {
    // "Don't be stupid."
    id: 'stupid',
    category: 'ableist',
    phrases: ['stupid', 'stupidly', 'stupidity', 'stupidest', 'daft', 'simpleton', 'low iq', 'low-iq'],
    alternatives: ['unwise', 'careless', 'silly', 'ill-judged', 'describe the problem itself'],
    note: 'Judges people\'s intelligence; describing the problem ("this misses the edge case") helps more.',
    severity: 'low',
    source: retext('ablist', 'wacko', 'daft'),
    example: 'That is a stupid way to do it.',
  },
  {
    // "Only an idiot would deploy on Friday."
    id: 'idiot',
    category: 'ableist',
    phrases: [
      'idiot', 'idiots', 'idiotic', 'idiocy', 'imbecile', 'imbeciles', 'moron', 'morons', 'moronic',
      'cretin', 'cretins', 'feebleminded', 'feeble-minded', 'feeble minded', 'idiot-proof',
    ],
    alternatives: ['foolish', 'reckless', 'unwise', 'foolproof', 'describe the behaviour itself'],
    note: 'These were clinical labels for people with intellectual disabilities; as insults they demean both them and the colleague.',
    severity: 'medium',
    source: retext('ablist', 'idiot', 'nuts', 'cretin'),
    example: 'Only an idiot would deploy on a Friday.',
  },
  {
    // "The client is a lunatic."
    id: 'lunatic',
    category: 'ableist',
    phrases: [
      'lunatic', 'lunatics', 'lunacy', 'loony', 'loonies', 'looney', 'loony bin', 'psycho', 'psychos', 'nutcase', 'nutcases',
      'nutjob', 'nutjobs', 'nut job', 'batshit', 'wacko', 'whacko', 'wackos', 'maniac', 'maniacs', 'madman', 'madmen', 'mad man', 'mad men', 'schizo',
      'schizos', 'mental case', 'mental cases',
    ],
    alternatives: ['reckless', 'erratic', 'unpredictable', 'fanatic', 'enthusiast'],
    note: 'Labels people with mental illness as dangerous or absurd.',
    severity: 'medium',
    source: `${retext('ablist', 'nuts', 'maniac', 'bedlam', 'wacko')}; ${retext('gender', 'madman', 'madmen')}`,
    example: 'The new client is a total lunatic.',
  },
  {
    // "It's a madhouse in here."
    id: 'madhouse',
    category: 'ableist',
    phrases: ['madhouse', 'bedlam'],
    alternatives: ['chaos', 'chaotic', 'pandemonium', 'hectic'],
    note: 'Names a psychiatric hospital as a byword for chaos.',
    severity: 'low',
    source: retext('ablist', 'bedlam'),
    example: 'The office was a madhouse this week.',
  },
  {
    // "This backlog is driving me nuts."
    id: 'nuts',
    category: 'ableist',
    phrases: ['nuts', 'bonkers'],
    alternatives: ['frustrating', 'overwhelming', 'wild', 'absurd'],
    note: 'Uses mental illness as a synonym for frustrating or absurd.',
    severity: 'low',
    source: retext('ablist', 'nuts'),
    example: 'This backlog is driving me nuts.',
    onlyWhen: {
      previous: SLANG_LEAD_INS,
      reason: 'Only the slang sense ("it\'s nuts", "driving me nuts"); nuts as food or hardware are literal.',
      examples: ['Some people are allergic to nuts.', 'We ordered the wrong nuts for the bolts.'],
    },
    exceptions: [
      {
        next: ['and'],
        reason: '"the nuts and bolts" means the practical details.',
        examples: ["It's nuts and bolts stuff really."],
      },
    ],
  },
  {
    // "That's mental!"
    id: 'mental',
    category: 'ableist',
    phrases: ['mental'],
    alternatives: ['wild', 'unbelievable', 'absurd'],
    note: 'Uses mental illness as a synonym for wild or absurd.',
    severity: 'low',
    source: retext('ablist', 'nuts'),
    example: "Honestly, that's mental.",
    onlyWhen: {
      previous: SLANG_LEAD_INS,
      reason: 'Only the slang sense ("that\'s mental", "went mental"); "mental model", "mental health" are literal.',
      examples: ['We need a better mental model of the system.', 'Mental health matters at work.'],
    },
    exceptions: [
      {
        next: [
          'health', 'illness', 'illnesses', 'model', 'models', 'note', 'notes', 'load', 'state', 'states', 'capacity', 'image',
          'images', 'picture', 'math', 'maths', 'arithmetic', 'block', 'blocks', 'energy', 'effort', 'space', 'wellbeing',
          'well-being', 'disorder', 'disorders', 'condition', 'conditions', 'process', 'processes', 'map', 'maps', 'check',
          'list', 'gymnastics', 'agility', 'exhaustion', 'fatigue', 'toughness', 'resilience', 'support', 'care', 'services',
          'service', 'problems', 'problem', 'issues', 'issue', 'strain', 'distress',
        ],
        reason: 'Literal uses ("it\'s mental health week", "is mental load").',
        examples: ["It's mental health awareness week.", 'The problem is mental load, not hours.'],
      },
    ],
  },
  {
    // "I'm a bit OCD about formatting."
    id: 'ocd',
    category: 'ableist',
    phrases: ['ocd', 'neurotic'],
    alternatives: ['particular', 'meticulous', 'detail-oriented', 'picky'],
    note: 'Turns a disabling anxiety disorder into a word for tidiness.',
    severity: 'low',
    source: retext('ablist', 'ocd'),
    example: "I'm a bit OCD about formatting.",
    onlyWhen: {
      previous: INTENSIFIERS,
      reason: 'Only the casual sense ("so OCD"); "people with OCD" is the diagnosis itself.',
      examples: ['Support for staff with OCD is in the handbook.'],
    },
  },
  {
    // "The weather is so bipolar."
    id: 'bipolar',
    category: 'ableist',
    phrases: ['bipolar', 'schizophrenic', 'psychotic', 'adhd', 'autistic'],
    alternatives: ['erratic', 'inconsistent', 'changeable', 'contradictory', 'distracted', 'focused'],
    note: 'Turns a diagnosis into a casual description of things or moods.',
    severity: 'medium',
    source: retext('ablist', 'bipolar', 'schizo', 'psychotic', 'add'),
    example: 'The client is so bipolar about this.',
    onlyWhen: {
      previous: INTENSIFIERS,
      reason: 'Only the casual sense ("so bipolar", "a bit ADHD today"); "bipolar disorder", "a bipolar transistor" are literal.',
      examples: ['She talked about living with bipolar disorder.', 'It uses a bipolar transistor.'],
    },
  },
  {
    // "That's retarded."
    id: 'retarded',
    category: 'ableist',
    phrases: ['retard', 'retarded', 'retards', 'tard', 'mongoloid', 'short bus', 'mental defective', 'fucktard', 'libtard', 'contard'],
    alternatives: ['foolish', 'absurd', 'describe the problem itself'],
    note: 'A slur against people with intellectual disabilities.',
    severity: 'high',
    source: retext('ablist', 'retard', 'retards', 'mongoloid', 'nuts', 'libtard'),
    example: "That's retarded.",
    exceptions: [
      {
        previous: ['to', 'may', 'might', 'will', 'would', 'flame', 'fire'],
        next: ['timing', 'ignition', 'growth', 'the'],
        reason: 'The verb "to retard" (to slow), used in engineering ("retard the ignition timing").',
        examples: ['The additive will retard the setting of the concrete.'],
      },
    ],
  },
  {
    // "Stop being such a spaz."
    id: 'spaz',
    category: 'ableist',
    phrases: ['spaz', 'spazz', 'spazzing', 'spazzed', 'spazzy', 'spastic'],
    alternatives: ['clumsy', 'flustered', 'over-excited'],
    note: 'A slur against people with cerebral palsy (especially offensive in British English).',
    severity: 'high',
    source: retext('ablist', 'spaz', 'spastic'),
    example: 'Stop being such a spaz.',
    exceptions: [
      {
        next: ['paralysis', 'diplegia', 'quadriplegia', 'hemiplegia', 'cerebral', 'muscle', 'muscles', 'colon'],
        reason: 'The clinical term ("spastic cerebral palsy").',
        examples: ['The child has spastic cerebral palsy.'],
      },
    ],
  },
  {
    // "The outage crippled sales."
    id: 'cripple',
    category: 'ableist',
    phrases: ['cripple', 'cripples', 'crippled', 'crippling', 'cripplingly', 'crippleware'],
    alternatives: ['hamper', 'impair', 'degrade', 'severely limit', 'debilitating', 'restricted'],
    note: 'A pejorative term for people with physical disabilities.',
    severity: 'medium',
    source: `${retext('ablist', 'gimp')}; ${INI} tier 1 "cripple"`,
    example: 'The outage crippled our sales.',
  },
  {
    // "deaf and dumb"
    id: 'deaf-and-dumb',
    category: 'ableist',
    phrases: ['deaf and dumb', 'deaf-and-dumb', 'deaf-mute', 'deaf mute', 'deafmute'],
    alternatives: ['deaf', 'Deaf', 'non-speaking'],
    note: 'An outdated label that equates not speaking with lack of intelligence.',
    severity: 'medium',
    source: `${retext('ablist', 'deafmute')}; ${NCDJ}`,
    example: 'The old system treated him as deaf and dumb.',
  },
  {
    // "We were blind to the risk."
    id: 'blind-to',
    category: 'ableist',
    phrases: ['blind to', 'blind eye', 'turn a blind eye', 'turned a blind eye', 'turning a blind eye', 'turns a blind eye'],
    alternatives: ['ignore', 'overlook', 'unaware of', 'missed'],
    note: 'Uses blindness as a metaphor for ignorance or wilful neglect.',
    severity: 'low',
    source: retext('ablist', 'deaf-to'),
    example: 'We were blind to the risk.',
    exceptions: [
      {
        next: ['allocation', 'treatment', 'treatments', 'condition', 'conditions', 'group', 'groups', 'assignment', 'randomisation', 'randomization', 'intervention', 'arm'],
        reason: 'Research masking ("assessors were blind to allocation"): a technical term, like "double-blind".',
        examples: ['The assessors were blind to allocation.'],
      },
    ],
  },
  {
    // "The request fell on deaf ears."
    id: 'deaf-to',
    category: 'ableist',
    phrases: ['deaf to', 'deaf ears', 'deaf ear', 'fell on deaf ears', 'fall on deaf ears', 'falls on deaf ears', 'falling on deaf ears', 'fallen on deaf ears'],
    alternatives: ['ignored', 'unheeded', 'unresponsive to'],
    note: 'Uses deafness as a metaphor for not caring.',
    severity: 'low',
    source: retext('ablist', 'deaf-to'),
    example: 'The request fell on deaf ears.',
  },
  {
    // "handicapped parking"
    id: 'handicapped',
    category: 'ableist',
    phrases: ['handicapped', 'the handicapped'],
    alternatives: ['disabled', 'disabled people', 'accessible (parking, toilet)'],
    note: 'An outdated term; most disabled people prefer "disabled" or naming the access need.',
    severity: 'low',
    source: `${retext('ablist', 'handicapped', 'handicapped-parking')}; ${NCDJ}`,
    example: 'Is there handicapped parking at the venue?',
  },
  {
    // "He's wheelchair-bound."
    id: 'wheelchair-bound',
    category: 'ableist',
    phrases: ['wheelchair bound', 'wheelchair-bound', 'confined to a wheelchair', 'bound to a wheelchair', 'restricted to a wheelchair'],
    alternatives: ['wheelchair user', 'uses a wheelchair'],
    note: 'A wheelchair gives mobility; "bound" and "confined" describe it as a prison.',
    severity: 'medium',
    source: `${retext('ablist', 'wheelchair-bound')}; ${NCDJ}`,
    example: 'One of the speakers is wheelchair-bound.',
  },
  {
    // "hearing impaired"
    id: 'hearing-impaired',
    category: 'ableist',
    phrases: ['hearing impaired', 'hearing-impaired', 'hearing impairment'],
    alternatives: ['deaf', 'hard of hearing'],
    note: 'Many deaf people reject "impaired"; ask what the person prefers.',
    severity: 'low',
    source: `${retext('ablist', 'hearing-impaired')}; ${NCDJ}`,
    example: 'We should caption it for hearing impaired viewers.',
  },
  {
    // "able-bodied staff"
    id: 'able-bodied',
    category: 'ableist',
    phrases: ['able-bodied', 'ablebodied', 'able bodied'],
    alternatives: ['non-disabled'],
    note: 'Implies disabled people lack ability; "non-disabled" is the neutral contrast.',
    severity: 'low',
    source: `${retext('ablist', 'ablebodied')}; ${NCDJ}`,
    example: 'We need two able-bodied people to move the desks.',
  },
  {
    // "midget"
    id: 'midget',
    category: 'ableist',
    phrases: ['midget', 'midgets'],
    alternatives: ['little person', 'person of short stature', 'tiny', 'miniature'],
    note: 'A slur against people with dwarfism.',
    severity: 'high',
    source: `${retext('ablist', 'dwarf')}; Little People of America`,
    example: 'It is a midget version of the server.',
  },
  {
    // "children with special needs"
    id: 'special-needs',
    category: 'ableist',
    phrases: ['special needs', 'differently abled', 'differently-abled', 'handicapable', 'specially abled', 'diffability', 'mentally challenged', 'physically challenged', 'vertically challenged'],
    alternatives: ['disabled', 'disability', 'access needs', 'additional learning needs'],
    note: 'Euphemisms for disability can be infantilising; "disabled" or the specific need is clearer.',
    severity: 'low',
    source: `${retext('ablist', 'special', 'dwarf')}; ${NCDJ}`,
    example: 'We need a plan for users with special needs.',
  },
  {
    // "Use dummy data for now."
    id: 'dummy',
    category: 'ableist',
    phrases: ['dummy', 'dummies'],
    alternatives: ['placeholder', 'sample', 'mock', 'stub', 'test double'],
    note: '"Dummy" also means a person unable to speak and is an insult for "stupid"; "placeholder" is more precise.',
    severity: 'low',
    source: `${retext('ablist', 'dummy')}; Google developer documentation style guide, "Write inclusive documentation"`,
    example: 'Use dummy data for now.',
    exceptions: [
      {
        previous: ['crash', 'test', "ventriloquist's", 'ventriloquist', "tailor's", 'tailors'],
        reason: 'A literal mannequin ("crash test dummy").',
        examples: ['It was tested with a crash test dummy.'],
      },
    ],
  },
  {
    // "He's going senile."
    id: 'senile',
    category: 'age',
    phrases: ['senile', 'senility', 'demented'],
    alternatives: ['forgetful', 'confused', 'person with dementia'],
    note: 'An outdated label with no agreed meaning that equates ageing with decline.',
    severity: 'medium',
    source: `${retext('ablist', 'senile')}; ${APA_AGE}`,
    example: "I'm getting senile, I forgot the link.",
  },
  {
    // "Their CEO is a psychopath."
    id: 'psychopath',
    category: 'ableist',
    phrases: ['psychopath', 'psychopaths', 'psychopathic', 'sociopath', 'sociopaths', 'sociopathic'],
    alternatives: ['ruthless', 'callous', 'manipulative'],
    note: 'Uses a clinical diagnosis as an insult; describe the behaviour.',
    severity: 'medium',
    source: retext('ablist', 'sociopath', 'sociopaths'),
    example: 'Their CEO is a psychopath.',
  },
  {
    // "I'm a caffeine junkie."
    id: 'junkie',
    category: 'ableist',
    phrases: ['junkie', 'junkies', 'addict', 'addicts'],
    alternatives: ['fan', 'enthusiast', 'person with an addiction'],
    note: 'Addiction is an illness; as a label or joke it stigmatises people who live with it.',
    severity: 'low',
    source: `${retext('ablist', 'addict', 'addicts')}; ${NCDJ}`,
    example: "I'm a caffeine junkie.",
  },
  // ─── race, ethnicity and colonial metaphors ────────────────────────────────────────────────
  {
    // "Add the IP to the blacklist."
    id: 'blacklist',
    category: 'race',
    phrases: ['blacklist', 'blacklists', 'blacklisted', 'blacklisting', 'black list', 'black lists', 'black-list', 'black-listed', 'black listed'],
    alternatives: ['blocklist', 'denylist', 'block', 'deny'],
    note: 'Encodes black as bad; "blocklist" or "denylist" is also clearer about what the list does.',
    severity: 'medium',
    source: `${retext('race', 'blacklist', 'blacklisted', 'blacklisting')}; ${INI} tier 1 "whitelist"; IETF draft-knodel-terminology`,
    example: 'Add the IP to the blacklist.',
  },
  {
    // "Whitelist their domain."
    id: 'whitelist',
    category: 'race',
    phrases: ['whitelist', 'whitelists', 'whitelisted', 'whitelisting', 'white list', 'white lists', 'white-list', 'white-listed', 'white listed'],
    alternatives: ['allowlist', 'allow', 'allowed list'],
    note: 'Encodes white as good; "allowlist" is also clearer about what the list does.',
    severity: 'medium',
    source: `${retext('race', 'whitelist', 'whitelisted', 'whitelisting')}; ${INI} tier 1 "whitelist"; IETF draft-knodel-terminology`,
    example: 'Can you whitelist their domain?',
  },
  {
    // "It's a master/slave setup."
    id: 'master-slave',
    category: 'race',
    phrases: ['master slave', 'master-slave', 'master and slave', 'masters and slaves', 'master and slaves', 'master slaves'],
    alternatives: ['primary/replica', 'leader/follower', 'controller/worker', 'primary/secondary'],
    note: 'A metaphor of human ownership; the replacements are also more precise about the relationship.',
    severity: 'medium',
    source: `${retext('race', 'master', 'slave')}; ${INI} tier 1 "master-slave"; IETF draft-knodel-terminology`,
    example: "It's a master/slave setup.",
  },
  {
    // "Restart the slave."
    id: 'slave',
    category: 'race',
    phrases: ['slave', 'slaves'],
    alternatives: ['replica', 'secondary', 'worker', 'follower'],
    note: 'A metaphor of human ownership for a technical component.',
    severity: 'medium',
    source: `${retext('race', 'slave', 'slaves')}; ${INI} tier 1 "master-slave"`,
    example: 'Restart the slave after the upgrade.',
    exceptions: [
      {
        previous: ['former', 'freed', 'escaped', 'fugitive', 'runaway', 'enslaved', 'transatlantic'],
        next: [
          'trade', 'trader', 'traders', 'trading', 'owner', 'owners', 'owning', 'ownership', 'labour', 'labor', 'ship', 'ships',
          'market', 'markets', 'auction', 'auctions', 'narrative', 'narratives', 'state', 'states', 'quarters', 'rebellion',
          'rebellions', 'revolt', 'revolts', 'holder', 'holders', 'holding', 'economy', 'codes', 'patrol', 'patrols', 'songs', 'plantation', 'plantations',
        ],
        reason: 'Talk about slavery itself ("the slave trade", "former slaves") is literal, not a metaphor.',
        examples: ['The museum covers the history of the slave trade.', 'The letters were written by former slaves.'],
      },
    ],
  },
  {
    // "The master node went down."
    id: 'master',
    category: 'race',
    phrases: ['master', 'masters'],
    alternatives: ['primary', 'leader', 'controller', 'control plane', 'main'],
    note: 'In computing "master" comes with its "slave"; "primary" or "controller" names the role without it.',
    severity: 'medium',
    source: `${retext('race', 'master', 'masters')}; ${INI} tier 1 "master"`,
    example: 'The master node went down at noon.',
    onlyWhen: {
      next: [
        'node', 'nodes', 'server', 'servers', 'database', 'databases', 'db', 'dbs', 'instance', 'instances', 'process', 'processes',
        'thread', 'threads', 'replica', 'controller', 'controllers', 'device', 'devices', 'host', 'hosts', 'machine', 'machines',
        'clock', 'bus', 'disk', 'drive', 'shard', 'shards', 'role', 'election', 'cluster', 'worker', 'workers', 'pod', 'pods',
      ],
      reason: 'Only the computing role ("master node", "master server"). A master\'s degree, a master copy, a master class or mastering a skill are not this metaphor (the Inclusive Naming Initiative leaves "mastermind" and "master inventor" unchanged).',
      examples: ["She has a master's degree in statistics.", 'Keep the master copy on the drive.', 'It was a master class in negotiation.'],
    },
  },
  {
    // "Merge it into the master branch."
    id: 'master-branch',
    category: 'race',
    phrases: ['master branch', 'master branches'],
    alternatives: ['main branch', 'main', "the repository's default branch"],
    note: 'Often the branch\'s real name, so renaming is a team decision, not a speaking habit. Git and GitHub now default to "main"; mention it if the team has not decided yet.',
    severity: 'info',
    source: `${INI} tier 1 "master"; GitHub renamed its default branch to "main" in October 2020 (github.com/github/renaming); Git 2.28 added init.defaultBranch`,
    example: 'Merge it into the master branch.',
  },
  {
    // "Existing customers are grandfathered in."
    id: 'grandfathered',
    category: 'race',
    phrases: ['grandfathered', 'grandfathering', 'grandfather clause', 'grandfather clauses', 'grandfather policy', 'grandfathered in'],
    alternatives: ['legacy', 'exempted', 'carried over', 'pre-approved', 'legacy clause'],
    note: 'Comes from US "grandfather clauses" that kept Black citizens from voting.',
    severity: 'low',
    source: `${retext('race', 'grandfathered', 'grandfathering', 'grandfather-clause')}; ${INI} tier 1 "grandfathered"; NPR Code Switch (2013) "The racial history of the grandfather clause"`,
    example: 'Existing customers are grandfathered in.',
  },
  {
    // "Coffee is my spirit animal."
    id: 'spirit-animal',
    category: 'race',
    phrases: ['spirit animal', 'spirit animals', 'spirit-animal'],
    alternatives: ['inspiration', 'role model', 'kindred spirit', 'favourite'],
    note: 'Trivialises the beliefs of Indigenous peoples.',
    severity: 'medium',
    source: retext('race', 'totem'),
    example: 'Honestly that cat is my spirit animal.',
  },
  {
    // "the bottom of the totem pole"
    id: 'totem-pole',
    category: 'race',
    phrases: ['totem pole', 'low man on the totem pole', 'bottom of the totem pole'],
    alternatives: ['most junior', 'lowest priority', 'say what the person can or cannot decide'],
    note: 'A totem pole is a sacred object, and "low man" ranks people; say what you mean about the hierarchy.',
    severity: 'low',
    source: `${INI} tier 3 "totem-pole"; ${retext('race', 'totem')}`,
    example: 'I am at the bottom of the totem pole here.',
  },
  {
    // "Let's have a quick powwow."
    id: 'powwow',
    category: 'race',
    phrases: ['powwow', 'powwows', 'pow wow', 'pow-wow', 'pow wows'],
    alternatives: ['meeting', 'huddle', 'catch-up', 'quick chat'],
    note: 'A powwow is an Indigenous ceremony once banned by law; as office slang it trivialises it.',
    severity: 'medium',
    source: retext('race', 'powwow'),
    example: "Let's have a quick powwow after lunch.",
  },
  {
    // "He went off the reservation."
    id: 'off-the-reservation',
    category: 'race',
    phrases: ['off the reservation', 'jump the reservation', 'jumped the reservation', 'off the rez'],
    alternatives: ['off-script', 'going rogue', 'acting alone', 'unsanctioned'],
    note: 'Refers to US laws that confined Native Americans to reservations.',
    severity: 'medium',
    source: retext('race', 'off-reserve'),
    example: 'He went off the reservation in that call.',
  },
  {
    // "too many chiefs and not enough Indians"
    id: 'too-many-chiefs',
    category: 'race',
    phrases: ['too many chiefs', 'all chiefs and no indians', 'not enough indians'],
    alternatives: ['too many cooks', 'too many leaders, not enough hands'],
    note: 'A colonial stereotype about Native Americans.',
    severity: 'medium',
    source: retext('race', 'too-many-chiefs'),
    example: 'There are too many chiefs on this project.',
  },
  {
    // "circle the wagons", "on the warpath"
    id: 'circle-the-wagons',
    category: 'race',
    phrases: ['circle the wagons', 'circling the wagons', 'circled the wagons', 'on the warpath', 'on a warpath'],
    alternatives: ['close ranks', 'defend', 'angry', 'on the offensive'],
    note: 'Colonial stereotypes of Native Americans as attackers.',
    severity: 'low',
    source: retext('race', 'on-the-warpath'),
    example: 'Legal is on the warpath about this.',
  },
  {
    // "the natives are getting restless"
    id: 'natives-are-restless',
    category: 'race',
    phrases: ['natives are restless', 'natives are getting restless', 'natives are growing restless', 'natives are becoming restless'],
    alternatives: ['people are getting impatient', 'the team is frustrated'],
    note: 'A colonial stereotype of Indigenous peoples.',
    severity: 'medium',
    source: retext('race', 'natives-are-restless'),
    example: 'The natives are getting restless in sales.',
  },
  {
    // "Don't be an Indian giver."
    id: 'indian-giver',
    category: 'race',
    phrases: ['indian giver', 'indian givers', 'indian giving', 'indian give'],
    alternatives: ['take back a gift', 'go back on an offer'],
    note: 'A colonial stereotype of Native Americans as untrustworthy.',
    severity: 'high',
    source: retext('race', 'indian-give'),
    example: 'Taking the budget back is a bit Indian giver.',
  },
  {
    // "Long time no see!"
    id: 'long-time-no-see',
    category: 'race',
    phrases: ['long time no see', 'long time no hear', 'long time no talk', 'long time no speak'],
    alternatives: ["it's been a while", 'good to see you again'],
    note: 'Often said to imitate non-native English speakers; most people mean it warmly, so this is low priority.',
    severity: 'info',
    source: `${retext('race', 'long-time-no-see')}; NPR Code Switch (2014) on the phrase's contested origin`,
    example: 'Hey Sam, long time no see!',
  },
  {
    // "We got gypped."
    id: 'gypped',
    category: 'race',
    phrases: ['gyp', 'gypped', 'gypping', 'gyped', 'gyps', 'jipped', 'gyppo'],
    alternatives: ['cheated', 'ripped off', 'overcharged', 'swindled'],
    note: 'Comes from "Gypsy" and casts Roma people as cheats.',
    severity: 'medium',
    source: retext('race', 'gyp'),
    example: 'We got gypped on that contract.',
  },
  {
    // "a gypsy lifestyle"
    id: 'gypsy',
    category: 'race',
    phrases: ['gypsy', 'gypsies', 'gipsy', 'gipsies'],
    alternatives: ['Roma', 'Romani', 'Traveller', 'nomadic', 'free-spirited'],
    note: 'Often used as a metaphor or a slur; where the community itself is meant, follow the term its members use.',
    severity: 'low',
    source: retext('race', 'gyp'),
    example: 'He has a gypsy approach to planning.',
    exceptions: [
      {
        next: ['roma', 'traveller', 'travellers', 'traveler', 'travelers', 'and', 'communities', 'community', 'sites', 'site'],
        reason: 'UK public bodies and the communities themselves use "Gypsy, Roma and Traveller" / "Gypsy and Traveller" as the official name.',
        examples: ['The council reviewed Gypsy and Traveller sites.', 'We consulted Gypsy, Roma and Traveller groups.'],
      },
    ],
  },
  {
    // "Eskimo"
    id: 'eskimo',
    category: 'race',
    phrases: ['eskimo', 'eskimos'],
    alternatives: ['Inuit', 'Yupik', "the people's own name"],
    note: 'An exonym many Inuit and Yupik people consider offensive.',
    severity: 'medium',
    source: retext('race', 'eskimo', 'eskimos'),
    example: 'Like selling ice to the Eskimos.',
    exceptions: [
      {
        next: ['roll', 'rolls'],
        reason: '"Eskimo roll" is the kayaking manoeuvre.',
        examples: ['She practised the Eskimo roll in the pool.'],
      },
    ],
  },
  {
    // "oriental"
    id: 'oriental',
    category: 'race',
    phrases: ['oriental', 'orientals'],
    alternatives: ['Asian', 'East Asian', 'the specific nationality'],
    note: 'A colonial-era label for people; name the country or region.',
    severity: 'medium',
    source: retext('race', 'oriental', 'orientals'),
    example: 'The new hire is oriental, I think.',
    exceptions: [
      {
        next: ['rug', 'rugs', 'carpet', 'carpets', 'studies', 'institute', 'languages'],
        reason: 'Objects and old institution names ("oriental rug", "School of Oriental and African Studies").',
        examples: ['The oriental rug is in the lobby.'],
      },
    ],
  },
  {
    // "non-white"
    id: 'non-white',
    category: 'race',
    phrases: ['nonwhite', 'non-white', 'non white'],
    alternatives: ['people of colour', 'global majority', 'the specific groups'],
    note: 'Defines people by what they are not, with white as the norm.',
    severity: 'low',
    source: retext('race', 'nonwhite'),
    example: 'Half the panel were non-white.',
  },
  {
    // "This setup is so ghetto."
    id: 'ghetto',
    category: 'race',
    phrases: ['ghetto'],
    alternatives: ['makeshift', 'shabby', 'improvised', 'rough'],
    note: 'Slang that uses poor, mostly Black neighbourhoods as a byword for low quality.',
    severity: 'medium',
    source: retext('race', 'ghetto'),
    example: 'This setup is so ghetto.',
    onlyWhen: {
      previous: [...INTENSIFIERS, "that's", "it's", 'looks', 'look', 'kind', 'sort'],
      reason: 'Only the slang adjective ("so ghetto"); the historical ghettos are literal.',
      examples: ['The tour passed through the Warsaw ghetto.'],
    },
  },
  {
    // "our tribe", "tribal knowledge"
    id: 'tribe',
    category: 'race',
    phrases: ['tribe', 'tribes', 'tribal knowledge'],
    alternatives: ['team', 'group', 'community', 'institutional knowledge', 'undocumented knowledge'],
    note: 'Used for office teams it borrows, and can belittle, Indigenous social structures.',
    severity: 'low',
    source: `${retext('race', 'tribe')}; ${INI} "tribe"`,
    example: 'Welcome to the platform tribe.',
    exceptions: [
      {
        previous: ['indigenous', 'native', 'nomadic', 'ancient', 'federally', 'recognised', 'recognized', 'hill', 'amazonian', 'local'],
        next: ['members', 'member', 'leaders', 'leader', 'council', 'councils', 'elders', 'nation', 'nations', 'land', 'lands', 'sovereignty'],
        reason: 'Talk about Indigenous peoples themselves is literal.',
        examples: ['The consultation included tribe members and elders.', 'Federally recognized tribes were consulted.'],
      },
    ],
  },
  {
    // "black hat hackers"
    id: 'black-hat',
    category: 'race',
    phrases: ['blackhat', 'black-hat', 'black hat hacker', 'black hat hackers', 'whitehat', 'white-hat', 'white hat hacker', 'white hat hackers'],
    alternatives: ['attacker', 'malicious hacker', 'ethical hacker', 'security researcher'],
    note: 'Encodes black as bad and white as good; the replacements say what the person does.',
    severity: 'low',
    source: `${retext('race', 'blackhat', 'whitehat')}; ${INI} tier 1 "blackhat-whitehat"`,
    example: 'We hired a white-hat firm for the audit.',
  },
  {
    // Slurs from retext-equality's race list.
    id: 'ethnic-slurs',
    category: 'race',
    phrases: ['redskin', 'redskins', 'red indian', 'red indians', 'injun', 'injuns', 'jap', 'japs', 'towel head', 'towel heads', 'towelhead', 'towelheads', 'hymie', 'shyster'],
    alternatives: [],
    noAlternativeReason: 'A slur: name the people or the nationality, or describe the behaviour you mean.',
    note: 'An ethnic slur.',
    severity: 'high',
    source: retext('race', 'redskin', 'redskins', 'japs', 'towel-heads', 'hymie'),
    example: 'They called him a redskin in the chat.',
  },
  // ─── LGBTQ+ ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'lgbtq-slurs',
    category: 'lgbtq',
    phrases: [
      'fag', 'fags', 'faggot', 'faggots', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale', 'she-male', 'she male', 'heshe', 'shehe',
      'homo', 'homos', 'sodomite', 'sodomites',
    ],
    alternatives: ['gay', 'lesbian', 'transgender', 'LGBTQ+ people'],
    note: 'A slur against LGBTQ+ people.',
    severity: 'high',
    source: `${retext('lgbtq', 'fag', 'tranny', 'heshe')}; ${GLAAD}`,
    example: 'Stop acting like a faggot.',
    exceptions: [
      {
        previous: ["offa's", 'offas'],
        next: ['sapiens', 'erectus', 'habilis', 'neanderthalensis', 'break', 'breaks', 'packet', 'packets', 'end', 'ends', 'path'],
        reason: 'Homo sapiens; British "fag break" (cigarette); Offa\'s Dyke (the earthwork in Wales).',
        examples: ['Homo sapiens evolved in Africa.', 'We walked along Offa\'s Dyke path.', 'He went for a fag break.'],
      },
    ],
  },
  {
    // "That's so gay."
    id: 'thats-so-gay',
    category: 'lgbtq',
    phrases: ["that's so gay", 'that is so gay', "it's so gay", 'it is so gay', 'thats so gay', "that's gay", 'so gay'],
    alternatives: ['annoying', 'silly', 'uncool', 'say what you mean'],
    note: 'Using "gay" to mean bad or silly tells gay colleagues they are the insult.',
    severity: 'medium',
    source: `GLSEN and Ad Council "Think Before You Speak" campaign (2008); ${GLAAD}`,
    example: "Ugh, that's so gay.",
    exceptions: [
      {
        next: [
          'people', 'men', 'women', 'couple', 'couples', 'marriage', 'marriages', 'rights', 'community', 'communities', 'and', 'or',
          'friendly', 'parents', 'person', 'persons', 'bar', 'bars', 'pride', 'staff', 'colleagues', 'members', 'employees',
        ],
        reason: 'Literal uses ("so gay couples can apply").',
        examples: ['We changed the form so gay couples can apply together.'],
      },
    ],
  },
  {
    // "transgenders"
    id: 'transgenders',
    category: 'lgbtq',
    phrases: ['transgenders', 'transgendered', 'transgenderism'],
    alternatives: ['transgender people', 'transgender', 'being transgender'],
    note: '"Transgender" is an adjective; as a noun or with "-ed" it reads as a condition.',
    severity: 'medium',
    source: `${retext('lgbtq', 'transgenders', 'transgendered', 'transgenderism')}; ${GLAAD}`,
    example: 'We had two transgenders apply.',
  },
  {
    // "sex change"
    id: 'sex-change',
    category: 'lgbtq',
    phrases: ['sex change', 'sex-change', 'sexchange', 'sex change operation', 'sex-change operation'],
    alternatives: ['transition', 'gender-affirming surgery'],
    note: 'Over-focuses on surgery, which is not a necessary part of transition.',
    severity: 'medium',
    source: `${retext('lgbtq', 'sexchange', 'sex-change-operation')}; ${GLAAD}`,
    example: 'She had a sex change last year.',
  },
  {
    // "transvestite"
    id: 'transvestite',
    category: 'lgbtq',
    phrases: ['transvestite', 'transvestites'],
    alternatives: ['cross-dresser'],
    note: 'An outdated term with a clinical history.',
    severity: 'low',
    source: `${retext('lgbtq', 'transvestite')}; ${GLAAD}`,
    example: 'The film has a transvestite character.',
  },
  {
    // "sexual preference"
    id: 'sexual-preference',
    category: 'lgbtq',
    phrases: ['sexual preference', 'sexual preferences'],
    alternatives: ['sexual orientation'],
    note: 'Implies that being LGBTQ+ is a choice.',
    severity: 'medium',
    source: `${retext('lgbtq', 'sexual-preference')}; ${GLAAD}`,
    example: 'The form asks about sexual preference.',
  },
  {
    // "the gay lifestyle"
    id: 'gay-lifestyle',
    category: 'lgbtq',
    phrases: ['gay lifestyle', 'homosexual lifestyle', 'gay agenda', 'homosexual agenda', 'lgbt agenda'],
    alternatives: ['gay lives', 'LGBTQ+ equality'],
    note: 'Phrases used to cast LGBTQ+ people as a choice or a threat.',
    severity: 'medium',
    source: `${retext('lgbtq', 'gay-lifestyle', 'gay-agenda')}; ${GLAAD}`,
    example: 'It is not about the gay lifestyle.',
  },
  {
    // "homosexuals"
    id: 'homosexual',
    category: 'lgbtq',
    phrases: ['homosexual', 'homosexuals'],
    alternatives: ['gay', 'lesbian', 'gay people', 'LGBTQ+ people'],
    note: 'A clinical-sounding term with a history of pathologising gay people; "gay" or "lesbian" is preferred.',
    severity: 'low',
    source: `${retext('lgbtq', 'homosexual')}; ${GLAAD}`,
    example: 'The survey counted homosexuals separately.',
  },
  {
    // "preferred pronouns"
    id: 'preferred-pronouns',
    category: 'lgbtq',
    phrases: ['preferred pronoun', 'preferred pronouns', 'gender pronoun', 'gender pronouns'],
    alternatives: ['pronouns'],
    note: '"Preferred" suggests using someone\'s correct pronouns is optional.',
    severity: 'low',
    source: `${retext('lgbtq', 'gender-pronoun')}; selfdefined.app "pronouns"`,
    example: 'Please add your preferred pronouns to your profile.',
  },
  {
    // "biologically male"
    id: 'biologically-male',
    category: 'lgbtq',
    phrases: ['biologically male', 'biologically female', 'genetically male', 'genetically female', 'born a man', 'born a woman'],
    alternatives: ['assigned male at birth', 'assigned female at birth'],
    note: 'Gender identity is more than the sex recorded at birth.',
    severity: 'low',
    source: retext('lgbtq', 'born-a-man', 'born-a-woman'),
    example: 'She was born a man, apparently.',
  },
  {
    // "hermaphrodite"
    id: 'hermaphrodite',
    category: 'lgbtq',
    phrases: ['hermaphrodite', 'hermaphrodites', 'hermaphroditic', 'pseudohermaphrodite', 'pseudohermaphroditic', 'pseudo hermaphrodite', 'pseudo hermaphroditic'],
    alternatives: ['intersex', 'intersex person'],
    note: 'For people the term is outdated and stigmatising; "intersex" is used.',
    severity: 'low',
    source: `${retext('lgbtq', 'hermaphrodite', 'hermaphroditic')}; Intersex Society of North America`,
    example: 'The character is a hermaphrodite.',
    exceptions: [
      {
        next: ['species', 'plant', 'plants', 'snail', 'snails', 'flower', 'flowers', 'worm', 'worms', 'fish'],
        reason: 'Biology of plants and animals.',
        examples: ['Earthworms are a hermaphrodite species.'],
      },
    ],
  },
  // ─── age ─────────────────────────────────────────────────────────────────────────────────
  {
    // "the elderly"
    id: 'elderly',
    category: 'age',
    phrases: ['the elderly', 'elderly', 'the aged', 'senior citizen', 'senior citizens', 'oaps', 'oap', "old people's home", 'old peoples home'],
    alternatives: ['older people', 'older adults', 'people over 65', 'care home'],
    note: 'Style guides for age (APA, UK councils) prefer "older people": "the elderly" casts them as a frail group apart.',
    severity: 'low',
    source: `${APA_AGE}; Manchester City Council "Standards for age-friendly communications"; Vivensa Foundation age-friendly language guide`,
    example: 'The app is too hard for the elderly.',
  },
  {
    // "the silver tsunami"
    id: 'silver-tsunami',
    category: 'age',
    phrases: ['silver tsunami', 'grey tsunami', 'gray tsunami'],
    alternatives: ['population ageing', 'growth of the older population'],
    note: 'Frames older people as a disaster.',
    severity: 'medium',
    source: `Reframing Aging Initiative (Gerontological Society of America); ${APA_AGE}`,
    example: 'We have to prepare for the silver tsunami.',
  },
  // ─── violence metaphors ──────────────────────────────────────────────────────────────────
  {
    // "Let's pull the trigger on the launch."
    id: 'pull-the-trigger',
    category: 'violence-metaphor',
    phrases: ['pull the trigger', 'pulled the trigger', 'pulling the trigger', 'pulls the trigger'],
    alternatives: ['go ahead', 'decide', 'commit', 'launch'],
    note: 'A gun-violence metaphor for a decision; "go ahead" says it plainly.',
    severity: 'low',
    source: retext('misc', 'pull-the-trigger'),
    example: "Let's pull the trigger on the launch.",
  },
  {
    // "He went postal."
    id: 'go-postal',
    category: 'violence-metaphor',
    phrases: ['go postal', 'going postal', 'went postal', 'gone postal', 'goes postal'],
    alternatives: ['lose their temper', 'be furious'],
    note: 'Refers to workplace mass shootings; the US Postal Service has objected to it.',
    severity: 'low',
    source: 'by analogy with ' + retext('misc', 'pull-the-trigger') + '; Wikipedia "Going postal"',
    example: 'The client will go postal when they see this.',
  },
  {
    // "They drank the Kool-Aid."
    id: 'drink-the-kool-aid',
    category: 'violence-metaphor',
    phrases: ['drink the kool-aid', 'drank the kool-aid', 'drinking the kool-aid', 'drunk the kool-aid', 'drink the kool aid', 'drank the kool aid', 'drinking the kool aid'],
    alternatives: ['bought in completely', 'uncritical', 'true believers'],
    note: 'Refers to the 1978 Jonestown mass murder-suicide.',
    severity: 'low',
    source: 'Wikipedia "Drinking the Kool-Aid"',
    example: 'Marketing really drank the Kool-Aid on this.',
  },
  // ─── suicide ─────────────────────────────────────────────────────────────────────────────
  {
    // "committed suicide"
    id: 'committed-suicide',
    category: 'suicide',
    phrases: [
      'committed suicide', 'commit suicide', 'commits suicide', 'committing suicide', 'completed suicide', 'complete suicide',
      'successful suicide', 'failed suicide', 'unsuccessful suicide', 'suicide failure',
    ],
    alternatives: ['died by suicide', 'took their own life', 'suicide attempt'],
    note: '"Commit" frames suicide as a crime or sin, and success/failure frames it as a goal; "died by suicide" is the reporting standard.',
    severity: 'medium',
    source: `${retext('suicide', 'committed-suicide', 'commit-suicide', 'failed-suicide')}; AFSP "Recommendations for reporting on suicide"`,
    example: 'Her brother committed suicide last year.',
  },
];

/**
 * What we deliberately do NOT flag: retext-equality patterns that are noise in meeting speech,
 * and the literal or technical senses reviewers asked about. The evaluation uses this list to
 * tell deliberate misses from accidental ones; a test checks that none of these is flagged.
 *
 * @example
 * DELIBERATELY_NOT_FLAGGED.find((g) => g.id === 'technical-senses')?.phrases.includes('host machine') // => true
 */
export const DELIBERATELY_NOT_FLAGGED: readonly NotFlaggedGroup[] = [
  {
    id: 'technical-senses',
    reason:
      'Technical or literal senses that word-list tools flag by mistake. Each bare word ("host", "disabled", "special", "failed", "blind", "kill") is left alone; the exclusionary senses are flagged by longer phrases or context ("master node", "blind to the risk", "failed suicide").',
    phrases: [
      'host machine', 'host', 'disabled by default', 'disabled', 'special case', 'special', 'failed attempt', "master's degree",
      'masters degree', 'double-blind', 'double blind', 'blind review', 'blind peer review', 'single-blind', 'killed the process',
      'kill the process', 'invalid', 'challenged', 'blinded by', 'deafened by', 'hang', 'hanged', 'sane', 'gimp', 'binge',
    ],
    source: `${INI} "no change" list: "disable", "mastermind", "master inventor"`,
  },
  {
    id: 'false-etymologies',
    reason:
      'Phrases with a popular but unsupported racist or violent origin story. "Low-hanging fruit" is business jargon from the 1980s (earliest known 1984; Language Log traced its spread), "rule of thumb" has no attested link to a law on wife-beating, and "picnic" comes from French "pique-nique". Flagging them would teach a myth.',
    phrases: ['low-hanging fruit', 'low hanging fruit', 'rule of thumb', 'picnic'],
    source: 'Language Log (2009) "Memetic dynamics of low-hanging fruit"; Hartford Courant Word Watch (2007-08-31); Kelly (1994) "Rule of thumb and the folklaw of the husband\'s stick", Journal of Legal Education 44',
  },
  {
    id: 'pronouns',
    reason:
      'In speech, pronouns refer to specific people. retext flags them for generic use in writing ("each user ... his account") and accepts "his or her" pairs, a written-language device; in a meeting transcript this is only noise.',
    phrases: ['her', 'hers', 'him', 'his', 'she', 'he', "she'd", "he'd", "she'll", "he'll", "she's", "he's", 'herself', 'himself'],
  },
  {
    id: 'people-nouns',
    reason:
      'Words for people ("the guy from IT", "two women on the panel") mostly describe specific people in a meeting. The group address "guys" and belittling compounds ("office girls") are flagged instead.',
    phrases: [
      'girl', 'boy', 'women', 'girls', 'gals', 'ladies', 'man', 'boys', 'men', 'dudes', 'gents', 'gentlemen', 'woman', 'gal', 'lady',
      'chick', 'guy', 'lad', 'fellow', 'dude', 'bro', 'gentleman', 'females', 'males', 'common girl', 'calendar girl', 'call girl',
      'leading lady', 'housemaid', 'frenchmen', 'englishmen',
    ],
    source: `${INI} "no change" list: "fellow"`,
  },
  {
    id: 'family-and-relationships',
    reason:
      'Literal family and relationship words. "Maternity" and "paternity" are legal terms (maternity leave); "working mother" is a demographic term in policy discussions.',
    phrases: [
      'wife', 'husband', 'wives', 'husbands', 'girlfriend', 'boyfriend', 'girlfriends', 'boyfriends', 'kinswoman', 'aunt', 'kinsman',
      'uncle', 'kinswomen', 'aunts', 'kinsmen', 'uncles', 'godmother', 'patroness', 'godfather', 'granddaughter', 'grandson',
      'granddaughters', 'grandsons', 'foremother', 'forefather', 'foremothers', 'forefathers', 'granny', 'grandma', 'grandmother',
      'grandpappy', 'granddaddy', 'gramps', 'grandpa', 'grandfather', 'grandmothers', 'grandfathers', 'bride', 'groom', 'sister',
      'brother', 'sisters', 'brothers', 'maternal', 'paternal', 'fraternal', 'maternity', 'paternity', 'mamas', 'mothers', 'moms',
      'mums', 'mommas', 'mommies', 'papas', 'fathers', 'dads', 'daddies', 'mama', 'mother', 'mom', 'mum', 'momma', 'mommy', 'papa',
      'father', 'dad', 'pop', 'daddy', 'daughter', 'son', 'daughters', 'sons', 'niece', 'nephew', 'nieces', 'nephews', 'stepsister',
      'stepbrother', 'stepsisters', 'stepbrothers', 'stepmom', 'stepmother', 'stepdad', 'stepfather', 'stepmothers', 'stepfathers',
      'widow', 'widows', 'widower', 'widowers', 'girlhood', 'boyhood', 'motherly', 'working mother', 'working wife', 'working woman',
      'working man',
    ],
  },
  {
    id: 'fixed-names',
    reason:
      'Fixed terms and proper names: "mother tongue" is the linguistics term, "the Founding Fathers" a proper name, "father of the web" a title of a specific person.',
    phrases: ['mother tongue', 'father tongue', 'motherland', 'fatherland', 'founding father', 'father of *'],
  },
  {
    id: 'specific-person-forms',
    reason:
      'Forms that name one person\'s gender: "the chairwoman", "a policewoman", "the waitress", "a cleaning man". The exclusion problem is the generic masculine used for everyone ("chairman", "policeman"), which is flagged; describing a specific woman as chairwoman leaves nobody out.',
    phrases: [
      'freshwomen', 'freshwoman', 'garbagewoman', 'garbagewomen', 'chairwoman', 'chairwomen', 'committee woman', 'cowgirl', 'cowgirls',
      'cattlewoman', 'cattlewomen', 'postwoman', 'mailwoman', 'postwomen', 'mailwomen', 'policewoman', 'policewomen', 'chick cop',
      'stewardess', 'stewardesses', 'congresswoman', 'congresswomen', 'firewoman', 'firewomen', 'fisherwoman', 'fisherwomen',
      'businesswoman', 'salarywoman', 'businesswomen', 'salarywomen', 'janitress', 'janitresses', 'cleaning man', 'cleaning men',
      'forewoman', 'forewomen', 'frontwoman', 'front woman', 'front women', 'frontwomen', 'insurance woman', 'insurance women',
      'landlady', 'landladies', 'newswoman', 'newspaperwoman', 'anchorwoman', 'newswomen', 'newspaperwomen', 'anchorwomen',
      'repairwoman', 'repairwomen', 'saleswoman', 'sales woman', 'saleslady', 'saleswomen', 'sales women', 'salesladies',
      'servicewoman', 'servicewomen', 'waitress', 'waitresses', 'workwoman', 'workwomen', 'actress', 'actresses', 'aircrewwoman',
      'aircrew woman', 'aircrewwomen', 'aircrew women', 'alderwoman', 'alderwomen', 'assemblywoman', 'bondswoman', 'bondswomen',
      'journeywoman', 'journeywomen', 'camerawoman', 'camerawomen', 'clergywoman', 'clergywomen', 'councilwoman', 'councilwomen',
      'countrywoman', 'countrywomen', 'handywoman', 'craftswoman', 'handywomen', 'craftswomen', 'hostess', 'hostesses', 'doorwoman',
      'doorwomen', 'laywoman', 'laywomen', 'markswoman', 'markswomen', 'middlewoman', 'middlewomen', 'milkwoman', 'milkwomen',
      'noblewoman', 'noblewomen', 'ombudswoman', 'ombudswomen', 'showwoman', 'showwomen', 'show women', 'spokeswoman', 'spokeswomen',
      'sportswoman', 'sportswomen', 'stateswoman', 'watchwoman', 'watchwomen', 'weatherwoman', 'weatherwomen',
    ],
  },
  {
    id: 'neutral-or-official-titles',
    reason:
      'Titles that are gender-neutral in current use (waiter, actor, host, steward, janitor, landlord, alumni) or official titles a speaker cannot change (Ombudsman, as in the Public Services Ombudsman for Wales; alderman; airman, a military rank; journeyman, a trade qualification; bail bondsman).',
    phrases: [
      'steward', 'stewards', 'janitor', 'janitors', 'landlord', 'landlords', 'alumna', 'alumnus', 'alumnae', 'alumni', 'waiter',
      'waiters', 'actor', 'actors', 'hosts', 'aircrewman', 'airman', 'aircrewmen', 'airmen', 'alderman', 'aldermen', 'assemblyman',
      'bondsman', 'bondsmen', 'journeyman', 'journeymen', 'nobleman', 'noblemen', 'ombudsman', 'ombudsmen', 'sportsman',
      'sportsmen', 'countryman', 'midwife',
    ],
  },
  {
    id: 'fiction-royalty-idioms',
    reason:
      'Royalty, fiction and idioms where gender is not the point (king, prince, superman, the boogeyman, hangman the game, caveman, hero; "no man\'s land", "his own man").',
    phrases: [
      'empress', 'queen', 'emperor', 'king', 'empresses', 'queens', 'emperors', 'kings', 'queensize', 'kingsize', 'queenmaker',
      'kingmaker', 'dame', 'lord', 'dames', 'lords', 'princess', 'prince', 'princesses', 'princes', 'superwoman', 'superman',
      'superwomen', 'supermen', 'boogeywoman', 'boogeyman', 'boogiewoman', 'boogieman', 'bogeywoman', 'bogeyman', 'bogiewoman',
      'bogieman', 'boogiewomen', 'boogiemen', 'bogiewomen', 'bogiemen', 'sandwoman', 'sandman', 'sandwomen', 'sandmen', 'hangwoman',
      'hangman', 'hangwomen', 'hangmen', 'cavewoman', 'caveman', 'cavewomen', 'cavemen', 'henchwoman', 'henchman', 'henchwomen',
      'henchmen', 'heroine', 'hero', 'heroines', 'heroes', 'spacewoman', 'spaceman', 'spacewomen', 'spacemen', 'cowboy', 'cowboys',
      'own woman', 'own man', 'man of action', 'man of letters', 'man of the world', 'man of the land', 'mans best friend',
      'no mans land', 'maiden', 'maiden race',
    ],
  },
  {
    id: 'prose-generics',
    reason:
      'Generic "man" for humanity in expository prose ("modern man", "men of science"); rare in meetings. The spoken generics ("mankind", "manpower", "man-hours", "the average man") are flagged.',
    phrases: ['ancient man', 'industrial man', 'modern man', 'men of science', 'brotherhood of man', 'mansized task', 'man sized task', 'tradesmans entrance'],
  },
  {
    id: 'qualities-and-praise',
    reason:
      'Abstract nouns and adjectives for qualities (sportsmanship, workmanship, fellowship, brotherhood, manly, girly): flagging praise or a club\'s name is noise, and "fellowship" is also an academic post.',
    phrases: [
      'sisterhood', 'brotherhood', 'fellowship', 'workmanship', 'sportsmanlike', 'sportsmanship', 'statesmanlike',
      'oneupmanship', 'womanhood', 'masculinity', 'manhood', 'femininity', 'manliness', 'feminin', 'dudely', 'manly', 'unwomanly',
      'unwomenly', 'unmanly', 'unmenly', 'girly', 'girlish', 'boyish',
    ],
  },
  {
    id: 'master-skill-sense',
    reason:
      '"Master" as skill or original (mastermind, masterpiece, master plan, master copy, master of ceremonies) is not the master/slave metaphor. We flag "master" next to computing nouns ("master node"), "master/slave" and "master branch".',
    phrases: [
      'masterful', 'mastermind', 'masterpiece', 'masterplan', 'masterstroke', 'master key', 'master copy', 'master plan',
      'master the art', 'english master', 'master of ceremonies',
    ],
    source: `${INI} "no change" list: "mastermind", "master inventor"`,
  },
  {
    id: 'honorifics-and-official-terms',
    reason: 'Honorifics a person chooses ("Mrs.", "Miss"), and official terms such as the parliamentary "maiden speech".',
    phrases: ['miss.', 'mrs.', 'maiden speech'],
  },
  {
    id: 'not-gendered',
    reason: '"Moan" and "moaning" are not gendered in current use (the gendered "bitching" is flagged).',
    phrases: ['moan', 'moaning'],
  },
  {
    id: 'identity-first-disability',
    reason:
      'Many disabled people prefer identity-first language ("disabled people"), and NCDJ and UK government guidance accept it; retext\'s person-first rewrites are not universal.',
    phrases: ['learning disabled', 'intellectually disabled', 'intellectually disabled people'],
    source: `${NCDJ}; ${INI} "no change" list: "disable"`,
  },
  {
    id: 'literal-medical',
    reason:
      'Diagnoses and conditions used literally: people describe their own or others\' health, and meetings about health policy need these words. The casual misuse of a few ("so OCD", "a bit bipolar") is flagged in context.',
    phrases: [
      'mentally ill', 'psychopathology', 'delirious', 'manic', 'amputee', 'paraplegic', 'quadriplegic', 'dyslexic', 'epileptic',
      'stammering', 'stutterer', 'insomnia', 'insomniac', 'insomniacs', 'panic attack', 'anorexic', 'bony', 'barren', 'depressed',
      'alcoholic', 'alcohol abuser', 'rehab', 'detox', 'rehab center', 'detox center', 'asylum', 'downs syndrome', 'tourettes syndrome',
      'tourettes disorder', 'infantile paralysis', 'birth defect', 'family burden', 'harelipped', 'cleftlipped', 'harelip', 'hare lip',
      'bucktoothed', 'buckteeth', 'special olympians', 'special olympic athletes', 'dwarf', 'small person', 'has intellectual issues',
    ],
  },
  {
    id: 'suffer-victim-framing',
    reason:
      '"Suffers from" / "victim of" an illness: good advice for journalism, but in speech people describe their own experience this way, and health discussions would fill with flags of little coaching value.',
    phrases: [
      'suffers from disabilities', 'suffering from disabilities', 'suffering from a disability', 'afflicted with disabilities',
      'afflicted with a disability', 'suffers from intellectual disabilities', 'suffering from intellectual disabilities',
      'suffering from an intellectual disability', 'afflicted with intellectual disabilities', 'afflicted with a intellectual disability',
      'suffers from schizophrenia', 'suffering from schizophrenia', 'afflicted with schizophrenia', 'stroke victim',
      'suffering from a stroke', 'victim of a stroke', 'suffers from multiple sclerosis', 'suffering from multiple sclerosis',
      'victim of multiple sclerosis', 'multiple sclerosis victim', 'afflicted with multiple sclerosis', 'suffers from muscular dystrophy',
      'afflicted with muscular dystrophy', 'suffers from MD', 'afflicted with MD', 'suffers from psychosis', 'suffering from psychosis',
      'afflicted with psychosis', 'victim of psychosis', 'suffering from aids', 'suffer from aids', 'suffers from aids',
      'afflicted with aids', 'victim of aids', 'aids victim', 'suffers from polio', 'suffering from polio', 'suffering from a polio',
      'afflicted with polio', 'afflicted with a polio', 'victim of polio', 'suffer from an injury', 'suffers from an injury',
      'suffering from an injury', 'afflicted with an injury', 'victim of an injury', 'suffer from injuries', 'suffers from injuries',
      'suffering from injuries', 'afflicted with injuries', 'victim of injuries',
    ],
  },
  {
    id: 'written-acronyms-and-identifiers',
    reason:
      'Dotted acronyms and code identifiers are written forms that speech-to-text does not produce; "ADD" cannot be told from the verb "add" in lower-cased transcripts. "ADHD" and "OCD" are flagged after an intensifier ("so OCD").',
    phrases: ['ADD', 'a.d.d.', 'a.d.h.d.', 'o.c.d', 'o.c.d.', 'dummyvariable', 'dummyvalue', 'dummyobject', 'bugreport'],
  },
  {
    id: 'education-writing-words',
    reason:
      'retext lists these for tutorials (CSS-Tricks, "Words to avoid in educational writing"). In speech they are fillers and hedges, far too frequent to report as exclusion; the filler and hedge metrics cover them. "Everyone knows" is flagged.',
    phrases: [
      'obvious', 'obviously', 'just', 'basically', 'simple', 'simply', 'easy', 'easily', 'of course', 'clearly', 'straight forward',
      'straightforward', 'straight forwardly', 'straightforwardly',
    ],
    source: retext('condescending', 'obvious', 'just', 'basically', 'simple', 'easy', 'of-course', 'clearly', 'straightforward'),
  },
  {
    id: 'politics-and-law',
    reason:
      'Terms of political and legal debate: "Islamist" is defined in AP style, "Indian country" is a US legal term, "gay rights" is used by LGBTQ+ organisations, and naming a bill or a slogan is not a speaking habit a coach should flag.',
    phrases: [
      'special rights', 'gay rights', 'bathroom bill', 'islamist', 'islamists', 'Indian country', 'make * great again',
      'make * * great again', 'make * * * great again', 'make * * * * great again', 'make * * * * * great again',
    ],
  },
  {
    id: 'self-identification',
    reason:
      'Words communities use for themselves: most US Hispanics say "Latino"/"Latina" (Pew Research Center, 2020: 3% use "Latinx"), Filipinos say "Pinoy", "bi" is the community\'s own shorthand, "goy" is used by Jewish speakers, and "Shlomo" is a given name.',
    phrases: ['latino', 'latina', 'pinoys', 'pinays', 'bi', 'goy', 'goyim', 'goyum', 'shlomo'],
  },
  {
    id: 'literal-objects-and-history',
    reason:
      'Literal or technical senses dominate: "animal spirits" (Keynes) in economics, "primitive types" in code, "off-reserve" in Canadian policy, a dream catcher or totem as objects, "spade" the tool, the Stone Age, Pocahontas the historical person. "Totem pole" as a hierarchy idiom and "savage"/"primitive" slurs used of people are rare in meetings.',
    phrases: ['pocahontas', 'animal spirit', 'dream catcher', 'totem', 'off reserve', 'spade', 'primitive', 'savage', 'stone age', 'sophisticated culture', 'sophisticated technology'],
  },
  {
    id: 'suicide-reporting',
    reason:
      'Guidance against sensational reporting in the press. In a meeting these are literal ("the suicide note") or a political idiom ("a suicide pact") and rare; "committed suicide" is flagged.',
    phrases: ['suicide epidemic', 'epidemic of suicides', 'suicide pact', 'suicide note'],
    source: retext('suicide', 'suicide-pact', 'suicide-note'),
  },
];
