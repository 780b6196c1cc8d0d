/**
 * Scores one piece of text (an utterance, or any sentence in evaluation) in [-1, 1] from the
 * shared tokens: lexicon lookups (Maps), then VADER-style rules: negation, intensity modifiers,
 * contrast, questions, caps and "!" emphasis, with meeting talk neutralised.
 * Definitions and sources: analyzers/sentiment/README.md.
 *
 * Cost: one pass over the tokens, one over the characters between them, one Map lookup per word
 * for all phrase lists together (compiled once at load), no regular expression per word list.
 */
import type { Lexicon } from '../nlp/lexicon';
import { tokenize, type Token } from '../nlp/tokenize';
import { EMOTICON_VALENCE, MIXED_EMOTICON_VALENCE, PHRASE_VALENCE, WORD_VALENCE } from './data/sentiment-lexicon';
import {
  CLAUSE_OPENERS,
  CONTRAST_MARKERS,
  DISCOURSE_MARKERS,
  DOMAIN_NEUTRAL,
  INTENSITY_MODIFIERS,
  LIKE_LICENSORS,
  NEGATORS,
  SCORING,
  type ContrastEntry,
} from './data/sentiment-rules';
import { expandPattern, PhraseIndex, type FirstWordSlot } from './phrase-index';
import { mean, normalizeSum, round } from './stats';

/** One word (or phrase) that moved the score, with the rules that acted on it. */
export interface Contribution {
  /** The verbatim span, from the first negator or modifier that applied to the word's end ("not bad"). */
  word: string;
  /** Final valence on VADER's -4..+4 scale after negation, modifiers, contrast and question weighting. */
  value: number;
  /** The lexicon valence before any rule. */
  base: number;
  /** Character offsets of `word` in the text. */
  start: number;
  end: number;
  /** Rule ids that changed the base value, e.g. `negator:not`, `modifier:really`, `contrast:but`. */
  rules: string[];
  /** 0-based chunk of the text the word is in (see `TextScore.chunkScores`). */
  chunk: number;
}

export interface TextScore {
  /**
   * In (-1, 1); 0 when nothing carried sentiment. For text up to `SCORING.chunkWords` words:
   * S / sqrt(S^2 + alpha), S the sum of contributions plus "!" emphasis. Longer text is cut into
   * chunks of whole sentences of about that size and the score is the mean of the chunk scores.
   */
  score: number;
  /** Plain sum of contribution values, on VADER's scale (without "!" emphasis). */
  sum: number;
  /** Score of each chunk (one chunk for short text). */
  chunkScores: number[];
  contributions: Contribution[];
  /** Meeting-talk phrases that were set to neutral, verbatim ("kill the process"). */
  neutralised: string[];
}

/** A word or phrase with its role. Only roles whose id ends up in a contribution's `rules` carry one. */
type Unit =
  | { role: 'none' | 'neutral'; start: number; end: number }
  | { role: 'negator'; start: number; end: number; id: string }
  | { role: 'modifier'; start: number; end: number; id: string; delta: number }
  | { role: 'contrast'; start: number; end: number; id: string; entry: ContrastEntry }
  | SentimentUnit;

/**
 * A sentiment word or phrase with its lexicon valence. A class, not an object literal: valences mix
 * whole numbers (2) and fractions (1.9), and V8 in Node 20 fell into a deoptimisation loop on the
 * literal (`node --trace-deopt`: "not a Smi" 70 times per bench run, sentiment 3x slower). Objects
 * made by a constructor share one map that V8 widens once.
 */
class SentimentUnit {
  readonly role = 'sentiment';
  constructor(
    readonly start: number,
    readonly end: number,
    readonly base: number,
  ) {}
}

/** Every multi-word and rule list in one index; on equal length the earlier list wins. */
type Rule =
  | { role: 'neutral'; kind: 'neutral' }
  | { role: 'contrast'; kind: 'contrast'; entry: ContrastEntry }
  | { role: 'sentiment'; kind: 'lexicon'; valence: number }
  | { role: 'negator'; kind: 'negator' }
  | { role: 'modifier'; kind: 'modifier'; delta: number; onlyBeforeSentimentWord: boolean };

const RULES = new PhraseIndex<{ pattern: string; rule: Rule }>(
  [
    ...DOMAIN_NEUTRAL.map((e) => ({ pattern: e.pattern, rule: { role: 'neutral', kind: 'neutral' } as Rule })),
    ...CONTRAST_MARKERS.map((e) => ({
      pattern: e.pattern,
      rule: { role: 'contrast', kind: 'contrast', entry: e } as Rule,
    })),
    ...PHRASE_VALENCE.map((e) => ({
      pattern: e.pattern,
      rule: { role: 'sentiment', kind: 'lexicon', valence: e.valence } as Rule,
    })),
    ...NEGATORS.map((e) => ({ pattern: e.pattern, rule: { role: 'negator', kind: 'negator' } as Rule })),
    ...INTENSITY_MODIFIERS.map((e) => ({
      pattern: e.pattern,
      rule: {
        role: 'modifier',
        kind: 'modifier',
        delta: e.delta,
        onlyBeforeSentimentWord: e.onlyBeforeSentimentWord === true,
      } as Rule,
    })),
  ],
  (e) => e.pattern,
);
const NO_VALENCE = WORD_VALENCE.get('no') ?? -1.2;
const DISCOURSE_WORDS: ReadonlySet<string> = new Set(
  DISCOURSE_MARKERS.flatMap((e) => expandPattern(e.pattern).map((w) => w.join(' '))),
);

