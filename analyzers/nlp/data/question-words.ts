/**
 * Question cues for speech transcripts, punctuated or not. Speech-to-text output often has no
 * '?', so questions are recognised by word order at the start of a clause (a wh-word followed by
 * an auxiliary, an auxiliary followed by its subject: "do you", "can we", "is it") and by a few
 * fixed endings ("..., right?", "what do you think"). analyzers/nlp/questions.ts compiles these
 * rules once into Maps keyed by their first (openers) or last (endings) word.
 *
 * Phrase syntax: lower-case words separated by spaces; `<class>` stands for any word of
 * QUESTION_WORD_CLASSES[class], `<any>` for any single word, and `<other>` for any word that is not
 * in the `subject` class (a noun: "which OPTION should", not "which I don't").
 *
 * Sources:
 * - Quirk, Greenbaum, Leech & Svartvik (1985) "A Comprehensive Grammar of the English Language",
 *   §11.3-11.9: yes/no questions by subject-operator inversion, wh-questions, tag questions.
 * - Jurafsky, Shriberg & Biasca (1997) SWBD-DAMSL labeling manual: `qy` yes/no, `qw` wh, `qo`
 *   open ("what do you think?"), `^g` tag questions, `qy^d` declarative questions.
 * - Stivers & Enfield (2010) "A coding scheme for question-response sequences in conversation",
 *   J. Pragmatics 42: polar vs content questions; English polar questions marked by inversion,
 *   declaratives with rising intonation, or tags.
 */

export type QuestionType = 'open' | 'closed';

export interface QuestionWordClass {
  words: readonly string[];
  note: string;
  source: string;
}

/**
 * Word classes used in rule phrases. Subjects are split by how safely they follow an auxiliary:
 * "do you" is a question, "do that" is an instruction, so `do` only takes personal subjects.
 */
