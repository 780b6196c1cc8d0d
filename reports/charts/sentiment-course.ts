/**
 * Tone over the meeting: the mean sentiment per part of the meeting (the analyser's course, in
 * tenths) as light bars, a smoothed
 * line through finer slices, a zero line, and numbered markers at the most positive (▲) and most
 * negative (▼) moments, which the Tone section lists with their quotes.
 */
import type { Flow } from '../layout/flow';
import { COLORS, TYPE, tint } from '../layout/theme';
import { formatSigned } from '../format';
import type { MeetingAxis } from '../model/meeting-axis';
import type { ReportModel, ScoredUtterance } from '../model/report-model';
import { label, niceCeil } from './chart-kit';

/** A slice of the meeting and its mean tone (the analyser's `sentiment.course` parts). */
export interface CourseBar {
  /** Share of the meeting where the slice starts and ends, 0..1. */
  from: number;
  to: number;
  mean: number | null;
}

/**
 * The smoothed line: mean score in finer slices of the axis, each averaged with its neighbours.
 *
 * @example
 * toneLine(model, axis, scores).length // => up to 60 points
 */
export function toneLine(
  model: ReportModel,
  axis: MeetingAxis,
  scores: readonly ScoredUtterance[],
): Array<{ at: number; score: number }> {
  const length = Math.max(1, axis.end - axis.start);
  const count = Math.max(10, Math.min(60, Math.round(scores.length / 4)));
  const sums = new Array<number>(count).fill(0);
  const ns = new Array<number>(count).fill(0);
  for (const s of scores) {
    const u = model.utteranceById.get(s.utteranceId);
    if (!u) continue;
    const k = Math.min(count - 1, Math.max(0, Math.floor(((axis.startOf(u) - axis.start) / length) * count)));
    sums[k]! += s.score;
    ns[k]!++;
  }
  const means = sums.map((sum, k) => (ns[k]! > 0 ? sum / ns[k]! : null));
  const line: Array<{ at: number; score: number }> = [];
  means.forEach((mean, k) => {
    if (mean === null) return;
    const window = [means[k - 1], mean, means[k + 1]].filter((v): v is number => v !== null && v !== undefined);
    line.push({
      at: axis.start + ((k + 0.5) / count) * length,
      score: window.reduce((a, b) => a + b, 0) / window.length,
    });
  });
  return line;
}

export interface ToneMoment {
  number: number;
  utteranceId: string;
  score: number;
  positive: boolean;
}

const HEIGHT = 170;

/**
 * @example
 * drawSentimentCourse(flow, model, axis, moments);
 */
export function drawSentimentCourse(
  flow: Flow,
  model: ReportModel,
  axis: MeetingAxis,
  scores: readonly ScoredUtterance[],
  bars: readonly CourseBar[],
  moments: readonly ToneMoment[],
): void {
  const line = toneLine(model, axis, scores);
  const values = [...bars.map((b) => b.mean).filter((v): v is number => v !== null), ...line.map((p) => p.score)];
  const range = Math.min(1, niceCeil(Math.max(0.1, ...values.map(Math.abs)) * 1.1));
  const small = { font: flow.fonts.regular, size: TYPE.tiny, color: COLORS.muted };
  flow.block(HEIGHT, (canvas, area) => {
    const plotLeft = area.x + 34;
    const plotWidth = area.width - 40;
    const markerRow = 14;
    const plotTop = area.y + markerRow + 12;
    const plotHeight = area.height - 2 * markerRow - 34;
    const zeroY = plotTop + plotHeight / 2;
    const length = Math.max(1, axis.end - axis.start);
    const xOf = (v: number) => plotLeft + ((v - axis.start) / length) * plotWidth;
    const yOf = (score: number) => zeroY - (Math.max(-range, Math.min(range, score)) / range) * (plotHeight / 2);

    label(
      canvas,
      `Mean tone per ${bars.length === 10 ? 'tenth' : `1/${bars.length}`} of the meeting (bars) and its course (line); −1 negative … +1 positive`,
      area.x,
      area.y,
      area.width,
      small,
    );
    canvas.rect(plotLeft, plotTop, plotWidth, plotHeight, { stroke: COLORS.rule, strokeWidth: 0.5 });
    for (const v of [range, range / 2, -range / 2, -range]) {
      canvas.line(plotLeft, yOf(v), plotLeft + plotWidth, yOf(v), { color: COLORS.rule, width: 0.3, dash: [1, 2] });
    }
    for (const v of [range, 0, -range])
      label(canvas, v === 0 ? '0' : formatSigned(v, range < 0.2 ? 2 : 1), area.x, yOf(v) - 4, 30, small, 'right');

    bars.forEach(({ from, to, mean }) => {
      if (mean === null) return;
      const x0 = plotLeft + from * plotWidth + 2;
      const w = Math.max(0.5, (to - from) * plotWidth - 4);
      const y = yOf(mean);
      canvas.rect(x0, Math.min(y, zeroY), w, Math.max(0.5, Math.abs(zeroY - y)), {
        fill: tint(mean >= 0 ? COLORS.positive : COLORS.negative, 0.3),
      });
    });
    canvas.line(plotLeft, zeroY, plotLeft + plotWidth, zeroY, { color: COLORS.muted, width: 0.7 });
    canvas.path(
      line.map((p) => [xOf(p.at), yOf(p.score)] as const),
      { stroke: COLORS.accent, strokeWidth: 1.4 },
    );

    // Moment markers in their own rows above and below the plot, nudged apart when they collide.
    const placed: Array<{ x: number; positive: boolean }> = [];
    for (const m of moments) {
      const u = model.utteranceById.get(m.utteranceId);
      if (!u) continue;
      let x = Math.min(Math.max(xOf(axis.startOf(u)), plotLeft + 4), plotLeft + plotWidth - 12);
      while (placed.some((p) => p.positive === m.positive && Math.abs(p.x - x) < 13) && x < plotLeft + plotWidth - 24)
        x += 13;
      placed.push({ x, positive: m.positive });
      const top = m.positive ? plotTop - markerRow : plotTop + plotHeight + 2;
      const color = m.positive ? COLORS.positive : COLORS.negative;
      const tri: Array<readonly [number, number]> = m.positive
        ? [
            [x - 3.5, top + 9],
            [x + 3.5, top + 9],
            [x, top + 3],
          ]
        : [
            [x - 3.5, top + 3],
            [x + 3.5, top + 3],
            [x, top + 9],
          ];
      canvas.polygons([tri], color);
      label(canvas, String(m.number), x + 4.5, top + 2, 10, { font: flow.fonts.bold, size: TYPE.tiny, color });
    }

    const axisTop = plotTop + plotHeight + markerRow + 2;
    const step = axis.tickStep(length, 8);
    for (let v = 0; v <= length + 1e-9; v += step) {
      const text = axis.tickLabel(v);
      const w = small.font.widthOfTextAtSize(text, small.size);
      const left = Math.min(Math.max(xOf(axis.start + v) - w / 2, plotLeft), plotLeft + plotWidth - w);
      label(canvas, text, left, axisTop, w + 1, small);
    }
    label(
      canvas,
      axis.kind === 'time' ? 'time in the recording' : 'words spoken so far',
      plotLeft,
      axisTop + 10,
      plotWidth,
      small,
      'right',
    );
  });
}
