/**
 * The metrics a series follows over time: their ids (JSON field names), labels, units, and where each
 * value is read from. One home: the trends, the PDF and the page read labels from here.
 */
import type { PersonMeeting, TeamMeeting } from './schema';

export interface SeriesMetric<T> {
  id: string;
  label: string;
  unit: string;
  /** Events counted per meeting or per hour of it: their changes are tested against chance (trends.ts). */
  counts?: 'per-meeting' | 'per-hour';
  value: (x: T) => number | null;
}

/**
 * Per person, per meeting.
 *
 * @example
 * PERSON_METRICS.find((m) => m.id === 'fairShareRatio')?.label // => 'share of talk vs an equal share'
 */
export const PERSON_METRICS: ReadonlyArray<SeriesMetric<PersonMeeting>> = [
  { id: 'fairShareRatio', label: 'share of talk vs an equal share', unit: 'x', value: (p) => p.fairShareRatio },
  {
    id: 'interruptionsMadePerHour',
    label: 'interruptions made',
    unit: ' per hour',
    counts: 'per-hour',
    value: (p) => p.interruptionsMadePerHour,
  },
  {
    id: 'interruptionsReceivedPerHour',
    label: 'interruptions received',
    unit: ' per hour',
    counts: 'per-hour',
    value: (p) => p.interruptionsReceivedPerHour,
  },
  { id: 'questions', label: 'questions asked', unit: '', counts: 'per-meeting', value: (p) => p.questions },
  {
    id: 'invitationsGiven',
    label: 'invitations to speak',
    unit: '',
    counts: 'per-meeting',
    value: (p) => p.invitationsGiven,
  },
  { id: 'creditGiven', label: 'credit given', unit: '', counts: 'per-meeting', value: (p) => p.creditGiven },
  { id: 'hedgesPer100Words', label: 'hedges', unit: ' per 100 words', value: (p) => p.hedgesPer100Words },
  { id: 'tone', label: 'tone (mean sentiment)', unit: '', value: (p) => p.tone },
];

/**
 * Per meeting, the team as a whole.
 *
 * @example
 * TEAM_METRICS.map((m) => m.id) // => ['giniNormalized', 'silentInvitees', 'interruptionsPerHour', ...]
 */
export const TEAM_METRICS: ReadonlyArray<SeriesMetric<TeamMeeting>> = [
  { id: 'giniNormalized', label: 'inequality of talk (Gini / its maximum)', unit: '', value: (t) => t.giniNormalized },
  { id: 'silentInvitees', label: 'silent invitees', unit: '', counts: 'per-meeting', value: (t) => t.silentInvitees },
  {
    id: 'interruptionsPerHour',
    label: 'interruptions',
    unit: ' per hour',
    counts: 'per-hour',
    value: (t) => t.interruptionsPerHour,
  },
  { id: 'questions', label: 'questions', unit: '', counts: 'per-meeting', value: (t) => t.questions },
  { id: 'invitations', label: 'invitations to speak', unit: '', counts: 'per-meeting', value: (t) => t.invitations },
  { id: 'credit', label: 'credit given', unit: '', counts: 'per-meeting', value: (t) => t.credit },
  { id: 'tone', label: 'tone (mean sentiment)', unit: '', value: (t) => t.tone },
];
