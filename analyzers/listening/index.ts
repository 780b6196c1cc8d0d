/**
 * The listening analyser: signs in the words that people heard each other.
 *
 * - back-channels given ("mm-hmm", "right"), placed in time when timings are real;
 * - follow-up questions that take up the previous speaker's words;
 * - paraphrases ("so what you're saying is ...");
 * - building on others ("building on that", "yes, and ...").
 *
 * Per person counts with their evidence; definitions in analyzers/listening/README.md.
 *
 * This folder: index (the analyser and its schema), the three detectors, data/ (marker phrases), README.md;
 * tests in test/analyzers/listening/. May import src/model and analyzers/nlp only.
 */
import * as z from 'zod';
import { Evidence, type Finding } from '../../src/model/finding';
import { conversationContext } from '../nlp/context';
import { FindingCollector, nameOf } from '../nlp/finding-collector';
import { Backchannel, backchannels } from './backchannels';
import { FollowUpQuestion, followUpQuestions } from './follow-up-questions';
import { ListeningMarker, listeningMarkers } from './markers';
import type { PreparedTranscript } from '../nlp/prepare';
import { CONFIDENT_SHARED_WORDS } from './thresholds';
import { GUESSED_MARKER_RULES } from './data/building-on';
import { GUESSED_PARAPHRASE_RULES } from './data/paraphrase-markers';

const Count = z.object({ count: z.number().int().nonnegative(), evidence: Evidence });

export const SpeakerListening = z.object({
  speakerId: z.string(),
  backchannels: Count.extend({
    /** Back-channels that started while the other person was still speaking; null without timings. */
    during: z.number().int().nonnegative().nullable(),
    /** Back-channels within a second of the other's speech ending; null without timings. */
    rightAfter: z.number().int().nonnegative().nullable(),
  }),
  followUpQuestions: Count,
  paraphrases: Count,
  buildingOn: Count,
});
export type SpeakerListening = z.infer<typeof SpeakerListening>;

export const ListeningResult = z.object({
  /** `time` when back-channels could be placed in time (real timings), else `words` (order only). */
  basis: z.enum(['time', 'words']),
  speakers: z.array(SpeakerListening),
  backchannels: z.array(Backchannel),
  followUpQuestions: z.array(FollowUpQuestion),
  paraphrases: z.array(ListeningMarker),
  buildingOn: z.array(ListeningMarker),
});
export type ListeningResult = z.infer<typeof ListeningResult>;

/**
 * Runs the listening analysis.
 *
 * @example
 * const p = prepare(makeTranscript([['Ana', 'The export fails for big accounts.'], ['Ben', 'Mm-hmm.'], ['Ben', 'Which big accounts fail?']]));
 * const { result } = analyzeListening(p);
 * result.speakers[1].backchannels.count      // => 1
 * result.followUpQuestions[0].sharedWords    // => ['big', 'accounts', 'fail']
 */
