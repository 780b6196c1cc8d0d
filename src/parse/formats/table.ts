/**
 * A transcript as a table: CSV or TSV with a header row naming a speaker, a text, and optionally
 * start and end columns, as meeting tools and spreadsheets export it.
 *
 *     Speaker,Start Time,End Time,Text
 *     Zoë,00:00:01.000,00:00:04.100,"Okay, let's get started."
 *
 * Times may be seconds (`62.5`), clock times (`00:01:02.500`, `1:02`), or milliseconds when the
 * header says so (`Start (ms)`). Cells are split by csv-parse (RFC 4180: quotes, doubled quotes,
 * line breaks inside quotes), never by hand. A table without a speaker column (CTM, word lists)
 * is not this format.
 */
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { TranscriptError } from '../errors';
import { LONGEST_RECORDING_MS, parseClockTime } from '../timestamps';
import type { ParsedTranscript, RawCue, TextFormatParser } from '../types';
import { mapColumns, namedColumns, type ColumnMap } from './table-columns';

/** Excel writes `sep=;` as the first line to name the delimiter. */
const EXCEL_SEPARATOR_LINE = /^sep=(.)\s*$/i;
const SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * The delimiter of a header line: a tab if there is one, else whichever of `;` and `,` is more common.
 *
 * @example
 * delimiterOf('Speaker\tStart\tText') // => '\t'
 * delimiterOf('Sprecher;Beginn;Text') // => ';'
 */