/** What segment() needs to know about a single word, from the lexicon and the rule lists. */
interface WordFacts {
  valence: number | undefined;
  /** The rule phrases starting with this word, if any: RULES.matchAt reads them without a second lookup. */
  rules: FirstWordSlot<{ pattern: string; rule: Rule }> | undefined;
  discourse: boolean;
  /** A filler or marker that keeps the clause's opening run going (CLAUSE_OPENERS). */
  opener: boolean;
}
/**
 * The facts of every word the lexicon or the rules know, in one Map: segment() makes one lookup
 * per word instead of one per list (most words are in none, and stop there).
 */
const WORD_FACTS: ReadonlyMap<string, WordFacts> = (() => {
  const facts = new Map<string, WordFacts>();
  const of = (w: string) =>
    facts.get(w) ?? facts.set(w, { valence: undefined, rules: undefined, discourse: false, opener: false }).get(w)!;
  for (const [w, valence] of WORD_VALENCE) of(w).valence = valence;
  for (const w of RULES.firstWords()) of(w).rules = RULES.slot(w);
  for (const w of DISCOURSE_WORDS) of(w).discourse = true;
  for (const w of CLAUSE_OPENERS) of(w).opener = true;
  return facts;
})();

/** Punctuation that ends a clause: negation and modifiers do not reach across it. */
const CLAUSE_BREAK = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '—',
  '–',
  '-',
  '…',
  '\n',
]);
/** Punctuation that ends a sentence: contrast ("but") and questions act within a sentence. */
const SENTENCE_BREAK = new Set(['.', '!', '?', '…', '\n']);
/**
 * The two sets above by character code (bit 1: clause break, bit 2: sentence break), so that the
 * scan between words reads codes, not a one-character string and two Set lookups per character.
 */
const BREAKS: Uint8Array = (() => {
  const codes = [...CLAUSE_BREAK, ...SENTENCE_BREAK].map((ch) => ch.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const ch of CLAUSE_BREAK) table[ch.charCodeAt(0)]! |= 1;
  for (const ch of SENTENCE_BREAK) table[ch.charCodeAt(0)]! |= 2;
  return table;
})();
/** Chunks that are addresses, not words: URLs, HTML entities, @mentions, file paths. */
const NON_WORD_CHUNK = /:\/\/|www\.|&[a-z]+;|@\w|\w\.\w+\/|\w\/\w+\.\w/i;

/**
 * Scores a plain sentence (tokenises it first). Use `scoreTokens` when tokens already exist.
 *
 * @example
 * scoreText('not bad').score    // => 0.307 (mildly positive)
 * scoreText('not good').score   // => -0.341
 * scoreText("Let's kill the process.").score // => 0 (meeting talk)
 */
export function scoreText(text: string): TextScore {
  return scoreTokens(text, tokenize(text));
}

/**
 * Scores text from its shared tokens (analyzers/nlp/tokenize.ts); `lower` is their lower-case
 * words when already at hand (PreparedTranscript.lower), saving a copy. With the transcript's lexicon and the
 * form id of the text's first token (PreparedTranscript.formStart), each word's facts are looked up once per
 * spelling of the transcript, not at every token.
 *
 * @example
 * const text = 'It was okay, but the demo crashed.';
 * const s = scoreTokens(text, tokenize(text));
 * s.contributions.map((c) => [c.word, c.value]) // => [['okay', 0.45], ['crashed', -2.55]]
 * s.score // => -0.477 ("but" halves what precedes it and weighs what follows x1.5)
 */
