/**
 * Several meetings' analyses -> the progress document: meetings in date order, people matched across
 * them, per-person and team numbers aligned with the meetings, trends, reference lines, proposals.
 * Pure: the CLI and the API (from D1 and R2) call the same function.
 */
import type { Analysis } from '../../analyzers/analysis';
import { matchPeople, type MatchOptions, type MeetingParticipants, type Participant } from './match-people';
import { participantNumbers, participantsOf, peopleCounted, teamNumbers } from './meeting-numbers';
import { PERSON_METRICS, TEAM_METRICS } from './metrics';
import { REFERENCE_LINES } from './references';
import {
  ProgressDocument,
  type DateSource,
  type PersonMeeting,
  type ProgressMeeting,
  type ProgressPerson,
  type ProposedMerge,
  type TeamMeeting,
  type Trend,
} from './schema';
import { trendOf } from './trends';

export interface MeetingInput {
  /** Unique in the series: an analysis id (API) or m1, m2, ... (CLI). */
  id: string;
  analysis: Analysis;
  /** YYYY-MM-DD. */
  date: string;
  dateSource: DateSource;
  /** Where it came from: a file name or an analysis id. */
  source: string;
}

/**
 * Builds the progress document of a series.
 *
 * @example
 * const doc = buildProgress('Weekly sync', [
 *   { id: 'm1', analysis: a1, date: '2026-11-02', dateSource: 'file', source: 'week1.vtt' },
 *   { id: 'm2', analysis: a2, date: '2026-11-09', dateSource: 'file', source: 'week2.txt' },
 * ]);
 * // doc.series.meetings.map((m) => m.date) => ['2026-11-02', '2026-11-09']
 * // doc.people[0].meetings.length === 2 (null where the person was absent)
 */
export function buildProgress(
  name: string,
  inputs: readonly MeetingInput[],
  options: MatchOptions = {},
): ProgressDocument {
  return buildProgressFromDigests(
    name,
    inputs.map((m) => ({ id: m.id, digest: digestMeeting(m) })),
    options,
  );
}

/**
 * What the progress document takes from one meeting's analysis: its line in the series, its team
 * numbers, its participants and every participant's numbers. A few KB where the analysis holds every
 * utterance: a caller going through many meetings (the CLI) keeps the digest and lets the analysis go,
 * so its memory does not grow with the series. Without the meeting's id, which the CLI gives only once
 * every meeting is read (m1, m2, ... in date order).
 */
export interface MeetingDigest {
  meeting: Omit<ProgressMeeting, 'id'>;
  team: Omit<TeamMeeting, 'meetingId'>;
  participants: Participant[];
  /** Each participant's numbers, by local id (speaker id or invitee:N). */
  numbers: ReadonlyMap<string, Omit<PersonMeeting, 'meetingId'>>;
}

/**
 * The digest of one meeting.
 *
 * @example
 * const digest = digestMeeting({ analysis, date: '2026-11-02', dateSource: 'file', source: 'week1.vtt' });
 * digest.meeting.people // => 4; digest.numbers.get('s1')?.talkShare // => 0.31
 */
export function digestMeeting({ analysis, date, dateSource, source }: Omit<MeetingInput, 'id'>): MeetingDigest {
  // The id is given when the series is built; the numbers are the same whatever it is.
  const { id: _id, ...meeting } = progressMeeting('', analysis, date, dateSource, source);
  const { meetingId: _team, ...team } = teamNumbers(analysis, '');
  const participants = participantsOf(analysis);
  const numbers = new Map(
    participants.map((p) => {
      const { meetingId: _person, ...numbers } = participantNumbers(analysis, '', p.localId);
      return [p.localId, numbers] as const;
    }),
  );
  // A copy, not the analysis's own strings: a quote or a name is a slice of the whole transcript text, and a slice
  // keeps all of its parent alive (160 KB a meeting: the held heap grew with the series before the copy).
  return structuredClone({ meeting, team, participants, numbers });
}

/**
 * Builds the progress document from meetings already digested, each with its id.
 *
 * @example
 * const doc = buildProgressFromDigests('Weekly sync', [{ id: 'm1', digest: digestMeeting(week1) }]);
 * doc.series.meetings[0].id // => 'm1'
 */
export function buildProgressFromDigests(
  name: string,
  inputs: ReadonlyArray<{ id: string; digest: MeetingDigest }>,
  options: MatchOptions = {},
): ProgressDocument {
  // Stable: meetings on the same day keep the order they were given in.
  const meetings = inputs
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.digest.meeting.date.localeCompare(b.m.digest.meeting.date) || a.i - b.i)
    .map((x) => x.m);
  const ids = new Set<string>();
  for (const m of meetings) {
    if (ids.has(m.id)) throw new Error(`meeting id ${m.id} appears twice`);
    ids.add(m.id);
  }

  const participants: MeetingParticipants[] = meetings.map((m) => ({
    meetingId: m.id,
    participants: m.digest.participants,
  }));
  const matched = matchPeople(participants, options);

  const people: ProgressPerson[] = matched.people.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    anonymous: p.anonymous,
    meetings: meetings.map((m) => {
      const local = p.appearances.get(m.id);
      if (local === undefined) return null;
      const numbers = m.digest.numbers.get(local);
      if (!numbers) throw new Error(`no participant ${local} in meeting ${m.id}`);
      return { meetingId: m.id, ...numbers };
    }),
  }));
  return assembleProgress({
    name,
    meetings: meetings.map((m) => ({ id: m.id, ...m.digest.meeting })),
    team: meetings.map((m) => ({ meetingId: m.id, ...m.digest.team })),
    people,
    proposedMerges: matched.proposedMerges,
    notes: matched.notes,
  });
}

