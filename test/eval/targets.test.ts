/**
 * The accuracy targets `npm run eval` enforces: each one is met by the value it was set from, so
 * a margin was really left, and checkTargets() misses what is below a floor, above a ceiling or
 * not measured at all.
 */
import { describe, expect, it } from 'vitest';
import { checkTargets, TARGETS } from './targets';

const SECTIONS = ['ingestion', 'turn-taking', 'sentiment', 'politeness', 'inclusive-language'];

describe('TARGETS', () => {
  it('covers ingestion, talk share, sentiment, politeness and inclusive language', () => {
    for (const section of SECTIONS)
      expect(
        TARGETS.some((t) => t.section === section),
        section,
      ).toBe(true);
    expect(TARGETS.map((t) => t.metric)).toContain('turnTaking.talkShare.maxDiffPoints');
    expect(new Set(TARGETS.map((t) => t.metric)).size).toBe(TARGETS.length);
  });

  it('sets every limit on the safe side of the value it was measured from, with the margin stated', () => {
    for (const t of TARGETS) {
      if (t.bound === 'min') expect(t.limit, t.metric).toBeLessThanOrEqual(t.measured);
      else expect(t.limit, t.metric).toBeGreaterThanOrEqual(t.measured);
      expect(t.margin.length, t.metric).toBeGreaterThan(0);
      expect(t.what.length, t.metric).toBeGreaterThan(0);
    }
  });
});

describe('checkTargets', () => {
  it('misses a floor undercut, a ceiling exceeded and a measurement not reported; checks only the sections run', () => {
    const measured = new Map([
      ['politeness.r', 0.34], // floor 0.35
      ['politeness.quartileAccuracy', 0.7], // floor 0.70: met at the limit
      ['ingestion.unexpected', 1], // ceiling 0
    ]);
    const results = checkTargets(new Set(['politeness', 'ingestion']), measured);
    expect(results.map((r) => [r.target.metric, r.value, r.met])).toEqual([
      ['ingestion.unexpected', 1, false],
      ['politeness.r', 0.34, false],
      ['politeness.quartileAccuracy', 0.7, true],
      ['politeness.kindsWithHigherScore', null, false],
    ]);
  });

  it('passes every target at the value it was set from', () => {
    const results = checkTargets(new Set(SECTIONS), new Map(TARGETS.map((t) => [t.metric, t.measured])));
    expect(results.filter((r) => !r.met)).toEqual([]);
    expect(results).toHaveLength(TARGETS.length);
  });

  it('treats NaN as not measured', () => {
    expect(checkTargets(new Set(['politeness']), new Map([['politeness.r', NaN]]))[0]).toMatchObject({
      value: null,
      met: false,
    });
  });
});
