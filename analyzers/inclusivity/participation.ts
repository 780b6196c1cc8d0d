/**
 * Participation equity: who spoke much less, or much more, than an equal share of the meeting.
 * The shares come from the turn-taking analyser (by time when timings are real, by words otherwise).
 *
 * Thresholds (thresholds.ts): quiet below half the fair share (1/n), dominant above `dominantThreshold` (twice
 * the fair share, 75% with two people), where n is everyone invited: the speakers who are known people plus the
 * silent invitees. Unattributed speech (the "Unknown speaker" bucket) is nobody's: it is not a person, and
 * shares are read among the people's own talk (`shareOfPeople`), so it neither dilutes nor inflates anyone.
 */
import * as z from 'zod';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
import type { PreparedTranscript } from '../nlp/prepare';
import type { ConversationContext } from '../nlp/context';
import { firstNameOf, nameOf, type FindingCollector } from '../nlp/finding-collector';
import { formatMultiple, formatPercent, formatPercentsApart } from '../../src/model/percent';
import type { SpeakerTurnTaking, TurnTakingResult } from '../turn-taking/schema';
import { dominantThreshold, isSitting, participationStatus, QUIET_FRACTION, SHARED_LEAD_FRACTION } from './thresholds';
import { listNames } from '../../src/model/name-list';

/**
 * The part of the turn-taking result inclusivity needs (field names are the JSON contract).
 * `talkShare` is a fraction of the meeting (0..1), by time or by words as `basis` says.
 *
 * @example
 * const input: ParticipationInput = { basis: 'words', speakers: [{ speakerId: 's1', talkShare: 1, interruptionsMade: 0, interruptionsReceived: 0 }] };
 */
export interface ParticipationInput {
  basis: TurnTakingResult['basis'];
  speakers: Array<Pick<SpeakerTurnTaking, 'speakerId' | 'talkShare' | 'interruptionsMade' | 'interruptionsReceived'>>;
  /** Invitees who never spoke (from the attendee list): counted as people with a zero share. */
  attendees?: Pick<TurnTakingResult['attendees'], 'silent'>;
}

export const ShareOfVoice = z.object({
  speakerId: z.string(),
  talkShare: z.number(),
  /** shareOfPeople divided by the fair share: 1 is exactly equal, 0.4 is 40% of an equal share. */
  ratioToFairShare: z.number(),
  /**
   * Share of the talk of the people counted (unattributed speech left out); equals talkShare when every
   * utterance has a speaker. Status and ratio are read from it. Absent in analyses stored before it existed.
   */
  shareOfPeople: z.number().optional(),
});

/**
 * Why a small share is no quiet voice (analyzers/roles.ts quietInContext): a formal sitting, where the chair gives
 * out the slots to speak; the chair's own turns, which hand the floor on; a member putting questions to a witness.
 */
export const QuietContext = z.enum(['formal-sitting', 'chair', 'questioner']);
export type QuietContext = z.infer<typeof QuietContext>;

export const ParticipationResult = z.object({
  basis: z.enum(['time', 'words']),
  /** Number of people counted for the fair share: named speakers plus silent invitees (never "Unknown speaker"). */
  people: z.number().int().nonnegative(),
  /** Invitees who never spoke, counted in `people` with a zero share (empty without an attendee list). */
  silentInvitees: z.array(z.object({ name: z.string() })).default([]),
  /** 1 / people (0 with nobody). */
  fairShare: z.number(),
  quietBelow: z.number(),
  /**
   * Beside a dominant voice, the share below which a quiet voice is quiet among the others too (their average share:
   * everyone but the dominant voices and a runner-up sharing the lead, silent invitees included): only those get a
   * quiet-voice finding. Null when nobody dominates. Absent in analyses stored before it.
   */
  quietAmongOthersBelow: z.number().nullable().optional(),
  dominantAbove: z.number(),
  speakers: z.array(
    ShareOfVoice.extend({
      status: z.enum(['quiet', 'balanced', 'dominant']),
      /**
       * For a quiet status, what explains it (then there is no quiet-voice finding, and the report does not mark the
       * person quiet); null otherwise. Absent in analyses stored before it.
       */
      quietInContext: QuietContext.nullable().optional(),
    }),
  ),
  quietVoices: z.array(ShareOfVoice),
  dominantVoices: z.array(ShareOfVoice),
});
export type ParticipationResult = z.infer<typeof ParticipationResult>;

/**
 * Classifies every person's share and reports quiet and dominant voices as findings.
 *
 * @example
 * // four people with shares 0.55, 0.3, 0.1, 0.05: fair share 0.25, quiet below 0.125, dominant above 0.5
 * participation(p, ctx, input, out).quietVoices.map((v) => v.speakerId) // => ['s3', 's4']
 */
