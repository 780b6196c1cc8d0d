/**
 * The sense of an utterance's tone: which negative words are sympathy, and which sentences aim
 * negative affect at the other person (blame, contempt, a harsh remark said to someone). Tension
 * and the remark findings need directed affect; shared bad news and sympathy are not tension
 * (issue 11). Word lists and patterns: data/tone-senses.ts.
 */
import { anyPattern } from '../nlp/any-pattern';
import type { Contribution } from './score-utterance';
import { ADDRESS, GENERIC_YOU, HOSTILITY, LAUGHS, SYMPATHY, type HostilityEntry } from './data/tone-senses';
import { SENTIMENT_THRESHOLDS as T } from './thresholds';
import { HONORIFICS } from '../nlp/names';
import { isWhiteSpace } from '../../src/model/white-space';
import { vocative } from './vocative';

/**
 * A sentence said to someone needs negative words worth at least this much (VADER scale) to count as
 * aimed at them without a hostility marker: one clear word ("broken" -2.1, "mess" -1.5), not a mild
 * topic word ("delay" -1.3, "risk" -1.1).
 */
const DIRECTED_MIN_NEGATIVE = -1.5;

/** Every hostility marker in one scan: the check that lets most utterances stop early. */
const ANY_HOSTILITY = anyPattern(HOSTILITY.map((e) => e.pattern));
/** Every sympathy pattern in one scan (the same answer as testing them one by one). */
const ANY_SYMPATHY = anyPattern(SYMPATHY.map((e) => e.pattern));

/** One sentence of an utterance, as character offsets into its text. */
export interface Span {
  start: number;
  end: number;
}

/** What a sentence aims at the hearer. */
export interface DirectedSentence extends Span {
  /** `attack` is a remark to reflect on; `pushback` answers one. */
  move: 'attack' | 'pushback';
  /** Ids of the hostility entries that matched (empty when a negative word said to someone decided). */
  markers: string[];
}

export interface ToneSense {
  /** Sentences that are sympathy or condolence. */
  sympathy: Span[];
  /** Sentences with negative affect aimed at the hearer. */
  directed: DirectedSentence[];
  /** The other speaker addressed by name in the utterance, if any (speaker id). */
  addressedSpeakerId: string | null;
}

/**
 * Sentences of `text`: up to and including `.`, `!` or `?` followed by space or the end.
 *
 * @example
 * sentenceSpans('That is unfair. The bug came from you.') // => [{ start: 0, end: 15 }, { start: 16, end: 38 }]
 * sentenceSpans('That is wrong, Mr. Chair.') // => [{ start: 0, end: 25 }] (a title ends no sentence)
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // Character codes, not a regular expression per character: this runs over every character of every
  // utterance with a negative word, and the per-character tests were a twelfth of what the analysers allocate.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c === 46 /* . */ || c === 33 /* ! */ || c === 63) /* ? */ &&
      (i + 1 === text.length || isWhiteSpace(text.charCodeAt(i + 1))) &&
      !afterTitle(text, i)
    ) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.length);
  return spans;

  function push(from: number, to: number) {
    while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
    if (to > from) spans.push({ start: from, end: to });
  }
}

/** True when the "." at i ends a title ("Mr.", "Dr."), which a name follows: no sentence ends there. */
function afterTitle(text: string, i: number): boolean {
  if (text[i] !== '.' || i + 2 >= text.length) return false;
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1];
  return word !== undefined && HONORIFICS.has(word.toLowerCase());
}

/**
 * Reads the tone sense of one utterance.
 *
 * @example
 * const text = 'Honestly, Anna, that demo was a waste of your time.';
 * const others = new Map([['anna', 's2']]);
 * toneSense(text, scoreText(text).contributions, -0.42, others).directed[0].move // => 'attack'
 */
