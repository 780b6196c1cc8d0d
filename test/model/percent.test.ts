import { describe, expect, it } from 'vitest';
import { formatMultiple } from '../../src/model/percent';

describe('formatMultiple', () => {
  it('says a multiple of the equal share to one decimal, as people read it', () => {
    // A coach called "7.443 times an equal share" spurious precision (review r8).
    expect(formatMultiple(7.443)).toBe('7.4');
    expect(formatMultiple(2.856)).toBe('2.9');
    expect(formatMultiple(2)).toBe('2');
  });
});
