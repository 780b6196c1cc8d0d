/**
 * One meeting's Analysis -> the numbers a series compares: per person and for the team. Every number
 * is read from the Analysis as its analyser computed it; only two are derived, and both are divisions of
 * stored numbers: rates per hour (count / the meeting's duration) and the fair-share ratio rescaled to
 * count silent invitees (the Analysis's ratio uses speakers only; x N invited / N speakers).
 */
import type { Analysis } from '../../analyzers/analysis';
import type { EvidenceQuote, PersonMeeting, TeamMeeting } from './schema';
import { UNATTRIBUTED_LABEL } from '../model/person-keys';
import type { Participant } from './match-people';

/** Quotes kept per person per meeting as evidence (the most severe findings first). */
export const EVIDENCE_PER_MEETING = 3;

const MS_PER_HOUR = 3_600_000;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;

/**
 * People counted in the meeting's fair share: named speakers (not the "Unknown speaker" bucket) plus
 * invitees who never spoke.
 *
 * @example
 * peopleCounted(analysis) // => 5 for 4 speakers and 1 silent invitee
 */
export function peopleCounted(analysis: Analysis): number {
  // participation.people counts silent invitees itself (issue 11); the same number as turnTaking's.
  return analysis.turnTaking.participantsCounted;
}

/**
 * One speaker's numbers in one meeting.
 *
 * @example
 * speakerNumbers(analysis, 'm1', 's2').fairShareRatio // => 1.24 (talkShare 0.31 of 4 people)
 */
export function speakerNumbers(analysis: Analysis, meetingId: string, speakerId: string): PersonMeeting {
  const tt = analysis.turnTaking.speakers.find((s) => s.speakerId === speakerId);
  if (!tt) throw new Error(`no speaker ${speakerId} in the analysis of meeting ${meetingId}`);
  const inc = analysis.inclusivity;
  const share = inc.participation.speakers.find((s) => s.speakerId === speakerId);
  const invitations = inc.invitations.bySpeaker.find((s) => s.speakerId === speakerId);
  const credit = inc.credit.bySpeaker.find((s) => s.speakerId === speakerId);
  const language = inc.language.find((s) => s.speakerId === speakerId);
  const tone = analysis.sentiment.speakers.find((s) => s.speakerId === speakerId);
  const hours = hoursOf(analysis);
  const people = peopleCounted(analysis);
  const speakersCounted = inc.participation.people;
  return {
    meetingId,
    speakerId,
    spoke: true,
    talkShare: tt.talkShare,
    fairShareRatio: share && speakersCounted > 0 ? round3((share.ratioToFairShare * people) / speakersCounted) : 0,
    words: tt.words,
    interruptionsMade: tt.interruptionsMade,
    interruptionsReceived: tt.interruptionsReceived,
    interruptionsMadePerHour: hours === null ? null : round2(tt.interruptionsMade / hours),
    interruptionsReceivedPerHour: hours === null ? null : round2(tt.interruptionsReceived / hours),
    questions: tt.questions,
    invitationsGiven: invitations?.given ?? 0,
    invitationsReceived: invitations?.received ?? 0,
    creditGiven: credit?.given ?? 0,
    creditReceived: credit?.received ?? 0,
    hedgesPer100Words: language && language.words > 0 ? language.hedges.per100Words : null,
    fillersPer100Words: language && language.words > 0 ? language.fillers.per100Words : null,
    tone: tone && tone.utterances > 0 ? tone.mean : null,
    medianGapMs: tt.medianGapBeforeSpeakingMs,
    evidence: evidenceOf(analysis, speakerId),
  };
}

/**
 * An invitee who never spoke: zeros for talk, nulls for rates that need words.
 *
 * @example
 * silentInviteeNumbers('m3').spoke // => false
 */
