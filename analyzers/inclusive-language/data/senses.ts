/**
 * Sense checks for words that judge intelligence ("stupid", "dumb", "idiot"): said about a person
 * they are the insult the word list is for; said about a thing ("the old linter was too stupid to
 * understand our macros", "a dumb design") they judge the thing, and a coach would not ask for other
 * wording on a person's behalf. Read by analyzers/inclusive-language/sense.ts.
 *
 * Source: our reading of the coach review in issue 11 ("too stupid" about a tool, "a dummy back end"
 * flagged as non-inclusive were both rejected); the person/thing split follows the NCDJ style guide,
 * which objects to these words as descriptions of people.
 */

/**
 * Rules (ids in ./patterns.ts) whose sense depends on whether a person or a thing is judged: the words
 * that judge intelligence. "Crazy", "insane" and "lame" stay flagged about things ("this deadline is
 * crazy"), as their notes in ./patterns.ts say: the metaphor itself is the concern there.
 */
export const JUDGEMENT_RULES: ReadonlySet<string> = new Set(['stupid', 'dumb', 'idiot']);

/**
 * Figurative words for mental illness or disability ("crazy", "lame"): mild, and mostly idioms about a
 * situation or oneself ("we'd be crazy to", "until you go crazy"). Said of someone else ("the guy was a bit
 * crazy", "another lame hire") they judge a person, which a coach would raise.
 */
export const FIGURATIVE_RULES: ReadonlySet<string> = new Set(['crazy', 'insane', 'lame', 'nuts', 'mental']);

/** Nouns for people: the subject of a judgement ("the new guy is an idiot") or right after it ("a lame hire"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'guy',
  'guys',
  'person',
  'people',
  'man',
  'woman',
  'men',
  'women',
  'hire',
  'hires',
  'candidate',
  'candidates',
  'boss',
  'manager',
  'colleague',
  'client',
  'customer',
  'intern',
  'kid',
  'managers',
  'team',
  'user',
  'users',
  'customers',
  'clients',
  'dev',
  'devs',
  'developer',
  'developers',
  'engineer',
  'engineers',
  'interns',
  'staff',
  'colleagues',
  'lead',
  'vendor',
  'kids',
]);

/** Pronouns and contractions for someone else (not the speaker or the hearer) as the subject: "he is crazy", "she's nuts". */
export const OTHER_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
export const OTHER_PERSON_CONTRACTIONS: ReadonlySet<string> = new Set(["he's", "she's", "they're"]);

/**
 * Nouns for things after an attributive judgement ("a dumb design", "a stupid way"): the finding stays
 * (the word itself is what retext flags) but only as a low-confidence observation, never advice.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  'idea',
  'ideas',
  'design',
  'way',
  'question',
  'questions',
  'setup',
  'mistake',
  'thing',
  'things',
  'tool',
  'tools',
  'code',
  'process',
  'rule',
  'rules',
  'bug',
  'error',
  'system',
  'name',
  'names',
  'plan',
  'approach',
  'default',
  'defaults',
  'config',
  'limit',
  'decision',
  'policy',
  'form',
  'feature',
  'test',
  'tests',
  'script',
  'workaround',
  'hack',
  'format',
  'api',
  'ui',
  'layout',
  'requirement',
  'deadline',
  'meeting',
  'email',
]);

/**
 * Subjects that are people: "he is stupid", "the new guy is an idiot" stay findings. Any other subject
 * of "is/was ... stupid" (a tool, "it", "this") is a thing and the match is dropped.
 */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'you',
  'he',
  'she',
  'we',
  'they',
  "i'm",
  "you're",
  "he's",
  "she's",
  "we're",
  "they're",
  'everyone',
  'someone',
  'anyone',
  'everybody',
  'somebody',
  'anybody',
  ...PERSON_NOUNS,
]);

/** Verbs that link a subject to the judgement ("was too stupid", "seems dumb"). */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'seems',
  'seemed',
  'looks',
  'looked',
  'sounds',
  'sounded',
  'feels',
  'felt',
  'gets',
  'got',
]);

/** Words allowed between the linking verb and the judgement: "was too stupid", "is kind of dumb". */
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
  'too',
  'so',
  'really',
  'pretty',
  'quite',
  'very',
  'a',
  'bit',
  'kind',
  'sort',
  'of',
  'just',
  'rather',
  'totally',
  'completely',
  'plain',
  'frankly',
  'honestly',
]);

/** Contractions that hold a thing subject and its verb in one token: "it's stupid", "that's dumb". */
export const THING_CONTRACTIONS: ReadonlySet<string> = new Set(["it's", "that's", "this's", 'its']);

/** Pronouns for things as the subject of a judgement: "it was stupid", "this is dumb". */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that']);

/** Right before the word, these deny it: "Not dumb at all" answers someone's self-deprecation. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "isn't", "wasn't", "aren't"]);

/**
 * Words after a singular masculine title, in its sentence, by which the speaker refers to that one man: "He was
 * murdered by a retired policeman and his son" (a parliamentary statement about one killing, flagged as a generic
 * title: review r26). The speaker knows who he is; the title assumes no one's gender. Source: reviews r25 and r26
 * (the same line judged wrong twice); the generic masculine ("a policeman must carry his badge") is told apart by
 * GENERIC_MARKERS.
 */
export const ONE_MAN_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'him', "he's", "he'd", "he'll"]);

/**
 * Words that make a sentence about a title a rule for anyone in the role, where "his" is the generic masculine:
 * "every fireman knows his station", "a policeman should carry his badge", "any chairman worth his salt".
 */
export const GENERIC_MARKERS: ReadonlySet<string> = new Set([
  'every',
  'any',
  'each',
  'no',
  'should',
  'must',
  'ought',
  'needs',
  'worth',
]);
