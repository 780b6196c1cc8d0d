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

/**
 * People (named speakers) in the real meetings, counted by hand from the files: distinct persons
 * after reading every label variant (covid_1: 57 labels groups, "The Chair" and "The Chair (Hon.
 * Anthony Rota ...)" being one person; ELITR: the distinct `(X)` codes other than `(??)`).
 */
const EXPECTED_PEOPLE: Record<string, number> = {
  'meetings/qmsum/Bdb001.json': 6,
  'meetings/qmsum/Bed003.json': 4,
  'meetings/qmsum/Bmr003.json': 5,
  'meetings/qmsum/ES2004a.json': 4,
  'meetings/qmsum/ES2004b.json': 4,
  'meetings/qmsum/ES2004c.json': 4,
  'meetings/qmsum/ES2004d.json': 4,
  'meetings/qmsum/ES2005a.json': 4,
  'meetings/qmsum/covid_1.json': 56,
  'meetings/qmsum/education_13.json': 7,
  'meetings/elitr/elit_2018-04-05_pre-project-meeting__transcript_MAN_Ostrochovska_2018_04_05_ELITR_pre_project.txt': 9,
  'meetings/elitr/elit_2019-04-16_Elitr_RemoteMeeting__transcript_MAN2_Kousalova_2019_04_16_ELITR_Remote.txt': 7,
  'meetings/elitr/elit_2020-02-27__transcript_MAN_Zak_2020_02_27_ELITR_Surge.txt': 4,
  'formats/zoom_vtt/TranscriptParsing__transcript.vtt': 5,
  'formats/zoom_txt/Transcript-Phase-Coder__meeting_saved_closed_caption.txt': 3,
  'formats/teams_vtt/webvtt-py__teams_timeframe.vtt': 2,
};

/**
 * Tables of timed words without a speaker column (CTM, LDC TSV): refused with a clear error. The LDC
 * tables that have a speaker column are transcripts and are read (src/parse/formats/table.ts).
 */
const UNSUPPORTED = /\/tsv_ctm\/(?!.*__(speaker|section)\.tsv$)/;

/**
 * Files that must fail with a clear error; a test of the error path, not of the parser's reach.
 * Everything not listed here (and not unsupported) must parse.
 */
const MUST_FAIL = /invalid_format|webvtt-py__invalid\.vtt|webvtt-py__empty|webvtt-py__no_captions/;

/**
 * Files with some broken cues among good ones: they must parse, and the transcript must carry a
 * `skipped-blocks` warning naming the lines (nothing is dropped silently).
 */
const MUST_WARN = /(invalid_timeframe\.(sbv|vtt)|missing_timeframe\.(srt|sbv|vtt))$/;

export async function runIngestionEval(corpusDir: string): Promise<EvalSection> {
  const roots = ['meetings', 'formats'].map((d) => join(corpusDir, d));
  const files = roots.flatMap((r) => listFiles(r)).filter((f) => !NOT_TRANSCRIPTS.some((re) => re.test(f)));
  const rows: Array<Array<string | number | null>> = [];
  let unexpected = 0;
  for (const file of files) {
    const rel = relative(corpusDir, file);
    const expectation = UNSUPPORTED.test(file)
      ? 'unsupported'
      : MUST_FAIL.test(file)
        ? 'error'
        : MUST_WARN.test(file)
          ? 'parse with warning'
          : 'parse';
    try {
      const t = ingest(readFileSync(file), { fileName: basename(file) });
      const people = t.speakers.filter((s) => !s.anonymous).length;
      const warned = t.issues.some((i) => i.code === 'skipped-blocks');
      const expectedPeople = EXPECTED_PEOPLE[rel];
      const rightPeople = expectedPeople === undefined || expectedPeople === people;
      const ok = rightPeople && (expectation === 'parse' || (expectation === 'parse with warning' && warned));
      if (!ok) unexpected++;
      rows.push([
        rel,
        t.format,
        `${t.speakers.length} (${people} named${expectedPeople === undefined ? '' : rightPeople ? ', right' : `, EXPECTED ${expectedPeople}`})`,
        t.utterances.length,
        t.wordCount,
        t.durationMs === null ? null : formatClock(t.durationMs),
        ok
          ? warned
            ? `ok, warns: ${truncate(t.issues.find((i) => i.code === 'skipped-blocks')!.message, 90)}`
            : 'ok'
          : `UNEXPECTED: parsed, expected ${expectation}`,
      ]);
    } catch (err) {
      const message = err instanceof TranscriptError ? `${err.code}: ${err.describe()}` : `CRASH: ${String(err)}`;
      const ok = err instanceof TranscriptError && expectation !== 'parse';
      if (!ok) unexpected++;
      rows.push([
        rel,
        null,
        null,
        null,
        null,
        null,
        `${ok ? 'error as expected' : 'UNEXPECTED'} (${truncate(message, 110)})`,
      ]);
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
      `${files.length} files; ${unexpected} unexpected result(s). "right" marks the ${Object.keys(EXPECTED_PEOPLE).length} real meetings whose number of people was counted by hand.`,
      'Expected errors: the malformed webvtt-py/vtt.js files; unsupported: timed-word tables without a speaker column (CTM/TSV).',
    ],
    targetsMet: unexpected === 0,
    measurements: { 'ingestion.unexpected': unexpected },
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
    let expectedCues: number;
    try {
      expectedCues = (
        JSON.parse(readFileSync(file.replace(/\.vtt$/, '.json'), 'utf8')) as { cues: unknown[] }
      ).cues.filter((c) => (c as { text: string }).text.replace(/<[^>]*(?:>|$)/g, '').trim() !== '').length;
    } catch {
      expectedCues = -1;
    }
    let parsed = 0;
    try {
      parsed = ingest(readFileSync(file), { fileName: basename(file) }).utterances.length;
    } catch (err) {
      if (!(err instanceof TranscriptError)) surprises.push(`${relative(dir, file)} crashed`);
    }
    if (expectedCues < 0 || expectedCues > 0 === parsed > 0) asExpected++;
    else surprises.push(`${relative(dir, file)}: expected ${expectedCues} cue(s), got ${parsed} utterance(s)`);
  }
  const result = surprises.length === 0 ? 'ok' : `UNEXPECTED: ${truncate(surprises.join('; '), 160)}`;
  return {
    row: [
      'formats/webvtt/mozilla-vtt.js-tests/ (whole suite)',
      'webvtt',
      null,
      null,
      null,
      null,
      `${asExpected}/${vtts.length} as expected; ${result}`,
    ],
    unexpected: surprises.length,
  };
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
