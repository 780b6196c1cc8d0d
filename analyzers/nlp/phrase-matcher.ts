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
import { HONORIFICS, matchName, type NameIndex, type NameMatch } from './names';
import type { Lexicon } from './lexicon';
import { tokenize, type Token } from './tokenize';
import type { PhraseRule, UtteranceView } from './types';

/**
 * One step of a pattern: words, or a name slot. Both kinds have every field (unused ones empty), so that the
 * matcher's loops see one object shape, not two (`node --trace-deopt`: "wrong map").
 */
interface Step {
  kind: 'words' | 'name';
  /** The words (kind `words`; empty for a name). */
  words: ReadonlySet<string>;
  optional: boolean;
  /** For a name: in the possessive ("Priya's"), and only a speaker's (`{speaker}`). */
  possessive: boolean;
  knownOnly: boolean;
}
const NO_STEP_WORDS: ReadonlySet<string> = new Set();

interface CompiledRule<R extends PhraseRule> {
  rule: R;
  list: number;
  steps: Step[];
  /** `rule.notAfter` split into words once, not at every match. */
  notAfter: ReadonlyArray<readonly string[]> | null;
  /** The words the second step requires, when the first two steps are words and the second is not optional. */
  second: ReadonlySet<string> | null;
  /**
   * The rule's guards, copied here: rules are object literals of many shapes (each with its own optional
   * fields), and reading them per match made every load see many shapes.
   */
  notBefore: readonly string[] | null;
  sentenceStart: boolean;
  parenthetical: boolean;
  notInQuestion: boolean;
  onlyInQuestion: boolean;
  clauseEnd: boolean;
  punctuationInside: PhraseRule['punctuationInside'];
}

/**
 * The matcher's view of one utterance (tokens and lower-case words from prepare(), or computed
 * here when not given).
 *
 * @example
 * viewOf('Good point, Sam.').lower // => ['good', 'point', 'sam']
 */
export function viewOf(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  lower: readonly string[] = tokens.map((t) => t.lower),
  lexicon: Lexicon | null = null,
  firstForm = 0,
): UtteranceView {
  // An empty `[]` is an array of another kind (small integers) than a list of words: one among thousands made
  // every matcher loop compiled for word lists throw its code away (`node --trace-deopt`: "wrong map").
  if (tokens.length === 0)
    return { text, tokens: NO_TOKENS, lower: NO_WORDS, cased: hasCapital(text), lexicon, firstForm };
  return { text, tokens, lower, cased: hasCapital(text), lexicon, firstForm };
}

/** `/\p{Lu}/u.test(text)`, with the regular expression run only on text beyond ASCII (most text starts with a capital). */
function hasCapital(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return /\p{Lu}/u.test(text);
  }
  return false;
}

/**
 * Empty lists of the same array kind as non-empty ones (an element added, then removed, keeps the kind; not
 * frozen, which would be another kind again).
 */
