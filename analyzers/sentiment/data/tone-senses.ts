/**
 * What a negative word is aimed at: sympathy and condolences (care for the listener), remarks aimed
 * at the other person (blame, contempt), and the second-person words that address someone. Used by
 * analyzers/sentiment/senses.ts to keep sympathy out of negative moments and tension, and to require
 * negative affect directed at the other person for tension (issue 11).
 *
 * Patterns are regular expressions over one lower-cased sentence, with an example they match (tested).
 * Sources:
 * - Brown & Levinson (1987), "Politeness": sympathy and condolence as positive-politeness moves.
 * - Culpeper (1996), "Towards an anatomy of impoliteness": blame, condescension, dismissal
 *   ("whatever") and personal negative assessment as impoliteness aimed at the hearer.
 * - meeting domain (ours): phrases from our coaching scenarios (fixtures/coaching, issue 11).
 */

export interface ToneSenseEntry {
  /** Stable id, e.g. `sympathy:sorry-for-your-loss`. */
  id: string;
  pattern: RegExp;
  /** A sentence the pattern matches (tested). */
  example: string;
  source: string;
  note: string;
}

const BL = 'Brown & Levinson (1987), positive politeness: sympathy';
const CULPEPER = 'Culpeper (1996), impoliteness strategies';
const OURS = 'meeting domain (ours), issue 11 scenarios';

/**
 * Sympathy and condolences: the negative words name the listener's trouble, not a complaint.
 * A sentence matching one of these contributes no negative affect to moments or tension.
 *
 * @example
 * SYMPATHY.some((e) => e.pattern.test('sorry for your loss, nora.')) // => true
 */
