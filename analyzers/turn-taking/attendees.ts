/**
 * Matches the caller's attendee list to the transcript's speakers, so that people who were invited
 * but never spoke count in the equality measures (as zeros).
 */
import type { Speaker } from '../../src/model/transcript';
import { personKey } from '../../src/model/person-keys';

export interface AttendeeMatch {
  /** Attendees found among the speakers. */
  matched: Array<{ name: string; speakerId: string }>;
  /** Attendees who never spoke: counted as zeros. */
  silent: Array<{ name: string }>;
  /** Attendees not found while some speakers are anonymous ("Speaker 2" may be them): not counted. */
  unresolved: Array<{ name: string }>;
}

/**
 * Matching is by person key (case, accents, titles and role suffixes ignored: "Dr. Zoë Martin" =
 * "zoe martin"), then by first name when exactly one speaker has it and one side gives only a
 * first name ("Ana" = "Ana Lima").
 *
 * @example
 * // speakers: s1 "Ana", s2 "Ben Okafor"
 * matchAttendees(['Ana Lima', 'Dr. Ben Okafor', 'Chen Wei'], speakers)
 * // => { matched: [{ name: 'Ana Lima', speakerId: 's1' }, { name: 'Dr. Ben Okafor', speakerId: 's2' }],
 * //      silent: [{ name: 'Chen Wei' }], unresolved: [] }
 */
export function matchAttendees(attendees: readonly string[], speakers: readonly Speaker[]): AttendeeMatch {
  const byKey = new Map<string, string>();
  const byFirst = new Map<string, string[]>();
  for (const s of speakers) {
    for (const label of [s.name, ...s.aliases]) {
      const key = personKey(label);
      byKey.set(key, s.id);
      const first = key.split(' ')[0]!;
      const ids = byFirst.get(first) ?? [];
      if (!ids.includes(s.id)) ids.push(s.id);
      byFirst.set(first, ids);
    }
  }
  const anonymous = speakers.some((s) => s.anonymous);
  const result: AttendeeMatch = { matched: [], silent: [], unresolved: [] };
  const seen = new Set<string>();
  for (const name of attendees) {
    const key = personKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    let speakerId = byKey.get(key);
    if (speakerId === undefined) {
      const ids = byFirst.get(key.split(' ')[0]!) ?? [];
      const oneSideFirstNameOnly = !key.includes(' ') || ids.some((id) => byKey.get(key.split(' ')[0]!) === id);
      if (ids.length === 1 && oneSideFirstNameOnly) speakerId = ids[0];
    }
    if (speakerId !== undefined) result.matched.push({ name, speakerId });
    else if (anonymous) result.unresolved.push({ name });
    else result.silent.push({ name });
  }
  return result;
}
