/**
 * Question detection for speech transcripts, shared by every analyser that needs it (turn-taking
 * counts questions and who answers them; listening and inclusivity can reuse it).
 *
 * Speech-to-text output often has no '?', so a clause is a question when
 * - it ends with '?' (the transcriber heard one), or
 * - its first words, after discourse markers such as "so", "okay", "um", have question word order:
 *   a wh-word then an auxiliary ("what do", "how is"), an auxiliary then its subject ("do you",
 *   "can we", "is it"), or a fixed invitation ("any thoughts", "I wonder if"), or
 * - it ends in a tag or an invitation ("..., right", "didn't it", "what do you think"); in text with
 *   no punctuation at all (captions) the tag needs no comma ("we ship friday right"), unless the word
 *   before makes it a statement ("that's right", "get it right": TAG_BLOCKERS), and the question may
 *   follow a short lead-in and a coordinator ("ok thanks and is the projector working").
 * Word order wins over a '.' written by a transcriber: speech-to-text punctuation is unreliable. Not
 * questions: a clause closed by '!' alone (an exclamation: "How about that!"), and rhetorical or
 * exclamative openers without '?' ("who knows.", "who knows what they will say": NOT_QUESTION_OPENERS).
 * The rules are data (analyzers/nlp/data/question-words.ts), compiled here once into Maps keyed by the
 * first word (openers) or the last word (endings), so a clause costs a few Map lookups.
 */
import {
  CLAUSE_PREFACES,
  CONDITION_OPENERS,
  LEAD_IN_COORDINATORS,
  MAIN_CLAUSE_STARTS,
  MAX_LEAD_IN_WORDS,
  NOT_QUESTION_OPENERS,
  RESTART_MAX_WORDS,
  RESTART_STATEMENT_OPENERS,
  TAG_BLOCKERS,
  QUESTION_RULES,
  QUESTION_WORD_CLASSES,
  type QuestionRule,
  type QuestionType,
} from './data/question-words';
import { HONORIFICS } from './names';
import type { Token } from './tokenize';

export type { QuestionType } from './data/question-words';

export interface QuestionMatch {
  type: QuestionType;
  /** The rule that fired (an id from QUESTION_RULES), or `question-mark` for a '?' alone. */
  ruleId: string;
  /** The words that made it a question, verbatim from the text ('?' for the question-mark rule). */
  cue: string;
  /** The question clause: `text.slice(start, end)`, ending after its '?' when it has one. */
  start: number;
  end: number;
  /** True when the clause ends with '?'. */
  punctuated: boolean;
}

export interface QuestionDetection {
  isQuestion: boolean;
  /** Type of the last question in the text (the one a next speaker answers), or null. */
  type: QuestionType | null;
  /** Cue of that last question ('' when none). */
  cue: string;
  ruleId: string | null;
  /** Every question clause, in order. */
  questions: QuestionMatch[];
}

/** One position of a compiled rule phrase. */
export type QuestionSlot =
  { word: string } | { set: ReadonlySet<string>; subject: boolean } | { any: true } | { notIn: ReadonlySet<string> };
interface CompiledRule {
  rule: QuestionRule;
  slots: QuestionSlot[];
}

const MAX_PREFACES = 4;
const CONDITIONS: ReadonlySet<string> = new Set(CONDITION_OPENERS);
const PREFACES: ReadonlySet<string> = new Set(CLAUSE_PREFACES.map((p) => p.word));
const WH: ReadonlySet<string> = new Set(QUESTION_WORD_CLASSES.wh.words);
const SUBJECTS: ReadonlySet<string> = new Set(QUESTION_WORD_CLASSES.subject.words);
const AUX: ReadonlySet<string> = new Set(QUESTION_WORD_CLASSES.aux.words);
const CLASS_SETS = new Map<string, ReadonlySet<string>>(
  Object.entries(QUESTION_WORD_CLASSES).map(([name, c]) => [name, new Set<string>(c.words)]),
);

/**
 * Parses a rule phrase into slots; throws on an unknown `<class>` (a data error, caught by the data test).
 *
 * @example
 * compileQuestionPhrase('<do> <personal>') // => [{ set: Set {'do', "don't"}, subject: false }, { set: Set {'i', 'you', ...}, subject: false }]
 */
export function compileQuestionPhrase(phrase: string): QuestionSlot[] {
  return phrase.split(' ').map((part): QuestionSlot => {
    if (part === '<any>') return { any: true };
    if (part === '<other>') return { notIn: SUBJECTS };
    const cls = /^<([a-zA-Z]+)>$/.exec(part);
    if (!cls) return { word: part };
    const set = CLASS_SETS.get(cls[1]!);
    if (!set) throw new Error(`question rule phrase "${phrase}" uses unknown word class <${cls[1]}>`);
    return { set, subject: cls[1] === 'subject' };
  });
}

