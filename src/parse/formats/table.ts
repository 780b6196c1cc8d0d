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
import { mapColumns, type ColumnMap } from './table-columns';

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
        'the first line of the table must name its columns, with at least a speaker and a text column (e.g. "Speaker,Start,End,Text")',
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