export function scoreTokens(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[] = tokens.map((t) => t.lower),
  lexicon?: Lexicon,
  firstForm = 0,
): TextScore {
  const spellings = lexicon === undefined ? null : spellingFacts(lexicon);
  const words = unstretchAll(lower, spellings, firstForm);
  const gaps = readGaps(text, tokens);
  const chunkOf = chunkTokens(gaps, tokens.length);
  const contributions: Contribution[] = [];
  for (let k = 0; k < gaps.emoticons.length; k++) {
    const { tokenBefore, ...e } = gaps.emoticons[k]!;
    contributions.push({ ...e, chunk: tokenBefore < tokens.length ? chunkOf[tokenBefore]! : 0 });
  }
  const count = segment(text, tokens, words, gaps, spellings, firstForm);
  const units = UNITS;
  const { roleAt } = scratch;
  const roles = FOUND.roles;
  const weights = FOUND.contrast ? contrastWeights(units, count, gaps.sentenceBefore, gaps.breakBefore) : null;
  const neutralised: string[] = [];
  let capsDiff: boolean | null = null; // computed on first need

  // Made on first need: most utterances hold no sentiment word.
  let ctx: FinishContext | null = null;

  // Most utterances hold no negator: the set is made on first use.
  let usedNegators: Set<number> | null = null;
  let sawNo = false;
  for (let r = 0; r < roles; r++) {
    const u = roleAt[r]!;
    const unit = units[u]!;
    if (unit.role === 'neutral') neutralised.push(text.slice(tokens[unit.start]!.start, tokens[unit.end - 1]!.end));
    if (unit.role === 'negator' && unit.end - unit.start === 1 && words[unit.start] === 'no') sawNo = true;
    if (unit.role !== 'sentiment') continue;
    const rules: string[] = [];
    let v = unit.base;
    const sign = Math.sign(v);
    const tok = tokens[unit.start]!;

    // Emphasis by ALL CAPS counts only when the text mixes cases (VADER's "cap differential").
    if (unit.end - unit.start === 1 && tok.text.length > 1 && tok.lower !== 'ok' && isAllCaps(tok.text)) {
      capsDiff ??= mixesCase(tokens);
      if (capsDiff) {
        v += sign * SCORING.capsIncrement;
        rules.push('emphasis:caps');
      }
    }

    // Look back over at most `window` units in the clause for modifiers and negators.
    let negations = 0;
    let degreeEmphasis = false;
    let spanStart = unit.start;
    for (let k = 1; k <= SCORING.window; k++) {
      const prev = units[u - k];
      if (!prev || gaps.breakBefore[units[u - k + 1]!.start]) break;
      if (prev.role === 'sentiment' || prev.role === 'contrast') break;
      if (prev.role === 'modifier') {
        v += sign * prev.delta * (SCORING.distanceDecay[k - 1] ?? 0);
      } else if (prev.role === 'negator') {
        if (words[prev.start] === 'no' && prev.end - prev.start === 1 && k > SCORING.noWindow) break;
        // VADER's never_check: "never so good", "haven't been this sore" emphasise, not negate.
        const degree = words[units[u - 1]!.start];
        if (k >= 2 && (degree === 'so' || degree === 'this') && (words[prev.start] === 'never' || k === 3))
          degreeEmphasis = true;
        else negations++;
        (usedNegators ??= new Set()).add(u - k);
      } else continue;
      rules.push(prev.id);
      spanStart = prev.start;
    }
    if (negations % 2 === 1) v *= v < 0 ? SCORING.negatedNegativeScalar : SCORING.negationScalar;
    if (degreeEmphasis) v *= SCORING.negatedDegreeScalar;
    ctx ??= { text, tokens, units, weights, gaps, chunkOf };
    contributions.push(finish(ctx, v, unit.base, spanStart, unit.end, u, rules));
  }
  // A "no" that negated nothing ("I have no waitress", "No you're not") keeps its own valence.
  for (let r = 0; sawNo && r < roles; r++) {
    const u = roleAt[r]!;
    const unit = units[u]!;
    if (unit.role === 'negator' && unit.end - unit.start === 1 && words[unit.start] === 'no' && !usedNegators?.has(u)) {
      ctx ??= { text, tokens, units, weights, gaps, chunkOf };
      contributions.push(finish(ctx, NO_VALENCE, NO_VALENCE, unit.start, unit.end, u, ['lexicon:no']));
    }
  }
  sortByStart(contributions);

  // Per chunk: the sum of its words plus VADER's "!" emphasis in the sum's direction, normalised.
  const chunks = tokens.length === 0 ? (contributions.length > 0 ? 1 : 0) : chunkOf[tokens.length - 1]! + 1;
  const chunkSums = new Array<number>(chunks).fill(0);
  const chunkBangs = scratch.chunkBangs.fill(0, 0, chunks); // chunks <= tokens: reserved by readGaps
  let sum = 0;
  for (let k = 0; k < contributions.length; k++) {
    const c = contributions[k]!;
    chunkSums[c.chunk]! += c.value;
    sum += c.value;
  }
  if (gaps.exclamations > 0)
    for (let i = 0; i < tokens.length; i++) chunkBangs[chunkOf[i]!]! += gaps.exclamationAfter[i]!;
  // Chunk sums become chunk scores in place (one array fewer per utterance); the mean is taken before rounding.
  const chunkScores = chunkSums;
  for (let k = 0; k < chunks; k++) {
    const v = chunkSums[k]!;
    chunkScores[k] =
      v === 0
        ? 0
        : normalizeSum(
            v + Math.sign(v) * Math.min(chunkBangs[k]!, SCORING.exclamationMax) * SCORING.exclamationIncrement,
            SCORING.alpha,
          );
  }
  const score = chunks === 0 ? 0 : mean(chunkScores);
  for (let k = 0; k < chunks; k++) chunkScores[k] = round(chunkScores[k]!);
  // Most texts hold no sentiment word: they share empty lists and one [0], fewer objects kept alive with the scores.
  return {
    score: round(score),
    sum: round(sum),
    chunkScores: chunks === 0 ? NO_CHUNKS : chunks === 1 && chunkScores[0] === 0 ? ONE_NEUTRAL_CHUNK : chunkScores,
    contributions: contributions.length === 0 ? NO_CONTRIBUTIONS : contributions,
    neutralised: neutralised.length === 0 ? NOTHING_NEUTRALISED : neutralised,
  };
}