const NO_WORDS: readonly string[] = emptied(['']);
const NO_TOKENS: readonly Token[] = emptied([{ text: '', lower: '', start: 0, end: 0 }]);
function emptied<T>(list: T[]): readonly T[] {
  list.pop();
  return list;
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
    if (slot) {
      const [, slotKind, possessive] = slot;
      return {
        kind: 'name',
        words: NO_STEP_WORDS,
        optional: false,
        possessive: possessive !== undefined,
        knownOnly: slotKind === 'speaker',
      };
    }
    const optional = part.startsWith('[') && part.endsWith(']');
    const body = optional ? part.slice(1, -1) : part;
    const words = body.split('|');
    if (words.some((w) => w === '' || /[\s{}[\]]/.test(w)))
      throw new Error(`malformed phrase pattern "${pattern}" at "${part}"`);
    return { kind: 'words', words: new Set(words), optional, possessive: false, knownOnly: false };
  });
  if (steps.length === 0 || parts[0] === '') throw new Error('empty phrase pattern');
  if (steps[0]!.kind === 'words' && steps[0]!.optional)
    throw new Error(`phrase pattern "${pattern}" starts with an optional word`);
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
  /** Rules that start with a name slot, tried where a name can start. */
  private readonly nameRules: CompiledRule<R>[] | undefined;
  /** True when every name-first rule accepts only speakers' names ({speaker}), not any capitalised word. */
  private readonly nameRulesKnownOnly: boolean;
  /** Per transcript (its name index): candidates by first word with the name-first rules added at name words. */
  private readonly withNames = new WeakMap<NameIndex, ReadonlyMap<string, readonly CompiledRule<R>[]>>();
  /** Per transcript (its lexicon): the candidates of each form id, or null (most words start no phrase). */
  private readonly byForm = new WeakMap<Lexicon, FormTable<R>>();
  readonly listCount: number;
  /** Scratch buffers reused across calls (matching is synchronous): per list, the next free token and the best match here. */
  private readonly nextFree: number[];
  private readonly best: Array<PhraseMatch<R> | undefined>;
  /** What `match` returns for an utterance with no match in any list (shared, never mutated). */
  private readonly noMatch: ReadonlyArray<readonly PhraseMatch<R>[]>;

  constructor(lists: ReadonlyArray<readonly R[]>) {
    this.listCount = lists.length;
    this.nextFree = new Array<number>(lists.length).fill(0);
    this.best = new Array<PhraseMatch<R> | undefined>(lists.length);
    // Made like `out` in match() (not frozen: a frozen array has another map, and the callers' loads would see two).
    this.noMatch = new Array<readonly PhraseMatch<R>[]>(lists.length).fill(NO_MATCHES);
    lists.forEach((rules, list) => {
      for (const rule of rules) {
        const steps = compilePattern(rule.pattern);
        const first = steps[0]!;
        const keys = first.kind === 'name' ? [NAME_KEY] : [...first.words];
        const notAfter = rule.notAfter ? rule.notAfter.map((phrase) => phrase.split(' ')) : null;
        const next = steps[1];
        const second = first.kind === 'words' && next?.kind === 'words' && !next.optional ? next.words : null;
        for (const key of keys) {
          const bucket = this.byFirstWord.get(key) ?? [];
          bucket.push({
            rule,
            list,
            steps,
            notAfter,
            second,
            notBefore: rule.notBefore ?? null,
            sentenceStart: rule.sentenceStart === true,
            parenthetical: rule.parenthetical === true,
            notInQuestion: rule.notInQuestion === true,
            onlyInQuestion: rule.onlyInQuestion === true,
            clauseEnd: rule.clauseEnd === true,
            punctuationInside: rule.punctuationInside,
          });
          this.byFirstWord.set(key, bucket);
        }
      }
    });
    this.nameRules = this.byFirstWord.get(NAME_KEY);
    this.nameRulesKnownOnly = (this.nameRules ?? []).every((c) => c.steps[0]!.kind === 'name' && c.steps[0]!.knownOnly);
  }

  /**
   * All matches in one utterance, per list: at each position the longest match, and matches of
   * one list never overlap (a later match starts after the previous one ends).
   */
  match(view: UtteranceView, names: NameIndex): ReadonlyArray<readonly PhraseMatch<R>[]> {
    // Most utterances match nothing: they all get the one shared answer, and a list stays the shared empty
    // array until a match arrives (15,000 arrays saved at 250k words).
    let out: PhraseMatch<R>[][] | null = null;
    const nextFree = this.nextFree;
    for (let list = 0; list < nextFree.length; list++) nextFree[list] = 0;
    const best = this.best;
    const lower = view.lower;
    // From prepare(): one array read per word finds its candidates, worked out once per distinct spelling.
    const lexicon = view.lexicon ?? null;
    const table = lexicon === null ? null : this.formTable(lexicon, names);
    const forms = lexicon === null ? null : lexicon.tokenForms;
    const firstForm = view.firstForm ?? 0;
    // Without a lexicon, one lookup per word finds every candidate; only rules that take any capitalised word as
    // a name need a second check.
    const byWord = table === null ? this.candidatesByWord(names) : this.byFirstWord;
    const anyNameRules = this.nameRulesKnownOnly ? undefined : this.nameRules;
    for (let i = 0; i < lower.length; i++) {
      let any = false;
      if (table !== null) {
        const candidates = table[forms![firstForm + i]!]!;
        if (candidates === null) continue;
        for (let list = 0; list < best.length; list++) best[list] = undefined;
        any = this.tryAll(candidates, view, i, names);
      } else {
        const literal = byWord.get(lower[i]!);
        const named = anyNameRules && couldStartName(view, i, names) ? anyNameRules : undefined;
        if (!literal && !named) continue;
        for (let list = 0; list < best.length; list++) best[list] = undefined;
        if (literal) any = this.tryAll(literal, view, i, names) || any;
        if (named) any = this.tryAll(named, view, i, names) || any;
      }
      if (!any) continue;
      out ??= new Array<PhraseMatch<R>[]>(this.listCount).fill(NO_MATCHES);
      for (let list = 0; list < this.listCount; list++) {
        const m = best[list];
        if (!m) continue;
        if (out[list] === NO_MATCHES) out[list] = [];
        out[list]!.push(m);
        nextFree[list] = m.end;
      }
    }
    return out ?? this.noMatch;
  }

  /**
   * Candidates by first word. When every name-first rule takes only speakers' names, those rules
   * are added (after the literal ones, the order they are tried in) under the words where such a
   * name can start (knownNameStarts), so that a single Map lookup per word finds all candidates.
   */
  private candidatesByWord(names: NameIndex): ReadonlyMap<string, readonly CompiledRule<R>[]> {
    if (!this.nameRules || !this.nameRulesKnownOnly) return this.byFirstWord;
    let byWord = this.withNames.get(names);
    if (!byWord) {
      const merged = new Map<string, readonly CompiledRule<R>[]>(this.byFirstWord);
      for (const word of knownNameStarts(names))
        merged.set(word, [...(this.byFirstWord.get(word) ?? []), ...this.nameRules]);
      this.withNames.set(names, (byWord = merged));
    }
    return byWord;
  }

  /**
   * The candidates of every form of a transcript: those of its lower case, then (as match() tries them without a
   * lexicon) the name-first rules where couldStartName would let them in. Built once per lexicon and name index.
   */
  private formTable(lexicon: Lexicon, names: NameIndex): ReadonlyArray<readonly CompiledRule<R>[] | null> {
    let t = this.byForm.get(lexicon);
    if (t === undefined || t.names !== names) this.byForm.set(lexicon, (t = { names, candidates: [] }));
    const byWord = this.candidatesByWord(names);
    const anyNameRules = this.nameRulesKnownOnly ? undefined : this.nameRules;
    for (let f = t.candidates.length; f < lexicon.size; f++) {
      const text = lexicon.text[f]!;
      const lower = lexicon.lower[f]!;
      const literal = byWord.get(lower);
      const named = anyNameRules && couldBeName(text, lower, names) ? anyNameRules : undefined;
      t.candidates.push(literal && named ? [...literal, ...named] : (literal ?? named ?? null));
    }
    return t.candidates;
  }

  /** Tries candidates at token i, keeping the longest match per list in `best`. */
  private tryAll(candidates: readonly CompiledRule<R>[], view: UtteranceView, i: number, names: NameIndex): boolean {
    let any = false;
    // Most candidates fail on the second word ("i" starts a dozen hedges): checked here before a walk. '' is in no list.
    const next = i + 1 < view.lower.length ? view.lower[i + 1]! : '';
    // Indexed, not for-of: the iterators were 6 MB of garbage at 250k words.
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (i < this.nextFree[c.list]! || (c.second !== null && !c.second.has(next))) continue;
      const m = matchAt(c, view, i, names);
      if (!m) continue;
      const current = this.best[c.list];
      if (current === undefined || m.end > current.end) this.best[c.list] = m;
      any = true;
    }
    return any;
  }
}

