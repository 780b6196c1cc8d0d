/**
 * Acknowledgement and credit: phrases that recognise another person's contribution, either by name
 * ("as Priya said") or implicitly, pointing at the person who just spoke ("good point").
 *
 * Sources: "amplification", repeating a colleague's point with credit to its author (Eilperin,
 * "White House women want to be in the room where it happens", Washington Post, 13 Sept 2016);
 * gratitude and deference markers in Danescu-Niculescu-Mizil et al. (2013) "A computational approach
 * to politeness with application to social factors", ACL; positive feedback in Holmes (1995)
 * "Women, Men and Politeness", ch. 4 (compliments).
 */
import type { PhraseRule } from '../../nlp/types';

export interface AcknowledgementRule extends PhraseRule {
  /** praise ("good point"), attribution ("as Priya said"), thanks ("thanks for raising that"), agreement ("you're right"). */
  type: 'praise' | 'attribution' | 'thanks' | 'agreement';
  /** `named`: the pattern names the person; `addressee`: the person spoken to, by a name nearby or else the previous speaker. */
  credits: 'named' | 'addressee';
}

const AMPLIFICATION = 'amplification: Eilperin (2016), Washington Post';
const POLITENESS = 'Danescu-Niculescu-Mizil et al. (2013), gratitude and deference markers';
const COMPLIMENTS = 'Holmes (1995), Women, Men and Politeness, compliments';
/** "not a good idea", "no good idea", "may or may not be a good idea", "a needless good idea": no credit. */
const NEGATED = ['not', 'not a', "isn't a", "wasn't a", "it's not a", 'no', 'never a', 'a bad', 'not be a', 'needless'];

