import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/model/white-space';

describe('isWhiteSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('reads spaces, tabs, line breaks and the no-break space as white space, letters and marks not', () => {
    expect([' ', '\t', '\n', '\r', '\u00a0', '\u3000'].map((ch) => isWhiteSpace(ch.charCodeAt(0)))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['a', '.', '-', '\u200b'].map((ch) => isWhiteSpace(ch.charCodeAt(0)))).toEqual([false, false, false, false]);
  });

  it('is false past the end of a text (charCodeAt gives NaN)', () => {
    expect(isWhiteSpace('ab'.charCodeAt(5))).toBe(false);
  });
});
