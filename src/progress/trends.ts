/**
 * Honest trends: a change is stated only over at least MIN_MEETINGS meetings, with its size (first and
 * last value, least-squares change) and its spread (range, standard deviation), and called a rise or a
 * fall only when the fitted change is at least twice the residual spread (the scatter of the meetings
 * around the line); otherwise "no clear change". Fewer meetings: "not enough data".
 */
import type { Trend } from './schema';

/** Meetings needed before a trend is reported. */
export const MIN_MEETINGS = 3;
/** The fitted change must be at least this many residual standard deviations to count as a change. */
export const CHANGE_OVER_SPREAD = 2;

/** A metric's label and unit, for notes. */
export interface MetricLabel {
  label: string;
  unit: string;
}

/**
 * The trend of one metric over the meetings (null values = not there or not measurable).
 *
 * @example
 * trendOf({ label: 'interruptions made', unit: ' per hour' }, [6.1, 5.0, 4.2, 3.1, 2.4], ['m1', 'm2', 'm3', 'm4', 'm5'], 'ana', 'interruptionsMadePerHour')
 * // => { from: 6.1, to: 2.4, meetings: 5, direction: 'down',
 * //      note: 'interruptions made: 6.1 -> 2.4 per hour over 5 meetings (range 2.4-6.1, sd 1.3); fitted change -3.7: a clear fall', ... }
 */
export function trendOf(
  what: MetricLabel,
  values: ReadonlyArray<number | null>,
  meetingIds: readonly string[],
  personId: string | null,
  metric: string,
): Trend {
  const points = values.flatMap((v, i) =>
    v === null || !Number.isFinite(v) ? [] : [{ meetingId: meetingIds[i]!, value: v, x: i }],
  );
  const n = points.length;
  const base = { personId, metric, meetings: n, points: points.map(({ meetingId, value }) => ({ meetingId, value })) };
  if (n < MIN_MEETINGS) {
    return {
      ...base,
      from: null,
      to: null,
      enough: false,
      min: null,
      max: null,
      sd: null,
      fittedChange: null,
      direction: null,
      note: `${what.label}: not enough data (${n} meeting${n === 1 ? '' : 's'} with this number; at least ${MIN_MEETINGS} needed)`,
    };
  }
  const ys = points.map((p) => p.value);
  const xs = points.map((p) => p.x);
  const mean = ys.reduce((s, y) => s + y, 0) / n;
  const sd = Math.sqrt(ys.reduce((s, y) => s + (y - mean) ** 2, 0) / n);
  const { slope, residualSd } = leastSquares(xs, ys);
  const fittedChange = slope * (xs[n - 1]! - xs[0]!);
  const clear = Math.abs(fittedChange) > 0 && Math.abs(fittedChange) >= CHANGE_OVER_SPREAD * residualSd;
  const direction = !clear ? 'steady' : fittedChange > 0 ? 'up' : 'down';
  const [from, to] = [ys[0]!, ys[n - 1]!];
  const [min, max] = [Math.min(...ys), Math.max(...ys)];
  const verdict =
    direction === 'steady'
      ? 'no clear change (the meetings scatter as much as the line moves)'
      : `a clear ${direction === 'up' ? 'rise' : 'fall'}`;
  return {
    ...base,
    from,
    to,
    enough: true,
    min,
    max,
    sd: round(sd),
    fittedChange: round(fittedChange),
    direction,
    note: `${what.label}: ${fmt(from)} -> ${fmt(to)}${what.unit} over ${n} meetings (range ${fmt(min)}-${fmt(max)}, sd ${fmt(sd)}); fitted change ${signed(fittedChange)}: ${verdict}`,
  };
}

/** Slope of y on x and the standard deviation of the residuals (n - 2 degrees of freedom). */
function leastSquares(xs: readonly number[], ys: readonly number[]): { slope: number; residualSd: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  let ssr = 0;
  for (let i = 0; i < n; i++) ssr += (ys[i]! - (my + slope * (xs[i]! - mx))) ** 2;
  return { slope, residualSd: Math.sqrt(ssr / Math.max(1, n - 2)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
/**
 * A number as notes show it: at most 2 decimals, trailing zeros dropped.
 *
 * @example
 * fmt(1.2049) // => '1.2'
 */
export function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}
function signed(x: number): string {
  return x > 0 ? `+${fmt(x)}` : fmt(x);
}
