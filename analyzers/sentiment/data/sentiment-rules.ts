/**
 * The rules around the sentiment lexicon, as data: negators, intensity modifiers (boosters and
 * dampeners), contrast markers, meeting talk that only sounds negative, and discourse markers.
 * Patterns use the small syntax of analyzers/sentiment/phrase-index.ts (`(a|b)`, `{det}`).
 *
 * Sources:
 * - VADER: Hutto & Gilbert (2014), "VADER: A Parsimonious Rule-based Model for Sentiment Analysis
 *   of Social Media Text", ICWSM-14 (MIT; the negator and booster lists and the empirically
 *   derived constants come from vaderSentiment.py).
 * - Kiritchenko & Mohammad (2016), "The Effect of Negators, Modals, and Degree Adverbs on
 *   Sentiment Composition", WASSA: negated negatives become only mildly positive.
 * - Polanyi & Zaenen (2006), "Contextual Valence Shifters": contrast ("but") and concession
 *   ("although") shift weight to the main clause.
 * - meeting domain (ours): phrases from engineering and planning meetings whose words carry
 *   violence or failure in general text but are routine here ("kill the process").
 */

export interface SentimentRuleEntry {
  /** Derived from the kind and pattern, e.g. `negator:not`, `neutral:kill-{det}-(process|job)`. */
  id: string;
  pattern: string;
  /** A sentence the pattern matches (tested). */
  example: string;
  source: string;
  note: string;
}

export interface ModifierEntry extends SentimentRuleEntry {
  /** Added to a following word's valence (VADER scale -4..+4), in the word's direction. */
  delta: number;
  /**
   * Only a modifier right before a sentiment word ("pretty good", "damn good"); elsewhere the
   * word keeps its own lexicon value ("pretty horses", "damn thing", "Damn!").
   */
  onlyBeforeSentimentWord?: boolean;
}

export interface ContrastEntry extends SentimentRuleEntry {
  /**
   * `pivot` ("but"): the words before it in the sentence weigh `before`, those after weigh `after`.
   * `concessive` ("although"): its own clause (up to the next punctuation) weighs `before`.
   */
  kind: 'pivot' | 'concessive';
  before: number;
  after: number;
}

export type Draft<T extends SentimentRuleEntry> = Omit<T, 'id'>;

/**
 * Gives each entry its rule id, derived from kind and pattern.
 *
 * @example
 * withIds('negator', [{ pattern: 'no longer', example: 'It is no longer broken.', source: 's', note: 'n' }])[0].id
 * // => 'negator:no-longer'
 */
export function withIds<T extends SentimentRuleEntry>(kind: string, drafts: ReadonlyArray<Draft<T>>): readonly T[] {
  return drafts.map((d) => ({ ...d, id: `${kind}:${d.pattern.replace(/\s+/g, '-')}` }) as T);
}

const VADER = 'VADER (Hutto & Gilbert 2014), vaderSentiment.py';
const MEETING = 'meeting domain (ours)';

/**
 * Tunable constants of the scorer. Every value is VADER's published one unless a note says
 * otherwise; changes were decided on the tuning split only (see analyzers/sentiment/README.md).
 *
 * @example
 * // "not good": good 1.9 x SCORING.negationScalar = -1.406 -> -1.406 / sqrt(1.406^2 + SCORING.alpha) = -0.341
 */
