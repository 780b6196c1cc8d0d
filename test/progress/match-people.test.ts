/**
 * People across meetings, including the traps users of peer tools report.
 */
import { describe, expect, it } from 'vitest';
import { matchPeople, type MeetingParticipants, type Participant } from '../../src/progress/match-people';

const person = (localId: string, name: string, extra: Partial<Participant> = {}): Participant => ({
  localId,
  name,
  aliases: [],
  anonymous: false,
  ...extra,
});
const anon = (localId: string, name: string): Participant => person(localId, name, { anonymous: true });

describe('matchPeople', () => {
  it('matches one person written differently in three files', () => {
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [person('s1', 'Lopez, Maria Elena'), person('s2', 'Ben Okafor')] },
      { meetingId: 'm2', participants: [person('s1', 'MARÍA ELENA LÓPEZ'), person('s2', 'Dr. Ben Okafor')] },
      { meetingId: 'm3', participants: [person('s1', 'Maria Elena Lopez (Host)')] },
    ];
    const { people } = matchPeople(meetings);
    expect(people).toHaveLength(2);
    const maria = people.find((p) => p.id === 'maria-elena-lopez')!;
    expect([...maria.appearances]).toEqual([
      ['m1', 's1'],
      ['m2', 's1'],
      ['m3', 's1'],
    ]);
    // The display name is a given-name-first form, the others stay as aliases.
    expect(maria.name).not.toContain(',');
    expect([maria.name, ...maria.aliases].sort()).toEqual(
      ['Lopez, Maria Elena', 'MARÍA ELENA LÓPEZ', 'Maria Elena Lopez (Host)'].sort(),
    );
  });

  it('never merges diarisation labels across files, even identical ones', () => {
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [anon('s1', 'SPEAKER_01'), anon('s2', 'Speaker 2')] },
      { meetingId: 'm2', participants: [anon('s1', 'SPEAKER_01'), anon('s2', 'Speaker 2'), anon('s3', 'spk_0')] },
    ];
    const { people, proposedMerges } = matchPeople(meetings);
    expect(people).toHaveLength(5);
    expect(people.every((p) => p.anonymous && p.appearances.size === 1)).toBe(true);
    expect(new Set(people.map((p) => p.id)).size).toBe(5);
    expect(proposedMerges).toEqual([]);
  });

  it('proposes, and does not merge, a first-name-only label', () => {
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [person('s1', 'Lopez, Maria Elena')] },
      { meetingId: 'm2', participants: [person('s1', 'maria')] },
    ];
    const { people, proposedMerges } = matchPeople(meetings);
    expect(people.map((p) => p.id)).toEqual(['maria-elena-lopez', 'maria']);
    expect(proposedMerges).toHaveLength(1);
    expect(proposedMerges[0]!.personIds).toEqual(['maria', 'maria-elena-lopez']);
    expect(proposedMerges[0]!.reason).toMatch(/only a first name/);
  });

  it('does not propose a first name for someone who spoke beside that full name in one meeting', () => {
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [person('s1', 'Maria Lopez'), person('s2', 'Maria')] },
    ];
    expect(matchPeople(meetings).proposedMerges).toEqual([]);
  });

  it('says when several full names share the first name', () => {
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [person('s1', 'Maria Lopez'), person('s2', 'Maria Schmidt')] },
      { meetingId: 'm2', participants: [person('s1', 'Maria')] },
    ];
    const { proposedMerges } = matchPeople(meetings);
    expect(proposedMerges.map((p) => p.personIds[1])).toEqual(['maria-lopez', 'maria-schmidt']);
    expect(proposedMerges[0]!.reason).toContain('2 people have this first name');
  });

  it('keeps apart two speakers one file kept apart, and proposes them', () => {
    // Two speakers of one meeting under one key (e.g. an analysis stored before keys read "Surname, Given"):
    // the file told them apart, so they stay apart.
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [person('s1', 'Lopez, Maria'), person('s2', 'Maria Lopez')] },
    ];
    const { people, proposedMerges } = matchPeople(meetings);
    expect(people).toHaveLength(2);
    expect(proposedMerges).toHaveLength(1);
  });

  it('applies confirmed merges and refuses one that would merge two speakers of one meeting', () => {
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [person('s1', 'Lopez, Maria Elena'), person('s2', 'Ben Okafor')] },
      { meetingId: 'm2', participants: [person('s1', 'maria'), person('s2', 'Ben Okafor')] },
    ];
    const merged = matchPeople(meetings, {
      merges: [
        ['maria-elena-lopez', 'maria'],
        ['maria-elena-lopez', 'ben-okafor'],
      ],
    });
    expect(merged.people.map((p) => p.id)).toEqual(['maria-elena-lopez', 'ben-okafor']);
    expect([...merged.people[0]!.appearances]).toEqual([
      ['m1', 's1'],
      ['m2', 's1'],
    ]);
    expect(merged.proposedMerges).toEqual([]);
    expect(merged.notes[0]).toMatch(/not applied: both speak in meeting m1/);
  });

  it('does not propose again what the owner rejected', () => {
    const meetings: MeetingParticipants[] = [
      { meetingId: 'm1', participants: [person('s1', 'Maria Lopez')] },
      { meetingId: 'm2', participants: [person('s1', 'maria')] },
    ];
    expect(matchPeople(meetings, { rejected: [['maria-lopez', 'maria']] }).proposedMerges).toEqual([]);
  });
});
