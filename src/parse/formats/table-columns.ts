/**
 * Which column of a transcript table holds what: the header names meeting tools and scripts
 * write, as data. Names are compared after `normalizeHeader` (lower case, `_`/`-`/`.` as spaces,
 * a parenthesised unit dropped).
 *
 * Sources: the CSV/TSV downloads of Zoom, Teams, Fireflies, tl;dv, Descript and Rev ("Speaker",
 * "Start Time", "End Time", "Text"/"Transcript"), spreadsheet exports ("Name", "Timestamp",
 * "Utterance"), and the LDC table convention (`file beg end text speaker`).
 */

export type TableColumn = 'speaker' | 'start' | 'end' | 'text';

/**
 * Header names per column, already normalised.
 *
 * @example
 * HEADER_SYNONYMS.speaker.includes('participant') // => true
 */
export const HEADER_SYNONYMS: Readonly<Record<TableColumn, readonly string[]>> = {
  speaker: [
    'speaker',
    'speaker name',
    'speaker label',
    'name',
    'participant',
    'participant name',
    'person',
    'user',
    'user name',
    'who',
    'voice',
    'talker',
  ],
  start: [
    'start',
    'start time',
    'starttime',
    'start timestamp',
    'begin',
    'beg',
    'begin time',
    'from',
    'timestamp',
    'time',
    'time start',
    'offset',
  ],
  end: ['end', 'end time', 'endtime', 'end timestamp', 'stop', 'stop time', 'to', 'time end'],
  text: [
    'text',
    'transcript',
    'transcription',
    'utterance',
    'content',
    'message',
    'caption',
    'sentence',
    'words',
    'what was said',
  ],
};

/** A header that says its times are milliseconds (`Start (ms)`, `start_ms`, `Begin Millis`). */
const MILLISECONDS = /\b(?:ms|millis|milliseconds)\b/;

/**
 * A header cell in the form the synonym lists use.
 *
 * @example
 * normalizeHeader(' Start_Time (s) ') // => 'start time'
 * normalizeHeader('Speaker Name')     // => 'speaker name'
 */
export function normalizeHeader(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_\-.]+/g, ' ')
    .replace(/\b(?:ms|millis|milliseconds|secs?|seconds)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The columns a header row names, each at the first cell that names it (a cell names one column at most).
 *
 * @example
 * namedColumns(['file', 'beg', 'end', 'text']) // => { start: 1, end: 2, text: 3 }
 */
export function namedColumns(header: readonly string[]): Partial<Record<TableColumn, number>> {
  const found: Partial<Record<TableColumn, number>> = {};
  header.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    for (const column of Object.keys(HEADER_SYNONYMS) as TableColumn[]) {
      if (found[column] === undefined && HEADER_SYNONYMS[column].includes(name)) {
        found[column] = i;
        return;
      }
    }
  });
  return found;
}

/** Where each column is (an index into the row), and whether its times are milliseconds. */
export interface ColumnMap {
  speaker: number;
  text: number;
  start: number | null;
  end: number | null;
  startInMs: boolean;
  endInMs: boolean;
}

/**
 * Finds the columns in a header row; null unless both a speaker and a text column are there
 * (a table of words without speakers, like CTM, is not a transcript we read). The first cell that
 * matches a column wins.
 *
 * @example
 * mapColumns(['Speaker', 'Start Time', 'End Time', 'Text'])
 * // => { speaker: 0, start: 1, end: 2, text: 3, startInMs: false, endInMs: false }
 * mapColumns(['file', 'beg', 'end', 'text']) // => null (no speaker)
 */
export function mapColumns(header: readonly string[]): ColumnMap | null {
  const found = namedColumns(header);
  if (found.speaker === undefined || found.text === undefined) return null;
  const inMs = (i: number | undefined) =>
    i !== undefined && MILLISECONDS.test(header[i]!.toLowerCase().replace(/[_\-.()]+/g, ' '));
  return {
    speaker: found.speaker,
    text: found.text,
    start: found.start ?? null,
    end: found.end ?? null,
    startInMs: inMs(found.start),
    endInMs: inMs(found.end),
  };
}
