/**
 * Tone: sentiment per utterance (in [-1, 1], with the words behind it), per speaker and over the
 * course of the meeting; the most positive and negative moments; tension between two people;
 * politeness and empathy markers per speaker. Pure rules over the prepared tokens.
 * Definitions, thresholds and sources: analyzers/sentiment/README.md. One name: the analyser and its JSON
 * section are `sentiment`; readers see it as "tone" (the word the report uses for what it measures).
 *
 * This folder: index (the analyser), schema.ts, thresholds.ts (tone bands and the rest), data/ (lexicon and
 * rules), README.md; tests in test/analyzers/sentiment/. May import src/model and analyzers/nlp only.
 */
import type { Finding } from '../../src/model/finding';
import type { PreparedTranscript } from '../nlp/prepare';
import { addressName } from '../nlp/names';
import { SCORING } from './data/sentiment-rules';
import { course, speakerCourses } from './course';
import { pickMoments, ScoredUtterance, sentimentFindings } from './findings';
import { countMarkers } from './markers';
import { SentimentResult, type SpeakerSentiment, type UtteranceSentiment } from './schema';
import { scoreTokens } from './score-utterance';
import { mean, round, std } from './stats';
import { toneSense, type ToneSense } from './senses';
import { findTension } from './tension';
import { SENTIMENT_THRESHOLDS as T } from './thresholds';

export { SentimentResult } from './schema';
export { scoreText, scoreTokens } from './score-utterance';

const METHOD =
  'Lexicon and rules: VADER lexicon (Hutto & Gilbert 2014) plus meeting vocabulary; negation, intensity modifiers, ' +
  'contrast, questions, caps and "!" emphasis; meeting talk ("kill the process", "fix the bug") neutral. ' +
  `score = S / sqrt(S^2 + ${SCORING.alpha}), S = sum of word valences (-4..+4 each).`;

/**
 * @example
 * const p = prepare(makeTranscript([['Ana', 'Great work, thanks!'], ['Ben', 'Not bad, but the demo crashed.']]));
 * const { result } = analyzeSentiment(p);
 * result.utterances[0].evidence // => ['Great', 'thanks']
 * result.utterances[1].score < 0 // => true
 */
export function analyzeSentiment(p: PreparedTranscript): { result: SentimentResult; findings: Finding[] } {
  const { transcript } = p;
  const scored: ScoredUtterance[] = [];
  const utterances: UtteranceSentiment[] = [];
  const scores: number[] = [];
  const speakerIds: string[] = [];
  // Indexed loops, no map() with a closure per utterance: this runs for every utterance of the meeting.
  for (let index = 0; index < transcript.utterances.length; index++) {
    const u = transcript.utterances[index]!;
    const s = scoreTokens(u.text, p.tokens[index]!, p.lower[index]!, p.lexicon, p.formStart[index]);
    scored.push(new ScoredUtterance(index, s.score, s.chunkScores, s.contributions));
    // Utterances without a sentiment word (most) share the empty lists: fewer objects kept alive to the end.
    const none = s.contributions.length === 0;
    const evidence: string[] = none ? NO_EVIDENCE : [];
    const contributions: UtteranceSentiment['contributions'] = none ? NO_CONTRIBUTIONS : [];
    for (let k = 0; k < s.contributions.length; k++) {
      const c = s.contributions[k]!;
      evidence.push(c.word);
      contributions.push({ word: c.word, value: c.value, rules: c.rules });
    }
    utterances.push(new UtteranceScore(u.id, u.speakerId, s.score, evidence, contributions, s.neutralised));
    scores.push(s.score);
    speakerIds.push(u.speakerId);
  }
  const shape = course(p, scores, T.courseParts);

  const bySpeaker = new Map<string, UtteranceSentiment[]>(transcript.speakers.map((s) => [s.id, []]));
  for (const u of utterances) bySpeaker.get(u.speakerId)?.push(u);
  const courses = speakerCourses(shape.partOf, speakerIds, scores, T.courseParts);
  const speakers: SpeakerSentiment[] = transcript.speakers.map((speaker) => {
    const mine = bySpeaker.get(speaker.id) ?? [];
    const values = mine.map((u) => u.score);
    const best = extreme(mine, 1);
    const worst = extreme(mine, -1);
    return {
      speakerId: speaker.id,
      utterances: mine.length,
      mean: round(mean(values)),
      std: round(std(values)),
      ...polarityCounts(values),
      positiveUtteranceIds: mine.filter((u) => u.score > T.positive).map((u) => u.utteranceId),
      negativeUtteranceIds: mine.filter((u) => u.score < T.negative).map((u) => u.utteranceId),
      mostPositiveUtteranceId: best,
      mostNegativeUtteranceId: worst,
      course: courses.get(speaker.id) ?? new Array<number | null>(T.courseParts).fill(null),
    };
  });

  const senses = toneSenses(p, scored);
  const moments = pickMoments(p, scored, senses);
  const tension = findTension(
    p,
    scored,
    senses.map((s) => s.directed.length > 0),
    { negative: T.tensionTurnScore, minTurns: T.tensionMinTurns, minDirectedTurns: T.tensionMinDirectedTurns },
  );
  const { politeness, empathy } = countMarkers(p);
  const result: SentimentResult = {
    basis: shape.basis,
    method: METHOD,
    thresholds: {
      positive: T.positive,
      negative: T.negative,
      moment: T.momentMinAbsScore,
      tensionTurns: T.tensionMinTurns,
      tensionTurnScore: T.tensionTurnScore,
    },
    utterances,
    speakers,
    meeting: { mean: round(mean(scores)), std: round(std(scores)), ...polarityCounts(scores) },
    course: shape.parts,
    moments,
    tension,
    politeness,
    empathy,
  };
  return { result, findings: sentimentFindings(p, tension, scored, senses) };
}

