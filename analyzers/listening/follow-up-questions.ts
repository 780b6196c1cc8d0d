/**
 * Follow-up questions: a question asked right after someone else spoke that takes up their words
 * ("... the cache misses." -> "Which cache misses the most?"). Asking follow-ups is the listening
 * behaviour most strongly tied to being liked in conversation (Huang et al. 2017, "It doesn't hurt
 * to ask: question-asking increases liking", JPSP 113(3)).
 *
 * Question clauses come from analyzers/nlp/questions.ts (punctuated or not); shared words are
 * content words (analyzers/nlp/context.ts) of the question clause and of the previous
 * speaker's last few utterances.
 */
import * as z from 'zod';
import { contentWords, respondingTo, utterancesIntoTurn, type ConversationContext } from '../nlp/context';
import { namedNear } from '../nlp/names';
import { sentenceRange } from '../nlp/phrase-matcher';
import type { UtteranceView } from '../nlp/types';
import type { PreparedTranscript } from '../nlp/prepare';
import { questionsIn } from '../nlp/prepared-questions';
import type { QuestionMatch } from '../nlp/questions';
import { WordSequences, wordsFoundIn } from '../nlp/word-sequences';
import { CLARIFYING_OPENERS, CONFIRMING_WORDS, REPAIR_QUESTION_WORDS } from './data/repair';
import { TOPIC_SHIFT_PREFACES } from './data/topic-shifts';
import {
  CONFIRMATION_ECHO_SHARE,
  EARLIER_OTHERS_REACH,
  FLOOR_GRANT_MAX_WORDS,
  FOLLOW_UP_REACH,
  MIN_SHARED_WORDS,
  OWN_TOPIC_REACH,
  QUESTION_TOPIC_SHIFT_WORDS,
  QUESTION_WITHIN_WORDS,
  PREVIOUS_TURN_UTTERANCES,
  TOPIC_SHIFT_WORDS,
} from './thresholds';

export const FollowUpQuestion = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  /** The person whose words the question takes up. */
  toSpeakerId: z.string(),
  /** The question clause, verbatim. */
  quote: z.string(),
  /** Content words shared with the previous speaker, as asked. */
  sharedWords: z.array(z.string()),
  /** Where those words were said. */
  previousUtteranceIds: z.array(z.string()),
});
export type FollowUpQuestion = z.infer<typeof FollowUpQuestion>;

export interface QuestionsFound {
  followUps: FollowUpQuestion[];
  /** Character range of each follow-up's question clause, by utterance index, for quoting. */
  spans: Map<number, { start: number; end: number }>;
}

/**
 * The follow-up questions: at most one per utterance, its first question clause that takes up the words of the
 * person who just spoke. A clause that overlaps `restated` (by utterance index: the character range of a paraphrase,
 * "are you saying that ...?") is read as that paraphrase, not as a follow-up too.
 *
 * @example
 * // Ana: "The nightly export keeps timing out."  Ben: "Is the export timing out on the big accounts?"
 * followUpQuestions(p, ctx).followUps[0] // => { speakerId: 's2', toSpeakerId: 's1', sharedWords: ['export', 'timing'], ... }
 */
