/**
 * Builds a ReportInput from a Transcript with the real analysers (analyzers/index.ts), for
 * rendering tests and previews. The commentary is a deterministic stand-in (see sampleCommentary)
 * so that these tests do not depend on the commentator's wording.
 */
import { runAnalyzers } from '../../../analyzers/index';
import type { Analysis } from '../../../analyzers/analysis';
import type { Commentary, CommentaryItem } from '../../../src/model/commentary';
import type { Transcript } from '../../../src/model/transcript';
import type { ReportInput } from '../../../reports/report-input';

const NO_COMMENTARY: Commentary = {
  summary: [],
  people: [],
  source: 'none',
  fallbackReason: null,
  model: null,
  promptVersion: 'test',
  dropped: { count: 0, items: [] },
  usage: null,
  cached: false,
  sent: null,
};

/**
 * @example
 * const analysis = analysisFor(makeTranscript([['Ana', 'Shall we start?'], ['Ben', 'Yes.']]), 'Stand-up');
 * analysis.turnTaking.speakers.length // => 2
 */
export function analysisFor(transcript: Transcript, title: string): Analysis {
  return {
    schemaVersion: 1,
    generator: { name: 'meeting-analyser', version: '0.1.0' },
    meeting: { title, analysedAt: '2025-03-03T10:00:00.000Z', attendees: [] },
    transcript,
    ...runAnalyzers(transcript),
    commentary: NO_COMMENTARY,
  };
}

/**
 * A stand-in for the rule-based commentator: for each person, one strength and two actions, each
 * quoting the first words of one of their own utterances. Deterministic; not advice.
 *
 * @example
 * sampleCommentary(analysis).people[0].actions.length // => 2
 */
export function sampleCommentary(analysis: Analysis): Commentary {
  const t = analysis.transcript;
  const item = (text: string, utteranceId: string, quote: string, metric: string): CommentaryItem => ({
    text,
    utteranceIds: [utteranceId],
    metrics: [metric],
    quotes: [{ utteranceId, text: quote }],
  });
  const people = t.speakers.map((s) => {
    const own = t.utterances.filter((u) => u.speakerId === s.id);
    const longest = own.reduce((a, b) => (b.text.length > a.text.length ? b : a), own[0]!);
    const first = own[0]!;
    const quote = (text: string) => text.split(/\s+/).slice(0, 12).join(' ');
    return {
      speakerId: s.id,
      strengths: [
        item(
          `${s.name} explained their point in full when it mattered.`,
          longest.id,
          quote(longest.text),
          `turnTaking.speakers.${s.id}.longestTurnWords`,
        ),
      ],
      actions: [
        item(
          'Try ending a long turn with a question to hand the floor on.',
          longest.id,
          quote(longest.text),
          `turnTaking.speakers.${s.id}.turns`,
        ),
        item('Try naming the person whose idea you build on.', first.id, quote(first.text), `inclusivity.credit.total`),
      ],
    };
  });
  const [firstUtterance] = t.utterances;
  return {
    summary: [
      item(
        'The meeting stayed on its agenda and most people spoke.',
        firstUtterance!.id,
        firstUtterance!.text.split(/\s+/).slice(0, 8).join(' '),
        'turnTaking.gini',
      ),
      {
        text: 'Questions were spread across the group.',
        utteranceIds: [],
        metrics: ['turnTaking.questions.total'],
        quotes: [],
      },
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
  const analysis = analysisFor(transcript, title);
  if (withCommentary) analysis.commentary = sampleCommentary(analysis);
  return { analysis, options: { generatedAt: new Date('2025-03-03T10:00:00Z') } };
}
