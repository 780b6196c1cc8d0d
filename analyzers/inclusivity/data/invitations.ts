/**
 * Invitations to speak: phrases by which one person hands the floor to another or opens it to the
 * group. Who is invited is found by name next to the phrase (analyzers/inclusivity/invitations.ts).
 *
 * Sources: "current speaker selects next" in Sacks, Schegloff & Jefferson (1974) "A simplest
 * systematics for the organization of turn-taking for conversation", Language 50(4) (addressing
 * a question to a named person); facilitation practice on balanced participation (round-robins,
 * explicit invitations), e.g. Edmondson (1999) "Psychological safety and learning behavior in work
 * teams", ASQ 44(2), and Woolley et al. (2010) "Evidence for a collective intelligence factor",
 * Science 330 (equal turn-taking).
 */
import type { PhraseRule } from '../../nlp/types';

export interface InvitationRule extends PhraseRule {
  /** How the floor is offered: a direct question, noticing someone unheard, a round, an open call, a hand-over. */
  form: 'question' | 'not-heard-from' | 'round' | 'open-call' | 'hand-over' | 'vocative';
  /** Only with a person addressed by name next to it ("Go ahead, Rue."): alone the words mean something else too. */
  needsAddressee?: boolean;
}

const SSJ = 'Sacks, Schegloff & Jefferson (1974): current speaker selects next';
const FACILITATION = 'facilitation practice for balanced participation (Edmondson 1999; Woolley et al. 2010)';
/** Words before "haven't heard from" that make it a reply not yet received ("I also haven't heard from Rico"). */
const NO_REPLY_YET = ['i', 'i also', 'i still', 'i just', 'i really', 'i personally'];
/** Words before a phrase that turn it into a statement about oneself ("I don't have any thoughts"). */
const SELF_STATEMENT = ['have', "haven't", "don't have", 'without', 'no', "didn't have"];

