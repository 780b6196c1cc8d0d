/**
 * The tone analyser's JSON (the `sentiment` field of the Analysis): per utterance, per speaker,
 * over the course of the meeting, moments, tension, politeness and empathy. Every number carries
 * its evidence: the words (with their contributions) or the utterance ids behind it.
 */
import * as z from 'zod';
import { EMPATHY_KINDS } from './data/empathy';
import { POLITENESS_KINDS } from './data/politeness';

export const WordContribution = z.object({
  /** The verbatim span that carried sentiment, with its negator or modifier ("not bad"). */
  word: z.string(),
  /** Its final valence on VADER's -4..+4 scale; the score is sum / sqrt(sum^2 + 15). */
  value: z.number(),
  /** Rules that changed the word's lexicon value (`negator:not`, `modifier:really`, `contrast:but`, `question`). */
  rules: z.array(z.string()),
});

export const UtteranceSentiment = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  /** In [-1, 1]; 0 when no word carried sentiment. */
  score: z.number().min(-1).max(1),
  /** The words that produced the score, verbatim, e.g. `["not bad", "thanks"]`. */
  evidence: z.array(z.string()),
  contributions: z.array(WordContribution),
  /** Meeting talk set to neutral in this utterance ("kill the process"). */
  neutralised: z.array(z.string()),
});

export const Polarity = z.enum(['positive', 'neutral', 'negative']);

export const SpeakerSentiment = z.object({
  speakerId: z.string(),
  utterances: z.number().int().nonnegative(),
  /** Mean and population standard deviation of the speaker's utterance scores (all utterances). */
  mean: z.number(),
  std: z.number(),
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  neutral: z.number().int().nonnegative(),
  positiveUtteranceIds: z.array(z.string()),
  negativeUtteranceIds: z.array(z.string()),
  mostPositiveUtteranceId: z.string().nullable(),
  mostNegativeUtteranceId: z.string().nullable(),
  /** Mean score per part of the meeting (null where the speaker said nothing). */
  course: z.array(z.number().nullable()),
});

export const CoursePart = z.object({
  /** 1-based part number. */
  index: z.number().int().positive(),
  /** Time span of the part (time basis), else null. */
  startMs: z.number().int().nullable(),
  endMs: z.number().int().nullable(),
  /** Word span of the part, 0-based, end exclusive (word basis), else null. */
  startWord: z.number().int().nullable(),
  endWord: z.number().int().nullable(),
  /** Mean score of the utterances that start in the part; null when none does. */
  mean: z.number().nullable(),
  utteranceIds: z.array(z.string()),
});

export const Tension = z.object({
  speakerIds: z.tuple([z.string(), z.string()]),
  /** The consecutive negative turns, in order, as utterance ids. */
  utteranceIds: z.array(z.string()),
  turns: z.number().int().positive(),
  /** Score of each turn (the mean of its utterances' chunk scores), in order. */
  turnScores: z.array(z.number()),
  startMs: z.number().int().nullable(),
});

export const MarkerHit = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  kind: z.string(),
  ruleId: z.string(),
  /** The matched words, verbatim. */
  phrase: z.string(),
});

const markerSpeaker = <K extends readonly [string, ...string[]]>(kinds: K) =>
  z.object({
    speakerId: z.string(),
    total: z.number().int().nonnegative(),
    /** Markers per 100 of the speaker's words, so that talkative people do not look more polite. */
    per100Words: z.number(),
    perKind: z.record(z.enum(kinds), z.number().int().nonnegative()),
    utteranceIds: z.array(z.string()),
  });

/**
 * @example
 * SentimentResult.parse(analyzeSentiment(prepare(transcript)).result) // validates the whole section
 */
export const SentimentResult = z.object({
  /** How the course of the meeting was cut: by time (real timings) or by words. */
  basis: z.enum(['time', 'words']),
  method: z.string(),
  thresholds: z.object({
    positive: z.number(),
    negative: z.number(),
    moment: z.number(),
    tensionTurns: z.number().int(),
    tensionTurnScore: z.number(),
  }),
  utterances: z.array(UtteranceSentiment),
  speakers: z.array(SpeakerSentiment),
  meeting: z.object({
    mean: z.number(),
    std: z.number(),
    positive: z.number().int().nonnegative(),
    negative: z.number().int().nonnegative(),
    neutral: z.number().int().nonnegative(),
  }),
  course: z.array(CoursePart),
  moments: z.object({
    mostPositive: z.array(
      z.object({ utteranceId: z.string(), speakerId: z.string(), score: z.number(), quote: z.string() }),
    ),
    mostNegative: z.array(
      z.object({ utteranceId: z.string(), speakerId: z.string(), score: z.number(), quote: z.string() }),
    ),
  }),
  tension: z.array(Tension),
  politeness: z.object({ speakers: z.array(markerSpeaker(POLITENESS_KINDS)), markers: z.array(MarkerHit) }),
  empathy: z.object({ speakers: z.array(markerSpeaker(EMPATHY_KINDS)), markers: z.array(MarkerHit) }),
});
export type SentimentResult = z.infer<typeof SentimentResult>;
export type UtteranceSentiment = z.infer<typeof UtteranceSentiment>;
export type SpeakerSentiment = z.infer<typeof SpeakerSentiment>;
export type CoursePart = z.infer<typeof CoursePart>;
export type Tension = z.infer<typeof Tension>;
export type MarkerHit = z.infer<typeof MarkerHit>;
