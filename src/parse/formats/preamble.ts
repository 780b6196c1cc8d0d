/**
 * Lines before the first speaker label: a title, a date, an attendee list. They are not speech,
 * so they become metadata where their meaning is clear and are reported as skipped otherwise,
 * with their line numbers, so that no line disappears without a trace.
 */

/** Header keys we recognise in `Key: value` lines (or a `Key` line followed by its value). */
const METADATA_KEYS: ReadonlyArray<{ key: string; aliases: readonly string[] }> = [
  // "Date: 12 March 2025"
  { key: 'date', aliases: ['date', 'datum', 'when'] },
  // "Time: 10:00 CET"
  { key: 'time', aliases: ['time', 'start time'] },
  // "Title: Sprint 14 retro", "Meeting: Sprint 14 retro"
  { key: 'title', aliases: ['title', 'meeting', 'subject', 'topic'] },
  // "Attendees: Zoë Adams, Łukasz Nowak" or "Attendees" on one line, the names on the next (Google Meet)
  { key: 'attendees', aliases: ['attendees', 'participants', 'present', 'speakers'] },
  // "Location: Room 4.12"
  { key: 'location', aliases: ['location', 'place', 'room'] },
  // "Duration: 32m 10s"
  { key: 'duration', aliases: ['duration', 'length'] },
];

/** Section headings that exports put above the speech; they carry no information of their own. */
const HEADINGS = new Set(['transcript', 'meeting transcript', 'transcription']);

const KEY_BY_ALIAS = new Map(METADATA_KEYS.flatMap((k) => k.aliases.map((a) => [a, k.key] as const)));

/** Header lines recognised by their value alone (Teams writes the date and the duration on lines of their own). */
const VALUE_PATTERNS: ReadonlyArray<{ key: string; pattern: RegExp }> = [
  // "March 4, 2025, 10:00AM", "Tuesday, 4 March 2025", "2025-03-04": starts like a date and holds a year
  {
    key: 'date',
    pattern:
      /^(?=.{0,40}$)(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b).*\b(?:19|20)\d{2}\b/i,
  },
  // "18m 40s", "1h 2m 3s"
  { key: 'duration', pattern: /^(?=\d)(?:\d{1,2}h\s*)?(?:\d{1,2}m\s*)?(?:\d{1,2}s)?$/ },
];

/** Longest header value we keep in metadata. */
const MAX_VALUE_CHARS = 300;

/**
 * The metadata key a label names, or null.
 *
 * @example
 * metadataKeyOf('Attendees') // => 'attendees'
 * metadataKeyOf('Zoë')       // => null
 */
export function metadataKeyOf(label: string): string | null {
  return KEY_BY_ALIAS.get(label.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/**
 * Collects header lines: `Key: value` lines, dates and durations fill metadata, the first other
 * line is the title, everything else is skipped with its line number.
 *
 * @example
 * const p = new Preamble();
 * p.add('Sprint 14 retro', 1); p.add('Date: 12 March 2025', 2); p.add('(recording started late)', 3);
 * // p.metadata => { title: 'Sprint 14 retro', date: '12 March 2025' }
 * // p.skipped  => [{ line: 3, reason: 'text before the first speaker label: "(recording started late)"' }]
 */
export class Preamble {
  readonly metadata: Record<string, string> = {};
  readonly skipped: Array<{ line: number | null; reason: string }> = [];
  /** A `Key` line without a value waits for the next line. */
  private pendingKey: string | null = null;

  add(rawLine: string, line: number): void {
    const text = rawLine.trim();
    if (text === '') return;
    if (this.pendingKey !== null) {
      this.put(this.pendingKey, text);
      this.pendingKey = null;
      return;
    }
    const colon = text.indexOf(':');
    if (colon > 0 && colon <= 30) {
      const key = metadataKeyOf(text.slice(0, colon));
      if (key !== null) {
        const value = text.slice(colon + 1).trim();
        if (value === '') this.pendingKey = key;
        else this.put(key, value);
        return;
      }
    }
    if (HEADINGS.has(text.toLowerCase())) return;
    const bareKey = text.length <= 30 ? metadataKeyOf(text) : null;
    if (bareKey !== null) {
      this.pendingKey = bareKey;
      return;
    }
    const byValue = VALUE_PATTERNS.find((v) => this.metadata[v.key] === undefined && v.pattern.test(text));
    if (byValue) {
      this.put(byValue.key, text);
      return;
    }
    if (this.metadata.title === undefined && text.length <= MAX_VALUE_CHARS) {
      this.metadata.title = text;
      return;
    }
    this.skipped.push({ line, reason: `text before the first speaker label: "${shorten(text)}"` });
  }

  /**
   * Adds a header field the parser found itself (for example a Zoom start clock).
   *
   * @example
   * p.put('startClock', '19:00:25')
   */
  put(key: string, value: string): void {
    if (this.metadata[key] === undefined) this.metadata[key] = value.slice(0, MAX_VALUE_CHARS);
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