/** Rules indexed by every word their first (openers) or last (endings) slot can match. */
function index(rules: readonly QuestionRule[], position: QuestionRule['position']): Map<string, CompiledRule[]> {
  const byWord = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    if (rule.position !== position) continue;
    const slots = compileQuestionPhrase(rule.phrase);
    const key = position === 'opener' ? slots[0]! : slots[slots.length - 1]!;
    const words = 'word' in key ? [key.word] : 'set' in key ? [...key.set] : [];
    for (const w of words) {
      const list = byWord.get(w) ?? [];
      list.push({ rule, slots });
      byWord.set(w, list);
    }
  }
  // Longer phrases first: "what do you think" before "what <aux>".
  for (const list of byWord.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  return byWord;
}

const OPENERS = index(QUESTION_RULES, 'opener');
const ENDINGS = index(QUESTION_RULES, 'ending');
/** Exceptions share the opener machinery; their type is never used. */
const exceptionIndex = (rules: typeof NOT_QUESTION_OPENERS) =>
  index(
    rules.map((r) => ({ ...r, position: 'opener' as const, type: 'closed' as const })),
    'opener',
  );
const NOT_OPENERS = exceptionIndex(NOT_QUESTION_OPENERS);
/** The exceptions that hold before a '?' too: they perform an act ("Can I thank you ...?"). */
const NOT_OPENERS_EVEN_WITH_QUESTION_MARK = exceptionIndex(NOT_QUESTION_OPENERS.filter((r) => r.evenWithQuestionMark));
const NOT_SCOPE = new Map(NOT_QUESTION_OPENERS.map((r) => [r.id, r.scope]));
const MODALS: ReadonlySet<string> = new Set([...QUESTION_WORD_CLASSES.modal.words, "'ll", 'might', 'may']);

/**
 * Does an exception opener at p rule the clause out? Scoped ones need the whole clause, a modal or a main clause
 * after; a clause ending with '?' only by an exception that performs an act ("Can I thank you ...?").
 */
function isNotQuestion(text: string, tokens: Token[], p: number, last: number, questionMark: boolean): boolean {
  const m = matchOpener(tokens, p, last, questionMark ? NOT_OPENERS_EVEN_WITH_QUESTION_MARK : NOT_OPENERS);
  if (!m) return false;
  const scope = NOT_SCOPE.get(m.rule.id);
  if (scope === 'clause') return m.to === last;
  if (scope === 'modal-after') {
    for (let k = m.to + 1; k <= last; k++)
      if (MODALS.has(tokens[k]!.lower) || tokens[k]!.lower.endsWith("'ll")) return true;
    return false;
  }
  if (scope === 'main-clause-after') {
    for (let k = m.to + 1; k <= last; k++)
      if (MAIN_CLAUSE_STARTS.has(tokens[k]!.lower) && gapHas(text, tokens[k - 1]!.end, tokens[k]!.start, 44 /* , */))
        return true;
    return false;
  }
  return true;
}

/**
 * True when the clause from token `from` breaks off, after a comma within RESTART_MAX_WORDS words, into a statement
 * opener ("Is a See, I think ..."): a false start (RESTART_STATEMENT_OPENERS). Not a parenthesis ("Can we, I think,
 * ship it").
 *
 * @example
 * // "Is a See, I think the questions are similar." => true; "Can we, I think, ship it on Friday" => false
 */
function restartsAsStatement(text: string, tokens: Token[], from: number, last: number): boolean {
  for (let k = from + 1; k <= Math.min(last - 1, from + RESTART_MAX_WORDS); k++) {
    if (!gapHas(text, tokens[k - 1]!.end, tokens[k]!.start, 44 /* , */)) continue;
    const [a, b] = [tokens[k]!.lower, tokens[k + 1]!.lower];
    if (!RESTART_STATEMENT_OPENERS.some(([x, y]) => x === a && y === b)) return false;
    // "Can we, I think, ship it on Friday": set off by commas on both sides, it is a parenthesis in the question.
    const after = tokens[k + 2];
    return after === undefined || !gapHas(text, tokens[k + 1]!.end, after.start, 44 /* , */);
  }
  return false;
}

function slotMatches(slot: QuestionSlot, token: Token): boolean {
  if ('any' in slot) return true;
  if ('word' in slot) return slot.word === token.lower;
  if ('notIn' in slot) return !slot.notIn.has(token.lower);
  // A capitalised word after an auxiliary is a name: "is Sam coming".
  return slot.set.has(token.lower) || (slot.subject && isCapitalised(token));
}

function isVocative(text: string, tokens: Token[], first: number, p: number): boolean {
  const t = tokens[p]!;
  if (!isCapitalised(t) || SUBJECTS.has(t.lower) || AUX.has(t.lower)) return false;
  return p > first || gapHas(text, t.end, tokens[p + 1]!.start, 44 /* , */);
}