export const QUESTION_WORD_CLASSES = {
  /** e.g. "is it", "were they", "isn't it" */
  be: {
    words: ['is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't"],
    note: 'forms of BE that invert with their subject',
    source: 'Quirk et al. 1985 §11.5 (operator)',
  },
  /** e.g. "do you", "don't we" */
  do: {
    words: ['do', "don't"],
    note: 'DO: "do you" asks, "do that" instructs, so only personal subjects follow it in a question rule',
    source: 'Quirk et al. 1985 §11.5 (do-support)',
  },
  /** e.g. "does it", "did the demo" */
  doesDid: {
    words: ['does', 'did', "doesn't", "didn't"],
    note: 'DOES and DID are rarely clause-initial outside questions, so any subject may follow',
    source: 'Quirk et al. 1985 §11.5',
  },
  /** e.g. "can we", "would you", "shall we" */
  modal: {
    words: [
      'can',
      'could',
      'will',
      'would',
      'should',
      'shall',
      'might',
      "can't",
      "couldn't",
      "won't",
      "wouldn't",
      "shouldn't",
    ],
    note: 'modal operators; "may" is left out (a month and a name) and has its own rule',
    source: 'Quirk et al. 1985 §11.5',
  },
  /** e.g. "have you", "had we" */
  have: {
    words: ['have', 'had'],
    note: 'HAVE: "have you" asks, "have a look" / "have it ready" instruct, so only personal subjects follow it',
    source: 'Quirk et al. 1985 §11.5',
  },
  /** e.g. "has it", "haven't they" */
  has: {
    words: ['has', "haven't", "hasn't", "hadn't"],
    note: 'forms of HAVE that are not imperatives, so any pronoun may follow ("has it", "hasn\'t that")',
    source: 'Quirk et al. 1985 §11.5',
  },
  /** Auxiliaries in general, after a wh-word: "what do", "how is", "where can". */
  aux: {
    words: [
      'is',
      'are',
      'was',
      'were',
      'am',
      'do',
      'does',
      'did',
      'can',
      'could',
      'will',
      'would',
      'should',
      'shall',
      'might',
      'may',
      'must',
      'have',
      'has',
      'had',
      "isn't",
      "aren't",
      "wasn't",
      "weren't",
      "don't",
      "doesn't",
      "didn't",
      "can't",
      "couldn't",
      "won't",
      "wouldn't",
      "shouldn't",
      "haven't",
      "hasn't",
    ],
    note: 'any operator; a wh-word followed by one is a wh-question ("what do", "how is"), a wh-word followed by a subject is a clause ("what we need")',
    source: 'Quirk et al. 1985 §11.9',
  },
  /** Negative auxiliaries that form tags: "..., isn't it", "..., don't you". */
  negAux: {
    words: [
      "isn't",
      "aren't",
      "wasn't",
      "weren't",
      "don't",
      "doesn't",
      "didn't",
      "can't",
      "couldn't",
      "won't",
      "wouldn't",
      "shouldn't",
      "haven't",
      "hasn't",
    ],
    note: 'negative operators that close a tag question',
    source: 'Quirk et al. 1985 §11.8 (tag questions)',
  },
  /** Personal subjects: safe after every auxiliary. */
  personal: {
    words: [
      'i',
      'you',
      'we',
      'he',
      'she',
      'they',
      "y'all",
      'ya',
      'u',
      'anyone',
      'anybody',
      'everyone',
      'everybody',
      'someone',
      'somebody',
      'people',
      'folks',
    ],
    note: 'subjects that make "do/have + subject" a question',
    source: 'Quirk et al. 1985 §6.2 (personal and indefinite pronouns)',
  },
  /** Any pronoun subject. */
  pronoun: {
    words: [
      'i',
      'you',
      'we',
      'he',
      'she',
      'they',
      "y'all",
      'ya',
      'u',
      'anyone',
      'anybody',
      'everyone',
      'everybody',
      'someone',
      'somebody',
      'people',
      'folks',
      'it',
      'that',
      'this',
      'there',
      'these',
      'those',
      'anything',
      'everything',
      'something',
      'nothing',
    ],
    note: 'pronoun subjects, including "it", "that", "there"',
    source: 'Quirk et al. 1985 §6.2',
  },
  /** Any subject: pronouns plus the words that open a noun phrase. */
  subject: {
    words: [
      'i',
      'you',
      'we',
      'he',
      'she',
      'they',
      "y'all",
      'ya',
      'u',
      'anyone',
      'anybody',
      'everyone',
      'everybody',
      'someone',
      'somebody',
      'people',
      'folks',
      'it',
      'that',
      'this',
      'there',
      'these',
      'those',
      'anything',
      'everything',
      'something',
      'nothing',
      'the',
      'a',
      'an',
      'my',
      'your',
      'our',
      'his',
      'her',
      'their',
      'its',
      'any',
      'all',
      'both',
      'each',
      'every',
      'some',
      'no',
    ],
    note: 'pronouns and noun-phrase openers (a capitalised name also counts: see questions.ts)',
    source: 'Quirk et al. 1985 §5.10 (determiners)',
  },
  /** Words that may follow "who" in a question without an auxiliary: "who wants", "who else". */
  whoVerb: {
    words: [
      'wants',
      'needs',
      'knows',
      'else',
      'thinks',
      'remembers',
      'owns',
      'volunteers',
      'agrees',
      'disagrees',
      'objects',
      'wrote',
      'said',
    ],
    note: 'subject wh-questions have no inversion ("who wants coffee"); a short list keeps "who we hired" out',
    source: 'Quirk et al. 1985 §11.14 (wh-element as subject)',
  },
  /** Quantity words after "how": "how many", "how long". */
  howDegree: {
    words: ['many', 'much', 'long', 'often', 'far', 'soon', 'big', 'likely', 'sure'],
    note: '"how many/much/long ..." opens a question even before its auxiliary (unless a pronoun follows: "how much you need" is a clause)',
    source: 'Quirk et al. 1985 §11.14',
  },
  /** Prepositions that can front a wh-question: "in what sense", "for which one". */
  prep: {
    words: ['in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'about', 'of'],
    note: 'pied-piped prepositions before a wh-word',
    source: 'Quirk et al. 1985 §11.14',
  },
  /** BE in the past or present, for wh-clefts ("what's nice IS ..."). */
  isWas: { words: ['is', 'was'], note: 'the copula of a wh-cleft', source: 'Quirk et al. 1985 §18.29 (pseudo-clefts)' },
  /** Spellings of okay, for "is that okay". */
  okay: {
    words: ['okay', 'ok', 'alright', 'fine'],
    note: 'spellings of okay',
    source: 'transcription variants in AMI, ICSI and caption files',
  },
  /** Invariant tags: "..., eh", "..., huh", "..., innit". */
  eh: { words: ['eh', 'huh', 'innit'], note: 'invariant tags', source: 'Quirk et al. 1985 §11.8' },
  /** wh-words, for the '?' fallback's open/closed decision. */
  wh: {
    words: [
      'what',
      'how',
      'why',
      'where',
      'when',
      'who',
      'whom',
      'whose',
      'which',
      "what's",
      "how's",
      "where's",
      "who's",
      "why's",
      "when's",
    ],
    note: 'content-question words',
    source: 'Quirk et al. 1985 §11.14',
  },
} as const satisfies Record<string, QuestionWordClass>;

export type QuestionWordClassName = keyof typeof QUESTION_WORD_CLASSES;

export interface QuestionRule {
  /** Rule id, used in findings and evidence: `question/<id>`. */
  id: string;
  /** `opener`: must start a clause (after prefaces such as "so", "okay"); `ending`: must end it. */
  position: 'opener' | 'ending';
  /** Words and `<class>` slots; see the file comment. */
  phrase: string;
  type: QuestionType;
  /**
   * `comma-before`: an ending tag only counts after a comma ("we ship Friday, right"), except in text
   * with no punctuation at all (captions) when the word before is no TAG_BLOCKERS word.
   */
  requires?: 'comma-before';
  /**
   * Words that, right before an ending in a clause opened by "if" or "unless", make its phrase the object of a
   * condition: "If you don't have any questions." is not the elliptical "..., any questions?" ("So you have any
   * thoughts" still asks).
   */
  notAfterInCondition?: readonly string[];
  /** A sentence the rule must detect (checked by test/analyzers/questions.test.ts). */
  example: string;
  source: string;
  note: string;
}

const QUIRK = 'Quirk et al. 1985 §11';
/** "If you dont have any questions.": a condition's object, no question (review r34). */
const HAVE_FORMS = ['have', 'has', 'had', 'got', 'get'];

/**
 * Subordinators that open a condition, in which an ending rule's `notAfterInCondition` applies: "If you don't have
 * any questions." states a condition; it asks nothing. Source: Quirk et al. 1985 §15.33 (conditional clauses).
 */
export const CONDITION_OPENERS: readonly string[] = ['if', 'unless'];
const DAMSL = 'SWBD-DAMSL manual (Jurafsky et al. 1997)';

/** Question rules, most specific first within each first/last word. */
export const QUESTION_RULES: readonly QuestionRule[] = [
  // Closed (yes/no) questions by subject-operator inversion.
  {
    id: 'inversion-be',
    position: 'opener',
    phrase: '<be> <subject>',
    type: 'closed',
    example: 'is it ready for the demo',
    source: QUIRK,
    note: 'BE before its subject',
  },
  {
    id: 'inversion-do',
    position: 'opener',
    phrase: '<do> <personal>',
    type: 'closed',
    example: 'do you have the numbers',
    source: QUIRK,
    note: 'DO before a personal subject; "do that" is an instruction',
  },
  {
    id: 'inversion-does-did',
    position: 'opener',
    phrase: '<doesDid> <subject>',
    type: 'closed',
    example: 'did the build pass',
    source: QUIRK,
    note: 'DOES/DID before a subject',
  },
  {
    id: 'inversion-modal',
    position: 'opener',
    phrase: '<modal> <subject>',
    type: 'closed',
    example: 'can we move the review to Friday',
    source: QUIRK,
    note: 'a modal before its subject',
  },
  {
    id: 'inversion-have',
    position: 'opener',
    phrase: '<have> <personal>',
    type: 'closed',
    example: 'have you seen the draft',
    source: QUIRK,
    note: 'HAVE before a personal subject; "have a look" is an instruction',
  },
  {
    id: 'inversion-has',
    position: 'opener',
    phrase: '<has> <pronoun>',
    type: 'closed',
    example: 'has it become any faster',
    source: QUIRK,
    note: "HAS/HAVEN'T before a pronoun",
  },
  {
    id: 'inversion-may',
    position: 'opener',
    phrase: 'may <personal>',
    type: 'closed',
    example: 'may I add something',
    source: QUIRK,
    note: '"may I / may we": May is also a month and a name, so only personal subjects',
  },
  // Open (content) questions: a wh-word and then an auxiliary, or a fixed wh-phrase.
  {
    id: 'open-what-do-you-think',
    position: 'opener',
    phrase: 'what do you think',
    type: 'open',
    example: 'what do you think about the layout',
    source: DAMSL,
    note: 'the open question par excellence (DAMSL qo)',
  },
  {
    id: 'wh-what',
    position: 'opener',
    phrase: 'what <aux>',
    type: 'open',
    example: 'so what are the risks',
    source: QUIRK,
    note: '"what we need is" (a subject after what) is a statement, so an auxiliary must follow',
  },
  {
    id: 'wh-what-contracted',
    position: 'opener',
    phrase: "what's",
    type: 'open',
    example: "what's the deadline",
    source: QUIRK,
    note: '"what\'s" = what is/has',
  },
  {
    id: 'wh-what-about',
    position: 'opener',
    phrase: 'what about',
    type: 'open',
    example: 'what about the budget',
    source: QUIRK,
    note: 'elliptical wh-question',
  },
  {
    id: 'wh-what-if',
    position: 'opener',
    phrase: 'what if',
    type: 'open',
    example: 'what if we split the release',
    source: QUIRK,
    note: 'a suggestion put as a question',
  },
  {
    id: 'wh-why-contracted',
    position: 'opener',
    phrase: "why's",
    type: 'open',
    example: "why's it not working",
    source: QUIRK,
    note: '"why\'s" = why is/has; found missing in AMI ES2004b ("why\'s it in the right")',
  },
  {
    id: 'wh-what-happens',
    position: 'opener',
    phrase: 'what happens',
    type: 'open',
    example: 'what happens if the environment is missing it too',
    source: QUIRK,
    note: 'subject wh-question without inversion (no auxiliary after "what"); "what happens is ..." states (an exception)',
  },
  {
    id: 'wh-what-happened',
    position: 'opener',
    phrase: 'what happened',
    type: 'open',
    example: 'what happened with the deploy last night',
    source: QUIRK,
    note: 'subject wh-question in the past; "what happened was ..." states (an exception)',
  },
  {
    id: 'wh-what-noun',
    position: 'opener',
    phrase: 'what <other> <aux> <subject>',
    type: 'open',
    example: 'what time does the meeting end',
    source: QUIRK,
    note: 'wh-determiner + noun + inversion',
  },
  {
    id: 'wh-how',
    position: 'opener',
    phrase: 'how <aux>',
    type: 'open',
    example: 'how do we test this',
    source: QUIRK,
    note: '"how we do it" is a clause, so an auxiliary must follow',
  },
  {
    id: 'wh-how-contracted',
    position: 'opener',
    phrase: "how's",
    type: 'open',
    example: "how's the migration going",
    source: QUIRK,
    note: '"how\'s" = how is/has',
  },
  {
    id: 'wh-how-degree',
    position: 'opener',
    phrase: 'how <howDegree> <other>',
    type: 'open',
    example: 'how many users are affected',
    source: QUIRK,
    note: 'how + quantity/degree word, not followed by a pronoun ("how much you need" is a clause)',
  },
  {
    id: 'wh-how-come',
    position: 'opener',
    phrase: 'how come',
    type: 'open',
    example: 'how come the tests pass locally',
    source: QUIRK,
    note: 'informal why-question, no inversion',
  },
  {
    id: 'wh-how-about',
    position: 'opener',
    phrase: 'how about',
    type: 'open',
    example: 'how about next Tuesday',
    source: QUIRK,
    note: 'a suggestion put as a question',
  },
  {
    id: 'wh-why',
    position: 'opener',
    phrase: 'why <aux>',
    type: 'open',
    example: "why don't we start with the demo",
    source: QUIRK,
    note: 'includes "why don\'t we" suggestions',
  },
  {
    id: 'wh-why-not',
    position: 'opener',
    phrase: 'why not',
    type: 'open',
    example: 'why not ship it now',
    source: QUIRK,
    note: 'elliptical why-question',
  },
  {
    id: 'wh-where',
    position: 'opener',
    phrase: 'where <aux>',
    type: 'open',
    example: 'where are the logs',
    source: QUIRK,
    note: 'where + operator',
  },
  {
    id: 'wh-where-contracted',
    position: 'opener',
    phrase: "where's",
    type: 'open',
    example: "where's the spec",
    source: QUIRK,
    note: '"where\'s" = where is',
  },
  {
    id: 'wh-when',
    position: 'opener',
    phrase: 'when <aux>',
    type: 'open',
    example: 'when is the deadline',
    source: QUIRK,
    note: '"when we get there" is a clause, so an auxiliary must follow',
  },
  {
    id: 'wh-who',
    position: 'opener',
    phrase: 'who <aux>',
    type: 'open',
    example: 'who is taking notes',
    source: QUIRK,
    note: 'who + operator',
  },
  {
    id: 'wh-who-contracted',
    position: 'opener',
    phrase: "who's",
    type: 'open',
    example: "who's next",
    source: QUIRK,
    note: '"who\'s" = who is/has',
  },
  {
    id: 'wh-who-verb',
    position: 'opener',
    phrase: 'who <whoVerb>',
    type: 'open',
    example: 'who wants to present first',
    source: QUIRK,
    note: 'subject question without inversion',
  },
  {
    id: 'wh-which',
    position: 'opener',
    phrase: 'which <other> <aux>',
    type: 'open',
    example: 'which option should we pick',
    source: QUIRK,
    note: '"which is why", "which I don\'t know" are relative clauses, so a noun must stand between which and the auxiliary',
  },
  {
    id: 'wh-which-of',
    position: 'opener',
    phrase: 'which of',
    type: 'open',
    example: 'which of these do you prefer',
    source: QUIRK,
    note: 'which + partitive',
  },
  {
    id: 'wh-which-one',
    position: 'opener',
    phrase: 'which one',
    type: 'open',
    example: 'which one of these buttons does that',
    source: QUIRK,
    note: 'which + "one"',
  },
  {
    id: 'wh-preposition-what',
    position: 'opener',
    phrase: '<prep> what <other> <aux>',
    type: 'open',
    example: 'in what sense has he updated it',
    source: QUIRK,
    note: 'a preposition fronted with the wh-phrase',
  },
  {
    id: 'wh-preposition-which',
    position: 'opener',
    phrase: '<prep> which <other> <aux>',
    type: 'open',
    example: 'for which version do we need it',
    source: QUIRK,
    note: 'a preposition fronted with the wh-phrase',
  },
  {
    id: 'wh-whose',
    position: 'opener',
    phrase: 'whose <other> <aux>',
    type: 'open',
    example: 'whose turn is it',
    source: QUIRK,
    note: 'whose + noun + operator',
  },
  // Invitations and indirect questions.
  {
    id: 'any-thoughts',
    position: 'opener',
    phrase: 'any thoughts',
    type: 'open',
    example: 'any thoughts on the pricing',
    source: DAMSL,
    note: 'elliptical open invitation',
  },
  {
    id: 'any-ideas',
    position: 'opener',
    phrase: 'any ideas',
    type: 'open',
    example: 'any ideas for the name',
    source: DAMSL,
    note: 'elliptical open invitation',
  },
  {
    id: 'any-comments',
    position: 'opener',
    phrase: 'any comments',
    type: 'open',
    example: 'any comments before we move on',
    source: DAMSL,
    note: 'elliptical open invitation',
  },
  {
    id: 'any-questions',
    position: 'opener',
    phrase: 'any questions',
    type: 'closed',
    example: 'any questions so far',
    source: DAMSL,
    note: 'elliptical yes/no question',
  },
  {
    id: 'any-objections',
    position: 'opener',
    phrase: 'any objections',
    type: 'closed',
    example: 'any objections to shipping on Friday',
    source: DAMSL,
    note: 'elliptical yes/no question',
  },
  {
    id: 'anything-else',
    position: 'opener',
    phrase: 'anything else',
    type: 'closed',
    example: 'anything else for today',
    source: DAMSL,
    note: 'elliptical yes/no question',
  },
  {
    id: 'anyone-else',
    position: 'opener',
    phrase: 'anyone else',
    type: 'closed',
    example: 'anyone else want to add something',
    source: DAMSL,
    note: 'elliptical yes/no question',
  },
  {
    id: 'i-wonder-if',
    position: 'opener',
    phrase: 'i wonder if',
    type: 'closed',
    example: 'I wonder if we could reuse the old design',
    source: DAMSL,
    note: 'indirect yes/no question',
  },
  {
    id: 'i-wonder-whether',
    position: 'opener',
    phrase: 'i wonder whether',
    type: 'closed',
    example: 'I wonder whether the client knows',
    source: DAMSL,
    note: 'indirect yes/no question',
  },
  {
    id: 'i-was-wondering-if',
    position: 'opener',
    phrase: 'i was wondering if',
    type: 'closed',
    example: 'I was wondering if you had time',
    source: DAMSL,
    note: 'indirect yes/no question',
  },
  {
    id: 'i-was-wondering-whether',
    position: 'opener',
    phrase: 'i was wondering whether',
    type: 'closed',
    example: 'I was wondering whether it scales',
    source: DAMSL,
    note: 'indirect yes/no question',
  },
  {
    id: 'i-wonder-wh',
    position: 'opener',
    phrase: 'i wonder <wh>',
    type: 'open',
    example: 'I wonder why the tests fail',
    source: DAMSL,
    note: 'indirect content question',
  },
  // Endings that make the clause a question without punctuation.
  {
    id: 'ending-what-do-you-think',
    position: 'ending',
    phrase: 'what do you think',
    type: 'open',
    example: 'we could ship on Friday what do you think',
    source: DAMSL,
    note: 'open invitation at the end of a turn',
  },
  {
    id: 'ending-what-do-you-guys-think',
    position: 'ending',
    phrase: 'what do you guys think',
    type: 'open',
    example: 'I like option two what do you guys think',
    source: DAMSL,
    note: 'open invitation to the group',
  },
  {
    id: 'ending-what-does-everyone-think',
    position: 'ending',
    phrase: 'what does everyone think',
    type: 'open',
    example: 'that is my proposal what does everyone think',
    source: DAMSL,
    note: 'open invitation to the group',
  },
  {
    id: 'ending-any-thoughts',
    position: 'ending',
    phrase: 'any thoughts',
    type: 'open',
    example: 'that is the plan any thoughts',
    source: DAMSL,
    note: 'open invitation at the end of a turn',
    notAfterInCondition: HAVE_FORMS,
  },
  {
    id: 'ending-any-questions',
    position: 'ending',
    phrase: 'any questions',
    type: 'closed',
    example: 'that is the plan any questions',
    source: DAMSL,
    note: 'elliptical yes/no question at the end of a turn',
    notAfterInCondition: HAVE_FORMS,
  },
  {
    id: 'ending-dont-you-think',
    position: 'ending',
    phrase: "don't you think",
    type: 'closed',
    example: "it is too expensive don't you think",
    source: QUIRK,
    note: 'tag-like appeal for agreement',
  },
  {
    id: 'ending-wouldnt-you-say',
    position: 'ending',
    phrase: "wouldn't you say",
    type: 'closed',
    example: "it went well wouldn't you say",
    source: QUIRK,
    note: 'tag-like appeal for agreement',
  },
  {
    id: 'ending-does-that-make-sense',
    position: 'ending',
    phrase: 'does that make sense',
    type: 'closed',
    example: 'we merge first and then deploy does that make sense',
    source: DAMSL,
    note: 'comprehension check',
  },
  {
    id: 'ending-is-that-right',
    position: 'ending',
    phrase: 'is that right',
    type: 'closed',
    example: 'you start on Monday is that right',
    source: DAMSL,
    note: 'confirmation check',
  },
  {
    id: 'ending-is-that-ok',
    position: 'ending',
    phrase: 'is that <okay>',
    type: 'closed',
    example: 'I will take the notes is that okay',
    source: DAMSL,
    note: 'permission check ("okay" or "ok")',
  },
  {
    id: 'tag-negative',
    position: 'ending',
    phrase: '<negAux> <pronoun>',
    type: 'closed',
    example: "the demo went well didn't it",
    source: QUIRK,
    note: 'negative tag: statement + "isn\'t it", "don\'t you", "didn\'t we"',
  },
  {
    id: 'tag-right',
    position: 'ending',
    phrase: 'right',
    type: 'closed',
    requires: 'comma-before',
    example: 'we ship on Friday, right',
    source: QUIRK,
    note: 'invariant tag; only after a comma, since "that\'s right" is an answer',
  },
  {
    id: 'tag-correct',
    position: 'ending',
    phrase: 'correct',
    type: 'closed',
    requires: 'comma-before',
    example: 'the budget is fixed, correct',
    source: QUIRK,
    note: 'invariant tag; only after a comma',
  },
  {
    id: 'tag-eh',
    position: 'ending',
    phrase: '<eh>',
    type: 'closed',
    requires: 'comma-before',
    example: 'it is cold in here, eh',
    source: QUIRK,
    note: 'invariant tags "eh", "huh", "innit"; only after a comma',
  },
];

/**
 * Openers that look like questions but are statements; checked before the question rules and only
 * when the clause has no '?'.
 */
export interface NotQuestionRule {
  id: string;
  phrase: string;
  /**
   * `clause`: only when the phrase is the whole clause ("how about that!" exclaims, "how about that one"
   * suggests); `modal-after`: only when a modal follows later in the clause ("who knows what they will do");
   * `main-clause-after`: only when a comma later in the clause is followed by a word that starts a main clause
   * (MAIN_CLAUSE_STARTS: "Should you wish to ..., please change ...").
   */
  scope?: 'clause' | 'modal-after' | 'main-clause-after';
  /** Also when the clause ends with '?': the words perform an act whatever the punctuation ("Can I thank you ...?"). */
  evenWithQuestionMark?: boolean;
  /** A statement the exception must keep from being read as a question. */
  example: string;
  source: string;
  note: string;
}

export const NOT_QUESTION_OPENERS: readonly NotQuestionRule[] = [
  {
    id: 'cleft-whats-x-is',
    phrase: "what's <any> <isWas>",
    example: "what's interesting is that it works",
    source: 'Quirk et al. 1985 §18.29 (pseudo-clefts); frequent in the ICSI meetings',
    note: 'a wh-cleft ("what\'s nice is ...") states, it does not ask',
  },
  {
    id: 'cleft-what-happens-is',
    phrase: 'what happens <isWas>',
    example: 'what happens is the job retries three times',
    source: 'Quirk et al. 1985 §18.29 (pseudo-clefts)',
    note: 'a wh-cleft narrating, not asking',
  },
  {
    id: 'cleft-what-happened-was',
    phrase: 'what happened <isWas>',
    example: 'what happened was the disk filled up',
    source: 'Quirk et al. 1985 §18.29 (pseudo-clefts)',
    note: 'a wh-cleft narrating, not asking',
  },
  {
    id: 'rhetorical-who-knows',
    phrase: 'who knows',
    scope: 'clause',
    example: 'Who knows.',
    source: 'Quirk et al. 1985 §11.23 (rhetorical questions); Stivers & Enfield 2010 (no response expected)',
    note: '"who knows." on its own expects no answer; "who knows the password" still asks',
  },
  {
    id: 'rhetorical-who-knows-what-will',
    phrase: 'who knows <wh>',
    scope: 'modal-after',
    example: 'who knows what finance will say after that',
    source: 'Quirk et al. 1985 §11.23 (rhetorical questions)',
    note: 'speculation about what others will do ("who knows what they\'ll decide"); "who knows what the password is" still asks',
  },
  {
    id: 'conditional-should-you',
    phrase: 'should <subject>',
    scope: 'main-clause-after',
    example: 'Should you wish to alternate between the two languages, please change the channel.',
    source: 'Quirk et al. 1985 §15.36 (conditional clauses with subject-operator inversion)',
    note:
      '"should you wish ..., please ..." is a condition, not a question: a committee chair\'s housekeeping line read as a ' +
      'question made the Prime Minister\'s statement after it an answer (review r12b); "Should we ship it?" still asks',
  },
  {
    id: 'performative-can-i-thank',
    phrase: '<modal> i thank',
    evenWithQuestionMark: true,
    example: 'Can I thank you both for attending this morning and for your very clear answers.',
    source: 'Searle 1975, "Indirect speech acts" (a modal question that performs the act it names)',
    note:
      '"can I thank you ...?" thanks, it does not ask, even where the record prints a question mark: a chair closing a ' +
      'hearing read as a follow-up question (review r13); "can I ask" still asks',
  },
  {
    id: 'performative-can-i-just-thank',
    phrase: '<modal> i just thank',
    evenWithQuestionMark: true,
    example: 'Could I just thank everyone for their patience today.',
    source: 'Searle 1975, "Indirect speech acts"',
    note: 'the same with "just"',
  },
  {
    id: 'exclamative-how-about-that',
    phrase: 'how about that',
    scope: 'clause',
    example: 'They did it last quarter. How about that',
    source: 'Quirk et al. 1985 §11.31-11.33 (exclamatives)',
    note: 'surprise, not a suggestion; "how about that one" still suggests',
  },
  {
    id: 'exclamative-what-do-you-know',
    phrase: 'what do you know',
    scope: 'clause',
    example: 'Well, what do you know',
    source: 'Quirk et al. 1985 §11.31-11.33 (exclamatives)',
    note: 'an idiom of surprise when it is the whole clause',
  },
];

/**
 * Words that start a main clause after a conditional inversion and its comma ("Should you need the figures, please
 * ask the clerk"; "Should it fail, we roll back"): an imperative's usual openers and personal subjects. A clause
 * after the comma that starts otherwise ("Should we ship, given the bugs") leaves the question standing.
 * Source: Quirk et al. 1985 §15.36; the committee transcripts of the QMSum corpus.
 */
export const MAIN_CLAUSE_STARTS: ReadonlySet<string> = new Set([
  'please',
  'feel',
  'let',
  'do',
  'just',
  'then',
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'there',
]);

/**
 * A question opener abandoned for a statement: "Is a See, I think the kinds of questions ... will all have a
 * similar nature." Without a '?', a clause whose opener is followed, after a comma within RESTART_MAX_WORDS words of
 * its start, by one of these statement openers is a false start, not a question (a coach read it as a follow-up
 * "question" that was none, review r24). "Is it ready, I wonder?" keeps its '?' and stays a question.
 * Source: ICSI Bdb001 (QMSum); the false starts of spontaneous speech (Shriberg 1994, "Preliminaries to a theory of
 * speech disfluencies").
 */
export const RESTART_STATEMENT_OPENERS: readonly (readonly [string, string])[] = [
  ['i', 'think'],
  ['i', 'mean'],
  ['i', 'guess'],
  ['i', 'suppose'],
  ['i', 'believe'],
];
/** How far into the clause the comma of a false start may come: the opener and a word or two of its subject. */
export const RESTART_MAX_WORDS = 4;

/**
 * Words before a comma-less tag ("right", "correct") that make it part of the statement: "that's right",
 * "turn right", "get it right". Used only in text without any punctuation (captions), where the comma
 * that marks a tag is missing. Source: Quirk et al. 1985 §11.8 (invariant tags); AMI/ICSI "right" uses.
 */
export const TAG_BLOCKERS: ReadonlySet<string> = new Set([
  "that's",
  'that',
  'thats',
  'it',
  "it's",
  'its',
  'this',
  'all',
  'alright',
  'is',
  'was',
  'are',
  'were',
  'be',
  "you're",
  'youre',
  "i'm",
  'im',
  "we're",
  "they're",
  "he's",
  "she's",
  'exactly',
  'quite',
  'just',
  'so',
  'very',
  'turn',
  'left',
  'the',
  'to',
  'on',
  'go',
  'do',
  'did',
  'done',
  'get',
  'got',
  'him',
  'her',
  'them',
  'me',
  'us',
  'up',
  'down',
  'far',
  'bottom',
  'top',
  'upper',
  'lower',
  'yeah',
  'yes',
  'oh',
  'okay',
  'ok',
  'well',
  'and',
  'or',
  'but',
  'not',
  'totally',
  'absolutely',
  'dead',
  'perfectly',
  'entirely',
  'politically',
  'thing',
  'way',
]);

/**
 * Coordinators after which an unpunctuated question may start, after a short lead-in: "ok thanks and is the
 * projector working", "nice and when does she start". Captions run a reaction and a question together.
 */
export const LEAD_IN_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'so']);
/** The lead-in before such a coordinator is at most this many words ("ok thanks", "nice"). */
export const MAX_LEAD_IN_WORDS = 3;

