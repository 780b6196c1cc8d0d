/**
 * Question clauses per utterance of a prepared transcript, found once and shared: turn-taking
 * reads every utterance's questions, listening those of its follow-up candidates. Cached per
 * PreparedTranscript (a WeakMap, so the cache goes with the transcript).
 */
import type { PreparedTranscript } from './prepare';
import { findQuestions, type QuestionMatch } from './questions';

const cache = new WeakMap<PreparedTranscript, Array<readonly QuestionMatch[] | undefined>>();

/**
 * `findQuestions` for utterance i, computed on first use. The list is shared: do not change it.
 *
 * @example
 * const p = prepare(makeTranscript([['Ana', 'so do you have the numbers']]));
 * questionsIn(p, 0)[0]?.ruleId // => 'inversion-do'
 * questionsIn(p, 0) === questionsIn(p, 0) // => true (found once)
 */
export function questionsIn(p: PreparedTranscript, i: number): readonly QuestionMatch[] {
  let perUtterance = cache.get(p);
  if (!perUtterance) cache.set(p, (perUtterance = new Array<readonly QuestionMatch[] | undefined>(p.tokens.length)));
  let questions = perUtterance[i];
  if (questions === undefined)
    perUtterance[i] = questions = findQuestions(p.transcript.utterances[i]!.text, p.tokens[i] ?? []);
  return questions;
}
