/**
 * Runs every file in the corpus's meetings/ and formats/ folders through ingestion and tabulates
 * what came out: format, speakers, utterances, words, duration, or the error.
 *
 * Expectations are stated per file where we know them (people in a real meeting; malformed
 * files that must give a clear error), so the table says "as expected" or not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ingest, TranscriptError } from '../../src/parse/index';
import { formatClock } from '../../src/parse/timestamps';
import type { EvalSection } from './report';

/** Files that are not transcripts (summaries, annotations, READMEs, licences, expected-parse JSON). */
const NOT_TRANSCRIPTS = [
  /README|LICEN[CS]E|license|00README/,
  /\/ami_nxt\//, // NXT XML is read by the turn-taking evaluation, not by users
  /\/icsi_nxt\//,
  /_minutes_|__minutes_/,
  /mozilla-vtt\.js-tests\//, // summarised in one row below; run in detail by test/corpus/webvtt-conformance.test.ts
  /\.md$/,
];

/** Vendor samples we detect but do not parse (see src/parse/formats/json/describe.ts). */
const UNSUPPORTED = /\/(rev_json|ibm_watson_json|google_stt_json|azure_stt_json|tsv_ctm)\//;

/**
 * Files that must fail with a clear error; a test of the error path, not of the parser's reach.
 * Everything not listed here (and not unsupported) must parse.
 */
const MUST_FAIL = /invalid_format|invalid_timeframe\.|missing_timeframe|webvtt-py__invalid\.vtt|webvtt-py__empty|webvtt-py__no_captions/;

export async function runIngestionEval(corpusDir: string): Promise<EvalSection> {
  const roots = ['meetings', 'formats'].map((d) => join(corpusDir, d));
  const files = roots.flatMap((r) => listFiles(r)).filter((f) => !NOT_TRANSCRIPTS.some((re) => re.test(f)));
  const rows: Array<Array<string | number | null>> = [];
  let unexpected = 0;
  for (const file of files) {
    const rel = relative(corpusDir, file);
    const expectation = UNSUPPORTED.test(file) ? 'unsupported' : MUST_FAIL.test(file) ? 'error' : 'parse';
    try {
      const t = ingest(readFileSync(file), { fileName: basename(file) });
      const people = t.speakers.filter((s) => !s.anonymous).length;
      const ok = expectation === 'parse';
      if (!ok) unexpected++;
      rows.push([rel, t.format, `${t.speakers.length} (${people} named)`, t.utterances.length, t.wordCount, t.durationMs === null ? null : formatClock(t.durationMs), ok ? 'ok' : `UNEXPECTED: parsed, expected ${expectation}`]);
    } catch (err) {
      const message = err instanceof TranscriptError ? `${err.code}: ${err.describe()}` : `CRASH: ${String(err)}`;
      const ok = err instanceof TranscriptError && expectation !== 'parse';
      if (!ok) unexpected++;
      rows.push([rel, null, null, null, null, null, `${ok ? 'error as expected' : 'UNEXPECTED'} (${truncate(message, 110)})`]);
    }
  }
  const suite = conformanceSuiteRow(corpusDir);
  if (suite) {
    rows.push(suite.row);
    unexpected += suite.unexpected;
  }
  return {
    title: 'Ingestion: every corpus transcript through detection, parsing and normalisation',
    tables: [{ columns: ['file', 'format', 'speakers', 'utterances', 'words', 'duration', 'result'], rows }],
    notes: [
      `${files.length} files; ${unexpected} unexpected result(s).`,
      'Expected errors: the malformed webvtt-py/vtt.js files; unsupported: vendor samples kept only for detection (Rev, IBM, Google, Azure, CTM/TSV).',
    ],
    targetsMet: unexpected === 0,
  };
}

/**
 * The vtt.js suite: a file whose expected parse has cues must give utterances; one with none must
 * give a clear error. One summary row; the cue-by-cue comparison is a test.
 */
function conformanceSuiteRow(corpusDir: string): { row: Array<string | number | null>; unexpected: number } | null {
  const dir = join(corpusDir, 'formats/webvtt/mozilla-vtt.js-tests');
  const vtts = listFiles(dir).filter((f) => f.endsWith('.vtt'));
  if (vtts.length === 0) return null;
  let asExpected = 0;
  const surprises: string[] = [];
  for (const file of vtts) {
    let expectedCues = -1;
    try {
      expectedCues = (JSON.parse(readFileSync(file.replace(/\.vtt$/, '.json'), 'utf8')) as { cues: unknown[] }).cues.filter((c) => (c as { text: string }).text.trim() !== '').length;
    } catch {
      expectedCues = -1;
    }
    let parsed = 0;
    try {
      parsed = ingest(readFileSync(file), { fileName: basename(file) }).utterances.length;
    } catch (err) {
      if (!(err instanceof TranscriptError)) surprises.push(`${relative(dir, file)} crashed`);
    }
    if (expectedCues < 0 || (expectedCues > 0) === (parsed > 0)) asExpected++;
    else surprises.push(`${relative(dir, file)}: expected ${expectedCues} cue(s), got ${parsed} utterance(s)`);
  }
  const result = surprises.length === 0 ? 'ok' : `UNEXPECTED: ${truncate(surprises.join('; '), 160)}`;
  return { row: ['formats/webvtt/mozilla-vtt.js-tests/ (whole suite)', 'webvtt', null, null, null, null, `${asExpected}/${vtts.length} as expected; ${result}`], unexpected: surprises.length };
}

function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function truncate(s: string, n: number): string {
  const oneLine = s.replace(/\s+/g, ' ');
  return oneLine.length > n ? `${oneLine.slice(0, n)}...` : oneLine;
}
