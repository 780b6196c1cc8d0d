/**
 * Why a change of speaker after a broken-off or overlapped utterance is not an interruption (an
 * answer, a hand-over, a yield, a completion the speaker accepts), and when it is one even without a
 * cut-off mark (the speaker reclaims the floor: "Let me finish."). The phrases are data
 * (analyzers/turn-taking/data/floor-moves.ts).
 */
import type { CutoffMarker } from './data/cutoff-markers';
import { ACCEPTANCE_OPENINGS, RECLAIM_OPENINGS, YIELD_OPENINGS } from './data/floor-moves';
import { questionsIn } from '../nlp/prepared-questions';
import { wordsFoundIn } from '../nlp/word-sequences';
import type { TurnContext } from './context';

export type FloorExcuse = 'handover' | 'yield' | 'answer' | 'completion';

/** A completion is short: a word or phrase the first speaker was looking for. */
const COMPLETION_MAX_WORDS = 8;
/** The first speaker reacts within this many utterances after the newcomer's. */
const REACTION_WINDOW = 2;

/** Lower case, plain apostrophes, words only, single spaces. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Utterance i normalised, once per analysis: overlaps ask about the same few utterances again and again. */
const normalisedTexts = new WeakMap<TurnContext, Array<string | undefined>>();
function normalisedAt(ctx: TurnContext, i: number): string {
  let texts = normalisedTexts.get(ctx);
  if (!texts) normalisedTexts.set(ctx, (texts = new Array<string | undefined>(ctx.utterances.length)));
  return (texts[i] ??= normalise(ctx.utterances[i]!.text));
}

/** Does the normalised text `n` open with one of the phrases (the whole phrase, then a space or the end)? */
function opensWith(n: string, phrases: readonly string[]): boolean {
  for (const p of phrases) if (n.startsWith(p) && (n.length === p.length || n.charCodeAt(p.length) === 32)) return true;
  return false;
}

/** The distinct first words of a list's phrases. */
function firstWordsOf(phrases: readonly string[]): readonly string[] {
  return [...new Set(phrases.map((p) => p.split(' ')[0]!))];
}
const YIELD_FIRST = firstWordsOf(YIELD_OPENINGS);
const RECLAIM_FIRST = firstWordsOf(RECLAIM_OPENINGS);
const ACCEPTANCE_FIRST = firstWordsOf(ACCEPTANCE_OPENINGS);

/**
 * `opensWith` on utterance i, normalising it only when its first word may start one of the phrases: most
 * utterances cannot, and normalising all of them (four regular-expression passes and their strings each) was a
 * fifth of the overlap analysis.
 */
function opensWithAt(ctx: TurnContext, i: number, phrases: readonly string[], firstWords: readonly string[]): boolean {
  if (firstWordIsNone(ctx.utterances[i]!.text, firstWords)) return false;
  return opensWith(normalisedAt(ctx, i), phrases);
}

/**
 * True when the first word of normalise(text) is surely none of `words`: read in place where the text is ASCII up to
 * the end of that word (letters, digits and apostrophes, lower-cased; every other character becomes a space). False
 * when it is one of them, or when a non-ASCII character comes before the word ends (then normalise decides).
 */
function firstWordIsNone(text: string, words: readonly string[]): boolean {
  let start = 0;
  while (start < text.length && !isKept(text.charCodeAt(start))) start++;
  let end = start;
  for (; end < text.length && isKept(text.charCodeAt(end)); end++) if (text.charCodeAt(end) >= 128) return false;
  for (let w = 0; w < words.length; w++) if (sameLowerCase(text, start, end, words[w]!)) return false;
  return true;
}

/**
 * A character normalise keeps (an ASCII letter or digit, or "'"); a non-ASCII one counts as kept, and then the
 * word is undecided: it may be a letter, and some lower-case to ASCII ("İ" to "i" and a combining dot, which
 * normalise turns into a space).
 */
function isKept(c: number): boolean {
  return c >= 128 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
}

