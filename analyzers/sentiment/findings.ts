/**
 * Tone findings: the most positive and most negative moments, and tension between two people.
 * Every quote is a verbatim slice of the utterance it cites.
 */
import type { AnalyzerName, Finding } from '../../src/model/finding';
import type { PreparedTranscript } from '../nlp/prepare';
import type { Token } from '../nlp/tokenize';
import type { Contribution } from './score-utterance';
import type { Tension } from './schema';
import { SENTIMENT_THRESHOLDS as T } from './thresholds';

const ANALYZER: AnalyzerName = 'sentiment';

/**
 * An utterance's score, kept for the findings. A class for the same reason as the scorer's
 * SentimentUnit: scores mix 0 and fractions, and the object literal sent V8 into a deoptimisation
 * loop ("lost precision or NaN" 65 times per bench run).
 *
 * @example
 * new ScoredUtterance(0, 0.44, [0.44], []).score // => 0.44
 */
export class ScoredUtterance {
  constructor(
    /** Index of the utterance in the transcript. */
    readonly index: number,
    readonly score: number,
    readonly chunkScores: number[],
    readonly contributions: Contribution[],
  ) {}
}

export interface Moment {
  utteranceId: string;
  speakerId: string;
  score: number;
  quote: string;
}

/**
 * The sentence around the strongest word that pulls the score its way; when that sentence is
 * longer than `maxQuoteChars`, the `QUOTE_CONTEXT_WORDS` words either side of it. Always a
 * verbatim slice of `text`, cut at word boundaries.
 *
 * @example
 * const text = 'We met. The demo crashed badly. Then lunch.';
 * momentQuote(text, tokenize(text), scoreText(text).contributions, -0.4) // => 'The demo crashed badly.'
 */
export function momentQuote(
  text: string,
  tokens: readonly Token[],
  contributions: readonly Contribution[],
  score: number,
): string {
  let strongest: Contribution | undefined;
  for (const c of contributions)
    if (Math.sign(c.value) === Math.sign(score) && (!strongest || Math.abs(c.value) > Math.abs(strongest.value)))
      strongest = c;
  if (!strongest) return text.trim();
  let from = strongest.start;
  while (from > 0 && !(/[.!?]/.test(text[from - 1]!) && /\s/.test(text[from] ?? ' '))) from--;
  let to = strongest.end;
  while (to < text.length && !/[.!?]/.test(text[to - 1]!)) to++;
  const sentence = text.slice(from, to).trim();
  if (sentence.length <= T.maxQuoteChars) return sentence;
  const first = tokens.findIndex((t) => t.end > strongest.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < strongest.end) last++;
  const a = tokens[Math.max(0, first - QUOTE_CONTEXT_WORDS)]!;
  const b = tokens[Math.min(tokens.length - 1, last + QUOTE_CONTEXT_WORDS)]!;
  return text.slice(a.start, b.end);
}

/** Words kept either side of the strongest word when its sentence is too long to quote whole. */
const QUOTE_CONTEXT_WORDS = 8;

/**
 * The most positive and most negative utterances (at most `momentsPerKind` each, |score| >= the moment threshold).
 *
 * @example
 * pickMoments(p, scored).mostPositive[0] // => { utteranceId: 'u1', speakerId: 's1', score: 0.625, quote: 'This is great.' }
 */
export function pickMoments(
  p: PreparedTranscript,
  scored: readonly ScoredUtterance[],
): { mostPositive: Moment[]; mostNegative: Moment[] } {
  const toMoment = (s: ScoredUtterance): Moment => {
    const u = p.transcript.utterances[s.index]!;
    return {
      utteranceId: u.id,
      speakerId: u.speakerId,
      score: s.score,
      quote: momentQuote(u.text, p.tokens[s.index]!, s.contributions, s.score),
    };
  };
  // Ties keep transcript order (sort is stable): the earlier moment comes first.
  const positive = scored.filter((s) => s.score >= T.momentMinAbsScore).sort((a, b) => b.score - a.score);
  const negative = scored.filter((s) => s.score <= -T.momentMinAbsScore).sort((a, b) => a.score - b.score);
  return {
    mostPositive: positive.slice(0, T.momentsPerKind).map(toMoment),
    mostNegative: negative.slice(0, T.momentsPerKind).map(toMoment),
  };
}

