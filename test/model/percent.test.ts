import { describe, expect, it } from 'vitest';
import { formatMultiple, formatPercentsApart } from '../../src/model/percent';

describe('formatMultiple', () => {
  it('says a multiple of the equal share to one decimal, as people read it', () => {
    // A coach called "7.443 times an equal share" spurious precision (review r8).
    expect(formatMultiple(7.443)).toBe('7.4');
    expect(formatMultiple(2.856)).toBe('2.9');
    expect(formatMultiple(2)).toBe('2');
  });
});

describe('formatPercentsApart', () => {
  it('prints two different shares differently, so that "below" never reads "2% is below 2%"', () => {
    // Review r23: "F had 2% ... the others averaged 2%; this share is below that too".
    expect(formatPercentsApart(0.018, 0.022)).toEqual(['1.8%', '2.2%']);
    expect(formatPercentsApart(0.0182, 0.0184)).toEqual(['1.82%', '1.84%']);
    // Apart already, or equal: as formatPercent prints them.
    expect(formatPercentsApart(0.05, 0.12)).toEqual(['5%', '12%']);
    expect(formatPercentsApart(0.004, 0.02)).toEqual(['0.4%', '2%']);
    expect(formatPercentsApart(0.02, 0.02)).toEqual(['2%', '2%']);
  });
});
