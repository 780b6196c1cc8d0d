/**
 * People across meetings. Two labels in two meetings are one person when they share a person key
 * (person-keys.ts) or when the owner confirmed the merge. Never merged: diarisation placeholders
 * ("SPEAKER_01" in one file and in another are strangers), and two people one file kept apart.
 * Proposed, not merged: a first-name-only label ("maria") and one full name that starts with it.
 */
import { firstNameOfKey, meetingPersonKey } from './person-keys';
import type { ProposedMerge } from './schema';

/** Someone in one meeting: a speaker (localId = speaker id) or an invitee who never spoke. */
export interface Participant {
  localId: string;
  name: string;
  aliases: readonly string[];
  anonymous: boolean;
}

export interface MeetingParticipants {
  meetingId: string;
  participants: readonly Participant[];
}

export interface MatchedPerson {
  id: string;
  name: string;
  aliases: string[];
  anonymous: boolean;
  /** meetingId -> the participant's localId in that meeting. */
  appearances: Map<string, string>;
  keys: Set<string>;
}

export interface MatchOptions {
  /** Person-id pairs the owner confirmed as one person. */
  merges?: ReadonlyArray<readonly [string, string]>;
  /** Person-id pairs the owner said are different people: never proposed again. */
  rejected?: ReadonlyArray<readonly [string, string]>;
}

export interface MatchResult {
  people: MatchedPerson[];
  proposedMerges: ProposedMerge[];
  notes: string[];
}

/**
 * Matches the participants of several meetings to people.
 *
 * @example
 * const { people, proposedMerges } = matchPeople([
 *   { meetingId: 'm1', participants: [{ localId: 's1', name: 'Lopez, Maria Elena', aliases: [], anonymous: false }] },
 *   { meetingId: 'm2', participants: [{ localId: 's1', name: 'María Elena López', aliases: [], anonymous: false },
 *                                      { localId: 's2', name: 'SPEAKER_01', aliases: [], anonymous: true }] },
 *   { meetingId: 'm3', participants: [{ localId: 's1', name: 'maria', aliases: [], anonymous: false }] },
 * ]);
 * // people.map((p) => p.id) => ['maria-elena-lopez', 'm2-speaker-01', 'maria']
 * // proposedMerges => [{ personIds: ['maria', 'maria-elena-lopez'], reason: '"maria" is only a first name; ...' }]
 */
export function matchPeople(meetings: readonly MeetingParticipants[], options: MatchOptions = {}): MatchResult {
  const people: MatchedPerson[] = [];
  const byKey = new Map<string, MatchedPerson>();
  const notes: string[] = [];
  const proposals: ProposedMerge[] = [];
  const ids = new IdMaker();

  for (const meeting of meetings) {
    for (const p of meeting.participants) {
      const keys = p.anonymous
        ? []
        : unique([p.name, ...p.aliases].map(meetingPersonKey).filter((k): k is string => k !== null));
      if (keys.length === 0) {
        // A placeholder names a voice in one recording only.
        people.push(newPerson(ids.make(`${meeting.meetingId}-${p.name}`), p, meeting.meetingId, keys, true));
        continue;
      }
      const found = unique(keys.map((k) => byKey.get(k)).filter((x): x is MatchedPerson => x !== undefined));
      const free = found.find((person) => !person.appearances.has(meeting.meetingId));
      if (found.length > 0 && !free) {
        const kept = newPerson(ids.make(keys[0]!), p, meeting.meetingId, keys, false);
        people.push(kept);
        proposals.push({
          personIds: [found[0]!.id, kept.id],
          reason: `"${p.name}" and "${found[0]!.name}" have the same name key but are separate speakers in meeting ${meeting.meetingId}; kept apart as the file has them`,
        });
        continue;
      }
      const person = free ?? newPerson(ids.make(keys[0]!), p, meeting.meetingId, [], false);
      if (!free) people.push(person);
      addAppearance(person, p, meeting.meetingId, keys);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, person);
    }
  }

  for (const [a, b] of options.merges ?? []) {
    const pa = findById(people, a);
    const pb = findById(people, b);
    if (!pa || !pb || pa === pb) continue;
    const shared = [...pb.appearances.keys()].filter((m) => pa.appearances.has(m));
    if (shared.length > 0) {
      notes.push(`merge of ${pa.id} and ${pb.id} not applied: both speak in meeting ${shared[0]}`);
      continue;
    }
    absorb(pa, pb);
    people.splice(people.indexOf(pb), 1);
  }

  for (const person of people) person.name = displayName(person);
  // Proposals the owner has not answered yet, each pair once.
  const answered = new Set((options.rejected ?? []).map(([a, b]) => pairKey(a, b)));
  const proposedMerges: ProposedMerge[] = [];
  for (const proposal of [...proposals, ...firstNameProposals(people)]) {
    const [a, b] = proposal.personIds as [string, string];
    if (!findById(people, a) || !findById(people, b) || answered.has(pairKey(a, b))) continue;
    answered.add(pairKey(a, b));
    proposedMerges.push(proposal);
  }
  return { people, proposedMerges, notes };
}

