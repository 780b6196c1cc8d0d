/**
 * Sense checks for apology and hedge matches that a word list cannot make by the next word alone:
 * "Sorry, what?" asks for a repeat, "I am sorry, that sounds exhausting" is sympathy, and "I just
 * finished it" is the recent past, not a minimising "just". Dropped matches are not counted at all.
 */
import { demandsApology } from '../nlp/apology-demand';
import { sentenceEndsWithQuestion, sentenceRange, type PhraseMatch } from '../nlp/phrase-matcher';
import type { PhraseRule, UtteranceView } from '../nlp/types';
import { isRepair } from '../nlp/repair';
import { WordSequences } from '../nlp/word-sequences';
import { OWNED_ERRORS, REPAIR_AFTER_SORRY, REPEAT_WORDS, SYMPATHY_AFTER_SORRY } from './data/apologies';
import { JUST_MINIMISING, JUST_TEMPORAL_IRREGULAR } from './data/hedges';

/**
 * True when an apology match is a ritual apology, false when it is a repair request, a self-repair or sympathy.
 *
 * @example
 * isApology(viewOf('Sorry, what?'), sorryMatch) // => false
 * isApology(viewOf("I'm sorry?"), sorryMatch) // => false
 * isApology(viewOf('more powerful excuse me more complex sites'), excuseMeMatch) // => false
 * isApology(viewOf('Will the minister apologize?'), apologiseMatch) // => false
 * isApology(viewOf('Sorry, I am late.'), sorryMatch) // => true
 */
export function isApology(view: UtteranceView, m: PhraseMatch<PhraseRule>): boolean {
  // "Will the minister now apologize ...?": an apology asked of someone else (review r36).
  if (m.rule.id === 'apologise') return !demandsApology(view.text, view.tokens, m.start);
  if (m.rule.id !== 'sorry' && m.rule.id !== 'excuse-me') return true;
  // "Sorry?", "I'm sorry?", "Excuse me?": the listener missed something (review r35 found four counted).
  if (isRepair(view.text, view.tokens, m.start, m.end)) return false;
  if (m.rule.id === 'excuse-me') return true;
  const next = view.lower[m.end];
  if (next === undefined) return true;
  // "Sorry, what?": a request to repeat.
  if (REPAIR_AFTER_SORRY.has(next)) return false;
  // "Sorry, could you say that again?": a question asking for a repeat.
  const gap = view.text.slice(view.tokens[m.end - 1]!.end, view.tokens[m.end]!.start);
  if (gap.includes(',') && sentenceEndsWithQuestion(view, m.end) && asksForRepeat(view, m.end)) return false;
  const after = view.lower[m.end + 1];
  return !SYMPATHY_AFTER_SORRY.some(([a, b]) => a === next && b === after);
}

const OWNED = new WordSequences(OWNED_ERRORS);

/**
 * True when the utterance owns a mistake (OWNED_ERRORS): its apologies repair an error, they are no ritual.
 *
 * @example
 * ownsError(viewOf('Oh sorry, I I got it wrong. Can you make it two?')) // => true
 * ownsError(viewOf('Sorry, just quickly, one more thing.')) // => false
 */
export function ownsError(view: UtteranceView): boolean {
  for (let k = 0; k < view.lower.length; k++) if (OWNED.startsAt(view.lower, k)) return true;
  return false;
}

function asksForRepeat(view: UtteranceView, from: number): boolean {
  const { end } = sentenceRange(view, from);
  for (let k = from; k < end; k++) if (REPEAT_WORDS.has(view.lower[k]!)) return true;
  return false;
}

/**
 * True when a hedge match hedges, false for a temporal "just" ("I just finished the import screen").
 *
 * @example
 * isHedge(viewOf('I just finished it.'), iJustMatch) // => false
 * isHedge(viewOf('I just wanted to ask.'), iJustMatch) // => true
 */
export function isHedge(view: UtteranceView, m: PhraseMatch<PhraseRule>): boolean {
  if (m.rule.id !== 'i-just') return true;
  const next = view.lower[m.end];
  if (next === undefined || JUST_MINIMISING.has(next)) return true;
  return !(JUST_TEMPORAL_IRREGULAR.has(next) || /^[a-z]{3,}ed$/.test(next));
}