/**
 * Upper-case first letter in any cased script ("Sam", "Łukasz", "Zoë"); "I" and its contractions are no name
 * ("And I've had people say this" is no question put to someone called I've).
 */
function isCapitalised(token: Token): boolean {
  // ASCII by its code (most words); other scripts by whether lower-casing changes the letter.
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 && !isFirstPerson(token.lower);
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

/** "i", "i'm", "i've", "i'll", "i'd". */
function isFirstPerson(lower: string): boolean {
  return lower === 'i' || lower.startsWith("i'");
}

/** Tries the opener rules at token p (within the clause ending at `last`). */
function matchOpener(
  tokens: Token[],
  p: number,
  last: number,
  openers: Map<string, CompiledRule[]> = OPENERS,
): { rule: QuestionRule; from: number; to: number } | null {
  const candidates = openers.get(tokens[p]!.lower);
  if (!candidates) return null;
  for (const c of candidates) {
    const to = p + c.slots.length - 1;
    if (to > last) continue;
    let ok = true;
    for (let k = 1; k < c.slots.length && ok; k++) ok = slotMatches(c.slots[k]!, tokens[p + k]!);
    if (ok) return { rule: c.rule, from: p, to };
  }
  return null;
}

/** Tries the ending rules with their last word at token q (clause starts at `first`). */
function matchEnding(
  text: string,
  tokens: Token[],
  first: number,
  q: number,
  unpunctuated = false,
): { rule: QuestionRule; from: number; to: number } | null {
  const candidates = ENDINGS.get(tokens[q]!.lower);
  if (!candidates) return null;
  for (const c of candidates) {
    const from = q - c.slots.length + 1;
    if (from < first) continue;
    if (
      c.rule.notAfterInCondition?.includes(tokens[from - 1]?.lower ?? '') &&
      CONDITIONS.has(tokens[skipPrefaces(tokens, first, q)]!.lower)
    )
      continue;
    let ok = true;
    for (let k = 0; k < c.slots.length - 1 && ok; k++) ok = slotMatches(c.slots[k]!, tokens[from + k]!);
    if (!ok) continue;
    // Tags need a statement before them ("yeah, right" is not a tag question).
    if ((c.rule.id.startsWith('tag-') || c.rule.requires === 'comma-before') && from - first < 2) continue;
    // Without any punctuation (captions) the comma is missing, so the word before the tag decides: "we ship
    // friday right" asks, "that's right" / "get it right" state.
    if (
      c.rule.requires === 'comma-before' &&
      !gapHas(text, tokens[from - 1]!.end, tokens[from]!.start, 44 /* , */) &&
      !(unpunctuated && from - first >= 3 && !TAG_BLOCKERS.has(tokens[from - 1]!.lower))
    )
      continue;
    return { rule: c.rule, from, to: q };
  }
  return null;
}

function skipPrefaces(tokens: Token[], from: number, last: number): number {
  let p = from;
  for (let skipped = 0; skipped < MAX_PREFACES && p < last && PREFACES.has(tokens[p]!.lower); skipped++) p++;
  return p;
}

function gapHas(text: string, from: number, to: number, charCode: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === charCode) return true;
  return false;
}

/** Any punctuation at all: text without it (captions) gets the looser tag and lead-in rules. */
const PUNCTUATION = /[.,?!;:]/;

/** `clauseEndAfter` when the clause goes on after the token. */
const NO_CLAUSE_END = -2;

/**
 * Does a clause end after token i? A '.', '!', '?' or ';' in the gap after it, with a space there
 * too (so "3.5" stays whole), or the last token. Returns NO_CLAUSE_END, else the offset of the
 * gap's first '?' (-1 when there is none).
 */
function clauseEndAfter(text: string, tokens: Token[], i: number): number {
  const from = tokens[i]!.end;
  const last = i + 1 >= tokens.length;
  const to = last ? text.length : tokens[i + 1]!.start;
  let stop = false;
  let questionMarkAt = -1;
  let space = last;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 63 /* ? */) {
      stop = true;
      if (questionMarkAt < 0) questionMarkAt = k;
    } else if (c === 46 /* . */ || c === 33 /* ! */ || c === 59 /* ; */) stop = true;
    else if (c === 32 || c === 10 || c === 9) space = true;
  }
  if (stop && space) return questionMarkAt;
  return last ? -1 : NO_CLAUSE_END;
}

/**
 * Every question clause in one utterance.
 *
 * @example
 * const text = 'okay so do you have the numbers';
 * findQuestions(text, tokenize(text))
 * // => [{ type: 'closed', ruleId: 'inversion-do', cue: 'do you', start: 0, end: 31, punctuated: false }]
 */
