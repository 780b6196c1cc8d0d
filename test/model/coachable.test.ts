/**
 * src/model/coachable.ts: the one test for building advice on a finding, its weight, and the order the
 * page's top findings and the coaching use. Expectations as a coach would rank what to raise.
 */
import { describe, expect, it } from 'vitest';
import { byAttention, isCoachable, salience } from '../../src/model/coachable';
import { isCoachable as fromFinding } from '../../src/model/finding';

describe('coachable findings and their weight', () => {
  it('is the same test whether imported from the schema or from the zod-free module', () => {
    expect(fromFinding).toBe(isCoachable);
  });

  it('coaches on low-or-above findings the analyser is at least fairly sure of, never on info or a guess', () => {
    expect(isCoachable({ severity: 'low', confidence: 'medium' })).toBe(true);
    expect(isCoachable({ severity: 'high', confidence: 'low' })).toBe(false);
    expect(isCoachable({ severity: 'info', confidence: 'high' })).toBe(false);
  });

  it('weighs a sure medium finding above a fairly sure low one, and a guess at nothing', () => {
    expect(salience({ severity: 'medium', confidence: 'high' })).toBeGreaterThan(
      salience({ severity: 'low', confidence: 'medium' }),
    );
    expect(salience({ severity: 'high', confidence: 'low' })).toBe(0);
  });

  it('puts every coachable finding before any observation, however severe the observation looks', () => {
    const guess = { id: 'guess', severity: 'high', confidence: 'low' } as const;
    const info = { id: 'info', severity: 'info', confidence: 'high' } as const;
    const mild = { id: 'mild', severity: 'low', confidence: 'medium' } as const;
    const sure = { id: 'sure', severity: 'medium', confidence: 'high' } as const;
    expect(byAttention([guess, info, mild, sure]).map((f) => f.id)).toEqual(['sure', 'mild', 'guess', 'info']);
  });

  it('keeps the analysers order among equals', () => {
    const a = { id: 'a', severity: 'low', confidence: 'high' } as const;
    const b = { id: 'b', severity: 'low', confidence: 'high' } as const;
    expect(byAttention([a, b]).map((f) => f.id)).toEqual(['a', 'b']);
    expect(byAttention([b, a]).map((f) => f.id)).toEqual(['b', 'a']);
  });
});