export function toneSense(
  text: string,
  contributions: readonly Contribution[],
  score: number,
  /** Lower-cased first names of the other speakers -> speaker id. */
  others: ReadonlyMap<string, string>,
): ToneSense {
  // Most utterances carry no negative word and no hostility marker: nothing to read (a third of the
  // analyser's time on the QMSum meetings went here before this check). The lower-case copy of the
  // text is made only when there is no negative word to decide it.
  if (!hasNegative(contributions) && !ANY_HOSTILITY(text.toLowerCase())) return NO_SENSE;
  const spans = sentenceSpans(text);
  const lower = spans.map((s) => text.slice(s.start, s.end).toLowerCase());
  const sympathy: Span[] = [];
  let addressedSpeakerId: string | null = null;
  const named = lower.map((s) => {
    const name = vocative(s, others);
    if (name !== null) addressedSpeakerId ??= name;
    return name !== null;
  });
  // A sentence addresses the hearer by name or in the second person (ADDRESS). The second-person patterns
  // run only when the answer counts: for a hostility marker that needs an addressee, or in a clearly
  // negative utterance (most utterances with a negative word are neither).
  const addressed = (k: number) =>
    named[k]! || ADDRESS.some((e) => e.pattern.test(lower[k]!.replace(GENERIC_YOU, '').trim()));
  let anyAddressed: boolean | null = null; // computed on first need
  const directed: DirectedSentence[] = [];
  spans.forEach((span, k) => {
    const s = lower[k]!;
    // One scan of each list first (most sentences match none), then the entries one by one.
    if (ANY_SYMPATHY(s)) {
      sympathy.push(span);
      return;
    }
    const found: HostilityEntry[] = ANY_HOSTILITY(s)
      ? HOSTILITY.filter(
          (e) => e.pattern.test(s) && (e.addressed || (anyAddressed ??= lower.some((_, j) => addressed(j)))),
        )
      : [];
    // A negative word said to someone counts when the utterance as a whole reads clearly negative.
    // Not in a question: "are you having problems?" asks, it does not accuse. The words are summed last
    // (only for a sentence that addresses someone in a negative utterance).
    const saidToSomeone =
      score <= -T.momentMinAbsScore &&
      addressed(k) &&
      !s.trimEnd().endsWith('?') &&
      aimedNegative(contributions, span, s) <= DIRECTED_MIN_NEGATIVE;
    if (found.length === 0 && !saidToSomeone) return;
    const move = found.some((e) => e.move === 'pushback') ? 'pushback' : 'attack';
    directed.push({ ...span, move, markers: found.map((e) => e.id) });
  });
  return { sympathy, directed, addressedSpeakerId };
}

/**
 * The sense of an utterance with nothing to read: shared by most utterances (one object and two arrays
 * fewer each), so frozen.
 */
const NO_SENSE: ToneSense = Object.freeze({
  sympathy: Object.freeze([]) as unknown as Span[],
  directed: Object.freeze([]) as unknown as DirectedSentence[],
  addressedSpeakerId: null,
});

function hasNegative(contributions: readonly Contribution[]): boolean {
  for (let k = 0; k < contributions.length; k++) if (contributions[k]!.value < 0) return true;
  return false;
}

/**
 * True when the utterance's negative words are sympathy: it has a sympathy sentence and aims nothing
 * at the hearer, so its other negative words describe the trouble being sympathised with ("I know,
 * it was brutal. I am sorry you had to present those numbers"). Not a negative moment.
 *
 * @example
 * sympathetic(toneSense('Sorry for your loss, Nora.', ...)) // => true
 */
export function sympathetic(sense: ToneSense): boolean {
  return sense.sympathy.length > 0 && sense.directed.length === 0;
}

/**
 * True when every contribution of the given sign is a laugh ("ha") or lies in a sentence aimed at
 * the hearer (sarcastic "thanks for nothing"): no positive moment.
 *
 * @example
 * onlyLaughOrSarcasm(toneSense('Thanks for nothing, Karl.', ...), contributions) // => true
 */
export function onlyLaughOrSarcasm(sense: ToneSense, contributions: readonly Contribution[]): boolean {
  const mine = contributions.filter((c) => c.value > 0);
  return (
    mine.length > 0 &&
    mine.every(
      (c) => LAUGHS.has(c.word.toLowerCase()) || sense.directed.some((s) => c.start >= s.start && c.end <= s.end),
    )
  );
}

/**
 * Negative words that aim nothing at the hearer: a "No," that corrects and a "sorry" that apologises
 * ("No, you sorry, you are not involved in the running of the events") are how people disagree politely.
 */
const NOT_AIMED: ReadonlySet<string> = new Set(['no', 'nope', 'sorry']);

/** A clause that turns to the situation: "... and that's bad", "; it was awful". */
const SITUATION_CLAUSE = /(?:,?\s+(?:and|but|so)\s+|;\s*)(?:that|it|this)(?:'s|’s| is| was)\b/;

/**
 * The sum of the negative words of a lower-cased sentence at `span` that lie in the clause addressing
 * the hearer: in "the more I speak, the more items on your to-do list, and that's bad" the "bad" is
 * about the situation. "No" and "sorry" aim nothing (NOT_AIMED).
 */
function aimedNegative(contributions: readonly Contribution[], span: Span, sentence: string): number {
  const end = Math.min(span.end, span.start + addressedClauseEnd(sentence));
  let sum = 0;
  for (let k = 0; k < contributions.length; k++) {
    const c = contributions[k]!;
    if (c.start >= span.start && c.end <= end && c.value < 0 && !NOT_AIMED.has(c.word.toLowerCase())) sum += c.value;
  }
  return sum;
}

/**
 * Where the clause that addresses the hearer ends in a lower-cased sentence: at a following clause about the
 * situation, else at the sentence end.
 */
function addressedClauseEnd(sentence: string): number {
  const at = SITUATION_CLAUSE.exec(sentence);
  return at === null ? sentence.length : at.index;
}
