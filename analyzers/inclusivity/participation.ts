/**
 * Participation equity: who spoke much less, or much more, than an equal share of the meeting.
 * The shares come from the turn-taking analyser (by time when timings are real, by words otherwise).
 *
 * Thresholds: quiet below half the fair share (1/n), dominant above twice the fair share, where n is
 * the number of speakers who are known people (the "Unknown speaker" bucket is not a person).
 */
import * as z from 'zod';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
import type { PreparedTranscript } from '../nlp/prepare';
import type { ConversationContext } from '../nlp/context';
import { firstNameOf, nameOf, percent, type FindingCollector } from '../nlp/finding-collector';
import type { SpeakerTurnTaking, TurnTakingResult } from '../turn-taking/schema';
import { DOMINANT_MULTIPLE, participationStatus, QUIET_FRACTION } from './thresholds';

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
}

export const ShareOfVoice = z.object({
  speakerId: z.string(),
  talkShare: z.number(),
  /** talkShare divided by the fair share: 1 is exactly equal, 0.4 is 40% of an equal share. */
  ratioToFairShare: z.number(),
});

export const ParticipationResult = z.object({
  basis: z.enum(['time', 'words']),
  /** Number of people counted for the fair share. */
  people: z.number().int().nonnegative(),
  /** 1 / people (0 with nobody). */
  fairShare: z.number(),
  quietBelow: z.number(),
  dominantAbove: z.number(),
  speakers: z.array(ShareOfVoice.extend({ status: z.enum(['quiet', 'balanced', 'dominant']) })),
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
  const people = input.speakers.filter((s) => p.speakerById.get(s.speakerId)?.name !== UNATTRIBUTED_LABEL);
  const fairShare = people.length > 0 ? 1 / people.length : 0;
  const quietBelow = fairShare * QUIET_FRACTION;
  const dominantAbove = fairShare * DOMINANT_MULTIPLE;
  const speakers = people.map((s) => {
    const ratioToFairShare = fairShare > 0 ? round(s.talkShare / fairShare) : 0;
    const status = participationStatus(s.talkShare, fairShare, people.length);
    return { speakerId: s.speakerId, talkShare: s.talkShare, ratioToFairShare, status };
  });
  const strip = ({ speakerId, talkShare, ratioToFairShare }: (typeof speakers)[number]) => ({
    speakerId,
    talkShare,
    ratioToFairShare,
  });
  const quietVoices = speakers.filter((s) => s.status === 'quiet').map(strip);
  const dominantVoices = speakers.filter((s) => s.status === 'dominant').map(strip);

  const basisWords = input.basis === 'time' ? 'of the talk time' : 'of the words spoken';
  for (const v of quietVoices) {
    const sample = longestUtterance(ctx, v.speakerId);
    out.add({
      kind: 'quiet-voice',
      ruleId: 'quiet-voice',
      speakerId: v.speakerId,
      ...sample,
      severity: 'info',
      targetSpeakerId: null,
      confidence: 'high',
      evidenceType: 'measurement',
      suggestion: p.speakerById.get(v.speakerId)?.anonymous
        ? 'Invite them by name, or use a round so everyone speaks.'
        : `Invite them by name ("${firstNameOf(p, v.speakerId)}, what do you think?") or use a round so everyone speaks.`,
      note: `${nameOf(p, v.speakerId)} had ${percent(v.talkShare)} ${basisWords}; an equal share among ${people.length} people is ${percent(fairShare)}. An observation, not a judgement: a quiet voice may be listening, or may not have found room.`,
    });
  }
  for (const v of dominantVoices) {
    const sample = longestUtterance(ctx, v.speakerId);
    out.add({
      kind: 'dominant-voice',
      ruleId: 'dominant-voice',
      speakerId: v.speakerId,
      ...sample,
      severity: 'low',
      targetSpeakerId: null,
      confidence: 'high',
      evidenceType: 'measurement',
      suggestion:
        'Leave a pause before answering, and ask others first ("I\'d like to hear from others before I add more").',
      note: `${nameOf(p, v.speakerId)} had ${percent(v.talkShare)} ${basisWords}, ${round(v.ratioToFairShare)} times an equal share (${percent(fairShare)} among ${people.length} people). Chairing or presenting explains some of this.`,
    });
  }
  return {
    basis: input.basis,
    people: people.length,
    fairShare: round(fairShare),
    quietBelow: round(quietBelow),
    dominantAbove: round(dominantAbove),
    speakers,
    quietVoices,
    dominantVoices,
  };
}

/** The person's longest utterance (by words) as the finding's evidence, quoting its first 12 words. */
function longestUtterance(
  ctx: ConversationContext,
  speakerId: string,
): { utterance: number; quoteStart: number; quoteEnd: number } {
  let best = -1;
  for (let i = 0; i < ctx.views.length; i++) {
    if (ctx.speakerOf[i] === speakerId && (best < 0 || ctx.views[i]!.tokens.length > ctx.views[best]!.tokens.length))
      best = i;
  }
  if (best < 0) return { utterance: -1, quoteStart: 0, quoteEnd: 0 };
  const tokens = ctx.views[best]!.tokens;
  if (tokens.length === 0) return { utterance: best, quoteStart: 0, quoteEnd: 0 };
  return { utterance: best, quoteStart: tokens[0]!.start, quoteEnd: tokens[Math.min(tokens.length, 12) - 1]!.end };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
