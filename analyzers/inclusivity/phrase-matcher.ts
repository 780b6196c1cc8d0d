/**
 * Phrase rules as data, compiled once into a Map keyed by first word, matched over the shared
 * tokens with one Map lookup per word (no regular expression per list: see the budget in DESIGN.md).
 *
 * Pattern language (space-separated steps, matched against lower-case tokens):
 * - `good|great`   one word out of several;
 * - `[really|so]`  an optional word (never the first step);
 * - `{name}`       a person's name: a speaker's name tokens, or an unknown capitalised word;
 * - `{name's}`     the same in the possessive ("Priya's");
 * - `{speaker}`, `{speaker's}`  only a speaker of this transcript (for weak patterns such as
 *                  "{speaker} said", where "Diefenbaker said" would be a quotation, not credit).
 */
import { tokenize, type Token } from '../nlp/tokenize';
import { HONORIFICS, matchName, type NameIndex, type NameMatch } from './names';

export interface PhraseRule {
  /** Unique within its list; it becomes the finding's `ruleId`. */
  id: string;
  /** See the pattern language above, e.g. `as {name} said|mentioned`. */
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
  /** Only when the match ends a clause: punctuation or the end of the utterance follows ("Sorry, you were saying?" but not "you were saying that ..."). */
  clauseEnd?: boolean;
  /**
   * Punctuation allowed between the words of a match. By default none: "That's you, right" is not
   * "you're right", and "Thank you. Oops" names nobody. `comma`: commas, colons, dashes ("Thanks, Sam";
   * "Stupid question, but"); `no-question-mark`: also full stops, not "?" ("Yes. And ...", not "Yeah? And").
   */
  punctuationInside?: 'comma' | 'no-question-mark';
}

type Step = { kind: 'words'; words: ReadonlySet<string>; optional: boolean } | { kind: 'name'; possessive: boolean; knownOnly: boolean };

interface CompiledRule<R extends PhraseRule> {
  rule: R;
  list: number;
  steps: Step[];
}

/** The words of one utterance, ready for matching. */
export interface UtteranceView {
  text: string;
  tokens: readonly Token[];
  lower: readonly string[];
  /** False when the utterance has no capital letter at all (lower-case speech-to-text): names cannot be told by case. */
  cased: boolean;
}

/**
 * The matcher's view of one utterance (tokens from prepare(), or tokenised here when not given).
 *
 * @example
 * viewOf('Good point, Sam.').lower // => ['good', 'point', 'sam']
 */
export function viewOf(text: string, tokens: readonly Token[] = tokenize(text)): UtteranceView {
  return { text, tokens, lower: tokens.map((t) => t.lower), cased: /\p{Lu}/u.test(text) };
}

export interface PhraseMatch<R extends PhraseRule> {
  rule: R;
  /** Token range [start, end) of the whole match. */
  start: number;
  end: number;
  /** The name the `{name}` step matched, if the pattern has one. */
  name: NameMatch | null;
}

/** A key for patterns that start with a name: tried wherever a token could be a name. */
const NAME_KEY = '\u0000name';

/**
 * Parses one pattern into steps, failing loudly on a malformed rule (a data bug, caught by the data tests).
 *
 * @example
 * compilePattern('as {name} said|mentioned').length // => 3
 */
