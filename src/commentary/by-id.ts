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