export const SCORING = {
  /** A negated word's valence is multiplied by this (VADER N_SCALAR). */
  negationScalar: -0.74,
  /** A negated NEGATIVE word only turns mildly positive ("not bad"): Kiritchenko & Mohammad 2016. */
  negatedNegativeScalar: -0.5,
  /** How many words back a negator or modifier reaches, stopping at punctuation (VADER: 3). */
  window: 3,
  /** "no" reaches only the next two words ("no problem", "no big problem"), not "no way lol" (ours, tuning split). */
  noWindow: 2,
  /** VADER's never_check: "never so good", "haven't been this sore" are emphasis, not negation. */
  negatedDegreeScalar: 1.25,
  /** Sentiment words in a question ("Any problems?", "Was it good?") count half: asked, not asserted (ours, tuning split). */
  questionScalar: 0.5,
  /** A modifier further away counts less: distance 1, 2, 3 (VADER: 1, 0.95, 0.9). */
  distanceDecay: [1, 0.95, 0.9] as const,
  /** An ALL-CAPS sentiment word in mixed-case text gains this much (VADER C_INCR). */
  capsIncrement: 0.733,
  /** Each "!" (up to four) adds this in the direction of the total (VADER). */
  exclamationIncrement: 0.292,
  exclamationMax: 4,
  /**
   * Text longer than this many words is scored in chunks of whole sentences and the chunk scores
   * averaged: the summed score was validated on texts up to ~50 words (the longest VADER
   * ground-truth sentence has 51), and a 500-word monologue would otherwise always saturate at +-1.
   */
  chunkWords: 50,
  /** Normalisation x / sqrt(x^2 + alpha) maps the sum into (-1, 1) (VADER: alpha 15). */
  alpha: 15,
} as const;

/**
 * Negators: flip (and shrink) the valence of a sentiment word within `SCORING.window` tokens after
 * them, not across punctuation. Any token ending in "n't" is also a negator (tested).
 * "no" negates only when a word follows it in the clause, and only `SCORING.noWindow` words far.
 */
export const NEGATORS: readonly SentimentRuleEntry[] = withIds<SentimentRuleEntry>('negator', [
  { pattern: 'not', example: 'That is not good.', source: VADER, note: 'The plain negator.' },
  { pattern: 'never', example: 'It never works.', source: VADER, note: 'Temporal negation.' },
  {
    pattern: 'no',
    example: 'No problem at all.',
    source: MEETING,
    note: 'Negates a following word in its clause ("no problem", "no worries"); alone ("No.") it keeps its lexicon value.',
  },
  {
    pattern: '(nobody|nothing|none|nowhere|neither|nor)',
    example: 'Nothing good came of it.',
    source: VADER,
    note: 'Negative quantifiers (nobody added by us).',
  },
  {
    pattern: '(without|rarely|seldom)',
    example: 'We shipped without trouble.',
    source: VADER,
    note: 'Absence and low frequency.',
  },
  {
    pattern:
      '(cannot|cant|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|wouldnt|shouldnt|couldnt|havent|hasnt|hadnt|aint)',
    example: 'I dont like it.',
    source: VADER,
    note: 'Contractions typed without an apostrophe.',
  },
  { pattern: '(nope|uh-uh)', example: 'Nope, not happy.', source: VADER, note: 'Spoken negation.' },
  {
    pattern: 'no longer',
    example: 'It is no longer broken.',
    source: MEETING,
    note: 'Negates the state that follows.',
  },
]);

/**
 * Intensity modifiers: boosters strengthen the sentiment word that follows, dampeners weaken it.
 * `delta` is VADER's B_INCR (0.293) or B_DECR (-0.293).
 */