export function followUpQuestions(
  p: PreparedTranscript,
  ctx: ConversationContext,
  restated: ReadonlyMap<number, { start: number; end: number }> = new Map(),
): QuestionsFound {
  const utterances = p.transcript.utterances;
  const followUps: FollowUpQuestion[] = [];
  const spans = new Map<number, { start: number; end: number }>();
  const marks = new ContentMarks(ctx.contentKeyCount);
  for (let j = 0; j < utterances.length; j++) {
    const view = ctx.views[j]!;
    if (ctx.contentKeys[j]!.length === 0 || ctx.backchannel[j]) continue;
    // Right after the other's speech: early in the asker's turn, answering someone else's point.
    if (utterancesIntoTurn(ctx, j, FOLLOW_UP_REACH) >= FOLLOW_UP_REACH) continue;
    const previous = respondingTo(ctx, j);
    if (previous < 0) continue;
    // The cheap word test first: most utterances share too few words to be a follow-up (the other tests are
    // filters too, so their order changes nothing but the cost).
    const theirs = recentContent(ctx, j, previous, marks);
    if (theirs === null || theirs.size < MIN_SHARED_WORDS) continue;
    dropOwnTopic(ctx, j, theirs, marks);
    if (theirs.size < MIN_SHARED_WORDS) continue;
    // "Separate thing: who owns the database budget?" announces a new subject.
    if (opensNewTopic(view)) continue;
    // "Mr. Arnold, go ahead": the floor given to the asker opens their slot, and its question is an opening one.
    if (givesFloorTo(ctx, previous, ctx.speakerOf[j]!)) continue;
    const questions = questionsIn(p, j);
    const paraphrase = restated.get(j);
    for (const q of questions) {
      if (paraphrase !== undefined && q.start < paraphrase.end && paraphrase.start < q.end) continue;
      // A question deep inside a long statement answers nobody's last words (often it is rhetorical).
      const clauseStart = wordsBefore(view, q.start);
      if (clauseStart > QUESTION_WITHIN_WORDS) break;
      // "Thank you for that. In terms of ... another kind of consequence, are we ...?" opens a new line of questions:
      // a preface from the start of the question's sentence to a few words into the clause.
      const sentenceStart = clauseStart < view.lower.length ? sentenceRange(view, clauseStart).start : clauseStart;
      if (opensNewTopic(view, sentenceStart, clauseStart - sentenceStart + QUESTION_TOPIC_SHIFT_WORDS)) continue;
      // "Web site's what?": a repeat ending in a question word asks to hear it again (repair), follows up nothing.
      if (endsWithRepairWord(view, q)) continue;
      const words = clauseWords(view, q);
      const shared = sharedWith(ctx, words, theirs);
      if (shared.length < MIN_SHARED_WORDS) continue;
      // "Yeah, may we remove Kazakh from this list, yeah." confirms the line before; "Sorry, can I just be clear? How
      // does the law as it presently stands protect children?" checks the question put. Neither takes it further.
      if (repeatsToConfirm(p, ctx, view, words, previous)) continue;
      // "And shorter words." / "Shorter words." / "Shorter words would induce more dynamics, right?": the words
      // are the first speaker's, whom the echo only repeated (review r16).
      const asker = ctx.speakerOf[j]!;
      for (const s of shared) s.at = echoOrigin(ctx, s.at, asker);
      // A follow-up takes up what the person who just spoke said. Words mostly from someone further back are the
      // asker's own subject, the meeting's topic or a prepared line more often than uptake (coach labels, review
      // r13: of 8 such, 1 signed), unless the asker names them: "Mei, what was the completion rate?" brings back
      // someone who was talked over.
      const toSpeakerId = ctx.speakerOf[mostShared(shared)]!;
      const justSpoke =
        toSpeakerId === ctx.speakerOf[previous] || toSpeakerId === ctx.speakerOf[echoOrigin(ctx, previous, asker)];
      if (!justSpoke && !namesSpeaker(ctx, view, j, toSpeakerId)) continue;
      followUps.push({
        utteranceId: utterances[j]!.id,
        speakerId: asker,
        toSpeakerId,
        quote: view.text.slice(q.start, q.end),
        sharedWords: shared.map((s) => s.word),
        previousUtteranceIds: [...new Set(shared.map((s) => s.at))].sort((a, b) => a - b).map((k) => utterances[k]!.id),
      });
      spans.set(j, { start: q.start, end: q.end });
      break;
    }
  }
  return { followUps, spans };
}

/**
 * The other's words minus those the asker brought up first: uptake is picking up what someone else said, and
 * a questioner who returns to their own subject ("the airport crisis", a line of prepared questions) repeats
 * words the answer merely echoed. A word the other said first (and the asker took up since) stays: the first
 * utterance of the window that holds the word decides. In place, with the word marks of `recentContent` (the
 * words of `theirs` are those taken for j): a Map per utterance of the window's every word was a tenth of all
 * the memory the analysers allocated.
 */
function dropOwnTopic(ctx: ConversationContext, j: number, theirs: Map<string, number>, marks: ContentMarks): void {
  const asker = ctx.speakerOf[j];
  for (let k = Math.max(0, j - OWN_TOPIC_REACH); k < j; k++) {
    const ids = ctx.contentIds[k]!;
    const own = ctx.speakerOf[k] === asker;
    for (let n = 0; n < ids.length; n++) {
      const id = ids[n]!;
      if (marks.taken[id] !== j || marks.decided[id] === j) continue;
      marks.decided[id] = j;
      if (own) theirs.delete(ctx.contentKeys[k]![n]!);
    }
  }
}

/**
 * Whether utterance k is a short line that names the asker: a chair calling the next person ("Ms Kwan, go
 * ahead"), which hands them the floor rather than saying anything to follow up.
 */
function givesFloorTo(ctx: ConversationContext, k: number, asker: string): boolean {
  const view = ctx.views[k]!;
  if (view.lower.length > FLOOR_GRANT_MAX_WORDS) return false;
  const named = namedNear(view, 0, view.lower.length, 0, ctx.names, ctx.speakerOf[k]!);
  return named.some((n) => n.speakerIds.includes(asker));
}

