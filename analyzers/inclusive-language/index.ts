/**
 * Non-inclusive language: finds the phrases of analyzers/inclusive-language/data/patterns.ts in every
 * utterance and reports each as a Finding with the verbatim words, the alternatives and why.
 *
 * One pass over the tokens that prepare() already made: each word is looked up in a Map keyed by
 * a phrase's first word, and only those few candidates are compared word by word (longest first).
 * No regular expression runs per word, so the cost is a Map lookup per token.
 *
 * This folder: index (the finder, run by the inclusivity analyser), data/patterns.ts (the word list),
 * README.md; tests in test/analyzers/inclusive-language/. May import src/model and analyzers/nlp only.
 */
import type { AnalyzerName, Finding, FindingKind } from '../../src/model/finding';
import {
  HABIT_MIN_USES,
  INCLUSIVE_LANGUAGE_RULES as RULES,
  MENTION_MARKERS,
  type ContextWords,
  type InclusiveLanguageRule,
} from './data/patterns';
import type { PreparedTranscript } from '../nlp/prepare';
import { tokenize, type Token } from '../nlp/tokenize';
import { FIGURATIVE_RULES, GENERIC_MARKERS, JUDGEMENT_RULES, ONE_MAN_PRONOUNS } from './data/senses';
import { judgementTarget, saidOfSomeoneElse, type JudgementTarget } from './sense';
import { wordsAt } from '../nlp/word-sequences';
import { listIds } from '../nlp/finding-collector';

/**
 * The word list this module applies (re-exported from analyzers/inclusive-language/data/patterns.ts).
 *
 * @example
 * INCLUSIVE_LANGUAGE_RULES.filter((r) => r.category === 'race').length // => 25
 */
export { INCLUSIVE_LANGUAGE_RULES } from './data/patterns';

/** Findings of this module are `inclusivity` findings of this kind. */
const ANALYZER: AnalyzerName = 'inclusivity';
const KIND: FindingKind = 'non-inclusive-language';
const RULE_PREFIX = 'inclusive-language/';
/**
 * Finding rule ids whose observations are shown only as a habit (HABIT_MIN_USES): words whose sense depends on who
 * was addressed ("you guys"), and figurative words ("crazy", "lame") when said of a situation or of oneself.
 */
const SHOWN_AS_HABIT: ReadonlySet<string> = new Set(
  [...RULES.filter((r) => r.dependsOnAudience).map((r) => r.id), ...FIGURATIVE_RULES].map(
    (id) => `${RULE_PREFIX}${id}`,
  ),
);

interface CompiledContext {
  previous: ReadonlySet<string> | null;
  next: ReadonlySet<string> | null;
}

interface CompiledRule {
  rule: InclusiveLanguageRule;
  ruleId: string;
  suggestion: string | null;
  exceptions: CompiledContext[];
  onlyWhen: CompiledContext | null;
}

interface Candidate {
  /** The phrase's words after the first one. */
  rest: string[];
  compiled: CompiledRule;
}

