/**
 * Which utterances are back-channels for turn-taking (floor turns, gaps, overlaps) and the listening counts: by
 * content (the whole utterance is "mm-hmm", "yeah", "sure": data/backchannels.ts) AND by position. The same "Yes."
 * that shows listening during someone's talk is an answer, and so a turn, right after a question put to the room:
 * "Did the contract go out?" / "Yes." gives the answerer a turn, and the asker handed over.
 *
 * An utterance answers a question when the utterance just before it is someone else's and ends with a question
 * clause (at most ANSWER_TAIL_WORDS words after it, e.g. a name: "Is that done, Luis?"), and, with timings, it
 * does not start more than ANSWER_OVERLAP_MS before that question ends (a "yeah" over the question is listening).
 */
import type { PreparedTranscript } from './prepare';
import { questionsIn } from './prepared-questions';
import { isBackchannel } from './data/backchannels';

/** Words allowed after the question clause in the asker's line ("..., Luis?" / "... or not? Anyone?"). */
export const ANSWER_TAIL_WORDS = 3;
/**
 * How far an answer may start before the question's end and still answer it: the terminal overlap in which a
 * next speaker anticipates the end (Jefferson 1984; turn-taking's terminalOverlapMs is the same 500 ms).
 */
export const ANSWER_OVERLAP_MS = 500;

const cache = new WeakMap<PreparedTranscript, boolean[]>();
const wordsCache = new WeakMap<PreparedTranscript, boolean[]>();

/**
 * True for each utterance whose words are back-channel words only ("mm-hmm", "yeah, right"), whatever its
 * position: found once per transcript and shared by these flags and the conversation context.
 *
 * @example
 * // Ana "Did the contract go out?"  Ben "Yes."  Ana "Then we wait for the signature."  Ben "Mm-hmm."
 * backchannelWords(prepare(t)) // => [false, true, false, true]
 */
export function backchannelWords(p: PreparedTranscript): readonly boolean[] {
  let words = wordsCache.get(p);
  if (!words) wordsCache.set(p, (words = p.lower.map((lower) => isBackchannel(lower))));
  return words;
}

/**
 * True for each utterance that is a back-channel: back-channel words that do not answer a question just asked.
 *
 * @example
 * // Ana "Did the contract go out?"  Ben "Yes."  Ana "Then we wait for the signature."  Ben "Mm-hmm."
 * backchannelFlags(prepare(t)) // => [false, false, false, true]
 */
export function backchannelFlags(p: PreparedTranscript): readonly boolean[] {
  const cached = cache.get(p);
  if (cached) return cached;
  const flags = backchannelWords(p).map((words, i) => words && !answersQuestion(p, i));
  cache.set(p, flags);
  return flags;
}

/**
 * Whether utterance i answers a question that the utterance just before it (or `asked`, an earlier one), by
 * someone else, ends with.
 *
 * @example
 * // Helen 1.0-4.1 s "The invoice for October, is that done?"  Luis 4.5-5.2 s "Done."
 * answersQuestion(p, 1) // => true
 */
export function answersQuestion(p: PreparedTranscript, i: number, asked = i - 1): boolean {
  if (asked < 0) return false;
  const us = p.transcript.utterances;
  const u = us[i]!;
  const q = us[asked]!;
  if (q.speakerId === u.speakerId) return false;
  const questions = questionsIn(p, asked);
  const last = questions[questions.length - 1];
  if (!last) return false;
  const tokens = p.tokens[asked] ?? [];
  let tail = 0;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.start >= last.end) tail++;
  if (tail > ANSWER_TAIL_WORDS) return false;
  const timed = p.transcript.hasTimings && u.startMs !== null && q.endMs !== null;
  return !timed || u.startMs! >= q.endMs! - ANSWER_OVERLAP_MS;
}
