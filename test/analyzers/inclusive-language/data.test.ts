/**
 * Integrity of the non-inclusive-language data (analyzers/inclusive-language/data/patterns.ts): every entry
 * is complete, every example sentence does what the data says, and nothing we deliberately leave
 * alone gets flagged.
 */
import { describe, expect, it } from 'vitest';
import {
  DELIBERATELY_NOT_FLAGGED,
  INCLUSIVE_LANGUAGE_CATEGORIES,
  INCLUSIVE_LANGUAGE_RULES,
  type InclusiveLanguageRule,
} from '../../../analyzers/inclusive-language/data/patterns';
import { findNonInclusiveLanguage } from '../../../analyzers/inclusive-language/index';
import { prepare } from '../../../analyzers/nlp/prepare';
import { tokenize } from '../../../analyzers/nlp/tokenize';
import { Severity } from '../../../src/model/finding';
import { makeTranscript } from '../../helpers/make-transcript';

/** Every use the word list matches, one-offs of an audience-dependent word ("Hi guys") included. */
function flag(sentence: string) {
  return findNonInclusiveLanguage(prepare(makeTranscript([['Ana', sentence]])), { keepOneOffs: true });
}
function ruleIdsIn(sentence: string): string[] {
  return flag(sentence).map((f) => f.ruleId);
}
const idOf = (rule: InclusiveLanguageRule) => `inclusive-language/${rule.id}`;
const words = (phrase: string) =>
  tokenize(phrase)
    .map((t) => t.lower)
    .join(' ');

describe('inclusive-language data: every entry is complete', () => {
  it('has unique kebab-case ids', () => {
    const ids = INCLUSIVE_LANGUAGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it.each(INCLUSIVE_LANGUAGE_RULES.map((r) => [r.id, r] as const))(
    '%s has phrases, alternatives (or a reason), a note, a source, a known category and severity',
    (_id, rule) => {
      expect(rule.phrases.length).toBeGreaterThan(0);
      for (const phrase of rule.phrases) expect(tokenize(phrase).length, `"${phrase}" has no words`).toBeGreaterThan(0);
      if (rule.alternatives.length === 0) expect(rule.noAlternativeReason?.trim()).toBeTruthy();
      for (const alternative of rule.alternatives) expect(alternative.trim()).not.toBe('');
      expect(rule.note.trim().length).toBeGreaterThan(10);
      expect(rule.source.trim().length).toBeGreaterThan(5);
      expect(INCLUSIVE_LANGUAGE_CATEGORIES).toContain(rule.category);
      expect(Severity.options).toContain(rule.severity);
    },
  );

  it('never lists one spoken phrase in two entries (the finding would be ambiguous), unless context decides', () => {
    // A sense that needs a neighbour ("slaves who ...": people) comes first and takes only its context; the
    // entry after it keeps the phrase for every other use.
    const owner = new Map<string, string>();
    for (const rule of INCLUSIVE_LANGUAGE_RULES) {
      if (rule.onlyWhen !== undefined) continue;
      for (const phrase of rule.phrases) {
        const key = words(phrase);
        expect(owner.get(key) ?? rule.id, `"${phrase}" is in ${owner.get(key)} and ${rule.id}`).toBe(rule.id);
        owner.set(key, rule.id);
      }
    }
  });

  it('puts a sense that needs context before the entry that takes the same phrase otherwise', () => {
    const order = new Map(INCLUSIVE_LANGUAGE_RULES.map((r, i) => [r.id, i]));
    const general = new Map<string, string>();
    for (const rule of INCLUSIVE_LANGUAGE_RULES)
      if (rule.onlyWhen === undefined) for (const phrase of rule.phrases) general.set(words(phrase), rule.id);
    for (const rule of INCLUSIVE_LANGUAGE_RULES.filter((r) => r.onlyWhen !== undefined))
      for (const phrase of rule.phrases) {
        const other = general.get(words(phrase));
        if (other !== undefined)
          expect(order.get(rule.id)!, `${rule.id} before ${other}`).toBeLessThan(order.get(other)!);
      }
  });

  it('writes context words as single lower-case tokens, with a reason and examples', () => {
    for (const rule of INCLUSIVE_LANGUAGE_RULES) {
      for (const context of [...(rule.exceptions ?? []), ...(rule.onlyWhen ? [rule.onlyWhen] : [])]) {
        expect((context.previous?.length ?? 0) + (context.next?.length ?? 0), rule.id).toBeGreaterThan(0);
        expect(context.reason.trim(), rule.id).not.toBe('');
        expect(context.examples.length, rule.id).toBeGreaterThan(0);
        for (const word of [...(context.previous ?? []), ...(context.next ?? [])]) {
          expect(
            tokenize(word).map((t) => t.lower),
            `${rule.id}: context word "${word}"`,
          ).toEqual([word]);
        }
      }
    }
  });
});

describe('inclusive-language data: examples do what the data says', () => {
  it.each(INCLUSIVE_LANGUAGE_RULES.map((r) => [r.id, r] as const))('%s: its example is flagged by it', (_id, rule) => {
    expect(ruleIdsIn(rule.example)).toContain(idOf(rule));
  });

  it.each(INCLUSIVE_LANGUAGE_RULES.filter((r) => r.exceptions || r.onlyWhen).map((r) => [r.id, r] as const))(
    '%s: its exception and context examples are not flagged by it',
    (_id, rule) => {
      const examples = [...(rule.exceptions ?? []).flatMap((e) => e.examples), ...(rule.onlyWhen?.examples ?? [])];
      for (const sentence of examples) expect(ruleIdsIn(sentence), sentence).not.toContain(idOf(rule));
    },
  );

  it.each(INCLUSIVE_LANGUAGE_RULES.filter((r) => !r.onlyWhen).map((r) => [r.id, r] as const))(
    '%s: every phrase is found by this entry in a neutral sentence (no phrase is shadowed by another entry)',
    (_id, rule) => {
      for (const phrase of rule.phrases) {
        const sentence = `We said ${phrase} again.`;
        const findings = flag(sentence).filter((f) => f.ruleId === idOf(rule));
        expect(
          findings.map((f) => f.quote.toLowerCase().replace(/’/g, "'")),
          sentence,
        ).toContain(phrase.toLowerCase());
      }
    },
  );
});

describe('inclusive-language data: what we deliberately leave alone', () => {
  it('has unique ids, a reason and phrases in every group', () => {
    const ids = DELIBERATELY_NOT_FLAGGED.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of DELIBERATELY_NOT_FLAGGED) {
      expect(group.reason.trim().length, group.id).toBeGreaterThan(20);
      expect(group.phrases.length, group.id).toBeGreaterThan(0);
    }
  });

  it('flags none of those phrases in a neutral sentence', () => {
    const flagged = DELIBERATELY_NOT_FLAGGED.flatMap((g) => g.phrases)
      .map((phrase) => `I think that ${phrase.replace(/\*/g, 'things')} is here.`)
      .filter((sentence) => flag(sentence).length > 0);
    expect(flagged).toEqual([]);
  });

  it('never lists a phrase both as a rule and as deliberately not flagged', () => {
    const rulePhrases = new Set(INCLUSIVE_LANGUAGE_RULES.flatMap((r) => r.phrases.map(words)));
    const both = DELIBERATELY_NOT_FLAGGED.flatMap((g) => g.phrases).filter((p) => rulePhrases.has(words(p)));
    expect(both).toEqual([]);
  });
});
