/**
 * The progress document: one team's recurring meetings over time. The CLI's `--json` and
 * `GET /v1/series/{id}` return it. The field names in issue 12's contract (series.name, series.meetings[].id/
 * title/date/people, people[].id/name/aliases/meetings[].meetingId/talkShare/fairShareRatio/
 * interruptionsMadePerHour/questions, team.meetings[].meetingId/gini/silentInvitees, trends[].personId/
 * metric/from/to/meetings/note, proposedMerges[].personIds/reason) are fixed: add fields, never rename.
 */
import * as z from 'zod';

const Count = z.number().int().nonnegative();
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where a meeting's date came from, so that the order of meetings can be read with its caveat. */
export const DateSource = z.enum(['given', 'file', 'file-name', 'file-mtime', 'upload']);
export type DateSource = z.infer<typeof DateSource>;

export const ProgressMeeting = z.object({
  id: z.string(),
  title: z.string(),
  date: IsoDate,
  /** `given` (the caller named it), `file` (a date inside the transcript), `file-name`, `file-mtime`, `upload`. */
  dateSource: DateSource,
  /** People counted in the meeting's fair share and Gini: named speakers plus silent invitees. */
  people: Count,
  /** What talk shares were measured in. */
  basis: z.enum(['time', 'words']),
  durationMs: z.number().int().nonnegative().nullable(),
  /** The stored analysis (API) or the file (CLI) this meeting came from. */
  source: z.string(),
});
export type ProgressMeeting = z.infer<typeof ProgressMeeting>;

/** A quote behind a number: a finding of that meeting's analysis, verbatim. */
export const EvidenceQuote = z.object({
  findingId: z.string(),
  utteranceId: z.string().nullable(),
  kind: z.string(),
  quote: z.string(),
});
export type EvidenceQuote = z.infer<typeof EvidenceQuote>;

/** One person in one meeting. Rates are null when their basis is missing (no timings, no words). */
export const PersonMeeting = z.object({
  meetingId: z.string(),
  /** The speaker id in that meeting's analysis; null for an invitee who never spoke. */
  speakerId: z.string().nullable(),
  spoke: z.boolean(),
  /** Share of the meeting's talk (time or words, as the meeting's basis says). */
  talkShare: z.number().min(0).max(1),
  /** talkShare x the meeting's people: 1 is an equal share, 0.5 half of it. */
  fairShareRatio: z.number().nonnegative(),
  words: Count,
  interruptionsMade: Count,
  interruptionsReceived: Count,
  interruptionsMadePerHour: z.number().nonnegative().nullable(),
  interruptionsReceivedPerHour: z.number().nonnegative().nullable(),
  questions: Count,
  invitationsGiven: Count,
  invitationsReceived: Count,
  creditGiven: Count,
  creditReceived: Count,
  hedgesPer100Words: z.number().nonnegative().nullable(),
  fillersPer100Words: z.number().nonnegative().nullable(),
  /** Mean sentiment of their utterances, -1..1; null without utterances. */
  tone: z.number().min(-1).max(1).nullable(),
  /** Median gap before they took the floor (ms, negative = overlap); null without timings. */
  medianGapMs: z.number().nullable(),
  evidence: z.array(EvidenceQuote),
});
export type PersonMeeting = z.infer<typeof PersonMeeting>;

export const ProgressPerson = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** A diarisation placeholder ("SPEAKER_01"): never matched across meetings. */
  anonymous: z.boolean(),
  /** Aligned with series.meetings: null where the person was not there. */
  meetings: z.array(PersonMeeting.nullable()),
});
export type ProgressPerson = z.infer<typeof ProgressPerson>;

export const TeamMeeting = z.object({
  meetingId: z.string(),
  /** Gini of talk as the meeting's analysis measured it (silent invitees as zeros). */
  gini: z.number().min(0).max(1),
  giniMax: z.number().min(0).max(1),
  /** gini / giniMax: 0 equal, 1 one person talked; comparable between meetings of different sizes. Null below 2 people. */
  giniNormalized: z.number().min(0).max(1).nullable(),
  people: Count,
  silentInvitees: Count,
  interruptions: Count,
  interruptionsPerHour: z.number().nonnegative().nullable(),
  questions: Count,
  invitations: Count,
  credit: Count,
  tone: z.number().min(-1).max(1),
});
export type TeamMeeting = z.infer<typeof TeamMeeting>;

export const TrendPoint = z.object({ meetingId: z.string(), value: z.number() });

export const Trend = z.object({
  /** null: a team (meeting-level) trend. */
  personId: z.string().nullable(),
  metric: z.string(),
  /** First and last meeting's value; null with fewer than 3 meetings (not enough data). */
  from: z.number().nullable(),
  to: z.number().nullable(),
  /** Meetings with a value for this metric. */
  meetings: Count,
  enough: z.boolean(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Standard deviation of the meeting values. */
  sd: z.number().nullable(),
  /** Least-squares change over the series (slope x (meetings - 1)). */
  fittedChange: z.number().nullable(),
  /**
   * `up`/`down` only when the fitted change is at least twice the residual spread and, for counts of events, chance
   * cannot give it (src/progress/trends.ts); else `steady`.
   */
  direction: z.enum(['up', 'down', 'steady']).nullable(),
  /**
   * The direction in words, as the commentary ends: "a clear fall", "no clear change", "no clear change (too few
   * events to tell a change from chance)"; null without enough data.
   */
  verdict: z.string().nullable(),
  note: z.string(),
  points: z.array(TrendPoint),
});
export type Trend = z.infer<typeof Trend>;

export const ReferenceLine = z.object({
  metric: z.string(),
  value: z.number(),
  label: z.string(),
  source: z.string(),
  caveat: z.string(),
});
export type ReferenceLine = z.infer<typeof ReferenceLine>;

export const ProposedMerge = z.object({ personIds: z.array(z.string()).length(2), reason: z.string() });
export type ProposedMerge = z.infer<typeof ProposedMerge>;

export const ProgressDocument = z.object({
  schemaVersion: z.literal(1),
  series: z.object({ id: z.string().optional(), name: z.string(), meetings: z.array(ProgressMeeting) }),
  people: z.array(ProgressPerson),
  team: z.object({ meetings: z.array(TeamMeeting) }),
  trends: z.array(Trend),
  references: z.array(ReferenceLine),
  proposedMerges: z.array(ProposedMerge),
  /** What the numbers rest on: how meetings were ordered, mixed bases, anonymous speakers. */
  notes: z.array(z.string()),
});
export type ProgressDocument = z.infer<typeof ProgressDocument>;