export const SYMPATHY: readonly ToneSenseEntry[] = [
  {
    id: 'sympathy:sorry-for-your-loss',
    pattern: /\bsorry (for|about) (your|the) loss\b/,
    example: 'Sorry for your loss, Nora.',
    source: BL,
    note: 'The set condolence formula.',
  },
  {
    id: 'sympathy:sorry-to-hear',
    pattern: /\bsorry to hear\b/,
    example: 'We were all very sorry to hear about your father.',
    source: BL,
    note: 'Condolence or sympathy for news the listener shared.',
  },
  {
    id: 'sympathy:sorry-you',
    pattern: /\bsorry (that )?(you|you've|you're|it happened|that happened)\b/,
    example: "I'm so sorry you had to deal with that alone.",
    source: BL,
    note: 'Sorry about what happened to the listener, not an apology and not blame.',
  },
  {
    id: 'sympathy:i-am-sorry-that-sounds',
    pattern: /\b(i am|i'm|im) (so |very |really )?sorry\b.*\b(sounds|must be|must have been)\b/,
    example: 'Oh, I am sorry, that sounds exhausting.',
    source: BL,
    note: "Sorry followed by a reaction to the listener's situation.",
  },
  {
    id: 'sympathy:that-sounds',
    pattern:
      /^(oh,? )?(that|it|this) (sounds|must be|must have been|must feel) (\w+ )?(awful|terrible|horrible|exhausting|hard|rough|tough|stressful|miserable|painful|frustrating|difficult|scary|draining)\b/,
    example: 'That sounds awful.',
    source: BL,
    note: 'A reaction to what the other person went through.',
  },
  {
    id: 'sympathy:short-reaction',
    pattern:
      /^(oh,? )?(that|this) (is|'s|was) (so |really |just )?(awful|terrible|horrible|rough|tough|miserable|painful)[.!]*$/,
    example: 'That is horrible.',
    source: BL,
    note: 'A whole sentence of reaction to what the other person just told: sympathy, not an assessment of their work.',
  },
  {
    id: 'sympathy:condolences',
    pattern: /\b(my|our) (condolences|sympathies|thoughts are with you)\b/,
    example: 'My condolences to you and your family.',
    source: BL,
    note: 'Condolence formula.',
  },
  {
    id: 'sympathy:take-care',
    pattern: /\b(take care of yourself|hope you feel better|get well soon)\b/,
    example: 'Get well soon.',
    source: OURS,
    note: 'Care for the listener; "well" is not a judgement here.',
  },
];

/**
 * Hostility aimed at the hearer: blame, contempt, dismissal and sarcasm. Counted as directed only
 * when the sentence also addresses someone (second person or a name), except where `addressed` is
 * true: the phrase itself is aimed at the previous speaker ("Whatever.", "are you saying ...").
 */
export interface HostilityEntry extends ToneSenseEntry {
  /** The phrase addresses the hearer by itself. */
  addressed: boolean;
  /**
   * `attack`: a remark a coach would raise with its speaker. `pushback`: answering an attack
   * ("that is unfair"); it makes the exchange tense but is not a remark to reflect on.
   */
  move: 'attack' | 'pushback';
}

/**
 * @example
 * HOSTILITY.find((e) => e.pattern.test('thanks for nothing, karl.'))?.move // => 'attack'
 */
export const HOSTILITY: readonly HostilityEntry[] = [
  {
    id: 'hostility:fault',
    move: 'pushback',
    pattern: /\b(your|my) fault\b/,
    addressed: true,
    example: "Are you saying it's my fault?",
    source: CULPEPER,
    note: 'Blame, or a defensive answer to blame.',
  },
  {
    id: 'hostility:blame',
    move: 'attack',
    pattern: /\bblam(e|es|ed|ing)\b/,
    addressed: false,
    example: "Don't blame my team for your sloppy testing.",
    source: CULPEPER,
    note: 'Blame, also when negated ("don\'t blame me" answers blame); the lexicon scores it positive once negated.',
  },
  {
    id: 'hostility:are-you-saying',
    move: 'pushback',
    pattern: /\bare you (saying|telling me|accusing|suggesting)\b/,
    addressed: true,
    example: 'Are you saying we did this on purpose?',
    source: CULPEPER,
    note: 'A challenge to the hearer, not a clarifying question.',
  },
  {
    id: 'hostility:thanks-for-nothing',
    move: 'attack',
    pattern: /\bthanks? (you )?for nothing\b/,
    addressed: true,
    example: 'Thanks for nothing, Karl.',
    source: CULPEPER,
    note: 'Sarcastic thanks (mock politeness); the lexicon scores "thanks" positive.',
  },
  {
    id: 'hostility:whatever',
    move: 'attack',
    pattern: /^whatever\b[.!]?$/,
    addressed: true,
    example: 'whatever.',
    source: CULPEPER,
    note: 'A dismissive one-word reply to the previous speaker.',
  },
  {
    id: 'hostility:contempt',
    move: 'attack',
    pattern: /\b(stupid|sloppy|pathetic|ridiculous|embarrassing|incompetent|useless|lazy|clueless|unprofessional)\b/,
    addressed: false,
    example: 'It makes us look stupid.',
    source: CULPEPER,
    note: 'Personal negative assessment when said to someone (a tool called "stupid" with no one addressed is not).',
  },
  {
    id: 'hostility:unfair',
    move: 'pushback',
    pattern: /\b(that is|that's|thats|this is|it is|it's|its) (so |completely |totally )?(not fair|unfair)\b/,
    addressed: true,
    example: 'That is unfair.',
    source: CULPEPER,
    note: 'Pushing back at what the other person just said.',
  },
  {
    id: 'hostility:waste-of-time',
    move: 'attack',
    pattern: /\bwaste of (everyone's|everybody's|my|our|your) time\b/,
    addressed: false,
    example: "That demo was a waste of everyone's time.",
    source: CULPEPER,
    note: "Dismissing someone's work.",
  },
  {
    id: 'hostility:spoken-to',
    move: 'pushback',
    pattern: /\b(spoken|talked|talk|speak) to (me )?like that\b/,
    addressed: true,
    example: 'I am not going to be spoken to like that.',
    source: CULPEPER,
    note: 'Answering an attack: part of the exchange.',
  },
];

/** Words that may open a sentence before its subject: "Honestly, you ...", "No, your plan ...". */
const SENTENCE_OPENERS = '((honestly|frankly|look|well|and|but|so|seriously|again|no|oh),? )*';

/**
 * A sentence that addresses the hearer about themselves or their work: "your" (their thing) or
 * "you" opening the sentence as its subject ("You left me a mess"). Generic "you" ("you might end up
 * with no worker", "if you stuck the mixer up here") addresses nobody: on the QMSum and ELITR
 * meetings, any "you" plus a negative word produced 29 "remarks at a person", nearly all generic.
 *
 * @example
 * ADDRESS.some((e) => e.pattern.test('you left me a mess.'))            // => true
 * ADDRESS.some((e) => e.pattern.test('you might end up with no worker.')) // => false
 * ADDRESS.some((e) => e.pattern.test('moving your finger around is not enough.')) // => false
 */
export const ADDRESS: readonly ToneSenseEntry[] = [
  {
    id: 'address:your',
    pattern: new RegExp(`^${SENTENCE_OPENERS}(your|yours)\\b`),
    example: 'Your team shipped a broken release again.',
    source: CULPEPER,
    note: 'The hearer\'s own thing or work as what the sentence is about ("Your team wasted ..."); "your" later in a sentence is mostly generic ("moving your finger around", "each of your things"): 2 of 2 such remarks were misread in the issue 11 review.',
  },
  {
    id: 'address:you-subject',
    pattern: new RegExp(
      `^${SENTENCE_OPENERS}(you|you've|you're)\\b(?! (you|know|see|mean|can|could|might|may|would|will|get|got|have to|need to|end up|just|guys know|don't want))`,
    ),
    example: 'You left me a mess.',
    source: CULPEPER,
    note: 'The hearer as the subject of the sentence, not the generic "you can / you might".',
  },
];

/**
 * Second person that addresses nobody: "you know", "thank you", generic "if you ...". Removed from a
 * sentence before ADDRESS is tested.
 *
 * @example
 * 'you know, it broke'.replace(GENERIC_YOU, '') // => ', it broke'
 */
export const GENERIC_YOU = /\b(you know|you see|you mean|mind you|thank you|see you|if you|when you|you never know)\b/g;

/**
 * Laughter tokens: VADER rates "ha" +1.4 and "lol" +1.8, but a laugh alone does not make a line
 * one of the most positive moments ("Desks are free from Monday, ha, finally").
 *
 * @example
 * LAUGHS.has('ha') // => true
 */
export const LAUGHS: ReadonlySet<string> = new Set(['ha', 'haha', 'hahaha', 'hah', 'heh', 'hehe', 'lol', 'lmao']);
