/**
 * The injection guard skips its patterns on text that holds none of their anchors (injection.ts,
 * mayAddressAi). A wrong anchor would let instructions aimed at an AI reach the prompt, so each pattern's
 * anchors are proven from its source (regex-anchors.ts), and then tried on generated text as a second check.
 */
import { describe, expect, it } from 'vitest';
import { candidatePatterns, looksLikeInstructions, normalizeForDetection } from '../../src/commentary/injection';
import { INJECTION_PATTERNS } from '../../src/commentary/injection-patterns';
import { parseRegex, sample, stringsOf, uncoveredAlternative } from './regex-anchors';

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the proof reads a pattern as it matches', () => {
  it('accepts an anchor every match must contain', () => {
    expect(uncoveredAlternative(parseRegex('\\b(?:ignore|forget)\\s+all'), ['ignore', 'forget'])).toBeNull();
    expect(uncoveredAlternative(parseRegex('(?:ab|cd)e'), ['be', 'de'])).toBeNull();
    // Normalised text has single spaces: `\s+` between two words is one space.
    expect(uncoveredAlternative(parseRegex('you\\s+are\\b'), ['you are'])).toBeNull();
    expect(uncoveredAlternative(parseRegex('x(?:a|b)+y'), ['a', 'b'])).toBeNull();
  });

  it('rejects an anchor some match can leave out', () => {
    // In an optional group, in one alternative only, across a wide class, or only looked ahead at.
    expect(uncoveredAlternative(parseRegex('(?:foo)?bar'), ['foo'])).toBe(0);
    expect(uncoveredAlternative(parseRegex('foo|bar'), ['foo'])).toBe(1);
    expect(uncoveredAlternative(parseRegex('a\\w+b'), ['ab'])).toBe(0);
    expect(uncoveredAlternative(parseRegex('a[^.]b'), ['a b'])).toBe(0);
    expect(uncoveredAlternative(parseRegex('ab(?=cd)'), ['cd'])).toBe(0);
    expect(uncoveredAlternative(parseRegex('you\\s*are'), ['you are'])).toBe(0);
    expect(uncoveredAlternative(parseRegex('a{0,2}b'), ['ab'])).toBe(0);
    expect(uncoveredAlternative(parseRegex('x(?:a|b)*y'), ['a', 'b'])).toBe(0);
  });

  it('lists what a part can match', () => {
    expect(stringsOf(parseRegex('(?:a|bc)d?')[0]![0]!)).toEqual(new Set(['a', 'bc']));
    expect(stringsOf(parseRegex('[\\n.!?]')[0]![0]!)).toEqual(new Set(['\n', '.', '!', '?']));
    expect(stringsOf(parseRegex('[^.]')[0]![0]!)).toBeNull();
    expect(() => parseRegex('(a)\\1')).toThrow(/back-reference/);
  });
});

describe.each(INJECTION_PATTERNS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  it('has no flags (anchors are matched case by case) and its anchors cover every alternative', () => {
    expect(p.pattern.flags).toBe('');
    expect(p.anchors.length).toBeGreaterThan(0);
    // Anchors are searched for in normalised text: lower case, single spaces, never empty.
    for (const a of p.anchors) expect(a.length > 0 && normalizeForDetection(`${a}x`) === `${a}x`, a).toBe(true);
    const alternatives = parseRegex(p.pattern.source);
    const uncovered = uncoveredAlternative(alternatives, p.anchors);
    expect(
      uncovered === null ? null : p.pattern.source.split('|')[uncovered],
      'alternative without an anchor',
    ).toBeNull();
  });

  it('every generated line it matches holds an anchor, and the guard lets it through', () => {
    const random = seeded(p.id.length * 7919 + p.pattern.source.length);
    const alternatives = parseRegex(p.pattern.source);
    let matched = 0;
    for (let k = 0; k < 3000; k++) {
      const text = normalizeForDetection(`${k % 3 === 0 ? 'so. ' : ''}${sample(alternatives, random)} and then`);
      if (!p.pattern.test(text)) continue;
      matched++;
      expect(
        p.anchors.some((a) => text.includes(a)),
        text,
      ).toBe(true);
      expect(candidatePatterns(text), text).toContain(p);
      expect(looksLikeInstructions(text), text).toBe(true);
    }
    // The generator reaches the pattern often enough for the check to mean something.
    expect(matched).toBeGreaterThan(300);
    expect(looksLikeInstructions(p.example)).toBe(true);
  });
});

describe('candidatePatterns', () => {
  it('names exactly the patterns whose anchors the text holds, anchors overlapping or sharing a start too', () => {
    const anchors = [...new Set(INJECTION_PATTERNS.flatMap((p) => p.anchors))];
    const random = seeded(42);
    const piece = () => {
      const a = anchors[Math.floor(random() * anchors.length)]!;
      const cut = Math.floor(random() * (a.length + 1));
      // An anchor whole, cut short, or broken by a character; pieces are joined with no space, so they overlap.
      return [a, a.slice(0, cut), `${a.slice(0, cut)}x${a.slice(cut)}`, ' and '][Math.floor(random() * 4)]!;
    };
    let some = 0;
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 4) }, piece).join('');
      const expected = INJECTION_PATTERNS.filter((p) => p.anchors.some((a) => text.includes(a)));
      if (expected.length > 0) some++;
      expect(candidatePatterns(text), text).toEqual(expected);
    }
    expect(some).toBeGreaterThan(2000);
  });

  it('lets ordinary talk skip the patterns', () => {
    expect(candidatePatterns('we keep the release on friday.')).toEqual([]);
    expect(candidatePatterns('can you share your screen?')).toEqual([]);
  });
});