/** Between the words of one phrase only spaces, commas, hyphens, dashes or slashes may stand. */
const PHRASE_GAP = /^[\s,\-–—/]*$/;
/** A neighbour across a sentence boundary is not context. */
const SENTENCE_BREAK = /[.!?;:]/;
/** A break of sentence or clause: SENTENCE_BREAK and a comma or a dash. */
const CLAUSE_BREAK = /[.!?;:,—–]/;
const QUOTE = /["“”‘’']/;

/**
 * A masculine title ("businessman", "policemen", "spokesman", "mankind") is generic only when it stands for
 * anyone in the role; it is simply accurate for a named man or the officers of one event, which the words
 * alone cannot tell apart. Such matches stay observations (low confidence), never wording advice.
 *
 * @example
 * mayNameOneMan({ category: 'gender', phrases: ['spokesman', 'spokesmen'] }) // => true
 * mayNameOneMan({ category: 'gender', phrases: ['guys'] }) // => false
 * mayNameOneMan({ category: 'gender', phrases: ['man enough', 'like a man'] }) // => false (an idiom, not a title)
 */
export function mayNameOneMan(rule: { category: string; phrases: readonly string[] }): boolean {
  return rule.category === 'gender' && rule.phrases.some((phrase) => /^(?:[a-z]+m[ae]n|mankind)$/i.test(phrase));
}

/**
 * Whether a capitalised name follows a title at token `end` ("businessman Josiah Henson", "spokesman, Braeden
 * Caley"): only a comma may stand between them, and the name's words are capitalised in the text.
 *
 * @example
 * namedManFollows(tokenize('The spokesman, Braeden Caley, said so.'), 2, 'The spokesman, Braeden Caley, said so.') // => true
 * namedManFollows(tokenize('Ask the spokesman.'), 3, 'Ask the spokesman.') // => false
 */
export function namedManFollows(tokens: readonly Token[], end: number, text: string): boolean {
  const next = tokens[end];
  if (next === undefined || !/^[\s,]*$/.test(text.slice(tokens[end - 1]!.end, next.start))) return false;
  return isCapitalisedName(next);
}

/**
 * Whether the clause before a title at token `start` names a person: two capitalised words in a row ("Josiah Henson
 * escaped slavery to become a thriving businessman", "In the case of Eric Garner, the policemen were fired"). The
 * title is then said of that person or event, accurately, not of anyone in the role (review r19). Looks back to the
 * last break of sentence or clause (`SENTENCE_BREAK`, which holds ";").
 *
 * @example
 * const text = 'Josiah Henson became a thriving businessman.';
 * namedPersonBefore(tokenize(text), 5, text) // => true
 * namedPersonBefore(tokenize('Every businessman wants lower rates.'), 1, 'Every businessman wants lower rates.') // => false
 */
export function namedPersonBefore(tokens: readonly Token[], start: number, text: string): boolean {
  for (let k = start - 1; k > 0; k--) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (SENTENCE_BREAK.test(gap)) return false;
    if (/^\s+$/.test(gap) && isCapitalisedName(tokens[k - 1]!) && isCapitalisedName(tokens[k]!)) return true;
  }
  return false;
}

/** How many words after a title `referredToAsOneMan` reads for "he" or "his". */
const ONE_MAN_REACH = 6;

/**
 * Whether the speaker goes on to call a singular masculine title at tokens [start, end) "he", "his" or "him" in the
 * same clause ("murdered by a retired policeman and his son"): one man they know, so the title assumes nobody's
 * gender. Not when the sentence states a rule for anyone in the role ("every fireman knows his station", "a
 * policeman should carry his badge": GENERIC_MARKERS), where "his" is the generic masculine itself.
 *
 * @example
 * const story = 'He was murdered by a retired policeman and his son.';
 * referredToAsOneMan(tokenize(story), 6, 7, story) // => true
 * const rule = 'A policeman should carry his badge.';
 * referredToAsOneMan(tokenize(rule), 1, 2, rule) // => false
 */