/**
 * First-name-only people ("maria") and the full names that start with that first name. Never two who
 * were in the same meeting: the file already told them apart.
 *
 * @example
 * firstNameProposals(people).map((p) => p.personIds) // => [['maria', 'maria-elena-lopez']]
 */
export function firstNameProposals(people: readonly MatchedPerson[]): ProposedMerge[] {
  const out: ProposedMerge[] = [];
  for (const short of people) {
    if (short.anonymous || [...short.keys].some((k) => k.includes(' '))) continue;
    const first = [...short.keys][0]!;
    const candidates = people.filter(
      (full) =>
        full !== short && !full.anonymous && [...full.keys].some((k) => k.includes(' ') && firstNameOfKey(k) === first),
    );
    for (const full of candidates) {
      if ([...short.appearances.keys()].some((m) => full.appearances.has(m))) continue;
      const others = candidates.length > 1 ? ` (${candidates.length} people have this first name)` : '';
      out.push({
        personIds: [short.id, full.id],
        reason: `"${short.name}" is only a first name; it may be "${full.name}"${others}. Not merged until confirmed.`,
      });
    }
  }
  return out;
}

function newPerson(
  id: string,
  p: Participant,
  meetingId: string,
  keys: readonly string[],
  anonymous: boolean,
): MatchedPerson {
  const person: MatchedPerson = { id, name: p.name, aliases: [], anonymous, appearances: new Map(), keys: new Set() };
  addAppearance(person, p, meetingId, keys);
  return person;
}

function addAppearance(person: MatchedPerson, p: Participant, meetingId: string, keys: readonly string[]): void {
  person.appearances.set(meetingId, p.localId);
  for (const label of [p.name, ...p.aliases]) if (!person.aliases.includes(label)) person.aliases.push(label);
  for (const k of keys) person.keys.add(k);
}

function absorb(into: MatchedPerson, from: MatchedPerson): void {
  for (const [m, local] of from.appearances) into.appearances.set(m, local);
  for (const label of from.aliases) if (!into.aliases.includes(label)) into.aliases.push(label);
  for (const k of from.keys) into.keys.add(k);
}

function displayName(person: MatchedPerson): string {
  const labels = person.aliases.length > 0 ? person.aliases : [person.name];
  const best = preferredName(labels);
  person.aliases = labels.filter((l) => l !== best);
  return best;
}

/**
 * The fullest way a person's name was written: not the "Surname, Given" form, not in capitals, most
 * words, first seen.
 *
 * @example
 * preferredName(['Lopez, Maria Elena', 'MARIA ELENA LOPEZ', 'Maria Elena Lopez']) // => 'Maria Elena Lopez'
 */
export function preferredName(labels: readonly string[]): string {
  const shouted = (l: string) => l === l.toUpperCase() && l !== l.toLowerCase();
  const score = (l: string) => (l.includes(',') ? 0 : 100) + (shouted(l) ? 0 : 50) + l.split(' ').length;
  return labels.reduce((a, b) => (score(b) > score(a) ? b : a));
}

function findById(people: readonly MatchedPerson[], id: string): MatchedPerson | undefined {
  return people.find((p) => p.id === id);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Readable, unique ids: the person key as a slug ("maria-elena-lopez"), "-2" on a clash. */
class IdMaker {
  private readonly used = new Set<string>();
  make(text: string): string {
    const base =
      text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'person';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
