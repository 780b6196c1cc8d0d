/**
 * The performance budget of issue 7, checked against one bench run: each line MET, MISSED, or
 * NOT MEASURED (when its part of the bench did not run), with the numbers behind it. Printed,
 * never asserted: timings belong in the bench, not in tests.
 */
import type { CliTimings } from './cli-timings';
import type { HeapResult } from './heap-limit';
import type { ProgressBatch } from './progress-batch';
import type { ServiceBench } from './service-bench';
import { STAGE } from './stage-names';
import type { StageRow } from './stage-timings';

export type BudgetStatus = 'MET' | 'MISSED' | 'NOT MEASURED';

export interface BudgetLine {
  criterion: string;
  target: string;
  measured: string;
  status: BudgetStatus;
}

export interface BudgetInput {
  stages: StageRow[];
  heap: HeapResult | null;
  bundleGzipKiB: number | null;
  service: ServiceBench | null;
  /** The built command line on a ~20k and a ~250k-word meeting, and on a two-line file (issue 15). */
  cli: CliTimings | null;
  /** The built progress command line over a long and a short series of meetings (issue 15, item 3). */
  progress: ProgressBatch | null;
}

/** The reference meeting of the budget: a two-hour meeting is about 20,000 words. */
const REFERENCE_WORDS = 20_000;
/** Issue 15: `npm run analyse -- FILE` answers a two-line file within 0.4 s of wall time, npm's own start included. */
const CLI_START_LIMIT_MS = 400;
/** Issue 15: `npm run analyse -- FILE` answers a 20k-word meeting within 0.8 s of wall time. */
const CLI_MEETING_LIMIT_MS = 800;
/** Issue 15: 50 meetings of 10k words through `npm run progress`, in one process. */
const PROGRESS_LIMIT_MS = 5_000;
/**
 * Memory is flat when the heap held as the last meeting of the long series is read (after 49 meetings) is at
 * most this much more than the heap held after 10, both right after a forced full collection: a run that kept
 * every meeting it read would hold 4.9 times the meetings' data. The slack covers the digests the run keeps on
 * purpose (a few KB a meeting) and what V8 compiles on the way.
 */
const PROGRESS_FLAT_FACTOR = 1.5;
/** "1 MB" read strictly as 1,000,000 bytes (976.6 KiB), the smaller of the two readings. */
const BUNDLE_LIMIT_KIB = 1_000_000 / 1024;

const ms = (n: number) => `${n.toFixed(1)} ms`;
const status = (ok: boolean): BudgetStatus => (ok ? 'MET' : 'MISSED');
const notMeasured = (criterion: string, target: string, why: string): BudgetLine => ({
  criterion,
  target,
  measured: why,
  status: 'NOT MEASURED',
});

/**
 * Checks every budget line.
 *
 * @example
 * const lines = checkBudget({ stages, heap, bundleGzipKiB: 745.4, service });
 * // lines[0] => { criterion: 'all analysers, 20k words', target: '<= 60 ms', measured: '53.7 ms', status: 'MET' }
 */
export function checkBudget(input: BudgetInput): BudgetLine[] {
  const at20k = (stage: string) =>
    input.stages.find((r) => r.stage === stage && r.words === REFERENCE_WORDS)?.medianMs ?? null;
  const ours = at20k(STAGE.allAnalysers);
  const vader = at20k(STAGE.vader);
  const alex = at20k(STAGE.alex);
  const pdf = at20k(STAGE.pdf);
  const lines: BudgetLine[] = [];

  lines.push(
    ours === null
      ? notMeasured('all analysers, 20k words', '<= 60 ms', 'no 20k row')
      : { criterion: 'all analysers, 20k words', target: '<= 60 ms', measured: ms(ours), status: status(ours <= 60) },
  );
  for (const [name, peer, factor] of [
    ['VADER alone', vader, 3],
    ['alex alone', alex, 10],
  ] as const) {
    const criterion = `faster than ${name}, 20k words`;
    const target = `>= ${factor}x`;
    if (ours === null || peer === null) lines.push(notMeasured(criterion, target, 'no 20k rows'));
    else
      lines.push({
        criterion,
        target,
        measured: `${(peer / ours).toFixed(2)}x (${ms(peer)} / ${ms(ours)})`,
        status: status(peer / ours >= factor),
      });
  }
  lines.push(
    pdf === null
      ? notMeasured('PDF report, 20k words', '<= 150 ms', 'no 20k row')
      : { criterion: 'PDF report, 20k words', target: '<= 150 ms', measured: ms(pdf), status: status(pdf <= 150) },
  );

  lines.push(...cliLines(input.cli, vader));
  lines.push(progressLine(input.progress));

  const bundle = input.bundleGzipKiB;
  lines.push(
    bundle === null
      ? notMeasured('Worker bundle, gzip', '<= 1 MB', 'bundle not built')
      : {
          criterion: 'Worker bundle, gzip',
          target: `<= 1 MB (${BUNDLE_LIMIT_KIB.toFixed(1)} KiB)`,
          measured: `${bundle.toFixed(1)} KiB`,
          status: status(bundle <= BUNDLE_LIMIT_KIB),
        },
  );

  const heap = input.heap;
  if (heap === null) lines.push(notMeasured('200k-word analysis heap', '< 128 MB', 'not probed'));
  else {
    const peak = heap.peakSampledMB;
    const measured = heap.completedUnder128MB
      ? `completed with a 128 MB old space; peak sampled ${peak?.toFixed(1)} MB`
      : `failed under the 128 MB limit: ${heap.error ?? ''}`;
    lines.push({
      criterion: `${heap.words / 1000}k-word analysis heap`,
      target: '< 128 MB',
      measured,
      status: status(heap.completedUnder128MB && (peak ?? Infinity) < 128),
    });
  }

  const service = input.service;
  const single = service?.series.find((s) => s.commentary === 'rules' && s.concurrency === 1);
  lines.push(
    !single || single.p50Ms === null
      ? notMeasured('sync 20k upload (rules), 1 client', 'p50 <= 250 ms', 'service not run')
      : {
          criterion: 'sync 20k upload (rules), 1 client',
          target: 'p50 <= 250 ms',
          measured: `p50 ${ms(single.p50Ms)}, p99 ${ms(single.p99Ms ?? NaN)}`,
          status: status(single.p50Ms <= 250),
        },
  );
  const at8 = service?.series.filter((s) => s.concurrency === 8) ?? [];
  lines.push(
    at8.length === 0
      ? notMeasured('sync 20k uploads, 8 concurrent clients', '0 errors', 'service not run')
      : {
          criterion: 'sync 20k uploads, 8 concurrent clients',
          target: '0 errors',
          measured: at8
            .map((s) => `${s.commentary}: ${s.errors} errors / ${s.requests} (p50 ${ms(s.p50Ms ?? NaN)})`)
            .join('; '),
          status: status(at8.every((s) => s.errors === 0)),
        },
  );
  return lines;
}

