/**
 * Given and received per person, for invitations and credit: one pass over the items, not two filters per
 * person (a long sitting has over a hundred people and thousands of items).
 */

/** Who gave an item, and to whom (null when nobody is identified). */
export interface GivenItem {
  speakerId: string;
  toSpeakerId: string | null;
}

/**
 * Items given and received by each speaker, in the order they first spoke.
 *
 * @example
 * givenAndReceived(['s1', 's2', 's1'], [{ speakerId: 's1', toSpeakerId: 's2' }, { speakerId: 's2', toSpeakerId: null }])
 * // => [{ speakerId: 's1', given: 1, received: 0 }, { speakerId: 's2', given: 1, received: 1 }]
 */
export function givenAndReceived(
  speakerOf: readonly string[],
  items: readonly GivenItem[],
): Array<{ speakerId: string; given: number; received: number }> {
  const given = new Map<string, number>();
  const received = new Map<string, number>();
  for (const x of items) {
    given.set(x.speakerId, (given.get(x.speakerId) ?? 0) + 1);
    if (x.toSpeakerId !== null) received.set(x.toSpeakerId, (received.get(x.toSpeakerId) ?? 0) + 1);
  }
  return [...new Set(speakerOf)].map((speakerId) => ({
    speakerId,
    given: given.get(speakerId) ?? 0,
    received: received.get(speakerId) ?? 0,
  }));
}
