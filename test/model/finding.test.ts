/**
 * One Finding kind enum and one id scheme for every analyser (src/model/finding.ts).
 */
import { describe, expect, it } from 'vitest';
import { runAnalyzers } from '../../analyzers/index';
import { Finding, FindingIds } from '../../src/model/finding';
import { makeTranscript } from '../helpers/make-transcript';

describe('FindingIds', () => {
  it('names analyser, rule and utterance, and counts repeats from :2', () => {
    const ids = new FindingIds();
    expect(ids.next('inclusivity', 'good-point', 'u4')).toBe('inclusivity:good-point:u4');
    expect(ids.next('inclusivity', 'good-point', 'u4')).toBe('inclusivity:good-point:u4:2');
    expect(ids.next('listening', 'good-point', 'u4')).toBe('listening:good-point:u4');
  });
});

describe('findings of a real run', () => {
  const m = runAnalyzers(
    makeTranscript([
      ['Ana', 'Sam, what do you think about the budget? Hi guys.'],
      ['Sam', 'Good point, Ana. Maybe we could, sorry, maybe we wait.'],
      ['Ana', 'So what you are saying is that we wait for the numbers?'],
      ['Sam', 'Yes, building on that, we wait.'],
    ]),
  );

  it('have unique ids across all analysers', () => {
    const ids = m.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(2);
  });

  it('every one parses with the kind enum and follows the id scheme', () => {
    for (const f of m.findings) {
      expect(Finding.parse(f)).toEqual(f);
      expect(f.id.startsWith(`${f.analyzer}:`)).toBe(true);
    }
  });

  it('a kind outside the enum is refused', () => {
    expect(Finding.safeParse({ ...m.findings[0]!, kind: 'made-up-kind' }).success).toBe(false);
  });
});