export function analyzeListening(p: PreparedTranscript): { result: ListeningResult; findings: Finding[] } {
  const ctx = conversationContext(p);
  const out = new FindingCollector('listening', p);
  const channels = backchannels(p, ctx);
  const markers = listeningMarkers(p, ctx);
  // One move, one reading: "Are you saying that landmarks are correlated with ...?" restates the point to check it,
  // and its shared words made it a follow-up too; a coach counted it twice (review r23). The paraphrase, the more
  // specific reading, keeps it; a question in another sentence of the utterance can still be a follow-up.
  const restated = new Map(markers.paraphrases.map((m) => [p.utteranceIndex.get(m.utteranceId)!, m]));
  const questions = followUpQuestions(p, ctx, restated);

  for (const f of questions.followUps) {
    const i = p.utteranceIndex.get(f.utteranceId)!;
    const span = questions.spans.get(i)!;
    out.add({
      // Uptake read from shared words: a guess unless much of the question repeats what was said.
      confidence: f.sharedWords.length >= CONFIDENT_SHARED_WORDS ? 'medium' : 'low',
      evidenceType: 'lexical-marker',
      kind: 'follow-up-question',
      ruleId: 'follow-up-question',
      speakerId: f.speakerId,
      utterance: i,
      quoteStart: span.start,
      quoteEnd: span.end,
      severity: 'info',
      targetSpeakerId: f.toSpeakerId,
      suggestion: null,
      note: `${nameOf(p, f.speakerId)} asked a follow-up on ${nameOf(p, f.toSpeakerId)}'s words (${f.sharedWords.join(', ')}). Follow-up questions show the speaker was heard.`,
    });
  }
  for (const [kind, list, why] of [
    [
      'paraphrase',
      markers.paraphrases,
      "Restating a point in one's own words checks understanding and shows it was heard.",
    ],
    [
      'building-on',
      markers.buildingOn,
      "Extending someone's point, rather than changing the subject, keeps their idea in play.",
    ],
  ] as const) {
    for (const m of list) {
      const i = p.utteranceIndex.get(m.utteranceId)!;
      out.add({
        confidence: markerConfidence(m),
        evidenceType: 'lexical-marker',
        kind,
        ruleId: m.ruleId,
        speakerId: m.speakerId,
        utterance: i,
        quoteStart: m.start,
        quoteEnd: m.end,
        severity: 'info',
        targetSpeakerId: m.toSpeakerId,
        suggestion: null,
        note: `${nameOf(p, m.speakerId)} ${kind === 'paraphrase' ? 'paraphrased' : 'built on'} ${nameOf(p, m.toSpeakerId)}. ${why}`,
      });
    }
  }

  const timed = p.transcript.hasTimings;
  const ids = [...new Set(ctx.speakerOf)];
  // Grouped by speaker in one pass each: filtering every list per speaker cost speakers x items (114 speakers at 250k words).
  const mine = {
    channels: bySpeaker(ids, channels),
    followUps: bySpeaker(ids, questions.followUps),
    paraphrases: bySpeaker(ids, markers.paraphrases),
    buildingOn: bySpeaker(ids, markers.buildingOn),
  };
  const markerWord = (m: ListeningMarker) => (m.marker ?? m.quote).toLowerCase();
  const speakers = ids.map((speakerId): SpeakerListening => {
    const theirChannels = mine.channels.get(speakerId)!;
    return {
      speakerId,
      backchannels: {
        ...count(theirChannels, (b) => b.words),
        during: timed ? countWhere(theirChannels, (b) => b.timing === 'during') : null,
        rightAfter: timed ? countWhere(theirChannels, (b) => b.timing === 'right-after') : null,
      },
      followUpQuestions: countAll(mine.followUps.get(speakerId)!, (f) => f.sharedWords),
      paraphrases: count(mine.paraphrases.get(speakerId)!, markerWord),
      buildingOn: count(mine.buildingOn.get(speakerId)!, markerWord),
    };
  });
  const result: ListeningResult = {
    basis: timed ? 'time' : 'words',
    speakers,
    backchannels: channels,
    followUpQuestions: questions.followUps,
    paraphrases: markers.paraphrases,
    buildingOn: markers.buildingOn,
  };
  return { result, findings: out.findings };
}

/**
 * How sure a paraphrase or building-on reading is: `low` for generic openers whose sense is a guess ("yes,
 * and", "I agree, and", "on top of that", "you mean ...") and for markers that name nobody and follow a back-and-forth
 * (the person built on is inferred); `medium` for explicit phrases ("what you're saying is", "building on
 * Sam's point"). Never `high`: the words show the move, not that it was accurate.
 *
 * @example
 * markerConfidence({ ruleId: 'yes-and', ... }) // => 'low'
 */
export function markerConfidence(m: ListeningMarker): 'low' | 'medium' {
  return GUESSED_MARKER_RULES.has(m.ruleId) || GUESSED_PARAPHRASE_RULES.has(m.ruleId) ? 'low' : 'medium';
}

/** Items per speaker, in their order; every speaker of `ids` gets a list (empty when they have none). */
function bySpeaker<T extends { speakerId: string }>(ids: readonly string[], items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const id of ids) groups.set(id, []);
  for (const item of items) groups.get(item.speakerId)?.push(item);
  return groups;
}

function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (test(item)) n++;
  return n;
}

/** A count with its evidence: the utterance ids and the distinct words behind it (one word per item). */
function count<T extends { utteranceId: string }>(
  items: readonly T[],
  word: (item: T) => string,
): z.infer<typeof Count> {
  const ids = new Set<string>();
  const words = new Set<string>();
  for (const x of items) {
    ids.add(x.utteranceId);
    words.add(word(x));
  }
  return { count: items.length, evidence: { utteranceIds: [...ids], words: [...words] } };
}

/** A count with its evidence, several words per item. */
function countAll<T extends { utteranceId: string }>(
  items: readonly T[],
  words: (item: T) => readonly string[],
): z.infer<typeof Count> {
  const ids = new Set<string>();
  const all = new Set<string>();
  for (const x of items) {
    ids.add(x.utteranceId);
    for (const w of words(x)) all.add(w);
  }
  return { count: items.length, evidence: { utteranceIds: [...ids], words: [...all] } };
}
