/**
 * Tone: sentiment over the meeting, per person, the most positive and negative moments with their
 * quotes, moments of tension between two people, and politeness and empathy per person.
 */
import type { SentimentResult } from '../../analyzers/sentiment/index';
import { SENTIMENT_THRESHOLDS as T } from '../../analyzers/sentiment/thresholds';
import { listNames } from '../../src/model/name-list';
import { drawSentimentCourse, type CourseBar, type ToneMoment } from '../charts/sentiment-course';
import { drawSentimentByPerson } from '../charts/sentiment-by-person';
import { formatSigned, plural } from '../format';
import type { Flow, Inline } from '../layout/flow';
import { table } from '../layout/table';
import { COLORS, TYPE } from '../layout/theme';
import type { MeetingAxis } from '../model/meeting-axis';
import type { ReportModel } from '../model/report-model';
import { humanKind, personLabel, quoted, whereLabel } from './evidence';

/**
 * The analyser's most positive and most negative moments, numbered 1.. on each side.
 *
 * @example
 * toneMoments(sentiment) // => [{ number: 1, utteranceId: 'u40', score: 0.8, positive: true }, ..., { number: 1, utteranceId: 'u7', score: -0.6, positive: false }]
 */
export function toneMoments(sentiment: SentimentResult): ToneMoment[] {
  return [
    ...sentiment.moments.mostPositive.map((m, i) => ({
      number: i + 1,
      utteranceId: m.utteranceId,
      score: m.score,
      positive: true,
    })),
    ...sentiment.moments.mostNegative.map((m, i) => ({
      number: i + 1,
      utteranceId: m.utteranceId,
      score: m.score,
      positive: false,
    })),
  ];
}

/**
 * The course parts as shares of the meeting axis (parts are equal slices, by time or by words).
 *
 * @example
 * courseBars(sentiment) // => [{ from: 0, to: 0.1, mean: 0.12 }, ...]
 */
export function courseBars(sentiment: SentimentResult): CourseBar[] {
  const n = sentiment.course.length;
  return sentiment.course.map((part, k) => ({ from: k / n, to: (k + 1) / n, mean: part.mean }));
}

/**
 * @example
 * drawSentiment(flow, model, meetingAxis(model));
 */
export function drawSentiment(flow: Flow, model: ReportModel, axis: MeetingAxis): void {
  flow.startSection('Tone');
  flow.heading('Tone', 1);
  const sentiment = model.sentimentResult;
  const scores = model.sentiment;
  if (!sentiment || !scores || scores.length === 0) {
    flow.paragraph('Sentiment was not computed for this analysis.', { color: COLORS.muted });
    return;
  }
  flow.paragraph(
    `Each utterance gets a tone score from −1 (negative) to +1 (positive) from the words in it, with negation ("not bad"), intensifiers and "but" taken into account, and meeting words such as "bug" or "kill the process" counted as neutral. Over the meeting: ${plural(sentiment.meeting.positive, 'positive utterance')}, ${plural(sentiment.meeting.negative, 'negative utterance')}, ${sentiment.meeting.neutral} neutral; mean ${formatSigned(sentiment.meeting.mean)}.`,
  );
  const moments = toneMoments(sentiment);
  drawSentimentCourse(flow, model, axis, scores, courseBars(sentiment), moments);

  if (moments.length > 0) {
    flow.heading('Notable moments', 2);
    // A coach read the names beside the lowest scores as blame for product talk ("repetitive strain injury", "a
    // beeping alarm": review r31): the scale measures words, and says so where the names are.
    // Only ▲ on the chart beside dips read as markers left out (review r37): say what a ▼ would have needed.
    const noLow = sentiment.moments.mostNegative.length === 0;
    flow.paragraph(
      `The utterances whose words score highest and lowest. The score reads the words alone: talk about a problem ("an injury", "it gets lost") scores as low as a complaint about someone, so a low score says nothing about the person who said it.${noLow ? ` No ▼: no utterance scored ${formatSigned(-T.momentMinAbsScore)} or lower with ${T.negativeMomentMinWords} negative words or words aimed at someone.` : ''}`,
      { size: TYPE.small, color: COLORS.muted },
    );
    const evidence = new Map(scores.map((s) => [s.utteranceId, s.evidence]));
    table(flow, {
      columns: [
        { header: '', weight: 0.5 },
        { header: model.hasTimings ? 'Time' : 'Where', weight: 0.9 },
        { header: 'Who', weight: 1.8 },
        { header: 'Said', weight: 5 },
        { header: 'Score', weight: 0.8, align: 'right' },
        { header: 'Words behind it', weight: 2 },
      ],
      rows: moments.map((m) => {
        const u = model.utteranceById.get(m.utteranceId);
        return [
          [
            {
              text: `${m.positive ? '▲' : '▼'}${m.number}`,
              bold: true,
              color: m.positive ? COLORS.positive : COLORS.negative,
            },
          ],
          whereLabel(model, m.utteranceId),
          personLabel(model, u?.speakerId ?? null),
          u ? quoted(u.text, 240) : '',
          formatSigned(m.score),
          (evidence.get(m.utteranceId) ?? []).slice(0, 6).join(', '),
        ];
      }),
    });
  }

  flow.heading('Tone per person', 2);
  drawSentimentByPerson(flow, model.people);

  drawTension(flow, model, sentiment);
  drawPoliteness(flow, model, sentiment);
}