/** Shared by every list with no match (never mutated), of the array kind of a list of matches (see emptied). */
const NO_MATCHES: never[] = emptied<never>([null as never]) as never[];

/** Cheap pre-check before trying name-first rules that take any name: a capitalised token, or a known name token. */
function couldStartName(view: UtteranceView, i: number, names: NameIndex): boolean {
  return couldBeName(view.tokens[i]!.text, view.lower[i]!, names);
}
function couldBeName(text: string, lower: string, names: NameIndex): boolean {
  if (text.charCodeAt(0) !== lower.charCodeAt(0)) return true;
  return names.byToken.has(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
}

/** A matcher's candidates per form id of one transcript, for the name index they were worked out with. */
interface FormTable<R extends PhraseRule> {
  names: NameIndex;
  candidates: Array<readonly CompiledRule<R>[] | null>;
}

/**
 * The words at which a speaker's name can start: name tokens, their possessives ("priya's") and
 * titles ("mr" in "Mr. Green"). Rules that take only speakers' names ({speaker}) can match nowhere
 * else; a capitalised word that is no speaker's name (most capitals just start a sentence) cannot.
 */
function knownNameStarts(names: NameIndex): Set<string> {
  const starts = new Set(HONORIFICS);
  for (const token of names.byToken.keys()) starts.add(token).add(`${token}'s`);
  return starts;
}

/** The name matched by the current walk (matching is synchronous; this saves an object per attempt). */
let walkedName: NameMatch | null = null;

/** Rule c at token `start`, where the first-word index found it: a literal first word is already matched there. */
function matchAt<R extends PhraseRule>(
  c: CompiledRule<R>,
  view: UtteranceView,
  start: number,
  names: NameIndex,
): PhraseMatch<R> | null {
  walkedName = null;
  // A first step is never optional (compilePattern), so walking on from the second step is the same walk.
  const end =
    c.steps[0]!.kind === 'words' ? walk(c.steps, 1, view, start + 1, names) : walk(c.steps, 0, view, start, names);
  if (end < 0) return null;
  const name = walkedName;
  const rule = c.rule;
  if (c.notAfter && start > 0 && !gapHas(view, start, ANY_PUNCTUATION) && precededByAny(view.lower, start, c.notAfter))
    return null;
  if (
    c.notBefore !== null &&
    end < view.lower.length &&
    !gapHas(view, end, ANY_PUNCTUATION) &&
    c.notBefore.includes(view.lower[end]!)
  )
    return null;
  if (c.sentenceStart && !isSentenceStart(view, start)) return null;
  if (c.parenthetical && !isParenthetical(view, start, end)) return null;
  if (c.notInQuestion && sentenceEndsWithQuestion(view, end - 1)) return null;
  if (c.onlyInQuestion && !sentenceEndsWithQuestion(view, end - 1)) return null;
  if (c.clauseEnd && end < view.tokens.length && !gapHas(view, end, CLAUSE_PUNCTUATION)) return null;
  for (let k = start + 1; k < end; k++) if (!punctuationAllowed(view, k, c.punctuationInside)) return null;
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

/**
 * Punctuation classes, as bits of one table indexed by character code: the gaps between tokens are scanned,
 * not sliced, and a table read per character is cheaper than a Set lookup per class.
 */
const ANY_PUNCTUATION = 1;
const SENTENCE_PUNCTUATION = 2;
const CLAUSE_PUNCTUATION = 4;
const PARENTHETICAL_PUNCTUATION = 8;
const QUESTION_MARK = 16;
const PUNCTUATION_CLASSES: ReadonlyArray<readonly [chars: string, bit: number]> = [
  [',;:.?!…—–', ANY_PUNCTUATION],
  ['.?!…', SENTENCE_PUNCTUATION],
  [',;:.?!…', CLAUSE_PUNCTUATION],
  [',;:.?!…—–-', PARENTHETICAL_PUNCTUATION],
  ['?', QUESTION_MARK],
];
const PUNCTUATION: Uint8Array = (() => {
  const table = new Uint8Array(0x2030);
  for (const [chars, bit] of PUNCTUATION_CLASSES) for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
  return table;
})();

/**
 * True when the gap before token `index` (the text the tokenizer dropped; see gapBefore) holds
 * a character of one of the classes (bits): the same as testing `gapBefore(view, index)` with a
 * character class, without making the string.
 */
function gapHas(view: UtteranceView, index: number, classes: number): boolean {
  const from = index === 0 ? 0 : view.tokens[index - 1]!.end;
  const to = view.tokens[index]?.start ?? view.text.length;
  const text = view.text;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < PUNCTUATION.length && (PUNCTUATION[c]! & classes) !== 0) return true;
  }
  return false;
}