/** The parts of a progress document that are stored (D1) or computed (CLI); the rest is derived. */
export interface ProgressParts {
  id?: string;
  name: string;
  /** In date order. */
  meetings: ProgressMeeting[];
  /** Aligned with meetings. */
  team: TeamMeeting[];
  /** meetings[] aligned with meetings. */
  people: ProgressPerson[];
  proposedMerges: ProposedMerge[];
  notes?: string[];
}

/**
 * Adds what is derived from the numbers: trends, reference lines, notes.
 *
 * @example
 * assembleProgress({ name: 'Weekly sync', meetings, team, people, proposedMerges: [] }).trends.length // => 7 + 8 per named person
 */
export function assembleProgress(parts: ProgressParts): ProgressDocument {
  const meetingIds = parts.meetings.map((m) => m.id);
  // Each meeting's length, the exposure of a rate per hour when its change is tested against chance (trends.ts).
  const hours = parts.meetings.map((m) => (m.durationMs === null ? null : m.durationMs / 3_600_000));
  const trends: Trend[] = [];
  for (const metric of TEAM_METRICS)
    trends.push(
      trendOf(
        metric,
        parts.team.map((t) => metric.value(t)),
        meetingIds,
        null,
        metric.id,
        hours,
      ),
    );
  for (const person of parts.people) {
    if (person.anonymous) continue;
    for (const metric of PERSON_METRICS)
      trends.push(
        trendOf(
          metric,
          person.meetings.map((pm) => (pm === null ? null : metric.value(pm))),
          meetingIds,
          person.id,
          metric.id,
          hours,
        ),
      );
  }
  return ProgressDocument.parse({
    schemaVersion: 1,
    series: { ...(parts.id === undefined ? {} : { id: parts.id }), name: parts.name, meetings: parts.meetings },
    people: parts.people,
    team: { meetings: parts.team },
    trends,
    references: REFERENCE_LINES,
    proposedMerges: parts.proposedMerges,
    notes: [
      ...orderNotes(parts.meetings),
      ...basisNotes(parts.meetings),
      ...shortMeetingNotes(parts.meetings),
      ...anonymousNotes(parts.people, parts.meetings),
      ...(parts.notes ?? []),
    ],
  });
}

/**
 * A meeting's line in series.meetings.
 *
 * @example
 * progressMeeting('m1', analysis, '2026-11-02', 'file', 'week1.vtt').people // => 4
 */
export function progressMeeting(
  id: string,
  analysis: Analysis,
  date: string,
  dateSource: DateSource,
  source: string,
): ProgressMeeting {
  return {
    id,
    title: analysis.meeting.title,
    date,
    dateSource,
    people: peopleCounted(analysis),
    basis: analysis.turnTaking.basis,
    durationMs: analysis.turnTaking.durationMs,
    source,
  };
}

const SOURCE_WORDS: Record<DateSource, string> = {
  given: 'given by the caller',
  file: 'written in the transcript',
  'file-name': "taken from the file's name",
  'file-mtime': "taken from the file's modification time (may be when it was copied, not when the meeting was held)",
  upload: 'the upload time (no date was given or found in the file)',
};

function orderNotes(meetings: readonly ProgressMeeting[]): string[] {
  const counts = new Map<DateSource, number>();
  for (const m of meetings) counts.set(m.dateSource, (counts.get(m.dateSource) ?? 0) + 1);
  const parts = [...counts].map(([source, n]) => `${n} ${SOURCE_WORDS[source]}`);
  return meetings.length === 0 ? [] : [`Meetings are in date order; dates: ${parts.join('; ')}.`];
}

function basisNotes(meetings: readonly ProgressMeeting[]): string[] {
  const untimed = meetings.filter((m) => m.basis === 'words' || m.durationMs === null);
  if (untimed.length === 0) return [];
  return [
    `${untimed.length} of ${meetings.length} meeting(s) have no timings (${untimed.map((m) => m.id).join(', ')}): talk shares there are shares of words, and rates per hour are not available.`,
  ];
}

/** Below this length a rate per hour extrapolates from a few events (one in 2 minutes is 30 per hour). */
export const SHORT_MEETING_MS = 10 * 60_000;

function shortMeetingNotes(meetings: readonly ProgressMeeting[]): string[] {
  const short = meetings.filter((m) => m.durationMs !== null && m.durationMs < SHORT_MEETING_MS);
  if (short.length === 0) return [];
  return [
    `${short.length} of ${meetings.length} meeting(s) lasted under ${SHORT_MEETING_MS / 60_000} minutes (${short.map((m) => m.id).join(', ')}): rates per hour there extrapolate from a few events (one interruption in 2 minutes reads as 30 per hour), so read their change as a change in counts.`,
  ];
}

function anonymousNotes(people: readonly ProgressPerson[], meetings: readonly ProgressMeeting[]): string[] {
  const anonymous = people.filter((p) => p.anonymous);
  if (anonymous.length === 0) return [];
  const where = anonymous.map((p) => `${p.name} in ${meetings[p.meetings.findIndex((m) => m !== null)]?.id}`);
  return [
    `${anonymous.length} placeholder label(s) (${where.slice(0, 4).join(', ')}) name a voice in one recording only: they are never matched across meetings.`,
  ];
}