export function delimiterOf(headerLine: string): string {
  if (headerLine.includes('\t')) return '\t';
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The header line (after an Excel `sep=` line), its delimiter, and how many lines come before it. */
function headerOf(text: string): { line: string; delimiter: string; skipped: number } | null {
  const lines = text.split('\n', 3).map((l) => l.replace(/\r$/, ''));
  const sep = EXCEL_SEPARATOR_LINE.exec(lines[0] ?? '');
  const line = sep ? lines[1] : lines[0];
  if (line === undefined || line.trim() === '') return null;
  return { line, delimiter: sep ? sep[1]! : delimiterOf(line), skipped: sep ? 1 : 0 };
}

function splitHeader(line: string, delimiter: string): string[] | null {
  try {
    return (parseCsv(line, { delimiter, relax_quotes: true }) as string[][])[0] ?? null;
  } catch {
    return null;
  }
}

/** How many lines below the header `headedTable` reads. */
const SHAPE_SAMPLE_ROWS = 20;
/** Rows needed below the header: two short lines with one comma each are as likely chat as a table. */
const SHAPE_MIN_ROWS = 3;
/** The share of the rows read that must have as many cells as the header. */
const SHAPE_MIN_SAME_WIDTH = 0.8;
/** A header cell longer than this is a sentence, not a column name. */
const HEADER_CELL_MAX_CHARS = 40;
/** A row longer than this is not split to test its width (it counts as another width). */
const SHAPE_ROW_MAX_CHARS = 5000;
/**
 * A line that opens with a name and a colon is talk ("Ana: we shipped it, finally."), not a row, whatever its
 * commas. A clock time (`00:01,Ana,Hi`) is no name: the colon must be followed by a space.
 */
const SPEAKER_LABEL_START = /^[^\t,;:]{1,40}:\s/;

/**
 * A delimited table by its shape, whatever its columns say: a header of short names, and rows below it with as
 * many cells. It lets a table that is not a transcript (a list of users and dates, a dataset of requests) be
 * refused by what it is, instead of read as paragraphs of plain text.
 *
 * @example
 * headedTable('User,Adminship date\ncnwb,2005-12-04\nwoody,NA\nmsgj,2009-02-24\n')
 * // => { delimiter: ',', header: ['User', 'Adminship date'] }
 * headedTable('Ana: hi, all\nBo: yes, sure\nAna: right, then\nBo: ok, go\n') // => null (lines opening with a name and a colon are talk)
 */
export function headedTable(text: string): { delimiter: string; header: string[] } | null {
  const top = headerOf(text.slice(0, 2000));
  if (!top || top.line.length > 500) return null;
  const header = splitHeader(top.line, top.delimiter);
  if (!header || header.length < 2) return null;
  if (header.some((cell) => cell.trim() === '' || cell.length > HEADER_CELL_MAX_CHARS)) return null;
  const rows = text
    .split('\n', top.skipped + 1 + SHAPE_SAMPLE_ROWS + 1)
    .slice(top.skipped + 1, top.skipped + 1 + SHAPE_SAMPLE_ROWS)
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
  if (rows.length < SHAPE_MIN_ROWS) return null;
  const sameWidth = rows.filter(
    (row) =>
      row.length <= SHAPE_ROW_MAX_CHARS &&
      !SPEAKER_LABEL_START.test(row) &&
      splitHeader(row, top.delimiter)?.length === header.length,
  ).length;
  return sameWidth / rows.length >= SHAPE_MIN_SAME_WIDTH ? { delimiter: top.delimiter, header } : null;
}

/**
 * What a table that `table` does not read is, for the unknown-format error: by its header.
 *
 * @example
 * describeUnreadTable({ delimiter: ',', header: ['User', 'Adminship date'] })
 * // => 'a CSV table with the columns "User", "Adminship date", and no text column ...'
 * describeUnreadTable({ delimiter: '\t', header: ['file', 'beg', 'end', 'text'] })
 * // => 'a TSV table with the columns "file", "beg", "end", "text", and no speaker column: it looks like a table of timed words ...'
 */
export function describeUnreadTable(found: { delimiter: string; header: readonly string[] }): string {
  const named = namedColumns(found.header);
  const timedWords =
    named.speaker === undefined && named.text !== undefined && (named.start !== undefined || named.end !== undefined);
  const missing = (['speaker', 'text'] as const).filter((c) => named[c] === undefined);
  const shown = found.header.slice(0, 8).map((c) => JSON.stringify(clip(c.trim())));
  return (
    `a ${found.delimiter === '\t' ? 'TSV' : 'CSV'} table with the columns ${shown.join(', ')}` +
    `${found.header.length > shown.length ? ' ...' : ''}, and no ${missing.join(' or ')} column` +
    `${timedWords ? `: it looks like ${TIMED_WORDS_TABLE}` : ''}. A transcript table needs a header ${NEEDED_COLUMNS}`
  );
}

/** A cell as the error quotes it: a header cell longer than a column name is cut. */
const clip = (cell: string): string =>
  cell.length > HEADER_CELL_MAX_CHARS ? `${cell.slice(0, HEADER_CELL_MAX_CHARS)}...` : cell;

/**
 * What a text shaped like a table is, when no format read it: for the unknown-format error. By its header when it
 * has one; a tab-separated table whose rows do not match its first line (a damaged header) by that line.
 *
 * @example
 * describeTableText('Nstamp\tTranscript\nAna\t0\tHi\nBo\t2\tYes\nAna\t3\tOk\n')
 * // => 'a TSV table with the columns "Nstamp", "Transcript", and no speaker column ...'
 * describeTableText('test.wav 1 0.5 0.3 hello\ntest.wav 1 0.8 0.4 world\n') // => TIMED_WORDS_TABLE
 */
export function describeTableText(text: string): string {
  const headed = headedTable(text);
  if (headed) return describeUnreadTable(headed);
  const first = text.split('\n', 1)[0]!.replace(/\r$/, '');
  if (first.includes('\t')) return describeUnreadTable({ delimiter: '\t', header: first.split('\t') });
  if (text.includes('\t')) {
    return (
      `a tab-separated table whose first line (${JSON.stringify(clip(first.trim()))}) names no columns. ` +
      `A transcript table needs a header ${NEEDED_COLUMNS}`
    );
  }
  return TIMED_WORDS_TABLE;
}

/** What a transcript table's header must name, for both errors. */
const NEEDED_COLUMNS = 'naming at least a speaker and a text column (e.g. "Speaker,Start,End,Text")';

/** The error's words for a table of timed words without speakers (CTM, the LDC `file beg end text` layout). */
export const TIMED_WORDS_TABLE = 'a table of timed words (CTM/TSV), which is not supported';

/**
 * CSV/TSV transcript tables.
 *
 * @example
 * table.parse('Speaker,Start,Text\nZoë,1.5,"Hello, all."\n').cues
 * // => [{ speaker: 'Zoë', startMs: 1500, endMs: null, text: 'Hello, all.', line: 2 }]
 */
export const table: TextFormatParser = {
  format: 'table',
  label: 'CSV or TSV table with speaker, start, end and text columns',
  // No extension hints: a .tsv or .csv of timed words without speakers must keep the unknown-format error.
  extensions: [],
  sniff(text) {
    const header = headerOf(text.slice(0, 2000));
    if (!header || header.line.length > 500) return 0;
    const cells = splitHeader(header.line, header.delimiter);
    const columns = cells && cells.length >= 2 ? mapColumns(cells) : null;
    if (!columns) return 0;
    return columns.start !== null ? 0.95 : 0.9;
  },
  parse(text): ParsedTranscript {
    const header = headerOf(text);
    const cells = header ? splitHeader(header.line, header.delimiter) : null;
    const columns = cells ? mapColumns(cells) : null;
    if (!header || !cells || !columns) {
      throw new TranscriptError(
        'invalid-structure',
        header && cells && cells.length >= 2
          ? `the file is ${describeUnreadTable({ delimiter: header.delimiter, header: cells })}`
          : `the first line of the table must name its columns, ${NEEDED_COLUMNS}`,
        { line: 1 },
      );
    }
    const records = readRecords(text, header.delimiter, header.skipped);
    const cues: RawCue[] = [];
    for (const { cells: row, line } of records.slice(1)) {
      const cue = rowCue(row, line, columns, cells);
      if (cue.text !== '') cues.push(cue);
    }
    return { format: 'table', cues, metadata: { columns: cells.join(', ').slice(0, 200) } };
  },
};

/**
 * Every record with the line it starts on. Malformed CSV is an error at the line where the bad
 * record starts (for an unclosed quote, where the quote was opened, not the end of the file).
 */
function readRecords(text: string, delimiter: string, skipped: number): Array<{ cells: string[]; line: number }> {
  // csv-parse counts the line a record ends on; a record starts after the one before it ended.
  let previousEnd = skipped;
  const records: Array<{ cells: string[]; line: number }> = [];
  try {
    parseCsv(text, {
      delimiter,
      from_line: skipped + 1,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        records.push({ cells: record, line: previousEnd + 1 });
        previousEnd = context.lines;
        return null;
      },
    });
    return records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    throw new TranscriptError(
      'invalid-structure',
      `the ${delimiter === '\t' ? 'TSV' : 'CSV'} table is malformed: ${err.message}`,
      { line: previousEnd + 1, details: { csvCode: err.code } },
    );
  }
}

