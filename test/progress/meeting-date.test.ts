import { describe, expect, it } from 'vitest';
import { dateInTranscript, parseCalendarDate } from '../../src/progress/meeting-date';

describe('parseCalendarDate', () => {
  it.each([
    ['Tuesday, 3 November 2026', '2026-11-03'],
    ['November 3, 2026, 10:00AM', '2026-11-03'],
    ['Nov 3rd 2026', '2026-11-03'],
    ['2026-11-03T09:00:00.000Z', '2026-11-03'],
    ['GMT20261103-090000_Recording.transcript.vtt', '2026-11-03'],
    ['2026-11-03 weekly sync.txt', '2026-11-03'],
  ])('%s -> %s', (text, date) => expect(parseCalendarDate(text)).toBe(date));

  it.each(['03/11/2026', 'Weekly sync', '2026-02-30', 'meeting 20261340'])('no date in %s', (text) =>
    expect(parseCalendarDate(text)).toBeNull(),
  );

  it('reads the header keys parsers keep', () => {
    expect(dateInTranscript({ metadata: { title: 'Sync', date: '12 March 2025' } })).toBe('2025-03-12');
    expect(dateInTranscript({ metadata: { created: '2026-11-16T10:00:03.120Z' } })).toBe('2026-11-16');
    expect(dateInTranscript({ metadata: { title: 'Sync 2025' } })).toBeNull();
  });
});