/** text[start, end) lower-cased (ASCII) equals `word`. */
function sameLowerCase(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The first utterance after `i` by the target's speaker, within the reaction window. */
function targetReaction(ctx: TurnContext, i: number, target: number): number | null {
  const who = ctx.utterances[target]!.speakerId;
  for (let j = i + 1; j < ctx.utterances.length && j <= i + REACTION_WINDOW; j++)
    if (ctx.utterances[j]!.speakerId === who) return j;
  return null;
}

/**
 * Why utterance `i` taking over from `target` is not an interruption, or null when nothing excuses it.
 *
 * @example
 * // Ines "the thing with the --" / Rafael "The billing export?" / Ines "Yes, the billing export."
 * floorMoveExcuses(ctx, 1, 0, cut) // => 'completion'
 */
export function floorMoveExcuses(
  ctx: TurnContext,
  i: number,
  target: number,
  cut: CutoffMarker | null,
): FloorExcuse | null {
  // "so..." / "or..." trails off to offer the floor (Lerner 2004: designedly incomplete utterances).
  if (cut && cut.kind === 'trailing-mark' && cut.strength === 'weak') return 'handover';
  if (opensWithAt(ctx, i, YIELD_OPENINGS, YIELD_FIRST)) return 'yield';
  // An answer to a question (with or without "?"), unless the question itself was broken off (a dash,
  // a dangling "the", a final disfluency): then the newcomer took over a question still being asked.
  const strongCut = cut !== null && cut.strength === 'strong';
  if (!strongCut && questionsIn(ctx.prepared, target).length > 0) return 'answer';
  if (ctx.words[i]! <= COMPLETION_MAX_WORDS) {
    // "Got to buy the book." / "gotta buy the" / "Book. I'm kidding.": the one broken off was repeating the
    // newcomer's own line, and the newcomer finished it (a shared joke, review r18).
    if (repeatsNewcomer(ctx, i, target)) return 'completion';
    const j = targetReaction(ctx, i, target);
    if (j !== null) {
      const offered = normalisedAt(ctx, i)
        .split(' ')
        .filter((w) => w.length >= 4);
      const last = offered[offered.length - 1];
      if (
        opensWithAt(ctx, j, ACCEPTANCE_OPENINGS, ACCEPTANCE_FIRST) ||
        (last !== undefined && normalisedAt(ctx, j).split(' ').includes(last))
      )
        return 'completion';
    }
  }
  return null;
}

/**
 * Whether the short utterance `target` repeats the line the speaker of `i` said just before it: two thirds of its
 * words (at least two) are in that line ("gotta buy the" after "Got to buy the book.": "buy", "the").
 *
 * @example
 * // Paul "Got to buy the book."  Andrew "gotta buy the"  Paul "Book. I'm kidding."
 * repeatsNewcomer(ctx, 2, 1) // => true
 */
function repeatsNewcomer(ctx: TurnContext, i: number, target: number): boolean {
  const before = target - 1;
  if (before < 0 || ctx.utterances[before]!.speakerId !== ctx.utterances[i]!.speakerId) return false;
  const repeated = ctx.prepared.lower[target]!;
  if (repeated.length > COMPLETION_MAX_WORDS) return false;
  const shared = wordsFoundIn(repeated, ctx.prepared.lower[before]!);
  return shared >= 2 && shared * 3 >= repeated.length * 2;
}

/**
 * Whether the target's speaker reclaimed the floor right after utterance `i` ("Let me finish.").
 *
 * @example
 * // Cora "... costs us" / Ben "But the app has more users" / Cora "Let me finish, please."
 * reclaimedAfter(ctx, 1, 0) // => true
 */
export function reclaimedAfter(ctx: TurnContext, i: number, target: number): boolean {
  const j = targetReaction(ctx, i, target);
  return j !== null && opensWithAt(ctx, j, RECLAIM_OPENINGS, RECLAIM_FIRST);
}
