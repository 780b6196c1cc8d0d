/**
 * Apologies ("sorry", "I apologise"). Some are needed; a habit of apologising for speaking at all
 * ("sorry, just a quick one") under-sells the speaker. Counted per person per 100 words.
 *
 * Sources: Holmes (1989) "Sex differences and apologies: one aspect of communicative competence",
 * Applied Linguistics 10(2); Tannen (1994) "Talking from 9 to 5", ch. 2 (ritual apologies);
 * the apology markers of Danescu-Niculescu-Mizil et al. (2013) politeness classifier.
 */
import type { PhraseRule } from '../../nlp/types';

const HOLMES = 'Holmes (1989), apologies';
const TANNEN = 'Tannen (1994), Talking from 9 to 5: ritual apologies';

export const APOLOGIES: readonly PhraseRule[] = [
  {
    id: 'sorry',
    pattern: 'sorry',
    example: 'Sorry, can I add one thing?',
    source: TANNEN,
    notBefore: ['to', 'for', 'about', 'you', 'your', "you're", 'state', 'sight', 'excuse', 'lot', 'tale'],
    notAfter: ["don't be", 'dont be', 'do not be', 'never be', 'no need to be', 'not', 'a', 'such a', 'feel'],
    note: 'Sympathy ("sorry to hear that", "sorry you had such a week"), reassurance ("don\'t be sorry"), pity ("feel sorry for") and the adjective ("a sorry state") are excluded here; "sorry?", "sorry, what?" and "sorry, that sounds hard" in tentative-sense.ts.',
  },
  {
    id: 'sorry-for',
    pattern: 'sorry for|about [the|that|this|my|being|interrupting|rambling|jumping]',
    example: 'Sorry for interrupting.',
    source: HOLMES,
    notBefore: ['your', 'his', 'her', 'their'],
    note: 'An apology for one\'s own act; "sorry for your loss" is sympathy and excluded.',
  },
  {
    id: 'sorry-to',
    pattern: 'sorry to interrupt|jump|bother|butt|cut|derail|go|be|ask|keep',
    example: 'Sorry to interrupt, but the build broke.',
    source: HOLMES,
    note: 'An apology for taking the floor; "sorry to hear" (sympathy) does not match.',
  },
  {
    id: 'apologise',
    pattern: 'apologise|apologize|apologies',
    example: 'I apologise for the delay.',
    source: HOLMES,
    notAfter: ['no', 'need', "don't", 'not', 'need to', 'never need to', "don't need to", 'no need to', "needn't"],
    note: '"no need to apologise" and "you never need to apologise" (reassurance) are excluded.',
  },
  { id: 'my-bad', pattern: 'my bad', example: 'My bad, wrong slide.', source: TANNEN, note: 'Informal apology.' },
  {
    id: 'excuse-me',
    pattern: 'excuse|pardon me',
    example: 'Excuse me, could I come in here?',
    source: TANNEN,
    note: 'Apologetic bid for the floor. Not "Excuse me?" (a request to repeat) nor a self-repair without a pause on either side ("more powerful excuse me more complex sites"): tentative-sense.ts.',
  },
];

/**
 * Words after "sorry," that make it a request to repeat ("Sorry, what?", "Sorry, come again?"), not an
 * apology. Source: other-initiated repair, Schegloff, Jefferson & Sacks (1977) "The preference for
 * self-correction in the organization of repair in conversation", Language 53(2).
 */
export const REPAIR_AFTER_SORRY: ReadonlySet<string> = new Set(['what', 'come', 'say', 'pardon', 'repeat', 'who']);

/** Words in a question after "sorry," that ask for a repeat: "Sorry, could you say that again?" (same source). */
export const REPEAT_WORDS: ReadonlySet<string> = new Set(['again', 'repeat', 'missed', 'catch', 'hear']);

/**
 * Words after "sorry," that make it sympathy with the other person ("I am sorry, that sounds
 * exhausting"), not an apology for one's own act. Source: Holmes (1989) distinguishes apologies from
 * expressions of sympathy; note both words must follow ("sorry, that was my fault" stays an apology).
 */
export const SYMPATHY_AFTER_SORRY: readonly (readonly [string, string])[] = [
  ['that', 'sounds'],
  ['that', 'must'],
  ['sounds', 'awful'],
  ['sounds', 'hard'],
  ['sounds', 'rough'],
  ['sounds', 'exhausting'],
  ['what', 'a'],
  ['you', 'had'],
];

/**
 * Words that own a real mistake in the utterance of an apology ("Oh sorry, I got it wrong. ... I'm sorry. Can you
 * just make it two?"): an apology that repairs an error is accountable, not the ritual that asks leave to speak.
 * It stays in the apology count but does not raise the apology-rate finding (a coach rejected one built on such
 * apologies: review r14).
 * Source: Holmes (1989) separates remedial apologies for an offence from other uses.
 */
export const OWNED_ERRORS: readonly string[] = [
  'got it wrong',
  'i was wrong',
  "i'm wrong",
  'my mistake',
  'my fault',
  'made a mistake',
  'i misread',
  'i misunderstood',
  'i misheard',
  'i forgot',
];
