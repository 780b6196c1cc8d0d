import { describe, expect, it } from 'vitest';
import { byId, lookupById, positionsOf } from '../../src/commentary/by-id';

describe('byId', () => {
  it('maps each id to the value read from its item, with the item position', () => {
    const utterances = [
      { id: 'u1', text: 'Shall we start?' },
      { id: 'u2', text: 'Yes.' },
    ];
    expect([...byId(utterances, (u, i) => `${i}:${u.text}`)]).toEqual([
      ['u1', '0:Shall we start?'],
      ['u2', '1:Yes.'],
    ]);
  });

  it('keeps the last item of a repeated id, as a Map built from pairs does', () => {
    expect(byId([{ id: 'u1' }, { id: 'u1' }], (_u, i) => i).get('u1')).toBe(1);
  });
});

describe('lookupById', () => {
  const utterances = [
    { id: 'u1', text: 'Shall we start?', speakerId: 's1' },
    { id: 'u2', text: 'Yes.', speakerId: 's2' },
    { id: 'u2', text: 'Yes, go on.', speakerId: 's3' },
  ];

  it('answers as the map byId builds: the last item of a repeated id, nothing for an unknown one', () => {
    const text = lookupById(utterances, (u) => u.text);
    const map = byId(utterances, (u) => u.text);
    for (const id of ['u1', 'u2', 'u3']) {
      expect(text.get(id), id).toBe(map.get(id));
      expect(text.has(id), id).toBe(map.has(id));
    }
    expect(lookupById(utterances, (u) => u.speakerId).get('u2')).toBe('s3');
  });

  it('shares one index per list, and a different list gets its own', () => {
    expect(positionsOf(utterances)).toBe(positionsOf(utterances));
    const other = [{ id: 'u2' }];
    expect(positionsOf(other).get('u2')).toBe(0);
    expect(positionsOf(utterances).get('u2')).toBe(2);
  });
});
