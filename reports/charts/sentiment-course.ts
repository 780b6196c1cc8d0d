/**
 * Tone over the meeting: the mean sentiment per tenth of the meeting as light bars, a smoothed
 * line through finer slices, a zero line, and numbered markers at the most positive (▲) and most
 * negative (▼) moments, which the Tone section lists with their quotes.
 */
import type { Flow } from '../layout/flow';
import { COLORS, TYPE, tint } from '../layout/theme';
import { formatSigned } from '../format';
import type { MeetingAxis } from '../model/meeting-axis';
import type { ReportModel, ScoredUtterance } from '../model/report-model';
import { label, niceCeil } from './chart-kit';

export interface ToneCourse {
  /** Mean score per tenth of the meeting (null where nobody spoke). */
  tenths: Array<number | null>;
  /** Mean score per finer slice, moving-averaged over three slices. */
  line: Array<{ at: number; score: number }>;
}

/**
 * Averages per-utterance scores over slices of the meeting axis.
 *
 * @example
 * toneCourse(model, axis).tenths // => [0.1, 0.05, null, -0.2, ...] (ten values)
 */
export function toneCourse(model: ReportModel, axis: MeetingAxis, scores: readonly ScoredUtterance[]): ToneCourse {
  const length = Math.max(1, axis.end - axis.start);
  const sliceMeans = (count: number) => {
    const sums = new Array<number>(count).fill(0);
    const ns = new Array<number>(count).fill(0);
    for (const s of scores) {
      const u = model.utteranceById.get(s.utteranceId);
      if (!u) continue;
      const k = Math.min(count - 1, Math.floor(((axis.startOf(u) - axis.start) / length) * count));
      sums[k]! += s.score;
      ns[k]!++;
    }
    return sums.map((sum, k) => (ns[k]! > 0 ? sum / ns[k]! : null));
  };
  const tenths = sliceMeans(10);
  const fine = Math.max(10, Math.min(60, Math.round(scores.length / 4)));
  const means = sliceMeans(fine);
  const line: Array<{ at: number; score: number }> = [];
  means.forEach((_, k) => {
    const window = [means[k - 1], means[k], means[k + 1]].filter((v): v is number => v !== null && v !== undefined);
    if (means[k] === null || window.length === 0) return;
    line.push({ at: axis.start + ((k + 0.5) / fine) * length, score: window.reduce((a, b) => a + b, 0) / window.length });
  });
  return { tenths, line };
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
export function drawSentimentCourse(flow: Flow, model: ReportModel, axis: MeetingAxis, scores: readonly ScoredUtterance[], moments: readonly ToneMoment[]): void {
  const course = toneCourse(model, axis, scores);
  const values = [...course.tenths.filter((v): v is number => v !== null), ...course.line.map((p) => p.score)];
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

    label(canvas, 'Mean tone per tenth of the meeting (bars) and its course (line); −1 negative … +1 positive', area.x, area.y, area.width, small);
    canvas.rect(plotLeft, plotTop, plotWidth, plotHeight, { stroke: COLORS.rule, strokeWidth: 0.5 });
    for (const v of [range, range / 2, -range / 2, -range]) {
      canvas.line(plotLeft, yOf(v), plotLeft + plotWidth, yOf(v), { color: COLORS.rule, width: 0.3, dash: [1, 2] });
    }
    for (const v of [range, 0, -range]) label(canvas, v === 0 ? '0' : formatSigned(v, range < 0.2 ? 2 : 1), area.x, yOf(v) - 4, 30, small, 'right');

    course.tenths.forEach((mean, k) => {
      if (mean === null) return;
      const x0 = plotLeft + (k / 10) * plotWidth + 2;
      const w = plotWidth / 10 - 4;
      const y = yOf(mean);
      canvas.rect(x0, Math.min(y, zeroY), w, Math.max(0.5, Math.abs(zeroY - y)), { fill: tint(mean >= 0 ? COLORS.positive : COLORS.negative, 0.3) });
    });
    canvas.line(plotLeft, zeroY, plotLeft + plotWidth, zeroY, { color: COLORS.muted, width: 0.7 });
    canvas.path(course.line.map((p) => [xOf(p.at), yOf(p.score)] as const), { stroke: COLORS.accent, strokeWidth: 1.4 });

    // Moment markers in their own rows above and below the plot, nudged apart when they collide.
    const placed: Array<{ x: number; positive: boolean }> = [];
    for (const m of moments) {
      const u = model.utteranceById.get(m.utteranceId);
      if (!u) continue;
      let x = Math.min(Math.max(xOf(axis.startOf(u)), plotLeft + 4), plotLeft + plotWidth - 12);
      while (placed.some((p) => p.positive === m.positive && Math.abs(p.x - x) < 13) && x < plotLeft + plotWidth - 24) x += 13;
      placed.push({ x, positive: m.positive });
      const top = m.positive ? plotTop - markerRow : plotTop + plotHeight + 2;
      const color = m.positive ? COLORS.positive : COLORS.negative;
      const tri: Array<readonly [number, number]> = m.positive ? [[x - 3.5, top + 9], [x + 3.5, top + 9], [x, top + 3]] : [[x - 3.5, top + 3], [x + 3.5, top + 3], [x, top + 9]];
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
    label(canvas, axis.kind === 'time' ? 'time in the recording' : 'words spoken so far (no timings)', plotLeft, axisTop + 10, plotWidth, small, 'right');
  });
}
