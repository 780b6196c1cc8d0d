/**
 * Numbers, times and durations as the report prints them: one way everywhere.
 */

/**
 * A duration in words.
 *
 * @example
 * formatDuration(3_900_000) // => '1 h 05 min'
 * formatDuration(95_000) // => '1 min 35 s'
 * formatDuration(42_000) // => '42 s'
 */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return s === 0 || m >= 10 ? `${m} min` : `${m} min ${s} s`;
  return `${s} s`;
}

/**
 * A position in the recording, as a clock; `withHours` keeps labels of a long meeting uniform.
 *
 * @example
 * formatClock(754_000) // => '12:34'
 * formatClock(3_723_000) // => '1:02:03'
 * formatClock(0, true) // => '0:00:00'
 */
export function formatClock(ms: number, withHours = false): string {
  const totalSeconds = Math.floor(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const hours = h > 0 || withHours;
  const mm = hours ? String(m).padStart(2, '0') : String(m);
  return `${hours ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export { formatPercent } from '../src/model/percent';

/**
 * A score with its sign, for sentiment (-1..1).
 *
 * @example
 * formatSigned(0.123) // => '+0.12'
 * formatSigned(-0.5) // => '−0.50'
 */
export function formatSigned(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return (value > 0 ? '+' : '−') + text;
}

/**
 * An integer with thousands separators.
 *
 * @example
 * formatCount(20345) // => '20,345'
 */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A calendar date, written the same way in every runtime (no locale data needed).
 *
 * @example
 * formatDate(new Date('2025-03-03T10:00:00Z')) // => '3 March 2025'
 */
export function formatDate(date: Date): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * "1 person", "3 people": counts with the right noun.
 *
 * @example
 * plural(1, 'interruption') // => '1 interruption'
 * plural(3, 'person', 'people') // => '3 people'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