export const ACKNOWLEDGEMENTS: readonly AcknowledgementRule[] = [
  {
    id: 'good-point',
    type: 'praise',
    credits: 'addressee',
    pattern: 'good|great|fair|valid|excellent|interesting|important|brilliant|strong point',
    example: 'Good point, Sam.',
    source: COMPLIMENTS,
    notAfter: NEGATED,
    notBefore: ['to'],
    notInQuestion: true,
    note: '"Is that a fair point?" and "not a good point" are excluded.',
  },
  {
    id: 'good-idea',
    type: 'praise',
    credits: 'addressee',
    pattern: 'good|great|nice|brilliant|excellent|clever|lovely|cool idea',
    example: "That's a great idea.",
    source: COMPLIMENTS,
    notAfter: NEGATED,
    notBefore: ['to', 'if'],
    notInQuestion: true,
    note: '"It would be a good idea to ..." is advice, not credit; questions are excluded.',
  },
  {
    id: 'good-question',
    type: 'praise',
    credits: 'addressee',
    pattern: 'good|great|fair|excellent question',
    example: "That's a good question, Ben.",
    source: COMPLIMENTS,
    notAfter: NEGATED,
    notInQuestion: true,
    note: 'Recognises the person who asked.',
  },
  {
    id: 'good-catch',
    type: 'praise',
    credits: 'addressee',
    pattern: 'good|nice|great catch|spot',
    example: 'Nice catch!',
    source: COMPLIMENTS,
    notAfter: NEGATED,
    notBefore: ['for', 'to'],
    note: 'Recognises someone who found a problem.',
  },
  {
    id: 'well-said',
    type: 'praise',
    credits: 'addressee',
    pattern: 'well said|put',
    example: 'Well said.',
    source: COMPLIMENTS,
    notAfter: ['as'],
    notBefore: ['it', 'that', 'this', 'them', 'the', 'in', 'on'],
    note: '"Well, put it there" (a filler "well" before a verb) is excluded by the word after.',
  },
  {
    id: 'like-your-idea',
    type: 'praise',
    credits: 'addressee',
    pattern: 'like|love your|that|this idea|suggestion|point|thinking|approach|proposal',
    example: 'I really like that idea.',
    source: COMPLIMENTS,
    notAfter: ["don't", "didn't", 'not', 'would', "i'd", 'looks', 'something'],
    notInQuestion: true,
    note: '"I don\'t like that idea" and "something like this idea" are excluded.',
  },
  {
    id: 'you-are-right',
    type: 'agreement',
    credits: 'addressee',
    pattern: "you're [absolutely|totally|completely|quite|so|probably] right",
    example: "You're absolutely right.",
    source: POLITENESS,
    notAfter: ['if', 'unless', 'whether'],
    notInQuestion: true,
    note: 'Concedes a point to the person addressed.',
  },
  {
    id: 'you-are-right-long',
    type: 'agreement',
    credits: 'addressee',
    pattern: 'you are [absolutely|totally|completely|quite|so|probably] right',
    example: 'You are quite right.',
    source: POLITENESS,
    notAfter: ['if', 'unless', 'whether', 'are'],
    notInQuestion: true,
    note: 'Uncontracted form of you-are-right.',
  },
  {
    id: 'name-is-right',
    type: 'agreement',
    credits: 'named',
    pattern: '{speaker} is|was [absolutely|totally|completely|quite|so|probably] right',
    example: 'I think Priya is right about the budget.',
    source: POLITENESS,
    notInQuestion: true,
    note: 'Concedes a point to a speaker of this meeting.',
  },
  {
    id: 'as-name-said',
    type: 'attribution',
    credits: 'named',
    pattern: 'as|like {name} said|mentioned|suggested|noted|pointed|put|says|raised|proposed|explained',
    example: 'As Priya said, the cache is the bottleneck.',
    source: AMPLIFICATION,
    note: 'Names the author of an idea: the core of amplification.',
  },
  {
    id: 'as-you-said',
    type: 'attribution',
    credits: 'addressee',
    pattern: 'as|like you said|mentioned|suggested|noted|pointed|put|say|raised|explained',
    example: 'Like you said, we need more tests.',
    source: AMPLIFICATION,
    note: 'Attributes the idea to the person addressed.',
  },
  {
    id: 'as-name-was-saying',
    type: 'attribution',
    credits: 'named',
    pattern: 'as|like {name} was|were saying|suggesting|explaining|mentioning|describing',
    example: 'As Ana was saying, the tests are flaky.',
    source: AMPLIFICATION,
    note: 'Progressive form; "as Sam was leaving" does not match.',
  },
  {
    id: 'as-you-were-saying',
    type: 'attribution',
    credits: 'addressee',
    pattern: 'as|like you were saying|suggesting|explaining|mentioning|describing',
    example: 'Like you were saying, the cache is cold.',
    source: AMPLIFICATION,
    note: 'Progressive form; "as you were talking" does not match.',
  },
  {
    id: 'name-said',
    type: 'attribution',
    credits: 'named',
    pattern: '{speaker} suggested|proposed|mentioned|raised|said|pointed|flagged|noticed',
    example: 'Ana suggested splitting the migration.',
    source: AMPLIFICATION,
    notAfter: ['if', 'what', 'whatever'],
    note: 'Reports what a speaker of this meeting contributed; only known speakers count ("Diefenbaker said" is a quotation).',
  },
  {
    id: 'name-s-idea',
    type: 'attribution',
    credits: 'named',
    pattern: "{speaker's} point|idea|suggestion|proposal|question|comment|concern|work|design|plan",
    example: "Going back to Ben's idea, we could cache it.",
    source: AMPLIFICATION,
    note: 'Names the owner of an idea (not always praise: it is attribution); only known speakers ("Canada\'s work" is no person).',
  },
  {
    id: 'build-on-name',
    type: 'attribution',
    credits: 'named',
    pattern: 'build|building|add|adding|following|follow [up] on|to what {name}',
    example: 'Building on what Priya said, we could batch the jobs.',
    source: AMPLIFICATION,
    note: 'Credits the person whose idea is extended.',
  },
  {
    id: 'build-on-you',
    type: 'attribution',
    credits: 'addressee',
    pattern: 'build|building|add|adding|following|follow [up] on|to what you',
    example: 'Adding to what you said, the tests are slow too.',
    source: AMPLIFICATION,
    note: 'Credits the person addressed.',
  },
  {
    id: 'back-to-name',
    type: 'attribution',
    credits: 'named',
    pattern: 'back to what {name}',
    example: 'Coming back to what Sam said earlier.',
    source: AMPLIFICATION,
    note: "Returns to a named person's earlier point.",
  },
  {
    id: 'to-your-point',
    type: 'attribution',
    credits: 'addressee',
    pattern: 'to your point',
    example: 'To your point, the budget is tight.',
    source: AMPLIFICATION,
    note: "Ties the reply to the addressee's point.",
  },
  {
    id: 'thanks-for-raising',
    type: 'thanks',
    credits: 'addressee',
    pattern: 'thanks|thank [you] for',
    example: 'Thanks for raising that.',
    source: POLITENESS,
    note: 'Gratitude for a contribution or a piece of work ("thanks for fixing that, Tobi", "thanks for the numbers"); credit.ts keeps it only when a contribution follows (an -ing verb or a thing), so "thanks for coming" and "thanks for your time" do not count (NOT_CONTRIBUTIONS).',
  },
  {
    id: 'thanks-name',
    type: 'thanks',
    credits: 'named',
    pattern: 'thanks|thank [you] {name}',
    example: 'Thank you, Ben.',
    source: POLITENESS,
    punctuationInside: 'comma',
    note: 'Thanks a named person, usually after their contribution.',
  },
  {
    id: 'thanks-again-name',
    type: 'thanks',
    credits: 'named',
    pattern: 'thanks|thank [you] too|again|both {name}',
    example: 'Then thank you too, Sam.',
    source: POLITENESS,
    punctuationInside: 'comma',
    note: 'Thanks a named person with a word between ("thank you too, Yusuf").',
  },
  {
    id: 'thanks-to-name',
    type: 'attribution',
    credits: 'named',
    pattern: "thanks|due|down to {speaker's}",
    example: "The launch went smoothly thanks to Priya's load testing.",
    source: AMPLIFICATION,
    note: 'Names whose work caused a good outcome; only a speaker ("thanks to the outage" names nobody).',
  },
  {
    id: 'it-was-name-s',
    type: 'attribution',
    credits: 'named',
    pattern: "it|that was|is {speaker's}",
    example: "Most of it was Ana's new triage rota.",
    source: AMPLIFICATION,
    notBefore: ['fault', 'mistake', 'bug', 'error', 'problem', 'call', 'turn', 'job'],
    note: 'Passes credit on to the person whose work it was; "it was Lee\'s fault" is blame and excluded.',
  },
  {
    id: 'name-did-work',
    type: 'attribution',
    credits: 'named',
    pattern: '{speaker} wrote|built|found|fixed|caught|solved|designed|spotted|figured|created|cracked',
    example: 'It was a team effort, Ben wrote half the scripts.',
    source: AMPLIFICATION,
    notAfter: ['if', 'unless', 'whether'],
    note: 'Names who did a piece of work; a complaint around it ("Lee wrote it and it is still broken") is excluded in credit.ts.',
  },
  {
    id: 'great-work',
    type: 'praise',
    credits: 'addressee',
    pattern: 'good|great|brilliant|excellent|amazing|fantastic|impressive|solid|lovely work|job',
    example: 'That is brilliant work, Iris.',
    source: COMPLIMENTS,
    notAfter: NEGATED,
    note: 'Praise for a piece of work, to the person named next to it or the previous speaker.',
  },
  {
    id: 'your-idea',
    type: 'attribution',
    credits: 'addressee',
    pattern: 'your idea|suggestion|fix|script|scripts|work|rota|design',
    example: 'Your idea to replay real traffic caught the cache bug.',
    source: AMPLIFICATION,
    sentenceStart: true,
    note: 'Names the addressee\'s contribution as the subject; only at a sentence start ("fix your work" is no credit).',
  },
  {
    id: 'credit-to-name',
    type: 'praise',
    credits: 'named',
    pattern: 'credit|kudos|props|shout-out|shoutout to {name}',
    example: 'Kudos to Ana for the fix.',
    source: AMPLIFICATION,
    note: 'Explicit public credit: praise, not thanks (a coach read "Barry thanked Iwan" for "I give credit to Iwan for this, because he thought of it" as the wrong verb, review r12).',
  },
];