/** True when utterance j (its view) names the speaker `speakerId`. */
function namesSpeaker(ctx: ConversationContext, view: UtteranceView, j: number, speakerId: string): boolean {
  const named = namedNear(view, 0, view.lower.length, 0, ctx.names, ctx.speakerOf[j]!);
  return named.some((n) => n.speakerIds.includes(speakerId));
}

/** True when the last word of the question clause is a question word ("... on what?"): REPAIR_QUESTION_WORDS. */
function endsWithRepairWord(view: UtteranceView, q: QuestionMatch): boolean {
  let last = -1;
  for (let k = 0; k < view.tokens.length && view.tokens[k]!.end <= q.end; k++) last = k;
  return last >= 0 && view.tokens[last]!.start >= q.start && REPAIR_QUESTION_WORDS.has(view.lower[last]!);
}

/**
 * True when the question clause (its lower-case `words`, in utterance `view`) mostly repeats the line it answers
 * (CONFIRMATION_ECHO_SHARE of its words are in it) and either opens with a confirming word (CONFIRMING_WORDS: "Yeah,
 * may we remove Kazakh from this list?"), or that line asked a question, or the utterance opens by asking to get it
 * right (CLARIFYING_OPENERS: "Sorry, can I just be clear?"): the question put, checked before the answer. Sources
 * in data/repair.ts.
 *
 * @example
 * // u1 Sian "... and how does that protect children."  u2 Barry "Sorry, can I just be clear? How does the law as it presently stands protect children?"
 * repeatsToConfirm(p, ctx, ctx.views[1], clauseWords(ctx.views[1], secondClause), 0) // => true
 */
function repeatsToConfirm(
  p: PreparedTranscript,
  ctx: ConversationContext,
  view: UtteranceView,
  words: readonly string[],
  previous: number,
): boolean {
  if (words.length === 0) return false;
  if (wordsFoundIn(words, ctx.views[previous]!.lower) < CONFIRMATION_ECHO_SHARE * words.length) return false;
  return CONFIRMING_WORDS.has(view.lower[0] ?? '') || questionsIn(p, previous).length > 0 || opensAsClarifying(view);
}

/** The lower-case words of the question clause. */
function clauseWords(view: UtteranceView, q: QuestionMatch): string[] {
  const lower: string[] = [];
  for (let k = 0; k < view.tokens.length; k++) {
    const t = view.tokens[k]!;
    if (t.start >= q.start && t.end <= q.end) lower.push(view.lower[k]!);
  }
  return lower;
}

/** How many words of the utterance come before character offset `at`. */
function wordsBefore(view: UtteranceView, at: number): number {
  let n = 0;
  while (n < view.tokens.length && view.tokens[n]!.end <= at) n++;
  return n;
}

/**
 * The utterance whose words utterance k only repeats: while the line just before k is someone else's (not the
 * asker's) and holds every word of k, that line. Else k itself. Every word, not every content word: "It's very
 * badly designed so it's" after "It's badly designed." adds to it, and is the line a follow-up takes up.
 *
 * @example
 * // u1 Eve "And shorter words."  u2 Abe "Shorter words."  u3 Cal "Shorter words would help, right?"
 * echoOrigin(ctx, 1, 's3') // => 0
 */
function echoOrigin(ctx: ConversationContext, k: number, asker: string): number {
  while (k > 0 && ctx.speakerOf[k - 1] !== ctx.speakerOf[k] && ctx.speakerOf[k - 1] !== asker) {
    const repeated = ctx.views[k]!.lower;
    if (repeated.length === 0 || wordsFoundIn(repeated, ctx.views[k - 1]!.lower) < repeated.length) break;
    k -= 1;
  }
  return k;
}

/** The utterance that holds most of the shared words (the latest on a tie): whose words were taken up. */
function mostShared(shared: ReadonlyArray<{ at: number }>): number {
  const counts = new Map<number, number>();
  for (const s of shared) counts.set(s.at, (counts.get(s.at) ?? 0) + 1);
  let best = -1;
  let bestCount = 0;
  for (const [at, n] of counts) if (n > bestCount || (n === bestCount && at > best)) [best, bestCount] = [at, n];
  return best;
}

const TOPIC_SHIFTS = new WordSequences(TOPIC_SHIFT_PREFACES);
const CLARIFYING = new WordSequences(CLARIFYING_OPENERS);

/** True when one of CLARIFYING_OPENERS starts within the utterance's first TOPIC_SHIFT_WORDS words ("Sorry, can I just be clear?"). */
function opensAsClarifying(view: UtteranceView): boolean {
  for (let start = 0; start < TOPIC_SHIFT_WORDS && start < view.lower.length; start++)
    if (CLARIFYING.startsAt(view.lower, start)) return true;
  return false;
}