/**
 * The lists of a text without sentiment words or neutralised phrases: shared, so frozen (a push would throw, not
 * change every utterance's list); typed as the mutable lists the schema infers.
 */
const NO_CONTRIBUTIONS = Object.freeze([]) as unknown as Contribution[];
const NOTHING_NEUTRALISED = Object.freeze([]) as unknown as string[];
const NO_CHUNKS = Object.freeze([]) as unknown as number[];
const ONE_NEUTRAL_CHUNK = Object.freeze([0]) as unknown as number[];

/**
 * Sorts contributions by start, stably, as `sort((a, b) => a.start - b.start)` would. They come in
 * order but for emoticons and unused "no"s (appended): most lists need no move, and
 * Array.prototype.sort allocated a work array per call (1 MB at 250k words).
 */
function sortByStart(list: Contribution[]): void {
  for (let k = 1; k < list.length; k++) {
    const c = list[k]!;
    let j = k - 1;
    if (list[j]!.start <= c.start) continue;
    while (j >= 0 && list[j]!.start > c.start) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = c;
  }
}

interface FinishContext {
  text: string;
  tokens: readonly Token[];
  units: readonly Unit[];
  weights: ContrastWeights | null;
  gaps: Gaps;
  chunkOf: Int32Array;
}

/** Contrast and question weighting, then the contribution for tokens [from, to) of unit u. */
function finish(
  ctx: FinishContext,
  value: number,
  base: number,
  from: number,
  to: number,
  u: number,
  rules: string[],
): Contribution {
  let v = value;
  const weight = ctx.weights?.[u];
  if (weight) {
    v *= weight.factor;
    rules.push(...weight.rules);
  }
  if (ctx.gaps.inQuestion[ctx.units[u]!.start]) {
    v *= SCORING.questionScalar;
    rules.push('question');
  }
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to - 1]!.end;
  return { word: ctx.text.slice(start, end), value: round(v), base, start, end, rules, chunk: ctx.chunkOf[from]! };
}

/**
 * What the characters between the tokens say, per token: flags are 1 (true) or 0. The arrays are
 * the shared scratch buffers below, valid for indices below the token count.
 */
interface Gaps {
  /** Punctuation stands between token i-1 and token i (1 for the first token). */
  breakBefore: Uint8Array;
  /** A sentence ends between token i-1 and token i (1 for the first token). */
  sentenceBefore: Uint8Array;
  /** Token i is in a sentence that ends with "?". */
  inQuestion: Uint8Array;
  /** Number of "!" right after token i ("Yes!!" -> 2 at "Yes"); one before the first word counts for token 0. */
  exclamationAfter: Int32Array;
  /** Sum of `exclamationAfter`: most texts have no "!". */
  exclamations: number;
  /** Emoticons found between words, with the token before them (0 at the start). */
  emoticons: Array<Omit<Contribution, 'chunk'> & { tokenBefore: number }>;
}

/**
 * Per-token scratch arrays shared by every call and grown on demand (19 bytes per token of the
 * longest text scored). Scoring is synchronous and no result keeps them, so an utterance does not
 * allocate five new arrays: they were most of the scorer's garbage, and each garbage collection
 * also copies everything else still alive.
 */
const scratch = {
  size: 0,
  breakBefore: new Uint8Array(0),
  sentenceBefore: new Uint8Array(0),
  inQuestion: new Uint8Array(0),
  exclamationAfter: new Int32Array(0),
  chunkOf: new Int32Array(0),
  chunkBangs: new Int32Array(0),
  roleAt: new Int32Array(0),
};

function reserveScratch(n: number): void {
  if (n <= scratch.size) return;
  const size = Math.max(n, 2 * scratch.size, 256);
  scratch.size = size;
  scratch.breakBefore = new Uint8Array(size);
  scratch.sentenceBefore = new Uint8Array(size);
  scratch.inQuestion = new Uint8Array(size);
  scratch.exclamationAfter = new Int32Array(size);
  scratch.chunkOf = new Int32Array(size);
  scratch.chunkBangs = new Int32Array(size);
  scratch.roleAt = new Int32Array(size);
}

