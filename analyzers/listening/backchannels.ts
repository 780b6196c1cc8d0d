/**
 * Back-channels given: whole utterances such as "mm-hmm", "yeah", "right" that show listening
 * without taking the floor (analyzers/nlp/data/backchannels.ts decides what counts), and answer no question
 * just asked ("Did it ship?" / "Yes." is an answer: analyzers/nlp/backchannel-flags.ts). Each is credited
 * to the person being listened to: the latest earlier speaker other than the listener who said
 * more than a back-channel (an "okay" answering someone's "mm-hmm" still listens to the talker).
 *
 * With real timings each is also placed in time: `during` the other's speech (it starts before
 * their utterance ends), `right-after` (within RIGHT_AFTER_MS of its end), or `later`.
 */
import * as z from 'zod';
import { backchannelFlags } from '../nlp/backchannel-flags';
import type { ConversationContext } from '../nlp/context';
import type { PreparedTranscript } from '../nlp/prepare';
import { LISTENED_REACH, RIGHT_AFTER_MS } from './thresholds';

export const Backchannel = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  /** The person listened to. */
  toSpeakerId: z.string(),
  /** The words, lower case ("mm-hmm", "yeah right"). */
  words: z.string(),
  /** Null without real timings. */
  timing: z.enum(['during', 'right-after', 'later']).nullable(),
});
export type Backchannel = z.infer<typeof Backchannel>;

/** The latest earlier substantive utterance by someone else; the latest by anyone else when there is none. */
function listenedTo(ctx: ConversationContext, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - LISTENED_REACH; k--) {
    if (ctx.speakerOf[k] !== ctx.speakerOf[i] && !ctx.backchannel[k]) return k;
  }
  return ctx.previousOther[i]!;
}

/**
 * @example
 * // Ana 0-6 s "So the plan is to ship on Friday."  Ben 3-3.5 s "Mm-hmm."
 * backchannels(p, ctx)[0] // => { utteranceId: 'u2', speakerId: 's2', toSpeakerId: 's1', words: 'mm-hmm', timing: 'during' }
 */
export function backchannels(p: PreparedTranscript, ctx: ConversationContext): Backchannel[] {
  const utterances = p.transcript.utterances;
  const found: Backchannel[] = [];
  // "Yes." to a question just asked is an answer (a turn), not listening: nlp/backchannel-flags.ts (found once per
  // transcript, shared with turn-taking).
  const flags = backchannelFlags(p);
  for (let i = 0; i < utterances.length; i++) {
    if (!flags[i]) continue;
    const listened = listenedTo(ctx, i);
    if (listened < 0) continue;
    const u = utterances[i]!;
    const other = utterances[listened]!;
    let timing: Backchannel['timing'] = null;
    if (p.transcript.hasTimings && u.startMs !== null && other.endMs !== null) {
      timing = u.startMs < other.endMs ? 'during' : u.startMs - other.endMs <= RIGHT_AFTER_MS ? 'right-after' : 'later';
    }
    found.push({
      utteranceId: u.id,
      speakerId: u.speakerId,
      toSpeakerId: other.speakerId,
      words: ctx.views[i]!.lower.join(' '),
      timing,
    });
  }
  return found;
}
