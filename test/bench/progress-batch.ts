/**
 * Batch work (issue 15, item 3): the built progress command line (`dist/cli/cli-progress.js`, what
 * `npm run progress` runs) over a folder of weekly meetings of one team, in one process, as a user
 * runs it: every file read, analysed and folded into the progress document, JSON written to a file.
 * The meetings are synthetic (meetings.ts, one seed per week, the same eight people), ~10k words each.
 *
 * Memory is read from V8's own GC records (v8.GCProfiler, started by a preload before the CLI's first
 * line): the peak is the largest used heap seen before any collection (garbage included: V8 lets the
 * heap grow before it collects), and the live heap the largest a full (mark-compact) collection kept.
 * Where V8's own full collections land is chance (one or two in a run), so flatness is read from one more
 * process over the long series, whose preload forces a full collection as each meeting file is read: the
 * heap held after 10 meetings and after 49, at the same point of the loop. Timings are printed, never
 * asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticMeeting } from './meetings';
import { npmScriptCommand } from '../helpers/npm-script';

const REPO = resolve(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli/cli-progress.js');
/** What `npm run progress` runs: node, its options and the launcher (which is CLI). */
const PROGRESS = npmScriptCommand('progress');
const MB = 2 ** 20;
const DAY_MS = 86_400_000;
/** The series starts on a Monday; one meeting a week, dated by its file name as Zoom and others name them. */
const FIRST_MEETING = Date.UTC(2026, 0, 5);

/**
 * Loaded with `node --import` before the CLI: records every garbage collection and, at exit, writes the
 * used heap before and after each one (and at exit) to the file named by BENCH_GC_FILE. A data: URL, so
 * the CLI runs exactly as shipped, with nothing compiled on the way.
 */
const GC_RECORDER = `data:text/javascript,${encodeURIComponent(`
import { GCProfiler, getHeapStatistics } from 'node:v8';
import fs from 'node:fs';
const writeFileSync = fs.writeFileSync;
const profiler = new GCProfiler();
profiler.start();
// With BENCH_HELD_DIR (and node --expose-gc): a full collection before each file of that folder is read, and
// the heap it kept. The bundle looks fs.readFileSync up at each call, so the CLI itself is unchanged.
const heldDir = process.env.BENCH_HELD_DIR;
const held = [];
if (heldDir) {
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (path, ...rest) {
    if (String(path).startsWith(heldDir)) {
      globalThis.gc();
      held.push(getHeapStatistics().used_heap_size);
    }
    return readFileSync.call(this, path, ...rest);
  };
}
process.on('exit', () => {
  const gcs = profiler.stop().statistics.map((s) => ({
    type: s.gcType,
    costUs: s.cost,
    before: s.beforeGC.heapStatistics.usedHeapSize,
    after: s.afterGC.heapStatistics.usedHeapSize,
  }));
  writeFileSync(process.env.BENCH_GC_FILE, JSON.stringify({ gcs, held, atExit: getHeapStatistics().used_heap_size }));
});`)}`;

interface GcRecord {
  type: string;
  /** Time the collection took, microseconds. */
  costUs: number;
  before: number;
  after: number;
}

/** One run of the progress CLI over a series. @example { meetings: 50, wallMs: 3120, peakHeapMB: 125.9, liveHeapMB: 24.0, fullGcs: 3, gcShare: 0.14 } */
export interface BatchRun {
  meetings: number;
  wallMs: number;
  /** Largest used heap before any collection, or at exit: what the run needed at most. */
  peakHeapMB: number;
  /**
   * Largest used heap right after a full collection: what the run was holding. It grows with the series
   * when the run keeps what it has read; null when V8 made no full collection.
   */
  liveHeapMB: number | null;
  fullGcs: number;
  /** Share of the wall time V8 spent collecting garbage. */
  gcShare: number;
}

/** @example { wordsEach: 10000, long: { meetings: 50, wallMs: 3120, ... }, short: { meetings: 10, ... }, longWallMs: [3120, 3050, 3300] } */
export interface ProgressBatch {
  /** The command timed, as package.json's `progress` script writes it. */
  command: string;
  wordsEach: number;
  /** Input size of the long series (all files together). */
  inputMB: number;
  outputKiB: number;
  /** The median run of the long series, and the short series it is compared with. */
  long: BatchRun;
  short: BatchRun;
  /** Wall time of every long-series process, in the order they ran. */
  longWallMs: number[];
  /**
   * Heap held as each meeting of the long series is read (index k: after k meetings), in MB, right after a
   * full collection forced there; from one more process, not timed. Absent in results from before it.
   */
  heldHeapMB?: number[];
}

