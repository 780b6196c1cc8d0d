/**
 * Where an uploaded meeting sits in time: the date the caller gave, else the date written in the
 * transcript, else a date in the file's name, else the upload day. The source is kept with the date so
 * that every view can say how meetings were ordered.
 */
import type { Analysis } from '../../analyzers/analysis';
import { dateInTranscript, isoDay, parseCalendarDate } from './meeting-date';
import type { DateSource } from './schema';

/**
 * @example
 * meetingDateOf(analysis, { meetingDate: '2026-11-02', fileName: null, now: new Date() }) // => { date: '2026-11-02', dateSource: 'given' }
 * meetingDateOf(analysis, { fileName: 'GMT20261102-100000_Recording.vtt', now })        // => { date: '2026-11-02', dateSource: 'file-name' } (no date inside)
 */
export function meetingDateOf(
  analysis: Pick<Analysis, 'transcript'>,
  where: { meetingDate?: string; fileName: string | null; now: Date },
): { date: string; dateSource: DateSource } {
  if (where.meetingDate) return { date: where.meetingDate, dateSource: 'given' };
  const inFile = dateInTranscript(analysis.transcript);
  if (inFile) return { date: inFile, dateSource: 'file' };
  const inName = where.fileName ? parseCalendarDate(where.fileName) : null;
  if (inName) return { date: inName, dateSource: 'file-name' };
  return { date: isoDay(where.now), dateSource: 'upload' };
}
