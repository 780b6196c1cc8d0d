/**
 * Honest trends: a change is stated only over at least MIN_MEETINGS meetings, with its size (first and
 * last value, least-squares change) and its spread (range, standard deviation), and called a rise or a
 * fall only when the fitted change is at least twice the residual spread (the scatter of the meetings
 * around the line) and, for counts of events, when chance could not give it (`countTrendZ`); otherwise
 * "no clear change". Fewer meetings: "not enough data".
 */
import type { Trend } from './schema';

/** Meetings needed before a trend is reported. */
export const MIN_MEETINGS = 3;
/** The fitted change must be at least this many residual standard deviations to count as a change. */
export const CHANGE_OVER_SPREAD = 2;

/**
 * A metric's label and unit, for notes; `counts` when its values are events counted per meeting
 * (`per-meeting`: questions, invitations) or per hour of it (`per-hour`: interruptions).
 */
export interface MetricLabel {
  label: string;
  unit: string;
  counts?: 'per-meeting' | 'per-hour';
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
  hours: ReadonlyArray<number | null> = [],
): Trend {
  const points = values.flatMap((v, i) =>
    v === null || !Number.isFinite(v) ? [] : [{ meetingId: meetingIds[i]!, value: v, x: i, hours: hours[i] ?? null }],
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
      verdict: null,
      note: `${what.label}: not enough data (${n} meeting${n === 1 ? '' : 's'} with this number; at least ${MIN_MEETINGS} needed)`,
    };
  }
  const ys = points.map((p) => p.value);
  const xs = points.map((p) => p.x);
  const mean = ys.reduce((s, y) => s + y, 0) / n;
  const sd = Math.sqrt(ys.reduce((s, y) => s + (y - mean) ** 2, 0) / n);
  const { slope, residualSd } = leastSquares(xs, ys);
  const fittedChange = slope * (xs[n - 1]! - xs[0]!);
  const beyondScatter = Math.abs(fittedChange) > 0 && Math.abs(fittedChange) >= CHANGE_OVER_SPREAD * residualSd;
  // Counts of a few events scatter by chance more than a line through five meetings shows: 1, 0, 0, 0, 0 questions
  // fit a falling line closely, yet one question is no habit given up.
  const chance = what.counts !== undefined && Math.abs(countTrendZ(points, what.counts)) < CHANGE_OVER_SPREAD;
  const clear = beyondScatter && !chance;
  const direction = !clear ? 'steady' : fittedChange > 0 ? 'up' : 'down';
  const [from, to] = [ys[0]!, ys[n - 1]!];
  const [min, max] = [Math.min(...ys), Math.max(...ys)];
  const verdict =
    direction !== 'steady'
      ? `a clear ${direction === 'up' ? 'rise' : 'fall'}`
      : beyondScatter
        ? 'no clear change (too few events to tell a change from chance)'
        : 'no clear change';
  // The note, read alone, also says why a line that moves is no change.
  const why = direction === 'steady' && !beyondScatter ? ' (the meetings scatter as much as the line moves)' : '';
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
    verdict,
    note: `${what.label}: ${fmt(from)} -> ${fmt(to)}${what.unit} over ${n} meetings (range ${fmt(min)}-${fmt(max)}, sd ${fmt(sd)}); fitted change ${signed(fittedChange)}: ${verdict}${why}`,
  };
}

/**
 * The score test for a trend in counts of events (Poisson counts with a log-linear trend in their rate; Armitage
 * 1955, Breslow & Day 1987 ch. 3): with c events in h units of exposure at meeting x, r = sum c / sum h and
 * xw = sum h x / sum h, z = sum (x - xw) c / sqrt(r * sum h (x - xw)^2), about normal when there is no trend. A
 * count's chance spread is the square root of its mean, so a few events cannot show a change however neatly they
 * fall. Exposure is one meeting for `per-meeting` counts and the meeting's hours for `per-hour` rates (whose
 * events are the rate times the hours); a meeting without a known length is left out of a rate's test.
 *
 * @example
 * const at = (ys: number[]) => ys.map((value, x) => ({ value, x, hours: null }));
 * countTrendZ(at([1, 0, 0, 0, 0]), 'per-meeting')  // => -1.41 (chance)
 * countTrendZ(at([2, 4, 7, 9, 12]), 'per-meeting') // => 3.03 (a rise)
 */
export function countTrendZ(
  points: ReadonlyArray<{ value: number; x: number; hours: number | null }>,
  counts: 'per-meeting' | 'per-hour',
): number {
  const used = points.flatMap((p) =>
    counts === 'per-meeting'
      ? [{ x: p.x, c: p.value, h: 1 }]
      : p.hours === null || !(p.hours > 0)
        ? []
        : [{ x: p.x, c: p.value * p.hours, h: p.hours }],
  );
  const totalH = used.reduce((s, p) => s + p.h, 0);
  const totalC = used.reduce((s, p) => s + p.c, 0);
  if (used.length < 2 || totalH <= 0 || totalC <= 0) return 0;
  const rate = totalC / totalH;
  const xw = used.reduce((s, p) => s + p.h * p.x, 0) / totalH;
  let u = 0;
  let v = 0;
  for (const p of used) {
    u += (p.x - xw) * p.c;
    v += p.h * (p.x - xw) ** 2;
  }
  return v === 0 ? 0 : u / Math.sqrt(rate * v);
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