export function referredToAsOneMan(tokens: readonly Token[], start: number, end: number, text: string): boolean {
  if (!/man$/i.test(tokens[end - 1]!.lower)) return false;
  let he = false;
  for (let k = end; k < tokens.length && k < end + ONE_MAN_REACH; k++) {
    // In the title's own clause: after a comma "his" may be anyone's ("garbageman and garbagewoman, or his bike").
    if (CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    if (GENERIC_MARKERS.has(tokens[k]!.lower)) return false;
    if (ONE_MAN_PRONOUNS.has(tokens[k]!.lower)) he = true;
  }
  if (!he) return false;
  for (let k = start - 1; k >= 0; k--) {
    if (SENTENCE_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    if (GENERIC_MARKERS.has(tokens[k]!.lower)) return false;
  }
  return true;
}

/** A word written with a capital and then a small letter, not "I". */
function isCapitalisedName(token: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(token.text) && token.lower !== 'i';
}

/**
 * Whether a match is worth raising with the person who said it: a word that demeans people (severity medium or
 * above), a judgement word ("stupid") said of a person, or a figurative one ("crazy", "lame") said of someone
 * else. Other mild entries (severity low: dated titles, idioms such as "we'd be crazy to", "maiden name",
 * "dummy") are mostly said without a thought of anyone, and a coach who raised them would read as pedantic:
 * they stay observations, as do matches whose reading depends on the audience or on the man named.
 *
 * @example
 * const crazy = { id: 'crazy', category: 'ableist', phrases: ['crazy'], severity: 'low' } as const;
 * raisedWithSpeaker(crazy, 'person', false) // => false ("we'd be crazy to ship it")
 * raisedWithSpeaker(crazy, 'person', true)  // => true ("the guy was a bit crazy")
 * raisedWithSpeaker({ ...crazy, id: 'stupid', phrases: ['stupid'] }, 'person', false) // => true ("don't be stupid")
 */
export function raisedWithSpeaker(
  rule: Pick<InclusiveLanguageRule, 'id' | 'category' | 'phrases' | 'severity' | 'dependsOnAudience'>,
  target: JudgementTarget,
  saidOfOther: boolean,
): boolean {
  const demeaning =
    rule.severity === 'medium' ||
    rule.severity === 'high' ||
    JUDGEMENT_RULES.has(rule.id) ||
    (FIGURATIVE_RULES.has(rule.id) && saidOfOther);
  return demeaning && target === 'person' && !mayNameOneMan(rule) && !rule.dependsOnAudience;
}

/**
 * Finds non-inclusive language in every utterance. A word whose sense depends on the audience ("you guys"), and a
 * figurative word said of a situation or oneself ("we'd be crazy to"), is kept only when its speaker says it
 * HABIT_MIN_USES times or more; `{ keepOneOffs: true }` keeps it from the first use (what the word list matches,
 * for the data's own tests).
 *
 * @example
 * const p = prepare(makeTranscript([['Ana', 'Hi guys, add it to the blacklist.']]));
 * findNonInclusiveLanguage(p).map((f) => [f.ruleId, f.quote, f.severity]);
 * // => [['inclusive-language/blacklist', 'blacklist', 'medium']] (one "guys" is no habit)
 * findNonInclusiveLanguage(p, { keepOneOffs: true }).map((f) => f.quote) // => ['Hi guys', 'blacklist']
 */
export function findNonInclusiveLanguage(p: PreparedTranscript, options: { keepOneOffs?: boolean } = {}): Finding[] {
  const index = phraseIndex();
  const findings: Finding[] = [];
  p.transcript.utterances.forEach((utterance, u) => {
    const tokens = p.tokens[u] ?? [];
    for (let i = 0; i < tokens.length;) {
      // Almost every word starts no phrase: one Map lookup here, before any call.
      const candidates = index.get(tokens[i]!.lower);
      const match = candidates === undefined ? null : matchAt(candidates, tokens, i, utterance.text);
      if (match === null) {
        i += 1;
        continue;
      }
      const { compiled, end } = match;
      // "The businessman Josiah Henson", "the spokesman, Braeden Caley", "Josiah Henson ... became a businessman",
      // "a retired policeman and his son": the title names one man, or the officers of one named event, accurately.
      if (
        mayNameOneMan(compiled.rule) &&
        (namedManFollows(tokens, end, utterance.text) ||
          namedPersonBefore(tokens, i, utterance.text) ||
          referredToAsOneMan(tokens, i, end, utterance.text))
      ) {
        i = end;
        continue;
      }
      // "Marketing to guys as much as to women": beside its contrast the bare word has its literal sense (an
      // address form, "hey guys", still addresses the room).
      const literal = compiled.rule.literalBeside;
      if (literal !== undefined && end - i === 1 && anyWordIn(tokens, literal)) {
        i = end;
        continue;
      }
      // "The linter was too stupid to ..." judges a thing: no finding; "a dumb design": an observation only.
      const target = judgementTarget(compiled.rule.id, tokens, i, end);
      if (!isMention(tokens, i, end, utterance.text) && target !== 'thing-subject' && !echoesPrevious(p, u, i, end)) {
        findings.push({
          id: p.findingIds.next(ANALYZER, compiled.ruleId, utterance.id),
          analyzer: ANALYZER,
          kind: KIND,
          ruleId: compiled.ruleId,
          speakerId: utterance.speakerId,
          utteranceId: utterance.id,
          startMs: utterance.startMs,
          quote: utterance.text.slice(tokens[i]!.start, tokens[end - 1]!.end),
          suggestion: compiled.suggestion,
          note: compiled.rule.note,
          severity: compiled.rule.severity,
          targetSpeakerId: null,
          confidence: raisedWithSpeaker(compiled.rule, target, saidOfSomeoneElse(tokens, i, end)) ? 'medium' : 'low',
          evidenceType: 'lexical-marker',
        });
      }
      i = end;
    }
  });
  return oneObservationPerHabit(findings, options.keepOneOffs === true);
}

/**
 * One observation per person and word: the first, its note counting every use ("you guys" three times was three
 * findings, read as nagging by two coaches, reviews r16 and r17). A match raised with the speaker (confidence
 * medium: a demeaning word said of someone) is an act of its own and stays one finding each; it is counted in the
 * observation's note all the same.
 *
 * @example
 * // Ana says "guys" in u1, u4 and u9: one finding at u1, its note ending "Said 3 times in this meeting (u1, u4, u9)."
 */
function oneObservationPerHabit(findings: Finding[], keepOneOffs: boolean): Finding[] {
  const uses = new Map<string, Finding[]>();
  const dropped = new Set<Finding>();
  for (const f of findings) {
    const key = `${f.speakerId} ${f.ruleId}`;
    const same = uses.get(key);
    if (same === undefined) uses.set(key, [f]);
    else same.push(f);
  }
  const merged = new Map<Finding, Finding>();
  for (const same of uses.values()) {
    // A word only the audience could make exclusive ("you guys"), or an idiom about a moment ("going a bit crazy
    // over here"), is shown as a habit or not at all; a use raised with the speaker (said of someone) stays.
    if (!keepOneOffs && same.length < HABIT_MIN_USES && SHOWN_AS_HABIT.has(same[0]!.ruleId)) {
      for (const f of same) if (f.confidence === 'low') dropped.add(f);
      continue;
    }
    const observations = same.filter((f) => f.confidence === 'low');
    if (observations.length < 2) continue;
    for (const f of observations.slice(1)) dropped.add(f);
    const first = observations[0]!;
    const ids = [...new Set(same.map((f) => f.utteranceId!))];
    merged.set(first, {
      ...first,
      note: `${first.note} Said ${same.length} times in this meeting (${listIds(ids, 4)}).`,
    });
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => merged.get(f) ?? f);
}

/**
 * True when one of the tokens' words is in the list. A function, not a closure in the loop above: a closure there
 * captures the loop's variables, and V8 then allocates their scope at every word (7.7 MB at 250k words).
 */
function anyWordIn(tokens: readonly Token[], list: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (list.includes(tokens[k]!.lower)) return true;
  return false;
}

/** The first (longest) of the phrases starting with token i's word whose words follow and whose context allows it. */
function matchAt(
  candidates: readonly Candidate[],
  tokens: Token[],
  i: number,
  text: string,
): { compiled: CompiledRule; end: number } | null {
  // Indexed: "the", "that", "it" start phrases, so this runs at one word in six (40,000 times at 250k words).
  for (let c = 0; c < candidates.length; c++) {
    const { rest, compiled } = candidates[c]!;
    const end = i + 1 + rest.length;
    if (end > tokens.length || !wordsFollow(tokens, i, rest, text)) continue;
    if (contextAllows(compiled, tokens, i, end, text)) return { compiled, end };
  }
  return null;
}

function wordsFollow(tokens: Token[], i: number, rest: string[], text: string): boolean {
  for (let k = 0; k < rest.length; k += 1) {
    const previous = tokens[i + k]!;
    const token = tokens[i + k + 1]!;
    if (token.lower !== rest[k] || !PHRASE_GAP.test(text.slice(previous.end, token.start))) return false;
  }
  return true;
}

function contextAllows(compiled: CompiledRule, tokens: Token[], start: number, end: number, text: string): boolean {
  // Most rules have no context words: no neighbours to read.
  if (compiled.onlyWhen === null && compiled.exceptions.length === 0) return true;
  const previous = neighbour(tokens, start - 1, start, text);
  const next = neighbour(tokens, end, end - 1, text);
  if (compiled.onlyWhen !== null && !contextMatches(compiled.onlyWhen, previous, next)) return false;
  return !compiled.exceptions.some((exception) => contextMatches(exception, previous, next));
}

/** The word at `at`, unless a sentence boundary separates it from the phrase token at `from`. */
function neighbour(tokens: Token[], at: number, from: number, text: string): string | null {
  const token = tokens[at];
  const anchor = tokens[from];
  if (token === undefined || anchor === undefined) return null;
  const gap = at < from ? text.slice(token.end, anchor.start) : text.slice(anchor.end, token.start);
  return SENTENCE_BREAK.test(gap) ? null : token.lower;
}

function contextMatches(context: CompiledContext, previous: string | null, next: string | null): boolean {
  return (
    (previous !== null && context.previous?.has(previous) === true) ||
    (next !== null && context.next?.has(next) === true)
  );
}

/** "the word crazy", "instead of blacklist", "'master'": talking about the phrase, not using it. */
function isMention(tokens: Token[], start: number, end: number, text: string): boolean {
  const before = tokens[start - 1]?.lower;
  const twoBefore = tokens[start - 2]?.lower;
  if (before !== undefined && MENTION_WORDS.has(before)) return true;
  if (before !== undefined && twoBefore !== undefined && MENTION_PAIRS.has(`${twoBefore} ${before}`)) return true;
  const charBefore = text[tokens[start]!.start - 1];
  const charAfter = text[tokens[end - 1]!.end];
  return charBefore !== undefined && charAfter !== undefined && QUOTE.test(charBefore) && QUOTE.test(charAfter);
}

/**
 * "crazy." a second after someone else's "Going a bit crazy over here.": the whole utterance is the matched
 * phrase, and the previous speaker's line holds the same words. It repeats their word, which is flagged where
 * they said it; flagging the echo counts one moment twice and blames a second person for it (coach review r14).
 */
function echoesPrevious(p: PreparedTranscript, u: number, start: number, end: number): boolean {
  const words = p.lower[u]!;
  if (u === 0 || start !== 0 || end !== words.length) return false;
  const { utterances } = p.transcript;
  if (utterances[u - 1]!.speakerId === utterances[u]!.speakerId) return false;
  const before = p.lower[u - 1]!;
  for (let k = 0; k + end <= before.length; k++) if (wordsAt(before, k, words)) return true;
  return false;
}

const MENTION_WORDS: ReadonlySet<string> = new Set(MENTION_MARKERS.previous);
const MENTION_PAIRS: ReadonlySet<string> = new Set(MENTION_MARKERS.previousTwo);

let compiledIndex: Map<string, Candidate[]> | null = null;

/** First word -> candidate phrases, longest first; built once per isolate. */
function phraseIndex(): Map<string, Candidate[]> {
  if (compiledIndex !== null) return compiledIndex;
  const index = new Map<string, Candidate[]>();
  for (const rule of RULES) {
    const compiled: CompiledRule = {
      rule,
      ruleId: RULE_PREFIX + rule.id,
      suggestion: rule.alternatives.length > 0 ? rule.alternatives.join(', ') : (rule.noAlternativeReason ?? null),
      exceptions: (rule.exceptions ?? []).map(compileContext),
      onlyWhen: rule.onlyWhen === undefined ? null : compileContext(rule.onlyWhen),
    };
    for (const phrase of rule.phrases) {
      const [first, ...rest] = tokenize(phrase).map((t) => t.lower);
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push({ rest, compiled });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  compiledIndex = index;
  return index;
}

function compileContext(context: ContextWords): CompiledContext {
  const set = (words: readonly string[] | undefined) =>
    words === undefined
      ? null
      : new Set(
          words.map((w) =>
            tokenize(w)
              .map((t) => t.lower)
              .join(' '),
          ),
        );
  return { previous: set(context.previous), next: set(context.next) };
}