/** The lists of an utterance without sentiment words: shared, so frozen (see NO_CONTRIBUTIONS in score-utterance.ts). */
const NO_EVIDENCE = Object.freeze([]) as unknown as string[];
const NO_CONTRIBUTIONS = Object.freeze([]) as unknown as UtteranceSentiment['contributions'];

/** The tone sense of every utterance; names are the other speakers' first names (for "Thanks, Karl"), no titles. */
function toneSenses(p: PreparedTranscript, scored: readonly ScoredUtterance[]): ToneSense[] {
  const firstNames = p.transcript.speakers
    .map((s) => [addressName(s.name), s.id] as const)
    .filter((x): x is readonly [string, string] => x[0] !== null);
  const others = new Map(
    p.transcript.speakers.map((s) => [s.id, new Map(firstNames.filter(([, id]) => id !== s.id))] as const),
  );
  return p.transcript.utterances.map((u, i) =>
    toneSense(u.text, scored[i]!.contributions, scored[i]!.score, others.get(u.speakerId) ?? new Map()),
  );
}

/**
 * One entry of `result.utterances`. A class rather than an object literal: scores mix 0 and
 * fractions, and readers of the literal's objects (the per-person extremes) fell into a V8
 * deoptimisation loop in Node 20 ("wrong map" ~40 times per bench run). Serialises like the literal.
 */
class UtteranceScore implements UtteranceSentiment {
  constructor(
    readonly utteranceId: string,
    readonly speakerId: string,
    readonly score: number,
    readonly evidence: string[],
    readonly contributions: UtteranceSentiment['contributions'],
    readonly neutralised: string[],
  ) {}
}

function polarityCounts(values: readonly number[]): { positive: number; negative: number; neutral: number } {
  let positive = 0;
  let negative = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (v > T.positive) positive++;
    else if (v < T.negative) negative++;
  }
  return { positive, negative, neutral: values.length - positive - negative };
}

/** The utterance with the highest (direction 1) or lowest (-1) score, if it is on that side of the thresholds. */
function extreme(list: readonly UtteranceSentiment[], direction: 1 | -1): string | null {
  let best: UtteranceSentiment | null = null;
  for (let k = 0; k < list.length; k++) {
    const u = list[k]!;
    if (u.score * direction > (best ? best.score * direction : direction === 1 ? T.positive : -T.negative)) best = u;
  }
  return best?.utteranceId ?? null;
}
