/**
 * Whether a judgement word ("stupid", "dumb") judges a person or a thing, read from the words next to
 * it: a thing noun right after it ("a dumb design") or a thing as the subject of "is/was" before it
 * ("the linter was too stupid to ...", "it's dumb"). Word lists only: the subject is the word before
 * the linking verb, so the check costs a few Set lookups per match (compromise was not needed here).
 */
import type { Token } from '../nlp/tokenize';
import {
  DEGREE_WORDS,
  OTHER_PERSON_CONTRACTIONS,
  OTHER_PERSON_SUBJECTS,
  PERSON_NOUNS,
  JUDGEMENT_RULES,
  LINKING_VERBS,
  NEGATIONS,
  PERSON_SUBJECTS,
  THING_CONTRACTIONS,
  THING_PRONOUNS,
  THING_NOUNS,
} from './data/senses';

/**
 * `person`: keep the finding; `thing-modifier` and `denied` ("Not dumb at all", reassurance echoing
 * someone's own word): keep at low confidence; `thing-subject`: drop it.
 */
export type JudgementTarget = 'person' | 'thing-modifier' | 'denied' | 'thing-subject';

/**
 * What a matched judgement word is said about. Rules outside JUDGEMENT_RULES are always `person`.
 *
 * @example
 * judgementTarget('stupid', tokenize('The linter was too stupid to parse it.'), 4, 5) // => 'thing-subject'
 * judgementTarget('dumb', tokenize('Our setup was a dumb design.'), 4, 5)              // => 'thing-modifier'
 * judgementTarget('stupid', tokenize('He is so stupid.'), 3, 4)                          // => 'person'
 */
export function judgementTarget(ruleId: string, tokens: readonly Token[], start: number, end: number): JudgementTarget {
  if (!JUDGEMENT_RULES.has(ruleId)) return 'person';
  if (start > 0 && NEGATIONS.has(tokens[start - 1]!.lower)) return 'denied';
  let k = start - 1;
  while (k >= 0 && DEGREE_WORDS.has(tokens[k]!.lower)) k--;
  const verb = tokens[k]?.lower;
  if (verb !== undefined && THING_CONTRACTIONS.has(verb)) return 'thing-subject';
  // "be"/"been" have no subject right before them ("don't be stupid" is said to a person).
  if (verb !== undefined && LINKING_VERBS.has(verb) && verb !== 'be' && verb !== 'been') {
    const subject = tokens[k - 1]?.lower;
    // A capitalised subject may be a name ("Ingrid was ..."); "It", "This" and "That" are things.
    const named = subject !== undefined && !THING_PRONOUNS.has(subject) && /^[A-Z]/.test(tokens[k - 1]!.text);
    if (subject !== undefined && !PERSON_SUBJECTS.has(subject) && !named) {
      // "the linter was too stupid": a thing; "that was a dumb design" falls through to the noun check.
      if (tokens[end]?.lower === undefined || !THING_NOUNS.has(tokens[end]!.lower)) return 'thing-subject';
    }
  }
  const next = tokens[end]?.lower;
  return next !== undefined && THING_NOUNS.has(next) ? 'thing-modifier' : 'person';
}

/**
 * Whether the word at tokens[start..end) is said of someone other than the speaker and the listener: a person
 * noun right after it ("a lame hire"), or a third person (a pronoun, a person noun or a name) as the subject
 * of "is/was ... <word>" ("the guy was a bit crazy", "she's nuts"). "We'd be crazy to" and "until you go crazy"
 * are idioms about the situation, not judgements of a person.
 *
 * @example
 * saidOfSomeoneElse(tokenize('Honestly the guy was a bit crazy.'), 6, 7) // => true
 * saidOfSomeoneElse(tokenize('We would be crazy to ship it.'), 3, 4)     // => false
 */
export function saidOfSomeoneElse(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end]?.lower;
  if (next !== undefined && PERSON_NOUNS.has(next)) return true;
  let k = start - 1;
  while (k >= 0 && DEGREE_WORDS.has(tokens[k]!.lower)) k--;
  const verb = tokens[k]?.lower;
  if (verb === undefined) return false;
  if (OTHER_PERSON_CONTRACTIONS.has(verb)) return true;
  if (!LINKING_VERBS.has(verb) || verb === 'be' || verb === 'been') return false;
  const subject = tokens[k - 1];
  if (subject === undefined) return false;
  const named =
    /^[A-Z]/.test(subject.text) && !THING_PRONOUNS.has(subject.lower) && !PERSON_SUBJECTS.has(subject.lower);
  return OTHER_PERSON_SUBJECTS.has(subject.lower) || PERSON_NOUNS.has(subject.lower) || named;
}
