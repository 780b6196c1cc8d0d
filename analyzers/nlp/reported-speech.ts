/**
 * Reported and imagined speech: words a speaker quotes rather than says to the room ("we could just sort of say,
 * sorry what did you say about that or what do you think about that, rather than having to email it"). A phrase
 * inside such a quote is no act of the speaker's: an invitation there invites nobody (review r14).
 */
import { punctuatedBefore } from './phrase-matcher';
import type { UtteranceView } from './types';

/**
 * Speech verbs that introduce a quote when a comma, colon or quotation mark follows them. Past forms report
 * ("I said, what do you think?"); present forms only after a modal or a third person imagine or report ("we could
 * say, ...", "she says, ..."), since "I want to ask: what do you think?" asks. Source: quotative frames, Buchstaller
 * (2014) "Quotatives: New Trends and Sociolinguistic Implications".
 */
const REPORTING_PAST: ReadonlySet<string> = new Set(['said', 'asked', 'went', 'told']);
const REPORTING_PRESENT: ReadonlySet<string> = new Set(['say', 'says', 'ask', 'asks', 'go', 'goes']);
/** Words before a present-tense speech verb that make it imagined or another's speech. */
const FRAMING: ReadonlySet<string> = new Set(['could', 'would', 'might', 'can', 'should', 'he', 'she', 'they', "'d"]);
/** How far before the speech verb a framing word may stand ("we could just sort of say"). */
const FRAMING_REACH = 4;
/** "As Łukasz said, ..." and "like you said, ..." attribute a point: what follows is the speaker's own words. */
const ATTRIBUTING: ReadonlySet<string> = new Set(['as', 'like']);
const ATTRIBUTING_REACH = 3;

/**
 * True when a speech verb followed by a comma, colon or quotation mark stands in tokens [from, at) and introduces
 * what follows as a quote (REPORTING_PAST, or REPORTING_PRESENT after a FRAMING word; not after "as" or "like":
 * "As Łukasz said, we haven't heard from Priya" attributes a point).
 *
 * @example
 * const view = viewOf("'cause we could just sort of say, sorry what do you think about that");
 * quotedAt(view, 0, 8) // => true ("what" is token 8)
 * quotedAt(viewOf('I want to ask: what do you think?'), 0, 4) // => false
 */
export function quotedAt(view: UtteranceView, from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const word = view.lower[k]!;
    const past = REPORTING_PAST.has(word);
    if (!past && !REPORTING_PRESENT.has(word)) continue;
    if (!punctuatedBefore(view, k + 1) && !/["“]/.test(view.text.slice(view.tokens[k]!.end, view.tokens[k + 1]?.start)))
      continue;
    if (hasBefore(view, from, k, ATTRIBUTING, ATTRIBUTING_REACH)) continue;
    if (past || hasBefore(view, from, k, FRAMING, FRAMING_REACH)) return true;
  }
  return false;
}

/** True when one of `words` stands within `reach` tokens before token k (and not before `from`). */
function hasBefore(view: UtteranceView, from: number, k: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let j = Math.max(from, k - reach); j < k; j++) if (words.has(view.lower[j]!)) return true;
  return false;
}