export const INTENSITY_MODIFIERS: readonly ModifierEntry[] = withIds<ModifierEntry>('modifier', [
  {
    pattern:
      '(very|really|extremely|absolutely|completely|totally|incredibly|highly|hugely|so|too|quite|truly|deeply|especially|particularly|remarkably|utterly|thoroughly|entirely|fully|greatly|enormously|exceptionally|unbelievably|amazingly|awfully|most|more)',
    delta: 0.293,
    example: 'That was really great.',
    source: VADER,
    note: 'Degree adverbs (VADER BOOSTER_DICT; too and truly added by us).',
  },
  {
    pattern: '(freaking|frickin|fricking|friggin|frigging|effing|flipping|hella)',
    delta: 0.293,
    example: 'It is freaking awesome.',
    source: VADER,
    note: 'Expletive intensifiers.',
  },
  {
    pattern: '(pretty|super|real|damn|fucking)',
    delta: 0.293,
    onlyBeforeSentimentWord: true,
    example: 'That went pretty well.',
    source: MEETING,
    note: 'Degree words that are also adjectives or curses: boosters only right before a sentiment word ("damn good"); VADER rates "pretty" +2.2 and "damn" -1.7 on their own.',
  },
  {
    pattern:
      '(slightly|somewhat|barely|hardly|scarcely|marginally|partly|almost|less|little|kinda|sorta|fairly|relatively|mildly)',
    delta: -0.293,
    example: 'It is slightly annoying.',
    source: VADER,
    note: 'Dampeners (VADER B_DECR; fairly, relatively, mildly added by us).',
  },
  {
    pattern: '(kind|kinds|sort|sorts) of',
    delta: -0.293,
    example: 'It was kind of messy.',
    source: VADER,
    note: '"kind" here is not the positive adjective.',
  },
  {
    pattern: '(a bit|a little|a little bit|a tad)',
    delta: -0.293,
    example: 'The build is a bit broken.',
    source: MEETING,
    note: 'Spoken dampeners.',
  },
]);

/** Contrast and concession: the main clause carries the speaker's point (Polanyi & Zaenen 2006). */
export const CONTRAST_MARKERS: readonly ContrastEntry[] = withIds<ContrastEntry>('contrast', [
  {
    pattern: 'but',
    kind: 'pivot',
    before: 0.5,
    after: 1.5,
    example: 'It was okay, but the demo crashed.',
    source: VADER,
    note: 'VADER weighs words before "but" x0.5 and after it x1.5; we limit it to the sentence.',
  },
  {
    pattern: 'however',
    kind: 'pivot',
    before: 0.5,
    after: 1.5,
    example: 'The design is nice, however it is slow.',
    source: 'Polanyi & Zaenen 2006',
    note: 'Same shift as "but".',
  },
  {
    pattern: '(although|though|despite)',
    kind: 'concessive',
    before: 0.5,
    after: 1,
    example: 'Although the demo crashed, the launch went great.',
    source: 'Polanyi & Zaenen 2006',
    note: 'The conceded clause (up to the next comma) counts half.',
  },
  {
    pattern: 'even (though|if)',
    kind: 'concessive',
    before: 0.5,
    after: 1,
    example: 'Even though it was late, it was good.',
    source: 'Polanyi & Zaenen 2006',
    note: 'Same as "although".',
  },
]);

/**
 * Meeting talk that only sounds negative: every word of a match is neutral (valence 0).
 * Each pattern names the technical objects, so "kill the mood" or "fire him" still count.
 */