/**
 * Rules that report what a named speaker said or did: credit only outside a complaint
 * (analyzers/inclusivity/credit.ts).
 */
export const REPORTED_RULES: ReadonlySet<string> = new Set(['name-said', 'name-did-work', 'it-was-name-s']);

/**
 * Words that make a sentence a complaint about the person named, not credit: "Lee said he would fix it
 * last week and it is still broken", "Priya's report was late again". Source: our reading of the
 * coaching scenarios (fixtures/coaching/24-complaint-not-credit); note "not" is left out, since "as Sam
 * said, it is not the cache" credits Sam.
 */
export const COMPLAINT_MARKERS: ReadonlySet<string> = new Set([
  'still',
  'again',
  'broken',
  'late',
  'never',
  'forgot',
  'failed',
  'supposed',
  'promised',
  "hasn't",
  "didn't",
  "wasn't",
  "isn't",
]);

/**
 * Words after "thanks for" that thank for presence, patience or the occasion, not for a contribution: "thanks for
 * coming", "thanks for your time", "thank you for the call" (closing a meeting; review r13), and a service line's
 * formulas, "thank you for calling Meeting Room Support", "thanks for holding", "thanks for reaching out" (the AWS
 * call-analytics fixture's greeting was read as credit to the caller). Any other "-ing" verb
 * or noun phrase after "thanks for" is a contribution
 * ("thanks for chasing it", "thanks for the numbers"). Source: Danescu-Niculescu-Mizil et al. (2013)
 * count gratitude as politeness; only thanks for something done is credit.
 */