/** Reads the characters between tokens: clause and sentence breaks, questions, "!", emoticons. */
function readGaps(text: string, tokens: readonly Token[]): Gaps {
  const n = tokens.length;
  reserveScratch(n);
  const { breakBefore, sentenceBefore, inQuestion, exclamationAfter } = scratch;
  inQuestion.fill(0, 0, n);
  exclamationAfter.fill(0, 0, n);
  let emoticons = NO_EMOTICONS;
  let exclamations = 0;
  let sentenceStart = 0;
  let prevEnd = 0;
  for (let i = 0; i <= n; i++) {
    const gapEnd = i < n ? tokens[i]!.start : text.length;
    let clause = i === 0;
    let sentence = i === 0 || i === n;
    let question = false;
    let symbols = false;
    let visible = 0;
    // Fast path: the usual gap is one space.
    if (!(gapEnd - prevEnd === 1 && text.charCodeAt(prevEnd) === 32)) {
      for (let c = prevEnd; c < gapEnd; c++) {
        const code = text.charCodeAt(c);
        if (code === 32 /* space */) continue;
        visible++;
        if (code === 33 /* ! */ && n > 0) {
          exclamationAfter[Math.max(0, i - 1)]!++;
          exclamations++;
        } else if (code === 63 /* ? */) question = true;
        // A dash glued to the next word after a space is a flag or a sign ("kill -9", "-rf"), not a pause.
        const flag = code === 45 /* - */ && c === gapEnd - 1 && i < n && c > prevEnd && text.charCodeAt(c - 1) === 32;
        const breaks = code < BREAKS.length ? BREAKS[code]! : 0;
        if ((breaks & 1) !== 0 && !flag) clause = true;
        if ((breaks & 2) !== 0) sentence = true;
        else if (code !== 44 /* , */ && code !== 13 /* \r */ && code !== 9 /* \t */) symbols = true;
      }
      // Every emoticon has at least two characters: skip the common lone apostrophe or bracket.
      if (symbols && visible >= 2) emoticons = addEmoticons(text, prevEnd, gapEnd, Math.max(0, i - 1), emoticons);
    }
    if (i > 0 && sentence) {
      if (question) inQuestion.fill(1, sentenceStart, i);
      sentenceStart = i;
    }
    if (i < n) {
      breakBefore[i] = clause ? 1 : 0;
      sentenceBefore[i] = sentence ? 1 : 0;
      prevEnd = tokens[i]!.end;
    }
  }
  const gaps = GAPS;
  gaps.breakBefore = breakBefore;
  gaps.sentenceBefore = sentenceBefore;
  gaps.inQuestion = inQuestion;
  gaps.exclamationAfter = exclamationAfter;
  gaps.exclamations = exclamations;
  gaps.emoticons = emoticons;
  return gaps;
}

/** What readGaps returns: one object refilled by every call, like the scratch arrays it points to. */
const GAPS: Gaps = {
  breakBefore: scratch.breakBefore,
  sentenceBefore: scratch.sentenceBefore,
  inQuestion: scratch.inQuestion,
  exclamationAfter: scratch.exclamationAfter,
  exclamations: 0,
  emoticons: [],
};

/**
 * Chunk index of every token. The summed score was validated on texts of up to about 50 words
 * (the longest VADER ground-truth text has 51), so longer text is cut into chunks of whole
 * sentences of at most `chunkWords` words; a longer sentence is a chunk of its own, and
 * unpunctuated speech is cut every `2 x chunkWords` words.
 *
 * @example
 * // two sentences of 30 words -> 30 tokens in chunk 0, 30 in chunk 1; of 20 words -> all in chunk 0.
 */
function chunkTokens(gaps: Gaps, n: number): Int32Array {
  const budget = SCORING.chunkWords;
  const chunkOf = scratch.chunkOf; // reserved by readGaps
  // Most texts fit in one chunk, whatever their sentences.
  if (n <= budget) return chunkOf.fill(0, 0, n);
  let chunk = 0;
  let inChunk = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && !gaps.sentenceBefore[end]) end++;
    if (inChunk > 0 && inChunk + (end - start) > budget) {
      chunk++;
      inChunk = 0;
    }
    for (let i = start; i < end; i++) {
      if (inChunk >= 2 * budget) {
        chunk++;
        inChunk = 0;
      }
      chunkOf[i] = chunk;
      inChunk++;
    }
    start = end;
  }
  return chunkOf;
}

/**
 * The units of the text being scored, written by segment() and read by scoreTokens(); entries at and
 * past the count segment() returns are left over from earlier texts. Shared by every call (scoring is
 * synchronous): a new array per utterance was a sixth of the scorer's garbage.
 */
const UNITS: Unit[] = [];

/**
 * What segment() found besides the units: how many of them have a role (their indices are
 * `scratch.roleAt[0..roles)`, in order) and whether one is a contrast marker. Most units are plain
 * words: the scorer's loops visit only these.
 */
const FOUND = { roles: 0, contrast: false };

