/**
 * Per-utterance facts every turn-taking module reads, computed once: word counts, back-channel
 * flags, and the events the parser found at the end of each utterance.
 */
import type { Utterance } from '../../src/model/transcript';
import { backchannelFlags } from '../nlp/backchannel-flags';
import type { PreparedTranscript } from '../nlp/prepare';
import type { Token } from '../nlp/tokenize';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';

export interface TurnContext {
  prepared: PreparedTranscript;
  utterances: Utterance[];
  tokens: Token[][];
  /** True when utterances carry real start/end times. */
  timed: boolean;
  /** Words (tokens) per utterance. */
  words: number[];
  /** Whether each utterance is a back-channel: only "mm-hmm", "yeah, right"..., and not the answer to a question. */
  backchannel: readonly boolean[];
  /** Kinds of non-speech events found at the end of each utterance (e.g. `disfluency`). */
  endEvents: Map<number, Set<string>>;
}

/**
 * @example
 * const ctx = turnContext(prepare(makeTranscript([['Ana', 'Mm-hmm.'], ['Ben', 'So the plan is simple.']])));
 * ctx.backchannel // => [true, false]; ctx.words // => [1, 5]
 */
export function turnContext(prepared: PreparedTranscript): TurnContext {
  const { transcript, tokens } = prepared;
  const utterances = transcript.utterances;
  const timed = transcript.hasTimings && utterances.every((u) => u.startMs !== null && u.endMs !== null);
  const words = tokens.map((t) => t.length);
  // By content and position: a short answer to a question is a turn (nlp/backchannel-flags.ts).
  const backchannel = backchannelFlags(prepared);
  const endEvents = new Map<number, Set<string>>();
  for (const e of transcript.events) {
    if (e.position !== 'end' || e.utteranceId === null) continue;
    const i = prepared.utteranceIndex.get(e.utteranceId);
    if (i === undefined) continue;
    const kinds = endEvents.get(i) ?? new Set<string>();
    kinds.add(e.kind);
    endEvents.set(i, kinds);
  }
  return { prepared, utterances, tokens, timed, words, backchannel, endEvents };
}

/**
 * Whether a speaker is the "Unknown speaker" bucket of unattributed cues: nobody, in every count and finding.
 *
 * @example
 * isUnattributed(ctx, 's6') // => true when s6 is "Unknown speaker"
 */
export function isUnattributed(ctx: TurnContext, speakerId: string): boolean {
  return ctx.prepared.speakerById.get(speakerId)?.name === UNATTRIBUTED_LABEL;
}