/** GC records as the preload writes them. */
interface Records {
  gcs: GcRecord[];
  held: number[];
  atExit: number;
}

/** Writes `count` weekly meetings of ~`words` words into `dir`, named by date; returns their total size. */
function writeSeries(dir: string, count: number, words: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let week = 0; week < count; week++) {
    const date = new Date(FIRST_MEETING + week * 7 * DAY_MS).toISOString().slice(0, 10);
    const { vtt } = syntheticMeeting(words, week + 1);
    writeFileSync(join(dir, `${date}-platform-weekly.vtt`), vtt);
    bytes += vtt.byteLength;
  }
  return bytes;
}

/** The GC records as the numbers of one run. */
function heapOf(records: Records, meetings: number, wallMs: number): BatchRun {
  const full = records.gcs.filter((g) => g.type === 'MarkSweepCompact');
  const peak = Math.max(records.atExit, ...records.gcs.map((g) => g.before));
  return {
    meetings,
    wallMs,
    peakHeapMB: peak / MB,
    liveHeapMB: full.length === 0 ? null : Math.max(...full.map((g) => g.after)) / MB,
    fullGcs: full.length,
    gcShare: records.gcs.reduce((sum, g) => sum + g.costUs, 0) / 1000 / wallMs,
  };
}

/** Runs the CLI once over `dir`, which must succeed; with `held`, a full collection before each meeting is read. */
function runOnce(dir: string, out: string, gcFile: string, held = false): { records: Records; wallMs: number } {
  const started = performance.now();
  const flags = held ? ['--expose-gc', '--import', GC_RECORDER] : ['--import', GC_RECORDER];
  const run = spawnSync(PROGRESS.command, [...flags, ...PROGRESS.args, dir, '--json', out, '--commentary', 'rules'], {
    cwd: REPO,
    env: { ...process.env, BENCH_GC_FILE: gcFile, ANTHROPIC_API_KEY: '', ...(held ? { BENCH_HELD_DIR: dir } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`progress CLI exited ${run.status}: ${run.stderr}`);
  return { records: JSON.parse(readFileSync(gcFile, 'utf8')) as Records, wallMs };
}

/** A timed run of the CLI over a series of `meetings`. */
function timedRun(dir: string, meetings: number, out: string, gcFile: string): BatchRun {
  const { records, wallMs } = runOnce(dir, out, gcFile);
  return heapOf(records, meetings, wallMs);
}

const median = (runs: BatchRun[]) => [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]!;

/**
 * Times the built progress CLI over a long and a short series; `npm run build` must have run.
 *
 * @example
 * const batch = timeProgressBatch({ meetings: 50, shortMeetings: 10, words: 10_000, processes: 3 });
 * batch.long.wallMs // e.g. 3120 (budget: 5000)
 */
export function timeProgressBatch({
  meetings,
  shortMeetings,
  words,
  processes,
}: {
  meetings: number;
  shortMeetings: number;
  words: number;
  processes: number;
}): ProgressBatch {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-progress-'));
  try {
    const [longDir, shortDir, out, gcFile] = ['long', 'short', 'progress.json', 'gc.json'].map((f) => join(dir, f));
    const inputBytes = writeSeries(longDir!, meetings, words);
    writeSeries(shortDir!, shortMeetings, words);
    // Untimed: warms the file cache, and reads the heap held as each meeting is read.
    const heldHeapMB = runOnce(longDir!, out!, gcFile!, true).records.held.map((bytes) => bytes / MB);
    if (heldHeapMB.length !== meetings)
      throw new Error(`held heap read at ${heldHeapMB.length} of ${meetings} meetings`);
    const short: BatchRun[] = [];
    const long: BatchRun[] = [];
    for (let i = 0; i < processes; i++) {
      short.push(timedRun(shortDir!, shortMeetings, out!, gcFile!));
      long.push(timedRun(longDir!, meetings, out!, gcFile!));
    }
    return {
      command: PROGRESS.text,
      wordsEach: words,
      inputMB: inputBytes / MB,
      outputKiB: statSync(out!).size / 1024,
      long: median(long),
      short: median(short),
      longWallMs: long.map((r) => r.wallMs),
      heldHeapMB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
