/**
 * Honest trends: size and spread, and no trend from fewer than three meetings.
 */
import { describe, expect, it } from 'vitest';
import { trendOf } from '../../src/progress/trends';

const IDS = ['m1', 'm2', 'm3', 'm4', 'm5'];
const LABEL = { label: 'interruptions made', unit: ' per hour' };

describe('trendOf', () => {
  it('reports a steady fall with its size and range', () => {
    const t = trendOf(LABEL, [6.1, 5.0, 4.2, 3.1, 2.4], IDS, 'ana', 'interruptionsMadePerHour');
    expect(t).toMatchObject({ from: 6.1, to: 2.4, meetings: 5, enough: true, min: 2.4, max: 6.1, direction: 'down' });
    expect(t.fittedChange!).toBeLessThan(-3.4);
    expect(t.fittedChange!).toBeGreaterThan(-4);
    expect(t.note).toMatch(/^interruptions made: 6\.1 -> 2\.4 per hour over 5 meetings \(range 2\.4-6\.1/);
    expect(t.note).toContain('a clear fall');
  });

  it('calls scattered numbers no clear change, even when first and last differ', () => {
    const t = trendOf(LABEL, [3, 1, 4, 1, 5], IDS, 'ana', 'interruptionsMadePerHour');
    expect(t.from).toBe(3);
    expect(t.to).toBe(5);
    expect(t.direction).toBe('steady');
    expect(t.note).toContain('no clear change');
  });

  it('says there is not enough data with two meetings', () => {
    const t = trendOf(LABEL, [6, null, 2, null, null], IDS, 'ana', 'interruptionsMadePerHour');
    expect(t).toMatchObject({ from: null, to: null, meetings: 2, enough: false, direction: null });
    expect(t.note).toBe('interruptions made: not enough data (2 meetings with this number; at least 3 needed)');
    expect(t.points).toEqual([
      { meetingId: 'm1', value: 6 },
      { meetingId: 'm3', value: 2 },
    ]);
  });

  it('skips meetings without the number and counts only those with it', () => {
    const t = trendOf(LABEL, [4, null, 3, 2, null], IDS, null, 'interruptionsPerHour');
    expect(t.meetings).toBe(3);
    expect(t.points.map((p) => p.meetingId)).toEqual(['m1', 'm3', 'm4']);
    expect(t.direction).toBe('down');
  });

  it('a flat series is steady', () => {
    expect(trendOf(LABEL, [2, 2, 2], IDS, null, 'x').direction).toBe('steady');
  });
});