/** Splits tokens into units (phrases and single words) with their role, into UNITS and FOUND; returns their count. */
function segment(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  gaps: Gaps,
  spellings: SpellingFacts | null,
  firstForm: number,
): number {
  const forms = spellings === null ? null : spellings.lexicon.tokenForms;
  const { breakBefore } = gaps;
  const units = UNITS;
  const roleAt = scratch.roleAt; // reserved by readGaps: at most one unit per token
  let count = 0;
  let roles = 0;
  let contrast = false;
  const n = words.length;
  let opening = true;
  // The word before i is a clause opener (CLAUSE_OPENERS, read from its facts: no second lookup per word).
  let afterOpener = false;
  let doubledNo = false;
  let i = 0;
  while (i < n) {
    const w = words[i]!;
    const clauseStart = breakBefore[i] === 1;
    // Still in the clause's opening run of fillers and markers ("Oh, uh, yeah, ...")?
    opening = clauseStart || (opening && afterOpener);

    const facts = forms === null ? WORD_FACTS.get(w) : factsOfSpelling(spellings!, forms[firstForm + i]!, w);
    // Most words are in no list: no rule, no marker, no "no" (which is listed); only "n't" or an emoticon can matter.
    if (facts === undefined) {
      doubledNo = false;
      afterOpener = false;
      if (endsWithNt(w)) {
        roleAt[roles++] = count;
        units[count++] = { role: 'negator', start: i, end: i + 1, id: ruleId('negator', words, i, i + 1) };
      } else {
        // Without a lexicon value only an emoticon's letter (":D", "<3") has one: see valenceOf.
        const tok = tokens[i]!;
        // Its length from the offsets (tok.text === text.slice(start, end)): the word's string is not read.
        const base = tok.end - tok.start <= 2 ? valenceOf(text, tok, w, undefined, words, i, clauseStart) : undefined;
        if (base !== undefined) roleAt[roles++] = count;
        units[count++] = base === undefined ? noneUnit(i) : new SentimentUnit(i, i + 1, base);
      }
      i++;
      continue;
    }
    const nextInClause = i + 1 < n && !breakBefore[i + 1];
    const match = facts.rules === undefined ? null : RULES.matchAt(facts.rules, words, i, breakBefore);
    // A marker opening a clause is neutral, unless it starts a longer phrase ("Well done") or is exclaimed ("Yes!").
    // "No, no" / "no no" opening a clause reassures or agrees ("No, no, you are right", "no no, go ahead"),
    // as a coach reads it (issue 11); a single "No." keeps its lexicon value, and what follows still counts.
    doubledNo = facts === NO_FACTS && ((opening && words[i + 1] === 'no') || (doubledNo && words[i - 1] === 'no'));
    const discourse =
      doubledNo || (opening && facts.discourse && gaps.exclamationAfter[i] === 0 && (!match || match.length === 1));
    if (!discourse && match && accepts(match.entry.rule, match.length, words, i, nextInClause)) {
      const { rule } = match.entry;
      const end = i + match.length;
      roleAt[roles++] = count;
      if (rule.role === 'sentiment') units[count++] = new SentimentUnit(i, end, rule.valence);
      else if (rule.role === 'modifier')
        units[count++] = { role: 'modifier', start: i, end, id: ruleId(rule.kind, words, i, end), delta: rule.delta };
      else if (rule.role === 'contrast') {
        contrast = true;
        units[count++] = { role: 'contrast', start: i, end, id: ruleId(rule.kind, words, i, end), entry: rule.entry };
      } else if (rule.role === 'negator')
        units[count++] = { role: 'negator', start: i, end, id: ruleId(rule.kind, words, i, end) };
      else units[count++] = { role: rule.role, start: i, end };
      afterOpener = end - i === 1 ? facts.opener : CLAUSE_OPENERS.has(words[end - 1]!);
      i = end;
      continue;
    }
    afterOpener = facts.opener;
    if (discourse) units[count++] = noneUnit(i);
    else if (endsWithNt(w)) {
      roleAt[roles++] = count;
      units[count++] = { role: 'negator', start: i, end: i + 1, id: ruleId('negator', words, i, i + 1) };
    } else {
      const base = valenceOf(text, tokens[i]!, w, facts.valence, words, i, clauseStart);
      if (base !== undefined) roleAt[roles++] = count;
      units[count++] = base === undefined ? noneUnit(i) : new SentimentUnit(i, i + 1, base);
    }
    i++;
  }
  FOUND.roles = roles;
  FOUND.contrast = contrast;
  return count;
}

/** The facts of "no": a pointer comparison finds it among the words the lists know (segment() relies on it being listed). */
const NO_FACTS = WORD_FACTS.get('no');
if (NO_FACTS === undefined) throw new Error('sentiment rules: "no" must be in the lexicon or the negators');

/** `w.endsWith("n't")` by character codes (it runs for every word without a role). */
function endsWithNt(w: string): boolean {
  const k = w.length;
  return k >= 3 && w.charCodeAt(k - 1) === 116 /* t */ && w.charCodeAt(k - 2) === 39 && w.charCodeAt(k - 3) === 110;
}

/**
 * The unit of token i when the word has no role. It is a pure value (nothing mutates units), so
 * one object per position serves every utterance: most words have no role, and this spares an
 * object per word. Positions past NONE_UNITS_KEPT (rare, very long utterances) get a new object,
 * so that the cache stays small for the life of the process.
 */
