import { describe, expect, it } from 'vitest';
import { quantile } from './load-test';

describe('quantile (nearest rank)', () => {
  it('picks the value at rank ceil(q * n)', () => {
    // n = 4: p50 -> rank ceil(2) = 2 -> 20; p99 -> rank ceil(3.96) = 4 -> 40; p1 -> rank ceil(0.04) = 1 -> 10.
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(20);
    expect(quantile([10, 20, 30, 40], 0.99)).toBe(40);
    expect(quantile([10, 20, 30, 40], 0.01)).toBe(10);
  });

  it('handles one value and none', () => {
    expect(quantile([7], 0.5)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });
});
