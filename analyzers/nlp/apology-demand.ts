/**
 * Whose apology a verb "apologise" is: the speaker's ("I apologise"), or someone else's, asked for or owed ("Will
 * the minister apologize?"). The words are data: analyzers/nlp/data/apology-demand.ts.
 */
import { APOLOGY_DEMAND_REACH, DEMAND_WORDS, FIRST_PERSON_SUBJECTS } from './data/apology-demand';
import type { Token } from './tokenize';

const FIRST_PERSON: ReadonlySet<string> = new Set(FIRST_PERSON_SUBJECTS);
const DEMANDS: ReadonlySet<string> = new Set(DEMAND_WORDS);

/**
 * True when the word at token `at` is the verb "apologise" asking for or expecting an apology from someone other than
 * the speaker: a demand word comes before it in its sentence, within reach, and no first-person subject does.
 *
 * @example
 * const text = 'I asked. Will the minister now apologize?';
 * demandsApology(text, tokenize(text), 6) // => true
 * demandsApology('I would like to apologize', tokens, 4) // => false
 * demandsApology('sorry 60 year old man apologize but', tokens, 5) // => false: nobody asked for it
 * demandsApology('Will you accept my apologies', tokens, 4) // => false: the noun is the speaker's
 */
export function demandsApology(text: string, tokens: readonly Token[], at: number): boolean {
  // Only the verb can be asked for: "apologies" (the noun) and "sorry" are the speaker's own.
  const word = tokens[at]!.lower;
  if (!word.startsWith('apologi') || word === 'apologies') return false;
  let demanded = false;
  for (let k = at - 1; k >= Math.max(0, at - APOLOGY_DEMAND_REACH); k--) {
    if (/[.!?]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    const word = tokens[k]!.lower;
    if (FIRST_PERSON.has(word)) return false;
    if (DEMANDS.has(word)) demanded = true;
  }
  return demanded;
}
