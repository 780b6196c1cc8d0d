import { describe, expect, it } from 'vitest';
import { vocative, vocativeByScan } from '../../../analyzers/sentiment/vocative';

const others = new Map([
  ['karl', 's2'],
  ['anna', 's3'],
  ['ann', 's4'],
]);

describe('vocative: a name said to its bearer', () => {
  it('finds a name that opens the sentence before a comma, or closes it after one', () => {
    expect(vocative('karl, that was unfair.', others)).toBe('s2');
    expect(vocative('  anna, stop.', others)).toBe('s3');
    expect(vocative('thanks for nothing, karl.', others)).toBe('s2');
    expect(vocative('well done, anna!?', others)).toBe('s3');
    expect(vocative('that is wrong, karl', others)).toBe('s2');
  });

  it('does not take a name talked about, or a name inside a longer word', () => {
    expect(vocative('i told karl about it.', others)).toBeNull();
    expect(vocative('karl said so.', others)).toBeNull();
    expect(vocative('annals, really.', others)).toBeNull();
  });

  it('checks only the first place a name occurs, as the rule says', () => {
    // "karl" first occurs mid-sentence, so the later vocative "karl" does not count.
    expect(vocative('so karl is here, karl.', others)).toBeNull();
  });

  it('answers the first name in the map order when several stand as vocatives', () => {
    expect(vocative('anna, karl, look.', others)).toBe('s2');
    expect(vocative('ann, hi, anna.', others)).toBe('s3');
  });

  it('agrees with the plain scan on generated sentences', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['karl', 'anna', 'ann', 'annabel', ',', ', ', ' ', '.', '!', '?', 'no', 'you', '  ', 'kar', 'l'];
    const maps = [
      others,
      new Map([
        ['ann', 'x1'],
        ['anna', 'x2'],
      ]),
      new Map([
        ['a, b', 'odd'],
        ['karl', 'k'],
      ]), // a name with a comma: the plain scan is used
    ];
    const differ: string[] = [];
    for (let n = 0; n < 5000; n++) {
      const length = 1 + Math.floor(random() * 8);
      const sentence = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
      for (const map of maps)
        if (vocative(sentence, map) !== vocativeByScan(sentence, map)) differ.push(JSON.stringify(sentence));
    }
    expect(differ).toEqual([]);
  });
});
