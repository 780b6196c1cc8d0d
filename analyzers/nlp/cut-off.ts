/**
 * A question or invitation broken off and asked again: "Uh, what do we think a" / "What do we think a good size would
 * be for this?" is one move by one speaker, counted once (reviews r16, invitations, and r37, questions).
 */
import type { Token } from './tokenize';

/** At most this many words after the phrase, and no '.', '?' or '!' after its start: it broke off. */
export const CUT_OFF_TAIL_WORDS = 2;
/** Asked again by the same speaker within this many utterances: the fragment and the whole are one move. */
export const REASK_REACH = 2;

/**
 * True when the phrase at tokens [from, to) breaks off: few words after it and no sentence end from its start on.
 *
 * @example
 * const text = 'Uh, what do we think a';
 * breaksOff(text, tokenize(text), 1, 5) // => true
 * breaksOff('What do we think a good size would be?', tokens, 0, 4) // => false
 */
export function breaksOff(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.length - to <= CUT_OFF_TAIL_WORDS && !/[.?!]/.test(text.slice(tokens[from]!.start));
}