function noneUnit(i: number): Unit {
  if (i >= NONE_UNITS_KEPT) return { role: 'none', start: i, end: i + 1 };
  let unit = NONE_UNITS[i];
  if (unit === undefined) NONE_UNITS[i] = unit = { role: 'none', start: i, end: i + 1 };
  return unit;
}
const NONE_UNITS_KEPT = 2000;
const NONE_UNITS: Unit[] = [];

/** A rule's id as it appears in `Contribution.rules`: its kind and words ("negator:not", "modifier:kind-of"). */
function ruleId(kind: string, words: readonly string[], start: number, end: number): string {
  return end - start === 1 ? `${kind}:${words[start]}` : `${kind}:${words.slice(start, end).join('-')}`;
}

/** Context conditions of some rules: "no" needs a following word, "pretty" a following sentiment word. */
function accepts(rule: Rule, length: number, words: readonly string[], i: number, nextInClause: boolean): boolean {
  if (rule.role === 'negator' && length === 1 && words[i] === 'no') return nextInClause;
  if (rule.role === 'modifier' && rule.onlyBeforeSentimentWord)
    return nextInClause && WORD_VALENCE.has(words[i + length] ?? '');
  return true;
}

/** A single word's lexicon valence (`base`, from WORD_VALENCE) in context, or undefined when it carries none here. */
function valenceOf(
  text: string,
  tok: Token,
  w: string,
  base: number | undefined,
  words: readonly string[],
  i: number,
  clauseStart: boolean,
): number | undefined {
  // ":D", "<3", ":P": the tokenizer keeps only the letter, so look at the whitespace chunk.
  if (tok.text.length <= 2 && isGlued(text, tok)) {
    const chunk = chunkAround(text, tok);
    const emoticon = MIXED_EMOTICON_VALENCE.get(chunk) ?? MIXED_EMOTICON_VALENCE.get(chunk.replace(/[.,!?]+$/, ''));
    if (emoticon !== undefined) return emoticon;
  }
  if (base === undefined) return undefined;
  // "like" is liking only after a subject or degree word ("I like", "really like"), else a filler.
  if (w === 'like' && (clauseStart || i === 0 || !LIKE_LICENSORS.has(words[i - 1]!))) return undefined;
  // Checked only for lexicon words: most words carry no valence.
  if (isGlued(text, tok) && NON_WORD_CHUNK.test(chunkAround(text, tok))) return undefined;
  return base;
}

/**
 * Factor and contrast rules per unit index; a unit no marker reaches has none (factor 1). Only
 * units that can become contributions (sentiment words, and "no") get one: nothing reads the others'.
 */
type ContrastWeights = Array<{ factor: number; rules: string[] } | undefined>;

/** Per-unit factors from contrast markers (null when there are none): pivots act within their sentence, concessions within their clause. */
function contrastWeights(
  units: readonly Unit[],
  count: number,
  sentenceBefore: Uint8Array,
  breakBefore: Uint8Array,
): ContrastWeights | null {
  let weights: ContrastWeights | null = null;
  for (let p = 0; p < count; p++) {
    const marker = units[p]!;
    if (marker.role !== 'contrast') continue;
    weights ??= new Array(count);
    const { entry } = marker;
    if (entry.kind === 'pivot') {
      for (let q = p - 1; q >= 0; q--) {
        apply(weights, units, q, entry.before, marker.id);
        if (sentenceBefore[units[q]!.start]) break;
      }
      for (let q = p + 1; q < count && !sentenceBefore[units[q]!.start]; q++)
        apply(weights, units, q, entry.after, marker.id);
    } else {
      for (let q = p + 1; q < count && !breakBefore[units[q]!.start]; q++)
        apply(weights, units, q, entry.before, marker.id);
    }
  }
  return weights;
}

/** Weights are made only for the units a marker reaches that can contribute: a long utterance with one "but" needs few. */
function apply(weights: ContrastWeights, units: readonly Unit[], q: number, factor: number, id: string): void {
  const role = units[q]!.role;
  if (role !== 'sentiment' && role !== 'negator') return;
  const weight = weights[q];
  if (weight === undefined) {
    weights[q] = { factor, rules: [id] };
    return;
  }
  weight.factor *= factor;
  if (!weight.rules.includes(id)) weight.rules.push(id);
}

/** True when a symbol is stuck to the token (":D", "ow.ly", "&gt;", "@name"), not just a space or sentence punctuation. */
function isGlued(text: string, tok: Token): boolean {
  if (tok.start > 0 && !isSpace(text.charCodeAt(tok.start - 1)) && !OPENING_PUNCTUATION.has(text[tok.start - 1]!))
    return true;
  return tok.end < text.length && !isSpace(text.charCodeAt(tok.end)) && !CLOSING_PUNCTUATION.has(text[tok.end]!);
}
const OPENING_PUNCTUATION = new Set(['(', '"', '“', "'", '‘', '[', '*', '#', '-', '—', '–', '.', ',']);
const CLOSING_PUNCTUATION = new Set([
  '.',
  ',',
  '!',
  '?',
  ';',
  ':',
  ')',
  '"',
  '”',
  "'",
  '’',
  ']',
  '*',
  '-',
  '—',
  '–',
  '…',
]);