function drawTension(flow: Flow, model: ReportModel, sentiment: SentimentResult): void {
  flow.heading('Tension', 2);
  if (sentiment.tension.length === 0) {
    flow.paragraph(
      // The rule in full: negative turns alone were four in a row between a member and a minister (review r36).
      `No tense exchange was found: ${sentiment.thresholds.tensionTurns} or more negative turns going back and forth between two people, at least two of them aimed at the other person (an attack or pushback).`,
      { color: COLORS.muted },
    );
    return;
  }
  flow.paragraph(
    `Runs of at least ${sentiment.thresholds.tensionTurns} consecutive negative turns between two people: a disagreement worth a look, not necessarily a problem.`,
    { size: TYPE.small, color: COLORS.muted },
  );
  const items: Inline[] = sentiment.tension.slice(0, 10).map((t) => {
    const [a, b] = t.speakerIds;
    const first = model.utteranceById.get(t.utteranceIds[0] ?? '');
    return [
      { text: `${personLabel(model, a)} and ${personLabel(model, b)}`, bold: true },
      { text: ` (${whereLabel(model, t.utteranceIds[0] ?? null, t.startMs)}), ${t.turns} turns: ` },
      { text: first ? quoted(first.text, 200) : '', color: COLORS.muted },
    ];
  });
  flow.bullets(items);
  if (sentiment.tension.length > 10)
    flow.paragraph(`… and ${sentiment.tension.length - 10} more (all of them are in the JSON analysis).`, {
      size: TYPE.small,
      color: COLORS.muted,
    });
}

/** Politeness and empathy markers per person, per 100 of their words. */
function drawPoliteness(flow: Flow, model: ReportModel, sentiment: SentimentResult): void {
  const polite = new Map(sentiment.politeness.speakers.map((s) => [s.speakerId, s]));
  const empathic = new Map(sentiment.empathy.speakers.map((s) => [s.speakerId, s]));
  const rows = model.people.filter((p) => (polite.get(p.id)?.total ?? 0) + (empathic.get(p.id)?.total ?? 0) > 0);
  if (rows.length === 0) return;
  flow.heading('Politeness and empathy', 2);
  flow.paragraph(
    'Markers of politeness (thanks, please, greetings, apologies, indirect requests) and of empathy ("I understand", "that makes sense"), with their rate per 100 words each person spoke.',
    { size: TYPE.small, color: COLORS.muted },
  );
  const topKinds = (perKind: Record<string, number> | undefined) =>
    Object.entries(perKind ?? {})
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, n]) => `${humanKind(k)} ${n}`)
      .join(', ');
  table(flow, {
    columns: [
      { header: 'Person', weight: 2.6 },
      { header: 'Politeness', weight: 1, align: 'right' },
      { header: '/100 w', weight: 0.8, align: 'right' },
      { header: 'Empathy', weight: 0.9, align: 'right' },
      { header: '/100 w', weight: 0.8, align: 'right' },
      { header: 'Most used', weight: 3.5 },
    ],
    rows: rows.map((p) => {
      const po = polite.get(p.id);
      const em = empathic.get(p.id);
      return [
        p.label,
        String(po?.total ?? 0),
        (po?.per100Words ?? 0).toFixed(1),
        String(em?.total ?? 0),
        (em?.per100Words ?? 0).toFixed(1),
        [topKinds(po?.perKind), topKinds(em?.perKind)].filter(Boolean).join('; '),
      ];
    }),
  });
  // Said, so that a short table does not read as cut off (review r37: two of four people were missing unexplained).
  const without = model.people.filter((p) => !rows.includes(p)).map((p) => p.label);
  if (without.length > 0)
    flow.paragraph(`No marker from ${without.length > 6 ? `${without.length} others` : listNames(without)}.`, {
      size: TYPE.small,
      color: COLORS.muted,
    });
}