export const DOMAIN_NEUTRAL: readonly SentimentRuleEntry[] = withIds<SentimentRuleEntry>('neutral', [
  {
    pattern:
      '(kill|kills|killed|killing) {det} (process|processes|job|jobs|task|tasks|server|container|containers|pod|pods|session|query|thread|build|branch|instance|tab|app|service|worker|script|switch|command|feature|ticket|pid|node)',
    example: "Let's kill the process and restart.",
    source: MEETING,
    note: 'Stopping a program or dropping a work item is routine.',
  },
  { pattern: 'kill 9', example: 'Just kill -9 it.', source: MEETING, note: 'The Unix signal.' },
  {
    pattern:
      '(execute|executes|executed|executing|execution) {det} (script|scripts|query|queries|plan|job|command|code|task|tests|test|migration|strategy)',
    example: 'We execute the plan next sprint.',
    source: MEETING,
    note: 'Carrying out, not capital punishment.',
  },
  {
    pattern:
      '(fire|fires|fired|firing) {det} (event|events|request|requests|webhook|webhooks|callback|callbacks|trigger|alert|alerts|query|queries|job|build|signal|email|message)',
    example: 'The handler will fire the event twice.',
    source: MEETING,
    note: 'Emitting an event or sending a message.',
  },
  {
    pattern:
      '(event|events|webhook|webhooks|callback|callbacks|trigger|alert|alerts|alarm|hook|handler|listener|timer|cron) (fire|fires|fired|firing)',
    example: 'The event fires on every keystroke.',
    source: MEETING,
    note: 'Something technical fires.',
  },
  {
    pattern: '(fire|fires|fired|firing) (off|up)',
    example: "I'll fire off an email.",
    source: MEETING,
    note: 'Sending or starting something.',
  },
  {
    pattern: '(attack|attacks) (vector|vectors|surface|surfaces|tree|trees)',
    example: 'That widens the attack surface.',
    source: MEETING,
    note: 'Security analysis terms.',
  },
  {
    pattern:
      '(hit|hits|hitting) {det} (endpoint|endpoints|api|server|database|db|cache|url|button|limit|target|deadline|milestone|goal|breakpoint)',
    example: 'The client will hit the endpoint every minute.',
    source: MEETING,
    note: 'Calling a service or reaching a target.',
  },
  {
    pattern: '(code|time|text|try|catch|calendar|building|focus) (block|blocks)',
    example: 'Put it in a code block.',
    source: MEETING,
    note: 'A block as a unit, not an obstruction.',
  },
  {
    pattern: '(block|blocks|blocked|blocking) (off|out) {det} (time|calendar|afternoon|morning|day|slot)',
    example: 'Let me block out the afternoon.',
    source: MEETING,
    note: 'Reserving time.',
  },
  {
    pattern: '(problem|problems) (statement|statements|space|domain|definition|set|sets)',
    example: 'Can we agree on the problem statement?',
    source: MEETING,
    note: 'Naming the task, not a complaint.',
  },
  {
    pattern:
      '(error|errors|exception|exceptions) (handling|handler|handlers|message|messages|code|codes|rate|rates|log|logs|budget|budgets|page|pages|state|states|boundary|boundaries|bar|tracking)',
    example: 'We need better error handling.',
    source: MEETING,
    note: 'A part of the system named after errors.',
  },
  {
    pattern: 'dead (code|link|links|letter|letters|zone|zones)',
    example: 'Remove the dead code.',
    source: MEETING,
    note: 'Unused code or unreachable links.',
  },
  {
    pattern: '(critical|critical-path) (path|section|sections)',
    example: 'It is on the critical path.',
    source: MEETING,
    note: 'Scheduling and concurrency terms.',
  },
  {
    pattern: '(mission|business) critical',
    example: 'This service is mission critical.',
    source: MEETING,
    note: 'Means important.',
  },
  {
    pattern: '(worst|best) (case|cases|practice|practices|effort)',
    example: 'In the worst case we roll back.',
    source: MEETING,
    note: 'Planning vocabulary.',
  },
  {
    pattern: '(stress|load|smoke|soak) (test|tests|testing|tested)',
    example: 'Run the stress test tonight.',
    source: MEETING,
    note: 'Kinds of test.',
  },
  {
    pattern: '(mock|mocks|mocked|mocking)',
    example: 'We mock the payment API.',
    source: MEETING,
    note: 'A test double, not ridicule.',
  },
  {
    pattern: 'merge (conflict|conflicts)',
    example: 'I hit a merge conflict.',
    source: MEETING,
    note: 'A version-control event.',
  },
  {
    pattern: '(free|freed) (tier|plan|trial|version|space|memory|slot|slots|up)',
    example: 'It fits in the free tier.',
    source: MEETING,
    note: 'A product tier or resource, not a feeling.',
  },
  {
    pattern: '(cut|cuts|cutting) {det} (release|branch|build|tag|ticket|scope|over|version)',
    example: "We'll cut the release on Friday.",
    source: MEETING,
    note: 'Release engineering.',
  },
  {
    pattern: '(shoot|shoots) (me|us|them|him|her|you|over)',
    example: 'Shoot me a message.',
    source: MEETING,
    note: 'Sending something.',
  },
  {
    pattern: 'hard (stop|drive|disk|deadline|requirement|limit|coded|reset|refresh|dependency)',
    example: 'I have a hard stop at three.',
    source: MEETING,
    note: 'Fixed constraints and hardware.',
  },
  {
    pattern: 'bad (request|gateway)',
    example: 'The API returns a bad request.',
    source: MEETING,
    note: 'HTTP status names.',
  },
  {
    pattern: 'kernel panic',
    example: 'The VM hit a kernel panic.',
    source: MEETING,
    note: 'An operating-system event.',
  },
  {
    pattern: 'dirty (read|reads|flag|bit|state|check|checking|cache|data)',
    example: 'Set the dirty flag.',
    source: MEETING,
    note: 'Changed-but-unsaved state.',
  },
  {
    pattern: 'fail (over|fast|open|closed|safe)',
    example: 'The database will fail over to the replica.',
    source: MEETING,
    note: 'Resilience patterns.',
  },
  {
    pattern: '(compiler|lint|linter|deprecation|type) (warning|warnings|error|errors)',
    example: 'There are two lint warnings.',
    source: MEETING,
    note: 'Tool output, routine.',
  },
  {
    pattern: '(alert|alerts)',
    example: 'I set up alerts for the queue.',
    source: MEETING,
    note: 'Monitoring alerts (VADER rates "alert" +1.2 as in "attentive").',
  },
  { pattern: '(war|war-room) room', example: 'We opened a war room.', source: MEETING, note: 'An incident meeting.' },
  {
    pattern: '(tech|technical) debt',
    example: 'We should pay down tech debt.',
    source: MEETING,
    note: 'A planning category.',
  },
  { pattern: 'pretty much', example: 'That is pretty much it.', source: MEETING, note: '"About", not "attractive".' },
  {
    pattern: 'a (great|good) many',
    example: "So you're not anticipating a great many cases.",
    source: MEETING,
    note: 'An amount ("many"), not praise; negated, it was read as a negative remark at the person asked.',
  },
  {
    pattern: 'a (great|good) deal of',
    example: 'We spent a great deal of time on it.',
    source: MEETING,
    note: 'An amount, not praise; "a great deal" alone (a bargain) keeps its value.',
  },
  {
    pattern: 'no (doubt|idea)',
    example: 'No idea yet.',
    source: MEETING,
    note: 'Stance, neither positive nor negative.',
  },
  {
    pattern: 'as well',
    example: 'We should test the API as well.',
    source: MEETING,
    note: '"Also", not "in a good way"; VADER rates "well" +1.1 (the most frequent false positive in QMSum meetings).',
  },
  {
    pattern: '(not|never) sure',
    example: "I'm not sure about the date.",
    source: MEETING,
    note: 'Uncertainty, not displeasure.',
  },
  {
    pattern: '(hand|hands)',
    example: 'On the other hand, it is cheaper.',
    source: MEETING,
    note: 'VADER rates "hand" +2.2 ("lend a hand"); in meetings it is "on the other hand", "hand over".',
  },
  {
    pattern: '(third|other|political|interested|opposition|governing|ruling|responsible|both) (party|parties)',
    example: 'We rely on a third party for payments.',
    source: MEETING,
    note: 'A party to a contract or a political party, not a celebration.',
  },
  {
    pattern: '(git|the|a|this|that|last|latest|first|each|every|my|your) (commit|commits)',
    example: 'The last commit broke nothing.',
    source: MEETING,
    note: 'A version-control commit (VADER rates "commit" +1.2 as in dedication).',
  },
  {
    pattern: 'united (kingdom|states|nations)',
    example: 'Customers in the United Kingdom.',
    source: MEETING,
    note: 'A country name.',
  },
  {
    pattern: '(honourable|honorable) (member|members|gentleman|lady|friend|friends|senator|minister)',
    example: 'I thank the honourable member.',
    source: MEETING,
    note: 'A parliamentary form of address.',
  },
  { pattern: 'interest (rate|rates)', example: 'Interest rates went up.', source: MEETING, note: 'A financial term.' },
  {
    pattern: '(value|values)',
    example: 'Set the default value to null.',
    source: MEETING,
    note: 'Data values in technical talk; VADER rates "value" +1.4 and "values" +1.7 (frequent false positives in the ICSI meetings).',
  },
  {
    pattern: '(whether|or) not',
    example: 'Check whether or not the flag is set.',
    source: MEETING,
    note: 'An alternative, not a negation of what follows ("whether or not they appear tense").',
  },
  {
    pattern: 'please',
    example: 'Please send the notes.',
    source: MEETING,
    note: 'A politeness marker (counted by analyzers/sentiment/data/politeness.ts), not a feeling; VADER rates it +1.3.',
  },
  {
    pattern: 'make sure',
    example: 'Make sure the tests pass.',
    source: MEETING,
    note: 'An instruction; "sure" is not agreement here.',
  },
  {
    pattern: '(is|are|was|were|be|being|get|gets|getting|got) ready',
    example: 'The linear regression on churn is ready.',
    source: MEETING,
    note: 'A status report ("the build is ready"), not enthusiasm; VADER rates "ready" +1.5.',
  },
  {
    pattern: '(customer|technical|tech|it|product|user|first-line|second-line|premium|vendor) support',
    example: 'Customer support escalated two tickets.',
    source: MEETING,
    note: 'A team or service named "support", not warmth; VADER rates "support" +1.7 (issue 11: an escalation was the most positive moment).',
  },
  {
    pattern: '(criminal|social|restorative|youth) justice',
    example: 'The youth justice board meets in May.',
    source: MEETING,
    note: 'An institution named, not fairness praised; VADER rates "justice" +2.4.',
  },
  {
    pattern: 'justice (system|systems|department|minister|committee)',
    example: 'Our justice system unfairly targets racialized Canadians.',
    source: MEETING,
    note: 'An institution named (issue 11 review: an admission of injustice ranked a most positive moment on "justice").',
  },
  {
    pattern: '(the|a) public interest',
    example: 'The test is whether a prosecution is in the public interest.',
    source: MEETING,
    note: 'A legal test; VADER rates "interest" positive (issue 11 review of a committee hearing).',
  },
  {
    pattern: '(in|with) respect (of|to)',
    example: 'The law is clear in respect of the child.',
    source: MEETING,
    note: 'A preposition; VADER rates "respect" +2.1.',
  },
  {
    pattern: 'ease of use',
    example: 'We score ease of use first.',
    source: MEETING,
    note: 'A design criterion named, not praise.',
  },
  {
    pattern: 'if you like',
    example: 'We can start with the budget, if you like.',
    source: MEETING,
    note: 'A filler offering a choice, not liking.',
  },
  {
    pattern: '(linear|logistic|polynomial|ridge|lasso|multiple|stepwise|performance) (regression|regressions)',
    example: 'The linear regression on churn is ready.',
    source: MEETING,
    note: 'A statistical method, or the name of a kind of test; not a step backwards.',
  },
  {
    pattern: '(regression|regressions) (test|tests|testing|suite|model|models|analysis|line|coefficient)',
    example: 'Run the regression tests first.',
    source: MEETING,
    note: 'A kind of test or a statistical model.',
  },
  {
    pattern:
      '(kill|kills|killed|killing) {det} (old|nightly|old nightly|old cron|stale|legacy|running|hung|stuck|background|cron|batch|test|dev) (process|processes|job|jobs|task|tasks|server|service|worker|script|build|branch|instance|container|feature)',
    example: 'We can kill the old nightly job.',
    source: MEETING,
    note: 'Stopping a program, with one word describing it ("the old job"); routine.',
  },
  {
    pattern: '(fatal|unhandled|uncaught|runtime|syntax|parse) (error|errors|exception|exceptions)',
    example: 'The worker hit a fatal error.',
    source: MEETING,
    note: 'Error classes named in logs; a technical description, not a feeling.',
  },
  {
    pattern: '(crash|restart|boot|retry) (loop|loops|report|reports|dump|dumps)',
    example: 'The crash loop ran for twenty minutes.',
    source: MEETING,
    note: 'Failure modes and their artefacts, described.',
  },
  {
    pattern:
      '(queue|server|host|node|link|process|worker|connection|socket|pod|service|disk|battery) (is|was|went) dead',
    example: 'The queue was dead.',
    source: MEETING,
    note: 'A component stopped responding; not death.',
  },
  {
    pattern: '(if|when) {det} worst (comes|came) to {det} worst',
    example: 'If the worst comes to the worst, we will book a hotel.',
    source: 'idiom (Cambridge Dictionary, "if the worst comes to the worst")',
    note: 'A contingency offer, not a negative remark (issue 11).',
  },
  {
    pattern: 'dead and buried',
    example: 'That problem is dead and buried.',
    source: 'idiom (Cambridge Dictionary, "dead and buried")',
    note: 'Settled for good: relief, not death.',
  },
  {
    pattern: 'free to (book|use|join|attend|take|pick|choose|come|leave|download|edit)',
    example: 'Desks are free to book from Monday.',
    source: MEETING,
    note: 'Available or allowed, not a feeling; VADER rates "free" +2.3.',
  },
  {
    pattern:
      '(create|creates|created|creating) {det} (new|channel|channels|ticket|tickets|branch|page|pages|doc|document|folder|account|accounts|issue|issues|file|files|table|tables|repo|invite|event|calendar)',
    example: 'We will create a new channel for the move.',
    source: MEETING,
    note: 'Setting something up, a logistics verb; VADER rates "create" +1.1 as in creativity.',
  },
  {
    pattern: '(it|this|that) (is|was|seems|looks|will be|would be) (difficult|hard|tricky)',
    example: 'It is difficult, probably eight points.',
    source: MEETING,
    note: 'A sizing judgement about a task in planning talk ("it is difficult"), not a negative remark (issue 11).',
  },
]);

