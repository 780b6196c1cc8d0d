/**
 * Tone findings: the most positive moments, remarks aimed at a person, and tension between two people.
 * Every quote is a verbatim slice of the utterance it cites.
 */
import type { AnalyzerName, Finding } from '../../src/model/finding';
import type { PreparedTranscript } from '../nlp/prepare';
import type { Token } from '../nlp/tokenize';
import type { Contribution } from './score-utterance';
import type { Tension } from './schema';
import { onlyLaughOrSarcasm, sympathetic, type DirectedSentence, type ToneSense } from './senses';
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
 * The most positive and most negative utterances (at most `momentsPerKind` each, |score| >= the moment
 * threshold). Sympathy ("sorry for your loss") is no negative moment; a laugh or sarcasm ("thanks for
 * nothing") alone is no positive one. A negative moment needs two negative words or a remark aimed at the
 * hearer: one word alone is mostly a topic ("problems", "lost").
 *
 * @example
 * pickMoments(p, scored, senses).mostPositive[0]
 * // => { utteranceId: 'u1', speakerId: 's1', score: 0.625, quote: 'This is great.' }
 */
export function pickMoments(
  p: PreparedTranscript,
  scored: readonly ScoredUtterance[],
  senses: readonly ToneSense[],
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
  const positive = scored
    .filter((s) => s.score >= T.momentMinAbsScore && !onlyLaughOrSarcasm(senses[s.index]!, s.contributions))
    .sort((a, b) => b.score - a.score);
  const negative = scored
    .filter(
      (s) =>
        s.score <= -T.momentMinAbsScore &&
        !sympathetic(senses[s.index]!) &&
        (senses[s.index]!.directed.length > 0 || negativeWords(s) >= T.negativeMomentMinWords),
    )
    .sort((a, b) => a.score - b.score);
  return {
    mostPositive: positive.slice(0, T.momentsPerKind).map(toMoment),
    mostNegative: negative.slice(0, T.momentsPerKind).map(toMoment),
  };
}

/**
 * Findings for remarks aimed at a person and tension runs, which rest on affect aimed at a person (senses.ts)
 * and are coachable. The most positive and negative moments are measurements only (sentiment.moments).
 *
 * @example
 * sentimentFindings(p, tension, scored, senses).map((f) => f.kind)
 * // => ['negative-moment' (a remark at a person), 'tension']
 */
export function sentimentFindings(
  p: PreparedTranscript,
  tension: readonly Tension[],
  scored: readonly ScoredUtterance[],
  senses: readonly ToneSense[],
): Finding[] {
  const name = (id: string) => p.speakerById.get(id)?.name ?? id;
  const findings: Finding[] = remarkFindings(p, senses, name);

  // The most negative and most positive moments are not findings: a coach found none of 22 negative ones to be a
  // negative moment in tone (topic words such as "offence", "problem", "lost" carry the score), and 24 of 58
  // positive ones debatable or wrong (a survey result, "pretty" for "fairly", a set-up for a debunking; review
  // r11). They stay measurements in sentiment.moments, shown with the words behind them; a remark aimed at a
  // person is a finding (above).
  for (const t of tension) {
    // The person who aimed most at the other is the one the finding is about, quoted in their own words.
    const attacks = (id: string) =>
      t.utteranceIds
        .filter((u) => p.transcript.utterances[p.utteranceIndex.get(u)!]!.speakerId === id)
        .reduce((n, u) => n + senses[p.utteranceIndex.get(u)!]!.directed.filter((d) => d.move === 'attack').length, 0);
    const [first, second] = t.speakerIds;
    const by = attacks(second) > attacks(first) ? second : first;
    const other = by === first ? second : first;
    const theirs = t.utteranceIds.filter((u) => p.transcript.utterances[p.utteranceIndex.get(u)!]!.speakerId === by);
    const aimed = theirs.filter((u) => senses[p.utteranceIndex.get(u)!]!.directed.length > 0);
    const pool = aimed.length > 0 ? aimed : theirs;
    let worst = pool[0]!;
    for (const id of pool)
      if (scored[p.utteranceIndex.get(id)!]!.score < scored[p.utteranceIndex.get(worst)!]!.score) worst = id;
    const index = p.utteranceIndex.get(worst)!;
    const u = p.transcript.utterances[index]!;
    const worstScored = scored[index]!;
    const directed = senses[index]!.directed[0];
    findings.push({
      id: p.findingIds.next(ANALYZER, 'tension', t.utteranceIds[0]!),
      analyzer: ANALYZER,
      kind: 'tension',
      ruleId: 'negative-exchange-run',
      speakerId: by,
      utteranceId: worst,
      startMs: u.startMs,
      quote: directed
        ? sentenceQuote(u.text, directed, p.tokens[index]!, worstScored)
        : momentQuote(u.text, p.tokens[index]!, worstScored.contributions, worstScored.score),
      suggestion:
        'Pause the back-and-forth: name the disagreement, summarise each side in one sentence, and agree how to decide.',
      note: `${name(by)} and ${name(other)} exchanged ${t.turns} negative turns in a row, with remarks aimed at each other (${t.utteranceIds[0]}–${t.utteranceIds[t.utteranceIds.length - 1]}; turn scores ${t.turnScores.map(signed).join(', ')}).`,
      severity: t.turns >= T.tensionHighTurns ? 'high' : 'medium',
      targetSpeakerId: other,
      // Affect aimed at a person on both sides, turn after turn: a coach would raise it.
      confidence: 'medium',
      evidenceType: 'lexical-marker',
    });
  }
  return findings;
}

/**
 * A remark aimed at a person: a sentence with blame, contempt or a negative word said to someone
 * ("Honestly, Anna, that demo was a waste of everyone's time"). Pushback ("that is unfair") makes an
 * exchange tense but is no remark to reflect on. Severity low, confidence medium: the affect and its
 * addressee are both in the words.
 */
function remarkFindings(p: PreparedTranscript, senses: readonly ToneSense[], name: (id: string) => string): Finding[] {
  const out: Finding[] = [];
  const { utterances } = p.transcript;
  // With two people the listener is the other one; in a group the previous speaker is often the chair or
  // someone else, so only a name says whom a remark was aimed at (a wrong name is a wrong accusation).
  const twoPeople = atMostTwoSpeakers(utterances);
  senses.forEach((sense, index) => {
    const attack = sense.directed.find((d) => d.move === 'attack');
    if (!attack) return;
    const u = utterances[index]!;
    let target = sense.addressedSpeakerId;
    for (let k = index - 1; target === null && twoPeople && k >= 0; k--)
      if (utterances[k]!.speakerId !== u.speakerId) target = utterances[k]!.speakerId;
    const markers = attack.markers.length > 0 ? ` (${attack.markers.join(', ')})` : '';
    out.push({
      id: p.findingIds.next(ANALYZER, 'remark-at-person', u.id),
      analyzer: ANALYZER,
      kind: 'negative-moment',
      ruleId: 'remark-at-person',
      speakerId: u.speakerId,
      utteranceId: u.id,
      startMs: u.startMs,
      quote: u.text.slice(attack.start, attack.end).slice(0, T.maxQuoteChars).trim(),
      suggestion: 'Make the same point about the work, not the person, and say what you need next time.',
      note: `A negative remark aimed at ${target === null ? 'the person addressed' : name(target)}${markers}.`,
      severity: 'low',
      targetSpeakerId: target,
      confidence: 'medium',
      evidenceType: 'lexical-marker',
    });
  });
  return out;
}

/** True when at most two people speak; stops at the third (no list of every utterance's speaker). */
function atMostTwoSpeakers(utterances: readonly { speakerId: string }[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < utterances.length; i++) {
    seen.add(utterances[i]!.speakerId);
    if (seen.size > 2) return false;
  }
  return true;
}

/** The directed sentence, or the words around its strongest word when it is too long to quote whole. */
function sentenceQuote(text: string, d: DirectedSentence, tokens: readonly Token[], s: ScoredUtterance): string {
  const sentence = text.slice(d.start, d.end).trim();
  return sentence.length <= T.maxQuoteChars ? sentence : momentQuote(text, tokens, s.contributions, s.score);
}

function signed(x: number): string {
  return `${x > 0 ? '+' : ''}${x.toFixed(2)}`;
}

/** Distinct words that pulled the utterance's score down. */
function negativeWords(s: ScoredUtterance): number {
  return new Set(s.contributions.filter((c) => c.value < 0).map((c) => c.word.toLowerCase())).size;
}