export const INVITATIONS: readonly InvitationRule[] = [
  {
    id: 'what-do-you-think',
    form: 'question',
    pattern: 'what do you|we [all|guys|folks|both|two] think|reckon',
    example: 'What do you think, Sam?',
    source: SSJ,
    note: 'The classic hand-over; with a name next to it, it selects the next speaker.',
  },
  {
    id: 'what-does-everyone-think',
    form: 'question',
    pattern: 'what does everyone|everybody|anyone|anybody think',
    example: 'What does everyone think?',
    source: SSJ,
    note: 'An open question to the group.',
  },
  {
    id: 'what-is-your-view',
    form: 'question',
    pattern:
      "what's|what [is|are] your take|view|views|opinion|opinions|perspective|sense|feeling|feelings|thoughts|input",
    example: "Priya, what's your take on the rollout?",
    source: SSJ,
    note: "Asks for a person's own view.",
  },
  {
    id: 'how-do-you-see-it',
    form: 'question',
    pattern: 'how do|does you|everyone|everybody feel|see',
    example: 'How do you feel about the new timeline?',
    source: SSJ,
    note: "Asks for a person's reaction.",
  },
  {
    id: 'any-thoughts',
    form: 'open-call',
    pattern: 'any thoughts|comments|input|objections|concerns|reactions|questions|ideas',
    example: 'Sam, any thoughts?',
    source: FACILITATION,
    notAfter: SELF_STATEMENT,
    note: 'An open call; addressed when a name stands next to it.',
  },
  {
    id: 'how-about-you',
    form: 'question',
    pattern: 'how|what about you',
    example: 'What about you, Ana?',
    source: SSJ,
    clauseEnd: true,
    note: 'Passes the same question on to someone else; "what about you were talking ..." is excluded: the phrase must end its clause.',
  },
  {
    id: 'not-heard-from',
    form: 'not-heard-from',
    pattern: "haven't|hasn't heard [much|anything] from",
    example: "We haven't heard from Ben yet.",
    source: FACILITATION,
    notAfter: NO_REPLY_YET,
    note: 'Names a quiet voice and invites it in. Said by "I", it is a reply that has not come ("because I also haven\'t heard from Rico on this", about an e-mail: review r21).',
  },
  {
    id: 'not-heard-from-long',
    form: 'not-heard-from',
    pattern: 'have|has not heard [much|anything] from',
    example: 'We have not heard from Ana yet.',
    source: FACILITATION,
    notAfter: NO_REPLY_YET,
    note: 'Uncontracted form of not-heard-from.',
  },
  {
    id: 'not-said-anything',
    form: 'not-heard-from',
    pattern: "you haven't|have not said anything|much",
    example: 'Uma, you have not said anything yet, what did you see?',
    source: FACILITATION,
    note: 'Notices a quiet person while speaking to them; the addressee is the name next to it.',
  },
  {
    id: 'go-around-the-room',
    form: 'round',
    pattern: 'go|going|do around|round the room|table|circle',
    example: "Let's go around the room.",
    source: FACILITATION,
    notAfter: ['would', 'sort of', 'kind of', 'they', 'he', 'she'],
    note: 'A round gives everyone a turn; a story of one ("the executive would sort of go around the room", review r10) does not.',
  },
  {
    id: 'go-around',
    form: 'round',
    pattern: 'go|going around|round',
    example: 'Shall we go round?',
    source: FACILITATION,
    notBefore: ['and', 'in', 'it', 'that', 'this', 'the', 'a', 'to', 'them', 'him', 'her'],
    note: 'Without "the room": "go around the problem" and "go round in circles" are excluded by the word after.',
  },
  {
    id: 'round-robin',
    form: 'round',
    pattern: 'round-robin|roundtable',
    example: 'Quick round-robin before we close.',
    source: FACILITATION,
    note: 'A round by its name.',
  },
  {
    id: 'round-robin-spaced',
    form: 'round',
    pattern: 'round robin',
    example: "Let's do a round robin.",
    source: FACILITATION,
    note: 'Same, written as two words.',
  },
  {
    id: 'anyone-else-want',
    form: 'open-call',
    pattern: 'anyone|anybody [else] want|wants|wanna|like|have|has',
    example: 'Does anyone else want to add something?',
    source: FACILITATION,
    notAfter: ['than', 'if'],
    note: 'Opens the floor to whoever has not spoken.',
  },
  {
    id: 'anyone-else',
    form: 'open-call',
    pattern: 'anyone|anybody else',
    example: 'Anyone else?',
    source: FACILITATION,
    notAfter: ['than', 'like', 'or', 'and', 'to', 'if'],
    note: '"than anyone else" is a comparison; "pass it on to anyone else" an object and "if anyone else offers" a condition (review r10): no invitation.',
  },
  {
    id: 'anything-to-add',
    form: 'open-call',
    pattern: 'anything|something [else] to add',
    example: 'Ben, do you have anything to add?',
    source: FACILITATION,
    notAfter: ['nothing', "don't have", 'i have'],
    note: 'Invites a contribution before moving on.',
  },
  {
    id: 'love-to-hear',
    form: 'question',
    pattern: 'love|like to hear from|what|your|you|more',
    example: "I'd love to hear from Ana on this.",
    source: FACILITATION,
    notAfter: ["don't", 'not'],
    note: 'An explicit invitation to a person or the group.',
  },
  {
    id: 'lets-hear-from',
    form: 'hand-over',
    pattern: "let's hear from|what",
    example: "Let's hear from the design side.",
    source: FACILITATION,
    note: 'Hands over the floor.',
  },
  {
    id: 'over-to-you',
    form: 'hand-over',
    pattern: 'over to you',
    example: 'Over to you, Priya.',
    source: SSJ,
    note: 'Hands over the floor.',
  },
  {
    id: 'passing-to',
    form: 'hand-over',
    pattern: 'passing|handing|pass|hand [it|this] [over|back] to',
    example: 'Thanks, passing to Sangeet.',
    source: SSJ,
    needsAddressee: true,
    note: 'Hands over the floor to someone named right after "to" (a chair moving through updates: review r34); "passing to the next item" names nobody and does not count.',
  },
  {
    id: 'your-turn',
    form: 'hand-over',
    pattern: 'your turn',
    example: "Sam, it's your turn.",
    source: SSJ,
    notAfter: ['wait'],
    note: 'Hands over the floor.',
  },
  {
    id: 'floor-is-yours',
    form: 'hand-over',
    pattern: 'floor is yours',
    example: 'Ana, the floor is yours.',
    source: SSJ,
    note: 'Hands over the floor.',
  },
  {
    id: 'go-ahead',
    form: 'hand-over',
    pattern: 'sorry|please|no go ahead',
    example: 'Sorry, go ahead.',
    source: SSJ,
    punctuationInside: 'no-question-mark',
    notBefore: ['and', 'with', 'to'],
    note: 'Yields the floor ("Sorry, go ahead", "Okay, sorry. Go ahead.", "No, no, go ahead"); "go ahead and deploy" (an instruction) is excluded.',
  },
  {
    id: 'go-ahead-named',
    form: 'hand-over',
    pattern: 'go ahead',
    example: 'Go ahead, Rue.',
    source: SSJ,
    needsAddressee: true,
    notBefore: ['and', 'with', 'to'],
    notAfter: ['i', "i'll", 'we', "we'll", 'will', 'can', 'to', 'should', 'could', 'not', "don't"],
    note: 'With nobody named, "Yeah. Go ahead." approves a plan as often as it gives the floor (a demo to run: review r12), so it counts only said to someone by name; "happy to go ahead" (proceeding) is excluded.',
  },
  {
    id: 'you-were-saying',
    form: 'hand-over',
    pattern: 'you were saying',
    example: 'Sorry, you were saying?',
    source: SSJ,
    clauseEnd: true,
    onlyInQuestion: true,
    note: 'Returns the floor to someone who was cut off, asked as a question; "things that you were saying as ..." (a report) and "Well you were saying, I think it can read" (citing their point, review r12) are excluded.',
  },
  {
    id: 'sorry-you-were-saying',
    form: 'hand-over',
    pattern: 'sorry you were saying',
    example: 'Oh, sorry, you were saying.',
    source: SSJ,
    clauseEnd: true,
    punctuationInside: 'comma',
    note: 'The same hand-back without a question mark, carried by the apology.',
  },
  {
    id: 'do-you-want-to-add',
    form: 'question',
    pattern: 'do|did|would you want|like to add|say|comment|share|jump|chime|weigh|go|respond',
    example: 'Did you want to add something, Ben?',
    source: SSJ,
    note: 'Offers the floor to the person addressed.',
  },
  {
    id: 'jump-in',
    form: 'hand-over',
    pattern: 'feel free to jump|chime|weigh in',
    example: 'Feel free to jump in, Ana.',
    source: FACILITATION,
    note: 'An open offer of the floor. Only in this frame, or "please" (please-jump-in), or asked of someone (anyone-jump-in): "one of you has to sort of jump in" (stand in for a task), "can I jump in" (taking the floor) and "another worker has to jump in" (software, review r10) give nobody the floor (review r12).',
  },
  {
    id: 'please-jump-in',
    form: 'hand-over',
    pattern: 'please jump|chime|weigh in',
    example: 'Please jump in if I miss anything, Ben.',
    source: FACILITATION,
    note: 'The same offer as a request.',
  },
  {
    id: 'anyone-jump-in',
    form: 'open-call',
    pattern: 'anyone|anybody|someone|somebody want|wants|wanna|care [to] jump|chime|weigh in',
    example: 'Does anyone want to jump in here?',
    source: FACILITATION,
    note: 'An open call to the group ("you want to jump in?" to one person is do-you-want-to-add).',
  },
];

