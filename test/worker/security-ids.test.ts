/**
 * Ids cannot be guessed: 26 lowercase Crockford base32 characters carrying 128 random bits, with
 * no order, time or counter in them. Checked on the generator (format, uniqueness, every bit
 * position balanced over a sample) and on the ids the API hands out.
 */
import { describe, expect, it } from 'vitest';
import { isId, newId } from '../../src/storage/ids';
import { call, createAnalysis, expectError } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const FORMAT = /^[0-9a-hjkmnp-tv-z]{26}$/;
const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nZoë: Shall we start?\n';

/** The 128 bits an id carries: 25 characters of 5 bits, then 3 bits in the 26th (its 2 low bits are padding). */
function bitsOf(id: string): number[] {
  const bits: number[] = [];
  for (const ch of id) {
    const value = ALPHABET.indexOf(ch);
    for (let b = 4; b >= 0; b--) bits.push((value >> b) & 1);
  }
  return bits.slice(0, 128);
}

describe('newId()', () => {
  const SAMPLE = 4000;
  const ids = Array.from({ length: SAMPLE }, () => newId());

  it('writes 26 characters of the Crockford alphabet (no i, l, o, u), and isId() accepts exactly those', () => {
    for (const id of ids) expect(id).toMatch(FORMAT);
    expect(ids.every(isId)).toBe(true);
    expect(
      ['', 'a'.repeat(25), 'a'.repeat(27), `${'a'.repeat(25)}u`, `${'a'.repeat(25)}A`, '../../other-owner/x'].some(
        isId,
      ),
    ).toBe(false);
  });

  it('never repeats in a sample of 4,000', () => {
    expect(new Set(ids).size).toBe(SAMPLE);
  });

  it('ends in a character holding 3 bits and 2 zero padding bits: one of 8', () => {
    // Values 0, 4, 8, ..., 28 of the alphabet.
    expect(new Set(ids.map((id) => id[25]))).toEqual(new Set(['0', '4', '8', 'c', 'g', 'm', 'r', 'w']));
  });

  it('has all 128 bit positions set about half the time (random, not a counter or a clock)', () => {
    // A fair bit over 4,000 ids: mean 0.5, standard deviation sqrt(0.25 / 4000) = 0.0079. Six of those
    // (0.047) either side: a random generator fails one of 128 positions about once in 10^7 runs,
    // while a timestamp or counter in any part of the id leaves its high bits almost constant.
    const ones = new Array<number>(128).fill(0);
    for (const id of ids) bitsOf(id).forEach((bit, i) => (ones[i]! += bit));
    const off = ones.map((n, i) => ({ i, share: n / SAMPLE })).filter(({ share }) => Math.abs(share - 0.5) > 0.047);
    expect(off).toEqual([]);
  });

  it('changes about half of its bits from one id to the next', () => {
    // Consecutive random ids differ in 64 of 128 bits on average (sd 5.7); sequential ids in a few.
    for (let i = 1; i < 200; i++) {
      const [a, b] = [bitsOf(ids[i - 1]!), bitsOf(ids[i]!)];
      const distance = a.filter((bit, k) => bit !== b[k]).length;
      expect(distance).toBeGreaterThan(30);
    }
  });
});

describe('ids the API hands out', () => {
  it('analyses and jobs get ids of that format, and a near miss of an id finds nothing', async () => {
    const first = await createAnalysis(KEY_ALPHA, VTT, 'text/vtt');
    const second = await createAnalysis(KEY_ALPHA, VTT, 'text/vtt');
    expect(first.id).toMatch(FORMAT);
    expect(second.id).toMatch(FORMAT);
    expect(first.id).not.toBe(second.id);

    const job = await call(KEY_ALPHA, '/v1/analyses', {
      method: 'POST',
      body: VTT,
      headers: { 'Content-Type': 'text/vtt', Prefer: 'respond-async' },
    });
    expect(((await job.json()) as { id: string }).id).toMatch(FORMAT);

    // The id with its first character changed: another valid-looking id, and no analysis.
    const neighbour = `${first.id[0] === '0' ? '1' : '0'}${first.id.slice(1)}`;
    await expectError(await call(KEY_ALPHA, `/v1/analyses/${neighbour}`), 404, 'not-found');
  });

  it('an id that is not of that format never reaches storage: 404, the same as an unknown id', async () => {
    for (const id of ['..%2F..%2Fjobs', 'x'.repeat(300), `${newId()}%00`]) {
      await expectError(await call(KEY_ALPHA, `/v1/analyses/${id}`), 404, 'not-found');
    }
  });
});
