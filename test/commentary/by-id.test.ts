import { describe, expect, it } from 'vitest';
import { byId } from '../../src/commentary/by-id';

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
