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

  it('does not call a change of one or two events a clear change in a count', () => {
    // One question in the first meeting, none after: chance, not a habit given up.
    const questions = { label: 'questions asked', unit: '', counts: 'per-meeting' as const };
    const fewer = trendOf(questions, [1, 0, 0, 0, 0], IDS, 'ben', 'questions');
    expect(fewer.direction).toBe('steady');
    expect(fewer.note).toContain('no clear change (too few events to tell a change from chance)');
    // From none to two invitations a meeting: still within what chance gives counts this small.
    const invitations = { label: 'invitations to speak', unit: '', counts: 'per-meeting' as const };
    expect(trendOf(invitations, [0, 0, 1, 1, 2], IDS, 'ana', 'invitationsGiven').direction).toBe('steady');
    // From about two questions a meeting to about twelve: a change no chance explains.
    const more = trendOf(questions, [2, 4, 7, 9, 12], IDS, 'ana', 'questions');
    expect(more.direction).toBe('up');
    expect(more.note).toContain('a clear rise');
  });

  it('tests a rate per hour against chance by its events: one interruption in a short meeting is no habit', () => {
    const rate = { label: 'interruptions made', unit: ' per hour', counts: 'per-hour' as const };
    // Five 5-minute meetings: one interruption in the first (12 an hour), none after.
    const short = [0.083, 0.083, 0.083, 0.083, 0.083];
    const one = trendOf(rate, [12, 0, 0, 0, 0], IDS, 'ana', 'interruptionsMadePerHour', short);
    expect(one.direction).toBe('steady');
    expect(one.note).toContain('too few events');
    // The same rates over five one-hour meetings are 12 interruptions, then none: a fall.
    const hour = [1, 1, 1, 1, 1];
    expect(trendOf(rate, [12, 0, 0, 0, 0], IDS, 'ana', 'interruptionsMadePerHour', hour).direction).toBe('down');
  });

  it('a flat series is steady', () => {
    expect(trendOf(LABEL, [2, 2, 2], IDS, null, 'x').direction).toBe('steady');
  });
});
