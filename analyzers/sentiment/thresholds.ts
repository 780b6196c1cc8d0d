/**
 * The tone (sentiment) analyser's thresholds in one place, each with the reason for its value; the
 * commentary and the PDF read the tone bands from here too (test/analyzers/thresholds.test.ts).
 * Documented in analyzers/sentiment/README.md.
 *
 * @example
 * score > SENTIMENT_THRESHOLDS.positive // the utterance counts as positive
 */
export const SENTIMENT_THRESHOLDS = {
  /**
   * An utterance is positive above +0.05 and negative below -0.05: VADER's documented convention
   * for its compound score, which our score shares (same lexicon scale, same normalisation).
   */
  positive: 0.05,
  negative: -0.05,
  /**
   * A "moment" needs |score| >= 0.3: one mild word ("okay" 0.23, "fine" 0.2) is not a moment,
   * one clear word is ("good" 0.44, "problem" -0.4).
   */
  momentMinAbsScore: 0.3,
  /** How many most-positive and most-negative moments are kept (positive ones become findings). */
  momentsPerKind: 3,
  /**
   * A most-negative moment needs this many distinct negative words, or negative affect aimed at the hearer:
   * in real meetings one negative word is mostly a topic ("problems", "injury", "lost", "assault"), and a
   * coach's review of 7 corpus meetings found 14 of 23 one-word moments wrong (issue 11).
   */
  negativeMomentMinWords: 2,
  /**
   * Tension also needs this many turns of the run to aim negative affect at the other person
   * (blame, contempt, a negative remark said to them): both sides, or one side twice. Shared bad
   * news and sympathy never make tension (issue 11).
   */
  tensionMinDirectedTurns: 2,
  /** Tension: at least this many consecutive negative turns alternating between the same two people. */
  tensionMinTurns: 3,
  /**
   * A turn counts as negative for tension at or below -0.2: clearly negative ("problem" -0.4,
   * "that's wrong" -0.48), not one mildly negative topic word ("weird" -0.18), which in the ICSI
   * meetings produced runs in calm discussions.
   */
  tensionTurnScore: -0.2,
  /** Tension findings of this many turns or more are `high` severity, shorter ones `medium`. */
  tensionHighTurns: 5,
  /** The course of the meeting is reported in this many equal parts (tenths). */
  courseParts: 10,
  /** Quotes longer than this many characters are cut to the words that carried the score. */
  maxQuoteChars: 200,
} as const;

/** How a score, or a mean of scores, reads. */
export type SentimentBand = 'positive' | 'neutral' | 'negative';

/**
 * Positive above SENTIMENT_THRESHOLDS.positive, negative below SENTIMENT_THRESHOLDS.negative, neutral between.
 *
 * @example
 * sentimentBand(0.12)  // => 'positive'
 * sentimentBand(0.05)  // => 'neutral' (the bound itself is neutral)
 * sentimentBand(-0.3)  // => 'negative'
 */
export function sentimentBand(score: number): SentimentBand {
  return score > SENTIMENT_THRESHOLDS.positive
    ? 'positive'
    : score < SENTIMENT_THRESHOLDS.negative
      ? 'negative'
      : 'neutral';
}

/**
 * A meeting's mean tone in words, as the commentary and the PDF's headlines say it: its band "on average", and
 * "slightly" when the mean lies within twice the band's bound. "Mostly positive" for a mean of +0.07, with 44% of the
 * utterances positive and 29% negative, claimed more than the words showed (review r32).
 *
 * @example
 * meanToneWords(0.07)  // => 'slightly positive on average'
 * meanToneWords(0.3)   // => 'positive on average'
 * meanToneWords(0.02)  // => 'neutral on average'
 * meanToneWords(-0.12) // => 'negative on average'
 */
export function meanToneWords(mean: number): string {
  const band = sentimentBand(mean);
  const bound = band === 'positive' ? SENTIMENT_THRESHOLDS.positive : SENTIMENT_THRESHOLDS.negative;
  const slight = band !== 'neutral' && Math.abs(mean) <= 2 * Math.abs(bound);
  return `${slight ? 'slightly ' : ''}${band} on average`;
}
