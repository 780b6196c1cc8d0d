/**
 * Fillers: filled pauses and discourse markers that hold the floor while planning ("um", "uh",
 * "like", "you know", "I mean", "kind of"). Natural in speech; reported only as a per-person rate,
 * and only when it is high, never instance by instance.
 *
 * Sources: Clark & Fox Tree (2002) "Using uh and um in spontaneous speaking", Cognition 84(1);
 * Fox Tree & Schrock (2002) "Basic meanings of you know and I mean", Journal of Pragmatics 34;
 * D'Arcy (2017) "Discourse-Pragmatic Variation in Context: Eight hundred years of LIKE".
 * The issue brief classes "kind of" as a filler (it is also a hedge); it is counted once, here.
 */
import type { PhraseRule } from '../../nlp/types';

const CLARK = 'Clark & Fox Tree (2002), uh and um';
const FOX_TREE = 'Fox Tree & Schrock (2002), you know and I mean';
const DARCY = "D'Arcy (2017), discourse LIKE";

export const FILLERS: readonly PhraseRule[] = [
  { id: 'um-uh', pattern: 'um|uh|umm|uhm|uhh|er|erm|ehm', example: 'Um, so the release is Friday.', source: CLARK, note: 'Filled pauses.' },
  { id: 'like', pattern: 'like', example: "It's, like, twice as fast.", source: DARCY, parenthetical: true, note: 'Only "like" set off by commas or at a sentence start before a comma: the verb and the preposition are not fillers. Unpunctuated speech-to-text hides the filler use (missed, not guessed).' },
  { id: 'you-know', pattern: 'you know', example: 'We need, you know, more time.', source: FOX_TREE, notAfter: ['do', 'did', "don't", "didn't", 'if', 'as', 'would', 'will', 'can', 'could', 'should', 'what', 'how', 'whether', 'that', 'when', 'and', 'because', 'let', 'now'], notBefore: ['what', 'how', 'that', 'if', 'why', 'who', 'where', 'when', 'whether', 'about', 'it', 'him', 'her', 'them', 'this', 'the', 'a', 'an', 'me', 'us', 'anything', 'something'], note: '"Do you know ...", "you know what" and "you know the answer" are excluded by the words around.' },
  { id: 'i-mean', pattern: 'i mean', example: 'I mean, it works.', source: FOX_TREE, notBefore: ['it', 'to', 'that', 'this', 'the', 'a', 'him', 'her', 'them', 'you'], note: '"I mean it" and "I mean the blue one" are excluded by the word after.' },
  { id: 'kind-of', pattern: 'kind of', example: "It's kind of slow.", source: FOX_TREE, notAfter: ['what', 'which', 'this', 'that', 'a', 'the', 'some', 'any', 'every', 'one', 'same', 'different', 'other', 'new', 'right', 'wrong', 'these', 'those', 'two', 'all'], note: '"what kind of tests" (a noun) is excluded.' },
  { id: 'kinda', pattern: 'kinda', example: "It's kinda slow.", source: FOX_TREE, note: 'Spoken spelling of "kind of".' },
];