export interface ClausePreface {
  word: string;
  /** A question that starts with this preface (checked by the data test). */
  example: string;
  source: string;
}

const SCHIFFRIN = 'Schiffrin 1987, Discourse Markers; fillers as written in the AMI and ICSI transcripts';
const preface = (word: string, example: string): ClausePreface => ({ word, example, source: SCHIFFRIN });

/**
 * Discourse markers that may stand before the question proper: "so what do we do", "okay um can
 * we start". Up to four are skipped before the opener rules are tried.
 * Source: Schiffrin (1987) "Discourse Markers"; fillers from the AMI and ICSI transcripts.
 */
export const CLAUSE_PREFACES: readonly ClausePreface[] = [
  preface('so', 'so what is the plan'),
  preface('and', 'and do we have a date'),
  preface('but', 'but can we afford it'),
  preface('or', 'or should we wait'),
  preface('okay', 'okay what is next'),
  preface('ok', 'ok who is next'),
  preface('alright', 'alright shall we start'),
  preface('well', 'well how did it go'),
  preface('now', 'now what about the budget'),
  preface('then', 'then who is next'),
  preface('also', 'also did anyone check'),
  preface('oh', 'oh is it today'),
  preface('um', 'um do you know'),
  preface('uh', 'uh where is it'),
  preface('er', 'er can I ask'),
  preface('erm', 'erm is that right'),
  preface('hmm', 'hmm why is that'),
  preface('mm', 'mm what was it'),
  preface('yeah', 'yeah but how does it work'),
  preface('yes', 'yes and when is it due'),
  preface('right', 'right so what is next'),
  preface('anyway', 'anyway where were we'),
  preface('actually', 'actually can I add something'),
  preface('sorry', 'sorry did you say Friday'),
  preface('hey', 'hey do you have a minute'),
  preface('guys', 'guys can we focus'),
  preface('like', 'like how would that work'),
  preface('wait', 'wait what do you want me to do'),
  preface('ah', 'ah is that the one'),
  preface('ha', 'ha so have you used it'),
];