/**
 * Does a topic-shift preface ("separate thing", "unrelated, but") start within the first words of the utterance
 * (or, given `from`, within `reach` words of token `from`)?
 *
 * @example
 * opensNewTopic(viewOf('Separate thing: who owns the backups?')) // => true
 */
export function opensNewTopic(view: UtteranceView, from = 0, reach = TOPIC_SHIFT_WORDS): boolean {
  for (let start = from; start < from + reach && start < view.lower.length; start++)
    if (TOPIC_SHIFTS.startsAt(view.lower, start)) return true;
  return false;
}

/**
 * Content words the question may take up: the previous speaker's latest turn, then other speakers' utterances
 * a little further back (not the asker's own; not before the asker's last turn when the latest answer made a point
 * and the question takes up none of it). Stem -> the utterance (index) that said it last; null when none.
 * Only the asker's own words (utterance j's) are kept: a question clause can take up no other, and collecting
 * every recent word built a Map of them per utterance.
 */
function recentContent(
  ctx: ConversationContext,
  j: number,
  previous: number,
  marks: ContentMarks,
): Map<string, number> | null {
  const mine = ctx.contentIds[j]!;
  for (let n = 0; n < mine.length; n++) marks.mine[mine[n]!] = j;
  let words: Map<string, number> | null = null;
  // The other speaker's latest utterances in their turn, latest first.
  const speaker = ctx.speakerOf[previous];
  for (let k = previous; k >= 0 && k > previous - PREVIOUS_TURN_UTTERANCES && ctx.speakerOf[k] === speaker; k--)
    words = takeShared(ctx, k, j, marks, words);
  const asker = ctx.speakerOf[j];
  const answerMadeAPoint = ctx.contentKeys[previous]!.length >= MIN_SHARED_WORDS;
  let k = previous;
  while (k >= 0 && ctx.speakerOf[k] === ctx.speakerOf[previous]) k--;
  for (let seen = 0; k >= 0 && seen < EARLIER_OTHERS_REACH; k--, seen++) {
    if (ctx.backchannel[k]) continue;
    if (ctx.speakerOf[k] === asker) {
      // A question that takes up nothing of an answer with a point of its own goes past it: "Will the Prime Minister
      // end the over-policing of black and indigenous people?" / an answer on systemic discrimination / "Will he
      // collect data on racialized, particularly indigenous people?" takes up the answer before last ("racialized
      // Canadians, including indigenous Canadians") no more than the question in between did. A prepared line of
      // questions, a coach said (review r19). After a bare "Yes, all of them.", or with a word of the latest answer
      // ("What are the areas of grey that you refer to?"), the question still follows the exchange up.
      if (answerMadeAPoint && words === null) break;
      continue;
    }
    words = takeShared(ctx, k, j, marks, words);
  }
  return words;
}

/**
 * Per content key of the transcript, the utterance j that last marked it as its own (`mine`), that last took it
 * from someone (`taken`) and that last decided whether it was the asker's topic (`decided`): membership tests in
 * typed arrays instead of a Map (or a Set) per utterance.
 */
class ContentMarks {
  readonly mine: Int32Array;
  readonly taken: Int32Array;
  readonly decided: Int32Array;
  constructor(keys: number) {
    this.mine = new Int32Array(keys).fill(-1);
    this.taken = new Int32Array(keys).fill(-1);
    this.decided = new Int32Array(keys).fill(-1);
  }
}

/** Adds utterance k's words that utterance j said too and has not taken yet to `words` (created on the first). */
function takeShared(
  ctx: ConversationContext,
  k: number,
  j: number,
  marks: ContentMarks,
  words: Map<string, number> | null,
): Map<string, number> | null {
  const ids = ctx.contentIds[k]!;
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    if (marks.mine[id] !== j || marks.taken[id] === j) continue;
    marks.taken[id] = j;
    (words ??= new Map()).set(ctx.contentKeys[k]![n]!, k);
  }
  return words;
}

/** Content words of the question clause that the other speaker said: the word as asked, and where they said it. */
function sharedWith(
  ctx: ConversationContext,
  words: readonly string[],
  theirs: ReadonlyMap<string, number>,
): Array<{ word: string; at: number }> {
  const shared: Array<{ word: string; at: number }> = [];
  for (const [key, word] of contentWords(words, ctx.names)) {
    const at = theirs.get(key);
    if (at !== undefined) shared.push({ word, at });
  }
  return shared;
}