/**
 * Openers of a clause about the speaker's own next step: a hand-over after one of them in the same sentence
 * describes a plan, it gives nobody the floor yet. Source: review r18, a webinar host to the guest speaker
 * before the attendees were let in: "So I'll just do a brief very brief intro before I intro you throw it over
 * to you". Note: only hand-overs are checked; "When we meet, what do you think we should cover?" still asks.
 */
export const PLANNED_STEP: readonly string[] = [
  'before i',
  'after i',
  'once i',
  'when i',
  'until i',
  'before we',
  'after we',
  'once we',
  'when we',
  'until we',
];

/**
 * Phrases that give the floor to the person addressed by name at the start of the sentence
 * ("Councillor Amin, please begin.", "Sanjay, go on."), also without a question mark. Source: chairing
 * practice (calling a member or witness) and SSJ "current speaker selects next". Note: "Victor, let Sanjay
 * finish." holds none of these, so a rebuke addressed by name is no invitation.
 */
export const FLOOR_GIVING: readonly string[] = [
  'please begin',
  'please start',
  'please go ahead',
  'please continue',
  'go ahead',
  'go on',
  'you first',
  'your turn',
  'over to you',
  'the floor is yours',
  'you wanted to come in',
  'you wanted to say',
  'your evidence please',
  'your evidence',
  'carry on',
  'finish your thought',
  'finish your point',
  'you had a question',
  'you had a point',
  'you had something',
];

