/**
 * Repair in conversation (Schegloff, Jefferson & Sacks 1977, "The preference for self-correction in the
 * organization of repair in conversation", Language 53(2)): "Sorry?" and "Excuse me?" ask to hear something again,
 * and "more powerful excuse me more complex sites" corrects the speaker's own words. Neither apologises to anyone, so
 * the apology counts (inclusivity) and the politeness markers (sentiment) both leave them out.
 */
import type { Token } from './tokenize';

/**
 * True when a '?' follows the words ending at token `end - 1`, before the next word: "Sorry?", "I'm sorry?".
 *
 * @example
 * const text = "I'm sorry? I missed that.";
 * asksToHearAgain(text, tokenize(text), 2) // => true
 */
function asksToHearAgain(text: string, tokens: readonly Token[], end: number): boolean {
  return gapAfter(text, tokens, end).includes('?');
}

/**
 * True when tokens [start, end) sit inside a sentence with no pause written on either side: a self-repair
 * ("doing more powerful excuse me more complex web sites"), not an apology.
 *
 * @example
 * const text = 'doing more powerful excuse me more complex web sites';
 * saidMidSentence(text, tokenize(text), 3, 5) // => true
 */
function saidMidSentence(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  if (start === 0 || end >= tokens.length) return false;
  return isSpace(text.slice(tokens[start - 1]!.end, tokens[start]!.start)) && isSpace(gapAfter(text, tokens, end));
}

/**
 * True when an apology phrase at tokens [start, end) is repair: it asks to hear something again ("Sorry?",
 * "Excuse me?"), or it is "excuse me" / "pardon me" correcting a sentence mid-way. Read by the apology count
 * (inclusivity) and the politeness markers (sentiment) alike.
 *
 * @example
 * const text = 'more powerful excuse me more complex sites';
 * isRepair(text, tokenize(text), 2, 4) // => true
 * isRepair('Sorry, I was late.', tokens, 0, 1) // => false
 */
export function isRepair(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  if (asksToHearAgain(text, tokens, end)) return true;
  const word = tokens[start]!.lower;
  return (word === 'excuse' || word === 'pardon') && saidMidSentence(text, tokens, start, end);
}

/** The text between token `end - 1` and the next token (or the end of the text). */
function gapAfter(text: string, tokens: readonly Token[], end: number): string {
  const next = tokens[end];
  return text.slice(tokens[end - 1]!.end, next === undefined ? text.length : next.start);
}

const isSpace = (gap: string): boolean => /^\s+$/.test(gap);
