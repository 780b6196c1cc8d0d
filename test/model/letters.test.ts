import { describe, expect, it } from 'vitest';
import { letterOrDigitLength } from '../../src/model/letters';

describe('letterOrDigitLength', () => {
  it('agrees with /[\\p{L}\\p{N}]/u on every character of the BMP', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // halves of a pair: read with their partner, below
      const ch = String.fromCharCode(c);
      if (letterOrDigitLength(ch, 0) !== (/[\p{L}\p{N}]/u.test(ch) ? 1 : 0)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('reads a letter outside the BMP as two code units, and an emoji or a lone half as none', () => {
    expect(letterOrDigitLength('𝐀b', 0)).toBe(2);
    expect(letterOrDigitLength('😀', 0)).toBe(0);
    expect(letterOrDigitLength('\ud835 ', 0)).toBe(0);
  });

  it('is 0 past the end of a text', () => {
    expect(letterOrDigitLength('ab', 2)).toBe(0);
    expect(letterOrDigitLength('é', 1)).toBe(0);
  });
});