/** The whitespace-delimited chunk a token sits in ("http://ow.ly/x" for "ly", ":D" for "D"). */
function chunkAround(text: string, tok: Token): string {
  let from = tok.start;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = tok.end;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** Emoticons in the punctuation between words (`:)`, `:-(`), added to `found` (a new list when it is NO_EMOTICONS). */
function addEmoticons(
  text: string,
  from: number,
  to: number,
  tokenBefore: number,
  found: Gaps['emoticons'],
): Gaps['emoticons'] {
  let out = found;
  let pos = from;
  for (const piece of text.slice(from, to).split(/(\s+)/)) {
    const value = piece.trim() ? EMOTICON_VALENCE.get(piece) : undefined;
    if (value !== undefined) {
      if (out === NO_EMOTICONS) out = [];
      out.push({ word: piece, value, base: value, start: pos, end: pos + piece.length, rules: [], tokenBefore });
    }
    pos += piece.length;
  }
  return out;
}
/** The emoticons of the usual text: none. Shared, never added to. */
const NO_EMOTICONS: Gaps['emoticons'] = [];

/** True when some words of two or more letters are ALL CAPS and others are not. */
function mixesCase(tokens: readonly Token[]): boolean {
  let caps = 0;
  let long = 0;
  for (const t of tokens) {
    if (t.text.length < 2) continue;
    long++;
    if (isAllCaps(t.text)) caps++;
  }
  return caps > 0 && caps < long;
}

function isAllCaps(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** The words with stretched ones collapsed (see unstretch); the same array when none is stretched, as is usual. */
function unstretchAll(lower: readonly string[], spellings: SpellingFacts | null, firstForm: number): readonly string[] {
  let words: string[] | null = null;
  const forms = spellings === null ? null : spellings.lexicon.tokenForms;
  for (let k = 0; k < lower.length; k++) {
    const word =
      forms === null ? unstretchedOrNull(lower[k]!) : unstretchedSpelling(spellings!, forms[firstForm + k]!, lower[k]!);
    if (word === null) continue;
    words ??= lower.slice();
    words[k] = word;
  }
  return words ?? lower;
}

/** The word unstretched, or null when it has no letter three times in a row (most words). */
function unstretchedOrNull(w: string): string | null {
  return hasTripleLetter(w) ? unstretch(w) : null;
}

/**
 * Per transcript (its lexicon), by form id: each spelling's unstretched word and its facts, found when the
 * spelling is first met. A 250k-word meeting has about 7k spellings: an array read per token, not a hash lookup.
 */
interface SpellingFacts {
  lexicon: Lexicon;
  /** `unstretchedOrNull` of the spelling's lower case; undefined until met. */
  unstretched: Array<string | null | undefined>;
  /** WORD_FACTS of the spelling's (unstretched) word, null when it has none; undefined until met. */
  facts: Array<WordFacts | null | undefined>;
}
const spellingTables = new WeakMap<Lexicon, SpellingFacts>();

function spellingFacts(lexicon: Lexicon): SpellingFacts {
  let table = spellingTables.get(lexicon);
  if (table === undefined) spellingTables.set(lexicon, (table = { lexicon, unstretched: [], facts: [] }));
  // Filled to the lexicon's size (a read past the end would make the arrays holey, a write far past it sparse).
  for (let k = table.facts.length; k < lexicon.size; k++) {
    table.unstretched.push(undefined);
    table.facts.push(undefined);
  }
  return table;
}

function unstretchedSpelling(table: SpellingFacts, form: number, lower: string): string | null {
  let word = table.unstretched[form];
  if (word === undefined) table.unstretched[form] = word = unstretchedOrNull(lower);
  return word;
}

/** `WORD_FACTS.get(word)` for the word of a spelling (`word` is its lower case, unstretched). */
function factsOfSpelling(table: SpellingFacts, form: number, word: string): WordFacts | undefined {
  let facts = table.facts[form];
  if (facts === undefined) table.facts[form] = facts = WORD_FACTS.get(word) ?? null;
  return facts ?? undefined;
}

/** "sooo" -> "so", "gooood" -> "good", "yaaay" -> "yay": the first collapsed form the lexicon or rules know. */
function unstretch(w: string): string {
  for (const form of [w.replace(/(.)\1+/g, '$1$1'), w.replace(/(.)\1+/g, '$1')])
    if (WORD_VALENCE.has(form) || RULES.has(form)) return form;
  return w;
}

function hasTripleLetter(w: string): boolean {
  // Runs for every word: one charCodeAt per character, the two before kept in locals.
  let twoBack = -1;
  let oneBack = -1;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === oneBack && c === twoBack) return true;
    twoBack = oneBack;
    oneBack = c;
  }
  return false;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
}