export function participation(
  p: PreparedTranscript,
  ctx: ConversationContext,
  input: ParticipationInput,
  out: FindingCollector,
): ParticipationResult {
  const named = input.speakers.filter((s) => p.speakerById.get(s.speakerId)?.name !== UNATTRIBUTED_LABEL);
  const silentInvitees = (input.attendees?.silent ?? []).map(({ name }) => ({ name }));
  const people = named.length + silentInvitees.length;
  const fairShare = people > 0 ? 1 / people : 0;
  const quietBelow = fairShare * QUIET_FRACTION;
  const dominantAbove = people < 2 ? fairShare : dominantThreshold(fairShare);
  const peopleTotal = named.reduce((n, s) => n + s.talkShare, 0);
  const speakers = named.map((s) => {
    const shareOfPeople = peopleTotal > 0 ? round(s.talkShare / peopleTotal) : 0;
    const ratioToFairShare = fairShare > 0 ? round(shareOfPeople / fairShare) : 0;
    const status = participationStatus(shareOfPeople, fairShare, people);
    return { speakerId: s.speakerId, talkShare: s.talkShare, ratioToFairShare, shareOfPeople, status };
  });
  const strip = ({ speakerId, talkShare, ratioToFairShare, shareOfPeople }: (typeof speakers)[number]) => ({
    speakerId,
    talkShare,
    ratioToFairShare,
    shareOfPeople,
  });
  const quietVoices = speakers.filter((s) => s.status === 'quiet').map(strip);
  const dominantVoices = speakers.filter((s) => s.status === 'dominant').map(strip);
  const dominantIds = dominantVoices.map((v) => v.speakerId);
  const runnerUpOf = (id: string) =>
    speakers
      .filter((s) => s.speakerId !== id)
      .reduce<(typeof speakers)[number] | null>(
        (best, s) => (best && best.shareOfPeople >= s.shareOfPeople ? best : s),
        null,
      );
  // A runner-up with at least SHARED_LEAD_FRACTION of a dominant share leads with it ("the lead was shared").
  const coLeadOf = new Map(
    dominantVoices.map((v) => {
      const r = runnerUpOf(v.speakerId);
      return [v.speakerId, r !== null && r.shareOfPeople >= v.shareOfPeople * SHARED_LEAD_FRACTION ? r : null];
    }),
  );
  const leaders = new Map<string, { shareOfPeople: number }>(dominantVoices.map((v) => [v.speakerId, v]));
  for (const r of coLeadOf.values()) if (r !== null) leaders.set(r.speakerId, r);
  // Beside a dominant voice everyone else is below an equal share by arithmetic: with one person at 71%, the six
  // others averaged 4.8%, and coaches called findings for three of them at 5-7% debatable (review r13). A finding
  // then needs a share below the others' average as well; the dominant-voice finding carries the rest. A shared
  // lead is left out of that average too: "beside the one dominant voice, the others averaged 12%" counted the
  // co-lead's 32%, beside a note that the lead was shared (review r20).
  const othersAverage =
    dominantVoices.length > 0 && people > leaders.size
      ? (1 - [...leaders.values()].reduce((n, v) => n + v.shareOfPeople, 0)) / (people - leaders.size)
      : null;
  const quietAmongOthersBelow = othersAverage === null ? null : round(othersAverage);
  // Time is measured; a share of words only estimates the share of the floor.
  const measured = input.basis === 'time' ? 'high' : 'medium';

  // Shares are of the named people's talk; where some speech is unattributed the headline's share of all talk
  // differs (80% of all words, 83% of the named people's), so the note says which it is.
  const unattributed = peopleTotal < 1 - 1e-9 && named.length < input.speakers.length;
  const basisWords =
    (input.basis === 'time' ? 'of the talk time' : 'of the words spoken') +
    (unattributed ? ' by named people (unattributed speech left out)' : '');
  const among = `among ${people} ${people === 1 ? 'person' : 'people'}${silentInvitees.length > 0 ? ' invited' : ''}`;
  const sitting = isSitting(people);
  const namedIds = new Set(named.map((s) => s.speakerId));
  // One pass over the utterances for everyone, not one per quiet or dominant voice (dozens in a sitting).
  const spoken = quietVoices.length + dominantVoices.length > 0 ? whereSpoken(ctx) : new Map<string, Spoken>();
  for (const v of quietVoices) {
    if (quietAmongOthersBelow !== null && v.shareOfPeople >= quietAmongOthersBelow) continue;
    const sample = longestUtterance(ctx, spoken, v.speakerId);
    // Beside a dominant voice the low share says more about the room than about this person: an observation. The
    // note names nobody else: a coach read "no room next to <the witness>" as blame for answering (review r12).
    const crowdedOut = dominantIds.some((id) => id !== v.speakerId);
    // Someone who joined late or left early had less time to speak: their share of the whole meeting says little.
    // Not quiet while they were there, they get no finding (review r19: a postdoc with 5% of a meeting had 24% of
    // the words from her first one on, the second most); nor does someone whose last word came early, which shows
    // nothing of the rest (a webinar's crew, heard only in the set-up chat before it began: review r22).
    if (spokeOnlyEarly(ctx, spoken, v.speakerId)) continue;
    const late = lateStart(p, ctx, spoken, v.speakerId, namedIds);
    if (late !== null && late.shareFromThen >= quietBelow) continue;
    const [share, average] =
      othersAverage === null
        ? [formatPercent(v.shareOfPeople), '']
        : formatPercentsApart(v.shareOfPeople, othersAverage);
    out.add({
      kind: 'quiet-voice',
      ruleId: 'quiet-voice',
      speakerId: v.speakerId,
      ...sample,
      severity: 'info',
      targetSpeakerId: null,
      confidence: crowdedOut || late !== null || sitting ? 'low' : measured,
      evidenceType: 'measurement',
      suggestion: p.speakerById.get(v.speakerId)?.anonymous
        ? 'Invite them by name, or use a round so everyone speaks.'
        : `Invite them by name ("${firstNameOf(p, v.speakerId)}, what do you think?") or use a round so everyone speaks.`,
      note:
        `${nameOf(p, v.speakerId)} had ${share} ${basisWords}; an equal share ${among} is ` +
        `${formatPercent(fairShare)}. An observation, not a judgement: a quiet voice may be listening, answering what ` +
        `they were asked, or may not have found room.` +
        (othersAverage === null
          ? ''
          : ` Beside ${leadersPhrase(dominantVoices.length, leaders.size)}, ` +
            `the others averaged ${average}; this share is below that too.`) +
        // No word on the format: in a formal sitting, where the slots are given out, there is no finding
        // (analyzers/roles.ts), and "most speak briefly by design" was false of a 9-person project call (review r21).
        (late === null ? '' : ` ${late.note}`),
    });
  }
  if (silentInvitees.length > 0) {
    const names = silentInvitees.map((s) => s.name);
    out.add({
      kind: 'quiet-voice',
      ruleId: 'silent-invitee',
      speakerId: null,
      utterance: -1,
      quoteStart: 0,
      quoteEnd: 0,
      severity: 'info',
      targetSpeakerId: null,
      // The attendee list says who was invited; that they said nothing is certain.
      confidence: 'high',
      evidenceType: 'measurement',
      suggestion: 'Check with them whether the meeting needed them, or invite them by name next time.',
      note:
        `${listNames(names)} ${names.length === 1 ? 'was' : 'were'} invited but did not speak; ` +
        `they count as zeros in the fair share (${formatPercent(fairShare)} ${among}) and the Gini.`,
    });
  }
  for (const v of dominantVoices) {
    const sample = longestUtterance(ctx, spoken, v.speakerId);
    const coLead = coLeadOf.get(v.speakerId) ?? null;
    out.add({
      kind: 'dominant-voice',
      ruleId: 'dominant-voice',
      speakerId: v.speakerId,
      ...sample,
      severity: coLead !== null ? 'info' : 'low',
      targetSpeakerId: null,
      confidence: measured,
      evidenceType: 'measurement',
      suggestion:
        'Leave a pause before answering, and ask others first ("I\'d like to hear from others before I add more").',
      note:
        `${nameOf(p, v.speakerId)} had ${formatPercent(v.shareOfPeople)} ${basisWords}, ${formatMultiple(v.ratioToFairShare)} times ` +
        `an equal share (${formatPercent(fairShare)} ${among}). Chairing or presenting explains some of this.` +
        (coLead !== null
          ? ` ${nameOf(p, coLead.speakerId)} had ${formatPercent(coLead.shareOfPeople)}: the lead was shared, so this is an observation.`
          : ''),
    });
  }
  return {
    basis: input.basis,
    people,
    silentInvitees,
    fairShare: round(fairShare),
    quietBelow: round(quietBelow),
    quietAmongOthersBelow,
    dominantAbove: round(dominantAbove),
    speakers,
    quietVoices,
    dominantVoices,
  };
}