/**
 * A question addressed by name that asks for a task ("Łukasz, can you ping me when the pull request is ready?" /
 * "Will do.", "Lena, can you stay online until the rollout finishes?") gives a job, not the floor: it opens with
 * one of `REQUEST_OPENERS` ("can you", "could you", "would you", "will you"; "please", "mind" and the like may
 * follow, `REQUEST_FILLERS`), and its verb is none of
 * `SPEAKING_VERBS` and is not followed by "us" ("take us through", "fill us in"). Source: a fixture's stand-up
 * (zoom-standup.vtt) showed the ping request as "invited Łukasz Nowak to speak"; the speech-act distinction
 * between requests for action and requests for information (Searle 1975, "Indirect speech acts"). Note: "take"
 * is not a speaking verb ("can you take the alert routing?" takes a task), so "Chen, can you take the second?"
 * (an agenda item) is missed: a missed invitation is no claim, a task read as one is a wrong one.
 */
export const REQUEST_OPENERS: readonly string[] = ['can you', 'could you', 'would you', 'will you'];

/** Words a request may hold between its opener and its verb: "can you please", "could you just", "would you mind". */
export const REQUEST_FILLERS: ReadonlySet<string> = new Set(['please', 'just', 'also', 'quickly', 'maybe', 'mind']);

/**
 * Verbs (and their -ing forms, after "would you mind") that ask a person to talk now: "can you walk us through",
 * "could you give us the numbers", "would you start?", "can you say more". A question addressed by name with
 * one of these, or with a verb followed by "us", stays an invitation.
 */
export const SPEAKING_VERBS: ReadonlySet<string> = new Set([
  'add',
  'adding',
  'answer',
  'begin',
  'chime',
  'clarify',
  'comment',
  'commenting',
  'confirm',
  'continue',
  'describe',
  'describing',
  'elaborate',
  'expand',
  'explain',
  'explaining',
  'give',
  'giving',
  'go',
  'going',
  'introduce',
  'introducing',
  'jump',
  'present',
  'presenting',
  'recap',
  'remind',
  'repeat',
  'say',
  'saying',
  'share',
  'sharing',
  'speak',
  'speaking',
  'start',
  'starting',
  'summarise',
  'summarize',
  'talk',
  'talking',
  'tell',
  'telling',
  'update',
  'walk',
  'walking',
  'weigh',
]);

/**
 * First words of a sentence by which a speaker answers their own open call before anyone could
 * ("Any questions? No? Then let's move on."; "So any comments on this?" / "If not then let's move quickly, the time
 * is really running up." in the speaker's next line, review r21): the call gave nobody the floor. Note: only
 * checked for unnamed open calls; "Sam, any thoughts? No? ..." still addresses Sam.
 */
export const SELF_ANSWERS: ReadonlySet<string> = new Set([
  'no',
  'none',
  'nothing',
  'nobody',
  'nope',
  'okay',
  'ok',
  'alright',
  'right',
  'good',
  'great',
  'then',
  'moving',
  'if',
]);

/**
 * Words by which a speaker asks what something means or is, next to their own open call: "Um means, whiteboard,
 * digital pens, etcetera, what does that mean? Any ideas?" (the line of a form), "twenty five Euros, which I don't
 * actually know what that is in Pounds, at all. Any ideas?" (an exchange rate), "Any ideas what this means?". The
 * call asks the room for a fact the speaker lacks: a request for information, not a move to bring in voices.
 * Looked for in the sentence before the call and in the call's own sentence. Source: coach reviews r27 (AMI
 * ES2004a) and r28 (AMI ES2004d) judged both calls "not an inclusion move"; the speech-act distinction between
 * requests for information and invitations (Searle 1975, "Indirect speech acts"). Note: a question about what to
 * do ("What should we cut first? Any ideas?") asks for proposals and stays an invitation; "I'm not sure what it
 * is we want here. Any thoughts?" asks for views and is missed: a missed invitation makes no claim.
 */
export const FACT_QUESTIONS: readonly string[] = [
  'what does that mean',
  'what does this mean',
  'what does it mean',
  'what that means',
  'what this means',
  'what it means',
  'what that is',
  'what this is',
  'what it is',
];
