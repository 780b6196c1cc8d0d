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
    notBefore: ['to', 'for', 'about'],
    note: '"Sorry to hear that" (sympathy) and "sorry for your loss" are excluded; see sorry-for.',
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
    notAfter: ['no', 'need', "don't", 'not'],
    note: '"no need to apologise" is excluded.',
  },
  { id: 'my-bad', pattern: 'my bad', example: 'My bad, wrong slide.', source: TANNEN, note: 'Informal apology.' },
  {
    id: 'excuse-me',
    pattern: 'excuse|pardon me',
    example: 'Excuse me, could I come in here?',
    source: TANNEN,
    note: 'Apologetic bid for the floor.',
  },
];
