/**
 * Tone: sentiment over the meeting, per person, the most positive and negative moments with their
 * quotes, and moments of tension between two people.
 */
import { drawSentimentCourse, type ToneMoment } from '../charts/sentiment-course';
import { drawToneByPerson } from '../charts/tone-by-person';
import { formatSigned } from '../format';
import type { Flow } from '../layout/flow';
import { table } from '../layout/table';
import { COLORS, TYPE } from '../layout/theme';
import type { MeetingAxis } from '../model/meeting-axis';
import type { ReportModel, ScoredUtterance } from '../model/report-model';
import { citation, findingsOfKind, humanKind, personLabel, quoted, whereLabel } from './evidence';

/** Moments marked on the chart and listed, per direction. */
const MOMENTS_PER_SIDE = 3;

/**
 * The strongest positive and negative utterances, numbered 1..3 each side.
 *
 * @example
 * toneMoments(scores) // => [{ number: 1, utteranceId: 'u40', score: 0.8, positive: true }, ..., { number: 1, utteranceId: 'u7', score: -0.6, positive: false }, ...]
 */
export function toneMoments(scores: readonly ScoredUtterance[]): ToneMoment[] {
  const pick = (positive: boolean) =>
    scores
      .filter((s) => (positive ? s.score > 0 : s.score < 0))
      .sort((a, b) => (positive ? b.score - a.score : a.score - b.score))
      .slice(0, MOMENTS_PER_SIDE)
      .map((s, i) => ({ number: i + 1, utteranceId: s.utteranceId, score: s.score, positive }));
  return [...pick(true), ...pick(false)];
}

/**
 * @example
 * drawTone(flow, model, meetingAxis(model));
 */
export function drawTone(flow: Flow, model: ReportModel, axis: MeetingAxis): void {
  flow.startSection('Tone');
  flow.heading('Tone', 1);
  const scores = model.sentiment;
  if (!scores || scores.length === 0) {
    flow.paragraph('Sentiment was not computed for this analysis.', { color: COLORS.muted });
    return;
  }
  flow.paragraph('Each utterance gets a tone score from −1 (negative) to +1 (positive) from the words in it, with negation ("not bad"), intensifiers and "but" taken into account, and meeting words such as "bug" or "kill the process" counted as neutral. Most utterances in a working meeting are close to zero.');
  const moments = toneMoments(scores);
  drawSentimentCourse(flow, model, axis, scores, moments);

  if (moments.length > 0) {
    flow.heading('Notable moments', 2);
    const byId = new Map(scores.map((s) => [s.utteranceId, s]));
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
        const u = model.utteranceById.get(m.utteranceId)!;
        return [
          [{ text: `${m.positive ? '▲' : '▼'}${m.number}`, bold: true, color: m.positive ? COLORS.positive : COLORS.negative }],
          whereLabel(model, u.id),
          personLabel(model, u.speakerId),
          quoted(u.text, 240),
          formatSigned(m.score),
          (byId.get(m.utteranceId)?.evidence ?? []).slice(0, 6).join(', '),
        ];
      }),
    });
  }

  flow.heading('Tone per person', 2);
  drawToneByPerson(flow, model.people);

  const tension = findingsOfKind(model, ['tension']);
  flow.heading('Tension', 2);
  if (tension.length === 0) {
    flow.paragraph('No runs of negative exchanges between two people were found.', { color: COLORS.muted });
  } else {
    flow.bullets(
      tension.slice(0, 10).map((f) => [
        ...citation(model, f.speakerId, f.utteranceId, f.quote, f.startMs),
        { text: ` with ${personLabel(model, f.targetSpeakerId)}. ${f.note}`, color: COLORS.muted },
      ]),
    );
  }

  drawOtherToneFindings(flow, model);
}

/** Politeness, empathy and other tone findings, counted per person and kind. */
function drawOtherToneFindings(flow: Flow, model: ReportModel): void {
  const other = model.findings.filter((f) => f.analyzer === 'sentiment' && f.kind !== 'tension' && f.speakerId !== null);
  if (other.length === 0) return;
  const kinds = [...new Set(other.map((f) => f.kind))].sort().slice(0, 5);
  const counts = new Map<string, Map<string, number>>();
  for (const f of other) {
    const row = counts.get(f.speakerId!) ?? new Map<string, number>();
    row.set(f.kind, (row.get(f.kind) ?? 0) + 1);
    counts.set(f.speakerId!, row);
  }
  flow.heading('Politeness and empathy', 2);
  table(flow, {
    columns: [{ header: 'Person', weight: 2.6 }, ...kinds.map((k) => ({ header: humanKind(k), weight: 1.2, align: 'right' as const })), { header: 'For example', weight: 4 }],
    rows: model.people
      .filter((p) => counts.has(p.id))
      .map((p) => {
        const example = other.find((f) => f.speakerId === p.id);
        return [p.label, ...kinds.map((k) => String(counts.get(p.id)!.get(k) ?? 0)), example ? quoted(example.quote, 100) : ''];
      }),
    size: TYPE.small,
  });
}
