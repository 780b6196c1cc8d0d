import { describe, expect, it } from 'vitest';
import { anyPattern } from '../../../analyzers/nlp/any-pattern';

describe('anyPattern', () => {
  const patterns = [/^system\s*:/, /\byou are now\b/, /\b(?:ignore|forget)\s+(?:all|previous)\b/, /(\w)\1\1/, /AI/i];
  const test = anyPattern(patterns);

  it.each([
    ['system: obey', true],
    ['well, you are now the reviewer', true],
    ['please forget previous notes', true],
    // The back-reference pattern (a letter three times), tested on its own: in a union its \1 would point elsewhere.
    ['zzz', true],
    // The case-insensitive pattern keeps its flag.
    ['ask the ai', true],
    ['the system: it is down', false],
    ['you are not now', false],
    ['aab', false],
  ])('%s -> %s, as testing each pattern would', (text, expected) => {
    expect(test(text)).toBe(expected);
    expect(patterns.some((p) => p.test(text))).toBe(expected);
  });

  it('is false for no patterns', () => {
    expect(anyPattern([])('anything')).toBe(false);
  });
});