/**
 * Issue 15: the whole pipeline's marginal cost per 20k words against VADER alone, and the command line's
 * answer through `npm run analyse` (as the issue measures it) on a two-line file and on a 20k-word meeting.
 */
function cliLines(cli: CliTimings | null, vader: number | null): BudgetLine[] {
  const ratioCriterion = 'whole pipeline (CLI) faster than VADER, per 20k words';
  const startCriterion = 'CLI start, two-line file (npm run analyse)';
  const startTarget = `<= ${CLI_START_LIMIT_MS} ms`;
  const meetingCriterion = 'CLI answer, 20k-word meeting (npm run analyse)';
  const meetingTarget = `<= ${CLI_MEETING_LIMIT_MS} ms`;
  if (cli === null)
    return [
      notMeasured(ratioCriterion, '>= 3x', 'CLI not timed'),
      notMeasured(startCriterion, startTarget, 'CLI not timed'),
      notMeasured(meetingCriterion, meetingTarget, 'CLI not timed'),
    ];
  const marginal = cli.marginalMsPer20k;
  const sizes = `${cli.smallWords / 1000}k-${cli.bigWords / 1000}k words, median of ${cli.processes} processes`;
  // Like with like: VADER's marginal cost over the same utterances, in fresh processes taken in turns with ours;
  // its warm in-process 20k row is shown beside it.
  const vaderMarginal = cli.vaderMarginalMsPer20k;
  const warm = vader === null ? '' : `; VADER warm at 20k: ${ms(vader)}`;
  return [
    {
      criterion: ratioCriterion,
      target: '>= 3x',
      // VADER started with our Node settings too: the ratio is the work, not the settings.
      measured: `${(vaderMarginal / marginal).toFixed(2)}x (VADER ${ms(vaderMarginal)} / ours ${ms(marginal)}; ${sizes}; VADER with our Node settings: ${ms(cli.vaderTunedMarginalMsPer20k)}${warm})`,
      status: status(vaderMarginal / marginal >= 3),
    },
    {
      criterion: startCriterion,
      target: startTarget,
      measured: `${ms(cli.startNpmMs)} (${cli.command}: ${ms(cli.startDirectMs)}; median of ${cli.processes})`,
      status: status(cli.startNpmMs <= CLI_START_LIMIT_MS),
    },
    {
      criterion: meetingCriterion,
      target: meetingTarget,
      measured: `${ms(cli.meetingNpmMs)} (${cli.smallWords / 1000}k words, JSON to a file; median of ${cli.processes})`,
      status: status(cli.meetingNpmMs <= CLI_MEETING_LIMIT_MS),
    },
  ];
}

/** After how many meetings the held heap is first read, for the flatness check. */
const PROGRESS_FLAT_FROM = 10;

/** Issue 15, item 3: the progress CLI over 50 meetings within 5 s, the heap it holds no larger after 49 than after 10. */
function progressLine(batch: ProgressBatch | null): BudgetLine {
  const criterion = 'progress CLI, 50 meetings of 10k words, one process';
  const target = `<= ${PROGRESS_LIMIT_MS / 1000} s, memory flat`;
  if (batch === null) return notMeasured(criterion, target, 'progress CLI not timed');
  const { long } = batch;
  const mb = (x: number | undefined) => (x === undefined ? 'n/a' : `${x.toFixed(1)} MB`);
  const held = batch.heldHeapMB ?? [];
  const [early, late] = [held[PROGRESS_FLAT_FROM], held.length - 1 > PROGRESS_FLAT_FROM ? held.at(-1) : undefined];
  const flat = early !== undefined && late !== undefined && late <= early * PROGRESS_FLAT_FACTOR;
  return {
    criterion,
    target,
    measured:
      `${(long.wallMs / 1000).toFixed(2)} s for ${long.meetings}; heap held after ${PROGRESS_FLAT_FROM} meetings ` +
      `${mb(early)}, after ${held.length - 1} ${mb(late)}; peak ${mb(long.peakHeapMB)}`,
    status: status(long.wallMs <= PROGRESS_LIMIT_MS && flat),
  };
}