export function silentInviteeNumbers(meetingId: string): PersonMeeting {
  return {
    meetingId,
    speakerId: null,
    spoke: false,
    talkShare: 0,
    fairShareRatio: 0,
    words: 0,
    interruptionsMade: 0,
    interruptionsReceived: 0,
    interruptionsMadePerHour: null,
    interruptionsReceivedPerHour: null,
    questions: 0,
    invitationsGiven: 0,
    invitationsReceived: 0,
    creditGiven: 0,
    creditReceived: 0,
    hedgesPer100Words: null,
    fillersPer100Words: null,
    tone: null,
    medianGapMs: null,
    evidence: [],
  };
}

/**
 * The meeting as a whole.
 *
 * @example
 * teamNumbers(analysis, 'm1') // => { meetingId: 'm1', gini: 0.21, giniNormalized: 0.28, silentInvitees: 1, ... }
 */
export function teamNumbers(analysis: Analysis, meetingId: string): TeamMeeting {
  const tt = analysis.turnTaking;
  const hours = hoursOf(analysis);
  return {
    meetingId,
    gini: tt.gini,
    giniMax: tt.giniMax,
    giniNormalized: tt.giniMax > 0 ? round3(Math.min(1, tt.gini / tt.giniMax)) : null,
    people: peopleCounted(analysis),
    silentInvitees: tt.attendees.silent.length,
    interruptions: tt.interruptions.count,
    interruptionsPerHour: hours === null ? null : round2(tt.interruptions.count / hours),
    questions: tt.questions.total,
    invitations: analysis.inclusivity.invitations.total,
    credit: analysis.inclusivity.credit.total,
    tone: analysis.sentiment.meeting.mean,
  };
}

/**
 * The speakers who are people (not the parser's "Unknown speaker" bucket).
 *
 * @example
 * namedSpeakers(analysis).map((s) => s.name) // => ['Ana Lima', 'Ben Okafor']
 */
export function namedSpeakers(analysis: Analysis): Analysis['transcript']['speakers'] {
  return analysis.transcript.speakers.filter((s) => s.name !== UNATTRIBUTED_LABEL);
}

/** Local ids of invitees who never spoke: `invitee:0`, `invitee:1`, ... (speakers have s1, s2, ...). */
export const INVITEE_PREFIX = 'invitee:';

/**
 * Everyone in the meeting who is a person: named (or placeholder) speakers and silent invitees.
 *
 * @example
 * participantsOf(analysis).map((p) => p.localId) // => ['s1', 's2', 'invitee:0']
 */
export function participantsOf(analysis: Analysis): Participant[] {
  return [
    ...namedSpeakers(analysis).map((s) => ({
      localId: s.id,
      name: s.name,
      aliases: s.aliases,
      anonymous: s.anonymous,
    })),
    ...analysis.turnTaking.attendees.silent.map((a, i) => ({
      localId: `${INVITEE_PREFIX}${i}`,
      name: a.name,
      aliases: [],
      anonymous: false,
    })),
  ];
}

/**
 * The numbers of one participant (by local id) in one meeting.
 *
 * @example
 * participantNumbers(analysis, 'm1', 'invitee:0').spoke // => false
 */
export function participantNumbers(analysis: Analysis, meetingId: string, localId: string): PersonMeeting {
  return localId.startsWith(INVITEE_PREFIX)
    ? silentInviteeNumbers(meetingId)
    : speakerNumbers(analysis, meetingId, localId);
}

function hoursOf(analysis: Analysis): number | null {
  const ms = analysis.turnTaking.durationMs;
  return ms === null || ms <= 0 ? null : ms / MS_PER_HOUR;
}

function evidenceOf(analysis: Analysis, speakerId: string): EvidenceQuote[] {
  return analysis.findings
    .filter((f) => f.speakerId === speakerId && f.quote !== '')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .slice(0, EVIDENCE_PER_MEETING)
    .map(({ f }) => ({ findingId: f.id, utteranceId: f.utteranceId, kind: f.kind, quote: f.quote }));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