/**
 * Who the others were set beside, in a quiet voice's note.
 *
 * @example
 * leadersPhrase(1, 1) // => 'the one dominant voice'
 * leadersPhrase(1, 2) // => 'the two leading voices'
 * leadersPhrase(2, 2) // => '2 dominant voices'
 */
function leadersPhrase(dominant: number, leaders: number): string {
  if (leaders === dominant) return dominant === 1 ? 'the one dominant voice' : `${dominant} dominant voices`;
  return leaders === 2 ? 'the two leading voices' : `the ${leaders} leading voices`;
}

/**
 * Where a late first word came and the speaker's share from then on, or null when it did not come late: after the
 * first LATE_START_SHARE of the meeting's utterances (in a meeting of PART_PRESENCE_MIN_UTTERANCES or more). Said as
 * what the transcript shows, with both readings: a late arrival or a member first called on then (a coach found
 * "may have joined late" contradicted twice in a committee hearing: review r12). The share is of the named
 * people's words (`namedIds`) from that word on.
 *
 * @example
 * lateStart(p, ctx, whereSpoken(ctx), 's5', namedIds)
 * // => { shareFromThen: 0.04, note: 'They first spoke at u515, 52% into the meeting (they joined late, or were first called on then); from then on they had 4% of the words spoken.' }
 */