export const NOT_CONTRIBUTIONS: ReadonlySet<string> = new Set([
  'coming',
  'joining',
  'having',
  'waiting',
  'calling',
  'holding',
  'reaching',
  'listening',
  'attending',
  'being',
  'letting',
  'time',
  'patience',
  'nothing',
  'call',
  'meeting',
  'session',
  'invitation',
  'opportunity',
]);

/**
 * "-ing" verbs and their objects after "thanks for" that are no contribution: giving time ("thanks for making
 * time", "thank you for taking the time") or filling in what every participant is asked to ("thank you for
 * completing this questionnaire", said by the one running a study; a coach rejected it as credit, review r17).
 * "Thanks for sorting the forms out" stays credit: sorting them is work. credit.ts reads one optional particle and
 * determiner between the verb and the object ("filling in the survey").
 */
export const NOT_CONTRIBUTION_TASKS: readonly { verbs: ReadonlySet<string>; objects: ReadonlySet<string> }[] = [
  { verbs: new Set(['making', 'taking', 'giving', 'finding', 'sparing']), objects: new Set(['time']) },
  {
    verbs: new Set(['filling', 'completing', 'answering', 'doing', 'taking']),
    objects: new Set(['questionnaire', 'questionnaires', 'survey', 'surveys', 'form', 'forms']),
  },
];

/**
 * Third-person words that give unnamed praise another subject in its clause: "the interpreters, who are doing a
 * really good job", "the committee and the great work it does". Such praise is about someone talked about, not
 * credit to the person who spoke before (a coach rejected both as credit to the previous speaker: review r12).
 * Only for praise that names nobody; "Great job, it works now" keeps its credit (the "it" is in the next clause).
 */
export const THIRD_PERSON: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'who',
  'which',
  'him',
  'her',
  'them',
  'his',
  'their',
  'its',
]);

/**
 * Words that make the rest of their clause a condition or an open question: "If you think that would be good idea,
 * ...", "I wonder whether that's a good point". Praise inside such a clause is not given (a coach rejected the first
 * as credit: review r12c). "Even if it costs more, it's a good idea" keeps its credit (a comma ends the condition).
 */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
