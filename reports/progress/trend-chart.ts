/**
 * A small line chart of one metric over a series of meetings: one point per meeting (a gap where the
 * person was absent or the number is not measurable), an optional reference line with its label, the
 * first and last values written out. Small multiples of these make a person's page.
 */
import type { Canvas } from '../layout/canvas';
import { COLORS, TYPE } from '../layout/theme';
import type { ReportFonts } from '../text/embed-fonts';
import { label, niceCeil } from '../charts/chart-kit';

export interface TrendChartSpec {
  title: string;
  /** One per meeting; null = no value. */
  values: ReadonlyArray<number | null>;
  /** One per meeting, YYYY-MM-DD. */
  dates: readonly string[];
  reference?: { value: number; label: string };
  /** Shown instead of the line when the numbers may not be shown (fewer than 3 people). */
  hiddenReason?: string;
  format: (value: number) => string;
}

/**
 * Draws the chart inside the box.
 *
 * @example
 * drawTrendChart(canvas, fonts, { x: 48, y: 120, width: 240, height: 110 }, { title: 'Interruptions made per hour', values: [6, 4, null, 2], dates, format: String });
 */
export function drawTrendChart(
  canvas: Canvas,
  fonts: ReportFonts,
  box: { x: number; y: number; width: number; height: number },
  spec: TrendChartSpec,
): void {
  const small = { font: fonts.regular, size: TYPE.tiny, color: COLORS.muted };
  canvas.rect(box.x, box.y, box.width, box.height, { fill: COLORS.panel });
  label(canvas, spec.title, box.x + 6, box.y + 5, box.width - 12, { font: fonts.bold, size: TYPE.small });
  const plot = { x: box.x + 30, y: box.y + 22, width: box.width - 42, height: box.height - 42 };
  if (spec.hiddenReason) {
    label(canvas, spec.hiddenReason, plot.x, plot.y + plot.height / 2 - 4, plot.width, small, 'center');
    return;
  }
  const present = spec.values.filter((v): v is number => v !== null);
  if (present.length === 0) {
    label(canvas, 'not measured in these meetings', plot.x, plot.y + plot.height / 2 - 4, plot.width, small, 'center');
    return;
  }
  const lo = Math.min(0, ...present);
  const top = Math.max(...present, spec.reference?.value ?? 0);
  const hi = top > 0 ? niceCeil(top * 1.1) : 1;
  const n = spec.values.length;
  const xOf = (i: number) => plot.x + (n <= 1 ? plot.width / 2 : (plot.width * i) / (n - 1));
  const yOf = (v: number) => plot.y + plot.height - ((v - lo) / (hi - lo)) * plot.height;

  canvas.line(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height, {
    color: COLORS.faint,
    width: 0.5,
  });
  label(canvas, spec.format(hi), box.x + 2, yOf(hi) - 3, 24, small, 'right');
  label(canvas, spec.format(lo), box.x + 2, yOf(lo) - 4, 26, small, 'right');
  if (spec.reference) {
    const y = yOf(spec.reference.value);
    canvas.line(plot.x, y, plot.x + plot.width, y, { color: COLORS.positive, width: 0.8, dash: [3, 2] });
    label(
      canvas,
      spec.reference.label,
      plot.x + 2,
      y - 8,
      plot.width - 4,
      { ...small, color: COLORS.positive },
      'right',
    );
  }
  // The line, broken where a meeting has no value.
  let run: Array<readonly [number, number]> = [];
  const flush = () => {
    if (run.length > 1) canvas.path(run, { stroke: COLORS.accent, strokeWidth: 1.4 });
    run = [];
  };
  spec.values.forEach((v, i) => {
    if (v === null) return flush();
    run.push([xOf(i), yOf(v)]);
  });
  flush();
  spec.values.forEach((v, i) => {
    if (v !== null) canvas.rect(xOf(i) - 1.8, yOf(v) - 1.8, 3.6, 3.6, { fill: COLORS.accent });
  });
  const firstIndex = spec.values.findIndex((v) => v !== null);
  const lastIndex = spec.values.length - 1 - [...spec.values].reverse().findIndex((v) => v !== null);
  // Value labels beside their point, inside the plot (never over the axis labels).
  label(
    canvas,
    spec.format(spec.values[firstIndex]!),
    xOf(firstIndex) + 3,
    yOf(spec.values[firstIndex]!) - 11,
    40,
    { ...small, color: COLORS.ink },
    'left',
  );
  if (lastIndex !== firstIndex)
    label(
      canvas,
      spec.format(spec.values[lastIndex]!),
      xOf(lastIndex) - 43,
      yOf(spec.values[lastIndex]!) - 11,
      40,
      { ...small, color: COLORS.ink },
      'right',
    );
  const every = n <= 6 ? 1 : Math.ceil(n / 6);
  spec.dates.forEach((d, i) => {
    if (i % every === 0 || i === n - 1)
      label(canvas, d.slice(5), xOf(i) - 16, plot.y + plot.height + 3, 32, small, 'center');
  });
}