function rowCue(row: readonly string[], line: number, columns: ColumnMap, header: readonly string[]): RawCue {
  const cell = (i: number | null) => (i === null ? '' : (row[i] ?? '').trim());
  const startMs = timeCell(cell(columns.start), columns.startInMs, line, header[columns.start ?? 0] ?? 'start');
  const endMs = timeCell(cell(columns.end), columns.endInMs, line, header[columns.end ?? 0] ?? 'end');
  if (startMs !== null && endMs !== null && endMs < startMs) {
    throw new TranscriptError(
      'malformed-timestamp',
      `the end time (${endMs / 1000} s) is before the start time (${startMs / 1000} s)`,
      { line },
    );
  }
  const speaker = cell(columns.speaker);
  return { speaker: speaker === '' ? null : speaker, startMs, endMs, text: cell(columns.text), line };
}

/**
 * A time cell to milliseconds: blank is unknown; seconds, milliseconds (when the header says so) or a clock time.
 *
 * @example
 * timeCell('62.5', false, 4, 'Start')         // => 62500
 * timeCell('00:01:02.500', false, 4, 'Start') // => 62500
 * timeCell('soon', false, 4, 'Start')         // throws 'column "Start": "soon" is not a time ...' at line 4
 */
export function timeCell(value: string, inMs: boolean, line: number, column: string): number | null {
  if (value === '') return null;
  const ms = SECONDS.test(value) ? Number(value) * (inMs ? 1 : 1000) : parseClockTime(value);
  if (ms === null || !(ms <= LONGEST_RECORDING_MS)) {
    throw new TranscriptError(
      'malformed-timestamp',
      `column "${column}": ${JSON.stringify(value.slice(0, 40))} is not a time (seconds such as 62.5, or a clock time such as 00:01:02.500)`,
      { line },
    );
  }
  return Math.round(ms);
}
