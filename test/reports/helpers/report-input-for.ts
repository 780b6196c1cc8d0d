/**
 * Builds a ReportInput from a Transcript with the real analysers, for rendering tests and previews.
 * Until analyzers/sentiment.ts exports its analyser, tone comes from a tiny stand-in word list
 * (the report only draws the scores; it does not judge them). The commentary is a deterministic
 * stand-in too (see sampleCommentary).
 */
import { analyzeInclusivity } from '../../../analyzers/inclusivity';
import { analyzeListening } from '../../../analyzers/listening';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking';
import type { Commentary, CommentaryItem } from '../../../src/model/commentary';
import type { Transcript } from '../../../src/model/transcript';
import type { ReportAnalysis, ReportInput } from '../../../reports/report-input';

/** Stand-in valences (VADER's scale) for preview tone: a few common meeting words. */
const STAND_IN_VALENCE = new Map<string, number>([
  ['great', 3.1], ['good', 1.9], ['thanks', 1.9], ['thank', 1.5], ['perfect', 2.7], ['nice', 1.8], ['love', 3.2], ['agree', 1.5], ['happy', 2.7], ['excellent', 2.7], ['yes', 1.7], ['sure', 1.3],
  ['bad', -2.5], ['sorry', -0.3], ['problem', -1.7], ['wrong', -2.1], ['worried', -1.9], ['fail', -2.5], ['fails', -2.3], ['failed', -2.3], ['flaky', -1.2], ['no', -1.2], ['hate', -2.7], ['annoying', -1.7], ['blocked', -1.4], ['late', -0.9],
]);

/**
 * @example
 * const analysis = analysisFor(makeTranscript([['Ana', 'Shall we start?'], ['Ben', 'Yes.']]));
 * analysis.turnTaking!.speakers.length // => 2
 */
export function analysisFor(transcript: Transcript): ReportAnalysis {
  const p = prepare(transcript);
  const turnTaking = analyzeTurnTaking(p);
  const inclusivity = analyzeInclusivity(p, turnTaking.result);
  const listening = analyzeListening(p);
  const sentiment = {
    utterances: transcript.utterances.map((u, i) => {
      const evidence = p.tokens[i]!.filter((t) => STAND_IN_VALENCE.has(t.lower));
      const sum = evidence.reduce((total, t) => total + STAND_IN_VALENCE.get(t.lower)!, 0);
      return { utteranceId: u.id, score: sum / Math.sqrt(sum * sum + 4), evidence: evidence.map((t) => t.text) };
    }),
  };
  return {
    schemaVersion: 1,
    generator: { name: 'meeting-analyser', version: '0.1.0' },
    transcript,
    turnTaking: turnTaking.result,
    inclusivity: inclusivity.result,
    listening: listening.result,
    sentiment,
    findings: [...turnTaking.findings, ...inclusivity.findings, ...listening.findings],
  };
}

/**
 * A stand-in for the rule-based commentator: for each person, one strength and two actions, each
 * quoting the first words of one of their own utterances. Deterministic; not advice.
 *
 * @example
 * sampleCommentary(analysis).people[0].actions.length // => 2
 */
export function sampleCommentary(analysis: ReportAnalysis): Commentary {
  const t = analysis.transcript;
  const item = (text: string, utteranceId: string, quote: string, metric: string): CommentaryItem => ({ text, utteranceIds: [utteranceId], metrics: [metric], quotes: [{ utteranceId, text: quote }] });
  const people = t.speakers.map((s) => {
    const own = t.utterances.filter((u) => u.speakerId === s.id);
    const longest = own.reduce((a, b) => (b.text.length > a.text.length ? b : a), own[0]!);
    const first = own[0]!;
    const quote = (text: string) => text.split(/\s+/).slice(0, 12).join(' ');
    return {
      speakerId: s.id,
      strengths: [item(`${s.name} explained their point in full when it mattered.`, longest.id, quote(longest.text), `turnTaking.speakers.${s.id}.longestTurnWords`)],
      actions: [
        item('Try ending a long turn with a question to hand the floor on.', longest.id, quote(longest.text), `turnTaking.speakers.${s.id}.turns`),
        item('Try naming the person whose idea you build on.', first.id, quote(first.text), `inclusivity.credit.total`),
      ],
    };
  });
  const [firstUtterance] = t.utterances;
  return {
    summary: [
      item('The meeting stayed on its agenda and most people spoke.', firstUtterance!.id, firstUtterance!.text.split(/\s+/).slice(0, 8).join(' '), 'turnTaking.gini'),
      { text: 'Questions were spread across the group.', utteranceIds: [], metrics: ['turnTaking.questions.total'], quotes: [] },
      { text: 'A few people did most of the talking in the second half.', utteranceIds: [], metrics: [], quotes: [] },
    ],
    people,
    source: 'rules',
    fallbackReason: 'no ANTHROPIC_API_KEY configured',
    model: null,
    promptVersion: 'test',
    dropped: { count: 0, items: [] },
    usage: null,
    cached: false,
    sent: null,
  };
}

/**
 * @example
 * const input = reportInputFor(transcript, 'Weekly sync');
 */
export function reportInputFor(transcript: Transcript, title: string, withCommentary = true): ReportInput {
  const analysis = analysisFor(transcript);
  return { analysis, commentary: withCommentary ? sampleCommentary(analysis) : null, options: { title, generatedAt: new Date('2025-03-03T10:00:00Z') } };
}
