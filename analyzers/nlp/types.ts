/**
 * The shapes shared by the phrase matcher, the name index and the word lists (data/ files import their
 * types from here, never from code). Types only: this module has no runtime content.
 */
import type { Lexicon } from './lexicon';
import type { Token } from './tokenize';

/**
 * One phrase of a word list: the pattern language is described in ./phrase-matcher.ts.
 *
 * @example
 * const rule: PhraseRule = { id: 'good-point', pattern: 'good point', example: 'Good point, Sam.', source: 'ours', note: 'praise' };
 */
export interface PhraseRule {
  /** Unique within its list; it becomes the finding's `ruleId`. */
  id: string;
  /** See the pattern language in ./phrase-matcher.ts, e.g. `as {name} said|mentioned`. */
  pattern: string;
  /** A sentence the rule must match: the data tests check it does. */
  example: string;
  /** Where the phrase comes from (a paper, a style guide, a corpus we looked at). */
  source: string;
  /** Why the phrase belongs here, or what to watch out for. */
  note: string;
  /** No match when the word(s) right before, with no punctuation between, are one of these (`not` in "not a good idea"). */
  notAfter?: readonly string[];
  /** No match when the word right after, with no punctuation between, is one of these (`to` in "a good idea to ...", not in "I mean, it works"). */
  notBefore?: readonly string[];
  /** Only at the start of a sentence ("Yes, and ..."). */
  sentenceStart?: boolean;
  /** Only when set off by punctuation on both sides ("it's, like, huge"; "Like, we could"). */
  parenthetical?: boolean;
  /** Not inside a sentence that ends with a question mark ("is that a good idea?"). */
  notInQuestion?: boolean;
  /** Only inside a sentence that ends with a question mark ("You were saying?", not "Well you were saying, it reads"). */
  onlyInQuestion?: boolean;
  /** Only when the match ends a clause: punctuation or the end of the utterance follows ("Sorry, you were saying?" but not "you were saying that ..."). */
  clauseEnd?: boolean;
  /**
   * Punctuation allowed between the words of a match. By default none: "That's you, right" is not
   * "you're right", and "Thank you. Oops" names nobody. `comma`: commas, colons, dashes ("Thanks, Sam";
   * "Stupid question, but"); `no-question-mark`: also full stops, not "?" ("Yes. And ...", not "Yeah? And").
   */
  punctuationInside?: 'comma' | 'no-question-mark';
}

/**
 * The words of one utterance, ready for matching.
 *
 * @example
 * const view: UtteranceView = viewOf('Good point, Sam.'); // view.lower => ['good', 'point', 'sam']
 */
export interface UtteranceView {
  text: string;
  tokens: readonly Token[];
  lower: readonly string[];
  /** False when the utterance has no capital letter at all (lower-case speech-to-text): names cannot be told by case. */
  cased: boolean;
  /**
   * The transcript's lexicon when the tokens come from prepare(): the words' form ids are
   * `lexicon.tokenForms[firstForm + k]`, so that a word list can look words up by number. Null otherwise.
   */
  lexicon?: Lexicon | null;
  firstForm?: number;
}