export function compilePattern(pattern: string): Step[] {
  const parts = pattern.trim().split(/\s+/);
  const steps = parts.map((part): Step => {
    const slot = /^\{(name|speaker)('s)?\}$/.exec(part);
    if (slot) return { kind: 'name', possessive: slot[2] !== undefined, knownOnly: slot[1] === 'speaker' };
    const optional = part.startsWith('[') && part.endsWith(']');
    const body = optional ? part.slice(1, -1) : part;
    const words = body.split('|');
    if (words.some((w) => w === '' || /[\s{}[\]]/.test(w))) throw new Error(`malformed phrase pattern "${pattern}" at "${part}"`);
    return { kind: 'words', words: new Set(words), optional };
  });
  if (steps.length === 0 || parts[0] === '') throw new Error('empty phrase pattern');
  if (steps[0]!.kind === 'words' && steps[0]!.optional) throw new Error(`phrase pattern "${pattern}" starts with an optional word`);
  return steps;
}

/**
 * Several rule lists compiled together, so each word costs one Map lookup whatever the number of lists.
 *
 * @example
 * const m = new PhraseMatcher([[{ id: 'good-point', pattern: 'good|great point', example: 'Good point.', source: '-', note: '-' }]]);
 * m.match(view, names)[0]![0]!.rule.id // => 'good-point' for the utterance "Good point, Sam."
 */
export class PhraseMatcher<R extends PhraseRule> {
  private readonly byFirstWord = new Map<string, CompiledRule<R>[]>();
  readonly listCount: number;
  /** Scratch buffers reused across calls (matching is synchronous): per list, the next free token and the best match here. */
  private readonly nextFree: number[];
  private readonly best: Array<PhraseMatch<R> | undefined>;

  constructor(lists: ReadonlyArray<readonly R[]>) {
    this.listCount = lists.length;
    this.nextFree = new Array<number>(lists.length).fill(0);
    this.best = new Array<PhraseMatch<R> | undefined>(lists.length);
    lists.forEach((rules, list) => {
      for (const rule of rules) {
        const steps = compilePattern(rule.pattern);
        const first = steps[0]!;
        const keys = first.kind === 'name' ? [NAME_KEY] : [...first.words];
        for (const key of keys) {
          const bucket = this.byFirstWord.get(key) ?? [];
          bucket.push({ rule, list, steps });
          this.byFirstWord.set(key, bucket);
        }
      }
    });
  }

  /**
   * All matches in one utterance, per list: at each position the longest match, and matches of
   * one list never overlap (a later match starts after the previous one ends).
   */
  match(view: UtteranceView, names: NameIndex): ReadonlyArray<readonly PhraseMatch<R>[]> {
    // Most utterances match nothing: lists stay the shared empty array until a match arrives.
    const out: PhraseMatch<R>[][] = new Array(this.listCount).fill(NO_MATCHES);
    const nextFree = this.nextFree.fill(0);
    const best = this.best;
    const nameRules = this.byFirstWord.get(NAME_KEY);
    for (let i = 0; i < view.lower.length; i++) {
      const literal = this.byFirstWord.get(view.lower[i]!);
      // Name-first rules only where a name can start: a known name token or a capitalised word.
      const named = nameRules && couldStartName(view, i, names) ? nameRules : undefined;
      if (!literal && !named) continue;
      best.fill(undefined);
      let any = false;
      if (literal) any = this.tryAll(literal, view, i, names) || any;
      if (named) any = this.tryAll(named, view, i, names) || any;
      if (!any) continue;
      for (let list = 0; list < this.listCount; list++) {
        const m = best[list];
        if (!m) continue;
        if (out[list] === NO_MATCHES) out[list] = [];
        out[list]!.push(m);
        nextFree[list] = m.end;
      }
    }
    return out;
  }

  /** Tries candidates at token i, keeping the longest match per list in `best`. */
  private tryAll(candidates: readonly CompiledRule<R>[], view: UtteranceView, i: number, names: NameIndex): boolean {
    let any = false;
    for (const c of candidates) {
      if (i < this.nextFree[c.list]!) continue;
      const m = matchAt(c, view, i, names);
      if (!m) continue;
      const current = this.best[c.list];
      if (current === undefined || m.end > current.end) this.best[c.list] = m;
      any = true;
    }
    return any;
  }
}

/** Shared by every list with no match (never mutated). */
const NO_MATCHES: never[] = [];

/** Cheap pre-check before trying name-first rules: a capitalised token, or a known name token. */
function couldStartName(view: UtteranceView, i: number, names: NameIndex): boolean {
  const token = view.tokens[i]!;
  if (token.text.charCodeAt(0) !== view.lower[i]!.charCodeAt(0)) return true;
  const lower = view.lower[i]!;
  return names.byToken.has(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
}

/** The name matched by the current walk (matching is synchronous; this saves an object per attempt). */
let walkedName: NameMatch | null = null;

function matchAt<R extends PhraseRule>(c: CompiledRule<R>, view: UtteranceView, start: number, names: NameIndex): PhraseMatch<R> | null {
  walkedName = null;
  const end = walk(c.steps, 0, view, start, names);
  if (end < 0) return null;
  const name = walkedName;
  const rule = c.rule;
  if (rule.notAfter && start > 0 && !ANY_PUNCTUATION.test(gapBefore(view, start)) && precededByAny(view.lower, start, rule.notAfter)) return null;
  if (rule.notBefore && end < view.lower.length && !ANY_PUNCTUATION.test(gapBefore(view, end)) && rule.notBefore.includes(view.lower[end]!)) return null;
  if (rule.sentenceStart && !isSentenceStart(view, start)) return null;
  if (rule.parenthetical && !isParenthetical(view, start, end)) return null;
  if (rule.notInQuestion && sentenceEndsWithQuestion(view, end - 1)) return null;
  if (rule.clauseEnd && end < view.tokens.length && !/[,;:.?!…]/.test(gapBefore(view, end))) return null;
  for (let k = start + 1; k < end; k++) if (!punctuationAllowed(view, k, rule.punctuationInside)) return null;
  return { rule, start, end, name };
}

/** Depth-first over the steps (optional ones may be skipped); returns the end token or -1. Patterns are short. */
function walk(steps: readonly Step[], step: number, view: UtteranceView, at: number, names: NameIndex): number {
  if (step === steps.length) return at;
  const s = steps[step]!;
  if (s.kind === 'name') {
    const name = matchName(view, at, names, s.possessive);
    if (!name || (s.knownOnly && name.speakerIds.length === 0)) return -1;
    const end = walk(steps, step + 1, view, name.end, names);
    if (end >= 0) walkedName = name;
    return end;
  }
  if (at < view.lower.length && s.words.has(view.lower[at]!)) {
    const end = walk(steps, step + 1, view, at + 1, names);
    if (end >= 0) return end;
  }
  return s.optional ? walk(steps, step + 1, view, at, names) : -1;
}

const ANY_PUNCTUATION = /[,;:.?!…—–]/;
const SENTENCE_PUNCTUATION = /[.?!…]/;

/** May the gap before token k (inside a match) hold the punctuation it holds? "Mr. Green" is one name, not two sentences. */
function punctuationAllowed(view: UtteranceView, k: number, allowed: PhraseRule['punctuationInside']): boolean {
  const gap = gapBefore(view, k);
  if (isAbbreviationDot(view, k, gap)) return true;
  if (allowed === undefined) return !ANY_PUNCTUATION.test(gap);
  if (allowed === 'comma') return !SENTENCE_PUNCTUATION.test(gap);
  return !gap.includes('?');
}

/** A full stop that ends a title or abbreviation ("Mr.", "Dr.", "e.g."), not a sentence. */
function isAbbreviationDot(view: UtteranceView, k: number, gap: string): boolean {
  return k > 0 && /^\.\s*$/.test(gap) && ABBREVIATIONS.has(view.lower[k - 1]!);
}
const ABBREVIATIONS: ReadonlySet<string> = new Set([...HONORIFICS, 'st', 'vs', 'approx', 'dept', 'mt', 'jr', 'sr']);

/** True when the words just before `start` equal one of the (possibly multi-word) phrases. */
function precededByAny(lower: readonly string[], start: number, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => {
    const words = phrase.split(' ');
    if (words.length > start) return false;
    return words.every((w, k) => lower[start - words.length + k] === w);
  });
}

/**
 * The text between token `index` and the one before it (or the text's start): the punctuation the
 * tokenizer dropped.
 *
 * @example
 * gapBefore(viewOf('Thanks, Sam.'), 1) // => ', '
 */
export function gapBefore(view: UtteranceView, index: number): string {
  const prevEnd = index === 0 ? 0 : view.tokens[index - 1]!.end;
  return view.text.slice(prevEnd, view.tokens[index]?.start ?? view.text.length);
}

/**
 * True at the first token of the utterance or right after `.`, `?`, `!` or `…`.
 *
 * @example
 * isSentenceStart(viewOf('Yes. And then'), 1) // => true
 */
export function isSentenceStart(view: UtteranceView, index: number): boolean {
  if (index === 0) return true;
  const gap = gapBefore(view, index);
  return SENTENCE_PUNCTUATION.test(gap) && !isAbbreviationDot(view, index, gap);
}

function isParenthetical(view: UtteranceView, start: number, end: number): boolean {
  const before = start === 0 || /[,;:.?!…—–-]/.test(gapBefore(view, start));
  const after = end < view.tokens.length ? /[,;:.?!…—–-]/.test(gapBefore(view, end)) : false;
  return before && after;
}

/** Unpunctuated speech can run for hundreds of words: a "sentence" is cut at this many words each side. */
const MAX_SENTENCE_REACH = 40;

/**
 * Token range [start, end) of the sentence holding token `index` (at most 40 words either side).
 *
 * @example
 * sentenceRange(viewOf('Thanks Sam. What do you think?'), 3) // => { start: 2, end: 6 }
 */
export function sentenceRange(view: UtteranceView, index: number): { start: number; end: number } {
  let start = Math.min(index, view.tokens.length);
  while (start > 0 && index - start < MAX_SENTENCE_REACH && !isSentenceStart(view, start)) start--;
  let end = index + 1;
  while (end < view.tokens.length && end - index < MAX_SENTENCE_REACH && !isSentenceStart(view, end)) end++;
  return { start, end: Math.min(end, view.tokens.length) };
}

/**
 * True when the sentence holding token `index` ends with a question mark.
 *
 * @example
 * sentenceEndsWithQuestion(viewOf('Is that a good idea? Yes.'), 2) // => true
 */
export function sentenceEndsWithQuestion(view: UtteranceView, index: number): boolean {
  const from = view.tokens[index]?.end ?? view.text.length;
  // Bounded scan: an unpunctuated monologue must not make every check read to its end.
  const to = Math.min(view.text.length, from + 400);
  for (let k = from; k < to; k++) {
    const c = view.text[k];
    if (c === '?') return true;
    if (c === '.' || c === '!' || c === '…') return false;
  }
  return false;
}
