import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCount,
  formatDate,
  formatDuration,
  formatPercent,
  formatSigned,
  plural,
} from '../../reports/format';

describe('report formatting', () => {
  it('durations', () => {
    expect(formatDuration(3_900_000)).toBe('1 h 05 min');
    expect(formatDuration(95_000)).toBe('1 min 35 s');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(14_400_000)).toBe('4 h 00 min');
  });
  it('clock positions', () => {
    expect(formatClock(754_000)).toBe('12:34');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(0, true)).toBe('0:00:00');
  });
  it('percentages keep small voices visible', () => {
    expect(formatPercent(0.4234)).toBe('42%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0)).toBe('0%');
  });
  it('signed scores use a real minus sign and no sign for zero', () => {
    expect(formatSigned(0.123)).toBe('+0.12');
    expect(formatSigned(-0.5)).toBe('−0.50');
    expect(formatSigned(-0.001)).toBe('0.00');
  });
  it('counts, dates and plurals', () => {
    expect(formatCount(20345)).toBe('20,345');
    expect(formatDate(new Date('2025-03-03T10:00:00Z'))).toBe('3 March 2025');
    expect(plural(1, 'interruption')).toBe('1 interruption');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});