/** May the gap before token k (inside a match) hold the punctuation it holds? "Mr. Green" is one name, not two sentences. */
function punctuationAllowed(view: UtteranceView, k: number, allowed: PhraseRule['punctuationInside']): boolean {
  if (isAbbreviationDot(view, k)) return true;
  if (allowed === undefined) return !gapHas(view, k, ANY_PUNCTUATION);
  if (allowed === 'comma') return !gapHas(view, k, SENTENCE_PUNCTUATION);
  return !gapHas(view, k, QUESTION_MARK);
}

/** A full stop that ends a title or abbreviation ("Mr.", "Dr.", "e.g."), not a sentence. */
function isAbbreviationDot(view: UtteranceView, k: number): boolean {
  // The word check first: it is a Set lookup, and rarely true.
  return k > 0 && ABBREVIATIONS.has(view.lower[k - 1]!) && /^\.\s*$/.test(gapBefore(view, k));
}
const ABBREVIATIONS: ReadonlySet<string> = new Set([...HONORIFICS, 'st', 'vs', 'approx', 'dept', 'mt', 'jr', 'sr']);

/** True when the words just before `start` equal one of the (possibly multi-word) phrases. */
function precededByAny(lower: readonly string[], start: number, phrases: ReadonlyArray<readonly string[]>): boolean {
  return phrases.some((words) => {
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
 * True when punctuation (`,;:.?!…—–`) stands between token `index` and the one before it: a clause or sentence
 * break, as the matcher reads one.
 *
 * @example
 * punctuatedBefore(viewOf('Thanks, Sam.'), 1) // => true
 */
export function punctuatedBefore(view: UtteranceView, index: number): boolean {
  return gapHas(view, index, ANY_PUNCTUATION);
}

/**
 * True at the first token of the utterance or right after `.`, `?`, `!` or `…`.
 *
 * @example
 * isSentenceStart(viewOf('Yes. And then'), 1) // => true
 */
export function isSentenceStart(view: UtteranceView, index: number): boolean {
  if (index === 0) return true;
  return gapHas(view, index, SENTENCE_PUNCTUATION) && !isAbbreviationDot(view, index);
}

function isParenthetical(view: UtteranceView, start: number, end: number): boolean {
  const before = start === 0 || gapHas(view, start, PARENTHETICAL_PUNCTUATION);
  const after = end < view.tokens.length ? gapHas(view, end, PARENTHETICAL_PUNCTUATION) : false;
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
  // Character codes, not one-character strings ("…" would be a new string each time).
  for (let k = from; k < to; k++) {
    const c = view.text.charCodeAt(k);
    if (c === 63 /* ? */) return true;
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 0x2026 /* … */) return false;
  }
  return false;
}