function lateStart(
  p: PreparedTranscript,
  ctx: ConversationContext,
  spoken: ReadonlyMap<string, Spoken>,
  speakerId: string,
  namedIds: ReadonlySet<string>,
): { shareFromThen: number; note: string } | null {
  const n = ctx.speakerOf.length;
  const first = spoken.get(speakerId)?.first ?? -1;
  if (n < PART_PRESENCE_MIN_UTTERANCES || first < 0 || first <= n * LATE_START_SHARE) return null;
  const share = wordShare(ctx, speakerId, namedIds, first, n - 1);
  const at = `${p.transcript.utterances[first]!.id}, ${Math.round((first / n) * 100)}% into the meeting`;
  return {
    shareFromThen: share,
    note: `They first spoke at ${at} (they joined late, or were first called on then); from then on they had ${formatPercent(share)} of the words spoken.`,
  };
}

/**
 * True when a speaker's last word came before LEFT_EARLY_SHARE of the meeting's utterances (in a meeting of
 * PART_PRESENCE_MIN_UTTERANCES or more): they left, or stayed and listened, which the transcript cannot tell, so
 * their share of the whole meeting says nothing of them.
 */
function spokeOnlyEarly(ctx: ConversationContext, spoken: ReadonlyMap<string, Spoken>, speakerId: string): boolean {
  const n = ctx.speakerOf.length;
  const last = spoken.get(speakerId)?.last ?? -1;
  return n >= PART_PRESENCE_MIN_UTTERANCES && last >= 0 && last < n * LEFT_EARLY_SHARE;
}

/** A speaker's share of the named people's words in utterances `from`..`to` (inclusive). */
function wordShare(
  ctx: ConversationContext,
  speakerId: string,
  namedIds: ReadonlySet<string>,
  from: number,
  to: number,
): number {
  let theirs = 0;
  let all = 0;
  for (let i = from; i <= to; i++) {
    const speaker = ctx.speakerOf[i]!;
    if (!namedIds.has(speaker)) continue;
    const words = ctx.views[i]!.tokens.length;
    all += words;
    if (speaker === speakerId) theirs += words;
  }
  return all > 0 ? theirs / all : 0;
}

/** Where a person spoke: their first and last utterance, and their longest (by words; the first of equals). */
interface Spoken {
  first: number;
  last: number;
  longest: number;
}

/**
 * Where each speaker spoke, in one pass.
 *
 * @example
 * whereSpoken(ctx).get('s2') // => { first: 1, last: 40, longest: 17 }
 */
function whereSpoken(ctx: ConversationContext): Map<string, Spoken> {
  const spoken = new Map<string, Spoken>();
  for (let i = 0; i < ctx.speakerOf.length; i++) {
    const s = spoken.get(ctx.speakerOf[i]!);
    if (s === undefined) spoken.set(ctx.speakerOf[i]!, { first: i, last: i, longest: i });
    else {
      s.last = i;
      if (ctx.views[i]!.tokens.length > ctx.views[s.longest]!.tokens.length) s.longest = i;
    }
  }
  return spoken;
}

/** The person's longest utterance (by words) as the finding's evidence, quoting its first 12 words. */
function longestUtterance(
  ctx: ConversationContext,
  spoken: ReadonlyMap<string, Spoken>,
  speakerId: string,
): { utterance: number; quoteStart: number; quoteEnd: number } {
  const best = spoken.get(speakerId)?.longest ?? -1;
  if (best < 0) return { utterance: -1, quoteStart: 0, quoteEnd: 0 };
  const tokens = ctx.views[best]!.tokens;
  if (tokens.length === 0) return { utterance: best, quoteStart: 0, quoteEnd: 0 };
  return { utterance: best, quoteStart: tokens[0]!.start, quoteEnd: tokens[Math.min(tokens.length, 12) - 1]!.end };
}

/** A first word after this share of the meeting's utterances reads as joining late ... */
const LATE_START_SHARE = 0.4;
/** ... a last word before this share as leaving early ... */
const LEFT_EARLY_SHARE = 0.15;
/** ... in a meeting of at least this many utterances (in a short exchange, order says nothing). */
const PART_PRESENCE_MIN_UTTERANCES = 40;

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