/**
 * Discourse markers: words whose lexicon valence comes from another sense. They are neutral in the
 * opening run of a clause ("Well, ...", "Okay so ...", "Oh yeah, ...", "Like, ...") and keep their
 * value elsewhere ("it went well", "that's okay with me").
 */
export const DISCOURSE_MARKERS: readonly SentimentRuleEntry[] = withIds<SentimentRuleEntry>('discourse', [
  {
    pattern: '(well|okay|ok|alright|yeah|yes|yep|sure|right|so|like|honestly|anyway)',
    example: 'Well, okay, yeah, we can start.',
    source: MEETING,
    note: 'Clause-opening markers organise talk; VADER rates "well" +1.1, "yeah" +1.2, "okay" +0.9 (the most frequent lexicon hits in QMSum meetings).',
  },
]);

/**
 * Fillers and conjunctions that keep a clause's opening run going ("Oh, uh, yeah": "yeah" is still a marker).
 *
 * @example
 * CLAUSE_OPENERS.has('uh') // => true: in "Uh yeah, fine" the "yeah" still opens the clause
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'oh',
  'uh',
  'um',
  'uhm',
  'er',
  'erm',
  'ah',
  'hey',
  'and',
  'but',
  'so',
  'well',
  'okay',
  'ok',
  'yeah',
  'yes',
  'yep',
  'right',
  'like',
  'alright',
  'sure',
  'anyway',
  'honestly',
]);

/**
 * "like" is a verb of liking only after a subject or a degree/auxiliary word ("I like", "really
 * like", "don't like"); otherwise it is a filler or a preposition ("it's like ten minutes").
 *
 * @example
 * LIKE_LICENSORS.has('i') // => true: "I like it" counts; "it's like ten minutes" does not
 */
export const LIKE_LICENSORS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'people',
  'really',
  'also',
  'just',
  'totally',
  'definitely',
  'actually',
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  'dont',
  'doesnt',
  'didnt',
  'not',
  'still',
  'quite',
  'kinda',
]);
