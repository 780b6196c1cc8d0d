/**
 * Clock times as transcript tools write them, to milliseconds.
 * WebVTT has its own strict grammar in formats/webvtt.ts; this is the lenient reader the other
 * formats share.
 */

/**
 * No recording is a week long: a time beyond this is corrupt, whatever the format. Huge values such
 * as 1e308 seconds would overflow to Infinity once turned into milliseconds, and downstream work
 * that scales with the meeting's length (the report's timeline) must not see a 100,000-year meeting.
 *
 * @example
 * LONGEST_RECORDING_MS // => 604800000
 */
export const LONGEST_RECORDING_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * `H:MM:SS`, `HH:MM:SS.mmm`, `HH:MM:SS,mmm` (SRT), `M:SS`, `MM:SS.s`. Returns null for anything else,
 * including minutes or seconds of 60 or more (except in the leading field) and times past a week.
 *
 * @example
 * parseClockTime('01:02:03,500') // => 3723500
 * parseClockTime('0:03')         // => 3000
 * parseClockTime('12:75')        // => null
 * parseClockTime('999:00:00')    // => null (41 days)
 */
export function parseClockTime(value: string): number | null {
  const m = /^(\d{1,3})(?::(\d{1,2}))?:(\d{1,2})(?:[.,](\d{1,9}))?$/.exec(value.trim());
  if (!m) return null;
  const [, a, b, c, frac] = m;
  const hours = b === undefined ? 0 : Number(a);
  const minutes = b === undefined ? Number(a) : Number(b);
  const seconds = Number(c);
  if (b !== undefined && minutes >= 60) return null;
  if (seconds >= 60) return null;
  const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  const total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  return total <= LONGEST_RECORDING_MS ? total : null;
}

/**
 * Seconds (a JSON number or numeric string such as "12.34") to whole milliseconds; null when not a finite, non-negative number.
 *
 * @example
 * secondsToMs(1.2345) // => 1235
 * secondsToMs('x')    // => null
 */
export function secondsToMs(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return null;
  return Math.round(n * 1000);
}

/**
 * Milliseconds to `H:MM:SS` (or `M:SS` under an hour), for messages and reports.
 *
 * @example
 * formatClock(3723500) // => '1:02:03'
 * formatClock(65000)   // => '1:05'
 */
export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