export function findQuestions(text: string, tokens: Token[]): QuestionMatch[] {
  const found: QuestionMatch[] = [];
  const unpunctuated = !PUNCTUATION.test(text);
  let first = 0;
  // One pass over the gaps between words; a clause is checked as soon as its end is seen.
  for (let last = 0; last < tokens.length; last++) {
    const questionMarkAt = clauseEndAfter(text, tokens, last);
    if (questionMarkAt === NO_CLAUSE_END) continue;
    // A clause closed by '!' alone exclaims ("How about that!", "Can you believe it!"): no answer is expected.
    const exclaimed =
      questionMarkAt < 0 && last + 1 < tokens.length && gapHas(text, tokens[last]!.end, tokens[last + 1]!.start, 33);
    const exclaimedAtEnd =
      questionMarkAt < 0 && last + 1 >= tokens.length && gapHas(text, tokens[last]!.end, text.length, 33);
    const match =
      exclaimed || exclaimedAtEnd ? null : matchClause(text, tokens, first, last, questionMarkAt >= 0, unpunctuated);
    if (match) {
      // Written out, not `...match`: the spread copied through a slow path, a tenth of this function's time.
      found.push({
        type: match.type,
        ruleId: match.ruleId,
        cue: match.cue,
        start: tokens[first]!.start,
        end: questionMarkAt >= 0 ? questionMarkAt + 1 : tokens[last]!.end,
        punctuated: questionMarkAt >= 0,
      });
    }
    first = last + 1;
  }
  return found;
}

function matchClause(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  questionMark: boolean,
  unpunctuated = false,
): Pick<QuestionMatch, 'type' | 'ruleId' | 'cue'> | null {
  const p = skipPrefaces(tokens, first, last);
  if (isNotQuestion(text, tokens, p, last, questionMark)) return null;
  let opener = matchOpener(tokens, p, last);
  // Captions run a reaction and a question together: "ok thanks and is the projector working".
  if (!opener && unpunctuated) {
    for (let k = p + 1; k <= p + MAX_LEAD_IN_WORDS && k < last; k++) {
      if (!LEAD_IN_COORDINATORS.has(tokens[k]!.lower)) continue;
      const q = skipPrefaces(tokens, k + 1, last);
      if (isNotQuestion(text, tokens, q, last, false)) return null;
      opener = matchOpener(tokens, q, last);
      break;
    }
  }
  // A name before the question: "Sam, do you have a minute", "so Sam do you ...". A capitalised first
  // word is just the start of a sentence ("That was it"), so it needs a comma or a word before it.
  // With a title the name is its second word: "Ms Llewellyn, what would you do first ...?".
  const named = HONORIFICS.has(tokens[p]!.lower) && p + 1 < last ? p + 1 : p;
  if (!opener && named < last && isVocative(text, tokens, first, named)) opener = matchOpener(tokens, named + 1, last);
  // "Is a See, I think the questions are similar.": a false start, not a question.
  if (opener && !questionMark && restartsAsStatement(text, tokens, opener.from, last)) opener = null;
  if (opener)
    return {
      type: opener.rule.type,
      ruleId: opener.rule.id,
      cue: text.slice(tokens[opener.from]!.start, tokens[opener.to]!.end),
    };

  let ending = matchEnding(text, tokens, first, last, unpunctuated);
  // A name after the question: "what do you think, Sam".
  if (
    !ending &&
    last > first &&
    isCapitalised(tokens[last]!) &&
    gapHas(text, tokens[last - 1]!.end, tokens[last]!.start, 44)
  )
    ending = matchEnding(text, tokens, first, last - 1, unpunctuated);
  if (ending)
    return {
      type: ending.rule.type,
      ruleId: ending.rule.id,
      cue: text.slice(tokens[ending.from]!.start, tokens[ending.to]!.end),
    };

  if (questionMark) {
    // "you did what?" and "where?" are content questions; "you're coming?" is a yes/no question.
    const open = WH.has(tokens[p]!.lower) || WH.has(tokens[last]!.lower);
    return { type: open ? 'open' : 'closed', ruleId: 'question-mark', cue: '?' };
  }
  return null;
}

/**
 * Whether one utterance asks something, and how.
 *
 * @example
 * const text = 'we ship on Friday, right?';
 * detectQuestion(text, tokenize(text))
 * // => { isQuestion: true, type: 'closed', cue: 'right', ruleId: 'tag-right', questions: [...] }
 */
export function detectQuestion(text: string, tokens: Token[]): QuestionDetection {
  const questions = tokens.length === 0 ? [] : findQuestions(text, tokens);
  const last = questions[questions.length - 1];
  return {
    isQuestion: last !== undefined,
    type: last?.type ?? null,
    cue: last?.cue ?? '',
    ruleId: last?.ruleId ?? null,
    questions,
  };
}
