/**
 * Lookups by utterance id. The commentary builds several over a transcript's utterances (text, speaker,
 * position); `new Map(utterances.map((u) => [u.id, ...]))` made an array and a pair per utterance on the way,
 * garbage that grew with the meeting (a few MB at 250k words for the rules alone).
 */

/**
 * A map from each item's id to what `value` reads from it, built with one loop.
 *
 * @example
 * byId([{ id: 'u1', text: 'Hi' }, { id: 'u2', text: 'Yes' }], (u) => u.text) // => Map { 'u1' => 'Hi', 'u2' => 'Yes' }
 */
export function byId<T extends { id: string }, V>(
  items: readonly T[],
  value: (item: T, index: number) => V,
): Map<string, V> {
  const out = new Map<string, V>();
  for (let i = 0; i < items.length; i++) out.set(items[i]!.id, value(items[i]!, i));
  return out;
}

/**
 * Where each id is in the list, built once per list and shared: the rules, the injection check and the
 * verifier each looked utterances up in a map of their own (five maps of an entry per utterance, 10 ms at
 * 250k words). A transcript's utterances are not changed after parsing, so the array is the key.
 *
 * @example
 * positionsOf([{ id: 'u1' }, { id: 'u2' }]).get('u2') // => 1
 */
export function positionsOf(items: readonly { id: string }[]): ReadonlyMap<string, number> {
  let positions = POSITIONS.get(items);
  if (positions === undefined) {
    positions = byId(items, (_item, i) => i);
    POSITIONS.set(items, positions);
  }
  return positions;
}
const POSITIONS = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

/** What a lookup by id answers: `byId(...)`'s map, or a view over the shared positions. */
export type ByIdLookup<V> = Pick<ReadonlyMap<string, V>, 'get' | 'has'>;

/**
 * The same answers as `byId(items, value)` (the last item of a repeated id), read through the shared
 * positions: no map of its own.
 *
 * @example
 * lookupById([{ id: 'u1', text: 'Hi' }], (u) => u.text).get('u1') // => 'Hi'
 */
export function lookupById<T extends { id: string }, V>(items: readonly T[], value: (item: T) => V): ByIdLookup<V> {
  const positions = positionsOf(items);
  return {
    get(id) {
      const i = positions.get(id);
      return i === undefined ? undefined : value(items[i]!);
    },
    has: (id) => positions.has(id),
  };
}
