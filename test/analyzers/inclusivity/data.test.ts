/**
 * Integrity of the inclusivity and listening word lists: unique ids, well-formed patterns, a source
 * and a note on every entry, and every example really matched by its own rule.
 */
import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENTS } from '../../../analyzers/inclusivity/data/acknowledgements';
import { APOLOGIES } from '../../../analyzers/inclusivity/data/apologies';
import { BUILDING_ON_MARKERS } from '../../../analyzers/listening/data/building-on';
import { FILLERS } from '../../../analyzers/inclusivity/data/fillers';
import { HEDGES } from '../../../analyzers/inclusivity/data/hedges';
import { INVITATIONS } from '../../../analyzers/inclusivity/data/invitations';
import { PARAPHRASE_MARKERS } from '../../../analyzers/listening/data/paraphrase-markers';
import { PERSON_PRONOUNS } from '../../../analyzers/inclusivity/data/person-pronouns';
import { SELF_DEPRECATION } from '../../../analyzers/inclusivity/data/self-deprecation';
import { isStopword, STOPWORD_GROUPS } from '../../../analyzers/nlp/data/stopwords';
import { buildNameIndex } from '../../../analyzers/nlp/names';
import { compilePattern, PhraseMatcher, viewOf } from '../../../analyzers/nlp/phrase-matcher';
import type { PhraseRule } from '../../../analyzers/nlp/types';

const LISTS: Record<string, readonly PhraseRule[]> = {
  INVITATIONS,
  ACKNOWLEDGEMENTS,
  HEDGES,
  APOLOGIES,
  SELF_DEPRECATION,
  FILLERS,
  PARAPHRASE_MARKERS,
  BUILDING_ON_MARKERS,
};

/** The people the examples talk to and about. */
const NAMES = buildNameIndex(
  ['Sam', 'Priya', 'Ana', 'Ben'].map((name, i) => ({ id: `s${i + 1}`, name, aliases: [], anonymous: false })),
);

describe.each(Object.entries(LISTS))('%s', (_, rules) => {
  it('has unique, kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('gives every entry a pattern that compiles, an example, a source and a note', () => {
    for (const r of rules) {
      expect(() => compilePattern(r.pattern), r.id).not.toThrow();
      expect(r.pattern.trim(), r.id).not.toBe('');
      expect(r.example.trim(), r.id).not.toBe('');
      expect(r.source.trim(), r.id).not.toBe('');
      expect(r.note.trim(), r.id).not.toBe('');
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s matches its own example', (_id, rule) => {
    const matcher = new PhraseMatcher([[rule]]);
    const found = matcher.match(viewOf(rule.example), NAMES)[0]!;
    expect(found.map((m) => m.rule.id)).toContain(rule.id);
  });
});

describe('pattern compiler', () => {
  it('rejects malformed patterns', () => {
    expect(() => compilePattern('')).toThrow();
    expect(() => compilePattern('[maybe] not')).toThrow(/starts with an optional word/);
    expect(() => compilePattern('good||point')).toThrow(/malformed/);
  });

  it('reads slots, alternatives and optional words', () => {
    expect(compilePattern("as {name} said|mentioned [earlier] {speaker's}").map((s) => s.kind)).toEqual([
      'words',
      'name',
      'words',
      'words',
      'name',
    ]);
  });
});

describe('stop words', () => {
  it('has no duplicates, only lower-case words, and a source per group', () => {
    const words = STOPWORD_GROUPS.flatMap((g) => g.words);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
    for (const g of STOPWORD_GROUPS) expect(g.source.trim()).not.toBe('');
  });

  it('keeps idea words out and function words in', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('yeah')).toBe(true);
    expect(isStopword('battery')).toBe(false);
  });
});

describe('person pronouns', () => {
  it('keeps "I" and "we" words apart', () => {
    const [singular, plural] = PERSON_PRONOUNS;
    expect(singular!.words.filter((w) => plural!.words.includes(w))).toEqual([]);
    for (const g of PERSON_PRONOUNS) expect(g.source.trim()).not.toBe('');
  });
});