/**
 * Findings for moments and tension runs.
 *
 * @example
 * sentimentFindings(p, moments, tension, scored).map((f) => f.kind) // => ['positive-moment', 'negative-moment', 'tension']
 */
export function sentimentFindings(
  p: PreparedTranscript,
  moments: { mostPositive: Moment[]; mostNegative: Moment[] },
  tension: readonly Tension[],
  scored: readonly ScoredUtterance[],
): Finding[] {
  const name = (id: string) => p.speakerById.get(id)?.name ?? id;
  const startOf = (utteranceId: string) => p.transcript.utterances[p.utteranceIndex.get(utteranceId)!]!.startMs;
  const words = (utteranceId: string) =>
    scored[p.utteranceIndex.get(utteranceId)!]!.contributions.map(
      (c) => `"${c.word}" (${c.value > 0 ? '+' : ''}${c.value})`,
    ).join(', ');
  const findings: Finding[] = [];

  moments.mostPositive.forEach((m, rank) =>
    findings.push({
      id: p.findingIds.next(ANALYZER, 'most-positive', m.utteranceId),
      analyzer: ANALYZER,
      kind: 'positive-moment',
      ruleId: 'most-positive',
      speakerId: m.speakerId,
      utteranceId: m.utteranceId,
      startMs: startOf(m.utteranceId),
      quote: m.quote,
      suggestion: null,
      note: `One of the most positive moments (#${rank + 1}, score ${signed(m.score)}) from ${name(m.speakerId)}; words: ${words(m.utteranceId)}.`,
      severity: 'info',
      targetSpeakerId: null,
      confidence: 'low',
      evidenceType: 'lexical-marker',
    }),
  );
  moments.mostNegative.forEach((m, rank) =>
    findings.push({
      id: p.findingIds.next(ANALYZER, 'most-negative', m.utteranceId),
      analyzer: ANALYZER,
      kind: 'negative-moment',
      ruleId: 'most-negative',
      speakerId: m.speakerId,
      utteranceId: m.utteranceId,
      startMs: startOf(m.utteranceId),
      quote: m.quote,
      suggestion: 'Acknowledge the concern before moving on, and agree who follows it up.',
      note: `One of the most negative moments (#${rank + 1}, score ${signed(m.score)}) from ${name(m.speakerId)}; words: ${words(m.utteranceId)}.`,
      severity: 'info',
      targetSpeakerId: null,
      confidence: 'low',
      evidenceType: 'lexical-marker',
    }),
  );
  for (const t of tension) {
    // Cite the most negative utterance of the run.
    let worst = t.utteranceIds[0]!;
    for (const id of t.utteranceIds)
      if (scored[p.utteranceIndex.get(id)!]!.score < scored[p.utteranceIndex.get(worst)!]!.score) worst = id;
    const worstScored = scored[p.utteranceIndex.get(worst)!]!;
    const u = p.transcript.utterances[worstScored.index]!;
    findings.push({
      id: p.findingIds.next(ANALYZER, 'tension', t.utteranceIds[0]!),
      analyzer: ANALYZER,
      kind: 'tension',
      ruleId: 'negative-exchange-run',
      speakerId: t.speakerIds[0],
      utteranceId: worst,
      startMs: u.startMs,
      quote: momentQuote(u.text, p.tokens[worstScored.index]!, worstScored.contributions, worstScored.score),
      suggestion:
        'Pause the back-and-forth: name the disagreement, summarise each side in one sentence, and agree how to decide.',
      note: `${name(t.speakerIds[0])} and ${name(t.speakerIds[1])} exchanged ${t.turns} negative turns in a row (${t.utteranceIds[0]}–${t.utteranceIds[t.utteranceIds.length - 1]}; turn scores ${t.turnScores.map(signed).join(', ')}).`,
      severity: t.turns >= T.tensionHighTurns ? 'high' : 'medium',
      targetSpeakerId: t.speakerIds[1],
      confidence: 'medium',
      evidenceType: 'lexical-marker',
    });
  }
  return findings;
}

function signed(x: number): string {
  return `${x > 0 ? '+' : ''}${x.toFixed(2)}`;
}
