/**
 * Questions asked in the meeting and who answered them. A question is an utterance with at least
 * one question clause (analyzers/nlp/questions.ts); its type and quote are those of its last
 * question clause, the one a next speaker answers. The answer is the first utterance by someone
 * else among the next few utterances (and, with timings, starting within 10 s of the question's
 * end, and not more than 1 s before it ends: talk over the question is not an answer). Where the question's end
 * was estimated (start times only), only the utterance window applies and no latency is reported.
 */
import { REASK_REACH } from '../nlp/cut-off';
import { questionsIn } from '../nlp/prepared-questions';
import type { QuestionMatch, QuestionType } from '../nlp/questions';
import type { TurnContext } from './context';
import { spanWords } from './quotes';
import { TURN_TAKING_THRESHOLDS as T } from './thresholds';

export interface AskedQuestion {
  index: number;
  type: QuestionType;
  ruleId: string;
  /** The question clause as written (at most 30 words). */
  quote: string;
  /** Question clauses in the utterance. */
  clauses: number;
  answerIndex: number | null;
  /** Answer start minus question end (timed; negative when the answer overlapped the question's end). */
  latencyMs: number | null;
}

const MAX_QUOTE_WORDS = 30;

/**
 * @example
 * // Ana "Can we ship on Friday" / Ana "I mean the beta" / Ben "Yes, Friday works."
 * askedQuestions(ctx) // => [{ index: 0, type: 'closed', ruleId: 'inversion-modal', quote: 'Can we ship on Friday', answerIndex: 2, ... }]
 */
export function askedQuestions(ctx: TurnContext): AskedQuestion[] {
  const us = ctx.utterances;
  const asked: AskedQuestion[] = [];
  for (let i = 0; i < us.length; i++) {
    const questions = questionsIn(ctx.prepared, i);
    const last = questions[questions.length - 1];
    if (!last || askedAgainAfterCutOff(ctx, i, last)) continue;
    const answerIndex = findAnswer(ctx, i);
    // An estimated end (start times only) measures no latency.
    const measured = ctx.timed && !us[i]!.endEstimated;
    const latencyMs = answerIndex !== null && measured ? us[answerIndex]!.startMs! - us[i]!.endMs! : null;
    asked.push({
      index: i,
      type: last.type,
      ruleId: last.ruleId,
      quote: spanWords(us[i]!.text, ctx.tokens[i]!, last.start, last.end, MAX_QUOTE_WORDS),
      clauses: questions.length,
      answerIndex,
      latencyMs,
    });
  }
  return asked;
}

/**
 * "Uh, what do we think a" broken off, then "What do we think a good size would be for this?" from the same speaker
 * within REASK_REACH utterances: one question, counted where it is asked whole (review r37 counted two). Broken off:
 * the clause ends the utterance with no '.', '?' or '!', and its words from the cue on begin a question clause of
 * that next utterance.
 */
function askedAgainAfterCutOff(ctx: TurnContext, i: number, question: QuestionMatch): boolean {
  const text = ctx.utterances[i]!.text;
  if (question.punctuated || /[.?!]/.test(text.slice(question.start))) return false;
  const tokens = ctx.tokens[i]!;
  const cueStart = text.indexOf(question.cue, question.start);
  const fragment = ctx.prepared.lower[i]!.slice(tokens.findIndex((t) => t.start >= cueStart));
  if (fragment.length < 2) return false;
  const asker = ctx.utterances[i]!.speakerId;
  for (let k = i + 1; k < ctx.utterances.length && k <= i + REASK_REACH; k++) {
    if (ctx.utterances[k]!.speakerId !== asker) continue;
    const words = ctx.prepared.lower[k]!;
    const later = ctx.tokens[k]!;
    return questionsIn(ctx.prepared, k).some((again) => {
      const at = later.findIndex((t) => t.start >= again.start);
      // The fragment's words at the start of the whole question, after any lead-in ("So", "Um") of at most 3 words.
      for (let s = at; s >= 0 && s <= at + 3 && s + fragment.length <= words.length; s++)
        if (fragment.every((w, j) => words[s + j] === w)) return true;
      return false;
    });
  }
  return false;
}

function findAnswer(ctx: TurnContext, q: number): number | null {
  const us = ctx.utterances;
  const asker = us[q]!.speakerId;
  // Where the question's end was estimated (start times only), the time tests would measure the estimate.
  const timed = ctx.timed && !us[q]!.endEstimated;
  for (let j = q + 1; j < us.length && j <= q + T.answerWindowUtterances; j++) {
    const u = us[j]!;
    if (timed && u.startMs! - us[q]!.endMs! > T.answerWindowMs) break;
    if (u.speakerId === asker) continue;
    if (timed && u.startMs! < us[q]!.endMs! - T.answerOverlapToleranceMs) continue;
    return j;
  }
  return null;
}
