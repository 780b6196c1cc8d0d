/**
 * A meeting's calendar date from what a transcript file carries: a header date ("Date: 12 March 2025",
 * Teams' "March 4, 2025, 10:00AM", Deepgram's `created`), or a date in the file name (Zoom saves
 * "GMT20261102-100000_Recording.transcript.vtt"; people write "2026-11-02 weekly.txt"). Ambiguous
 * numeric dates (03/04/2025: March or April?) are not guessed.
 */
import type { Transcript } from '../model/transcript';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Metadata keys that hold a date, in order of trust (parsers keep them as written). */
const DATE_KEYS = ['date', 'created', 'Date', 'Created', 'start_time', 'startTime', 'recorded'];

/**
 * Reads a calendar date from text; null when there is none or it is ambiguous.
 *
 * @example
 * parseCalendarDate('Tuesday, 3 November 2026') // => '2026-11-03'
 * parseCalendarDate('November 3, 2026, 10:00AM') // => '2026-11-03'
 * parseCalendarDate('2026-11-03T09:00:00Z')      // => '2026-11-03'
 * parseCalendarDate('GMT20261103-090000_Recording') // => '2026-11-03'
 * parseCalendarDate('03/11/2026')                // => null (ambiguous)
 */
export function parseCalendarDate(text: string): string | null {
  const iso = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const compact = /(?:GMT|^|[_\s-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[-_T\s.]|$)/.exec(text);
  if (compact) return valid(+compact[1]!, +compact[2]!, +compact[3]!);
  const dayMonth = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+((?:19|20)\d{2})/i.exec(text);
  if (dayMonth) return valid(+dayMonth[3]!, monthOf(dayMonth[2]!), +dayMonth[1]!);
  const monthDay = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})/i.exec(text);
  if (monthDay) return valid(+monthDay[3]!, monthOf(monthDay[1]!), +monthDay[2]!);
  return null;
}

/**
 * The date written in a transcript's header metadata, or null.
 *
 * @example
 * dateInTranscript({ ...transcript, metadata: { date: '12 March 2025' } }) // => '2025-03-12'
 */
export function dateInTranscript(transcript: Pick<Transcript, 'metadata'>): string | null {
  for (const key of DATE_KEYS) {
    const value = transcript.metadata[key];
    const date = value === undefined ? null : parseCalendarDate(value);
    if (date) return date;
  }
  return null;
}

/**
 * YYYY-MM-DD of an instant, in UTC.
 *
 * @example
 * isoDay(new Date('2026-11-03T23:30:00Z')) // => '2026-11-03'
 */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function monthOf(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
}

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return isoDay(date);
}
