/**
 * Turns one bench run into the plain-text report `npm run bench` prints (and writes to
 * results/latest.txt): stage timings, linearity, peers, heap, Worker bundle and start-up, the
 * service under load, and the budget. Every number says what it measures.
 */
import { formatTable } from '../eval/report';
import type { BudgetLine } from './budget';
import type { CliTimings } from './cli-timings';
import type { HeapResult } from './heap-limit';
import type { ModuleStartup } from './module-startup';
import type { BatchRun, ProgressBatch } from './progress-batch';
import type { ServiceBench } from './service-bench';
import { STAGE } from './stage-names';
import type { StageRow } from './stage-timings';
import type { WorkerBundle } from './worker-bundle';

export interface BenchRun {
  machine: string;
  quick: boolean;
  stages: StageRow[];
  /** 200k / 20k time per stage (10 = linear), null where a size was not run. */
  ratios: Record<string, number | null>;
  heap: HeapResult | null;
  bundle: Omit<WorkerBundle, 'modulePath' | 'dispose'> | null;
  startup: ModuleStartup | null;
  service: ServiceBench | null;
  cli: CliTimings | null;
  /** Absent in results written before the progress batch was benchmarked. */
  progress?: ProgressBatch | null;
  budget: BudgetLine[];
  /** Parts that did not run, and why. */
  skipped: string[];
}

const round = (n: number | null | undefined, digits = 1): number | null =>
  n === null || n === undefined || Number.isNaN(n) ? null : Number(n.toFixed(digits));

function stageTables(run: BenchRun): string[] {
  const stages = [...new Set(run.stages.map((r) => r.stage))];
  const ours = run.stages.find((r) => r.stage === STAGE.allAnalysers && r.words === 20_000)?.medianMs;
  return [
    formatTable({
      columns: ['stage', 'meeting', 'source', 'median ms', 'words/s'],
      rows: run.stages.map((r) => [r.stage, r.meeting, r.source, r.medianMs, r.wordsPerSecond.toLocaleString('en-US')]),
    }),
    formatTable({
      columns: ['stage', '200k / 20k time (10 = linear)'],
      rows: stages.map((s) => [s, run.ratios[s] ?? null]),
    }),
    formatTable({
      columns: ['peer at 20k words', 'median ms', 'peer / all our analysers'],
      rows: run.stages
        .filter((r) => r.stage.startsWith('peer:') && r.words === 20_000)
        .map((r) => [r.stage.slice(6), r.medianMs, ours ? round(r.medianMs / ours, 2) : null]),
    }),
  ];
}

function heapLine(heap: HeapResult | null): string {
  if (!heap) return 'heap: not probed';
  return heap.completedUnder128MB
    ? `heap, ${heap.words / 1000}k-word analysis with a 128 MB old-space limit (Workers isolate size): completed; peak used heap sampled between stages ${round(heap.peakSampledMB)} MB, analysis JSON ${round(heap.analysisJsonMB)} MB`
    : `heap, ${heap.words / 1000}k-word analysis with a 128 MB old-space limit: FAILED (${heap.error ?? 'unknown'})`;
}

function workerTable(run: BenchRun): string {
  const { bundle, startup, service } = run;
  const rows: Array<[string, number | null, string, string]> = [];
  if (bundle) {
    rows.push([
      'bundle, raw',
      round(bundle.wranglerRawKiB ?? bundle.rawKiB),
      'KiB',
      'wrangler deploy --dry-run "Total Upload" (minified, fonts included)',
    ]);
    rows.push([
      'bundle, gzip (wrangler)',
      round(bundle.wranglerGzipKiB),
      'KiB',
      'what counts against the Workers size limit',
    ]);
    rows.push(['bundle, gzip -9 (zlib, measured here)', round(bundle.gzipKiB), 'KiB', 'cross-check of the line above']);
  }
  if (startup)
    rows.push([
      'module start-up (compile + top level)',
      round(startup.medianMs),
      'ms',
      `import() of the built bundle in a fresh Node process (same V8 as workerd), median of ${startup.processes}; Cloudflare allows 1 s`,
    ]);
  if (service) {
    rows.push([
      'wrangler dev ready',
      round(service.devServerReadyMs, 0),
      'ms',
      'spawn to the first 200 from /health, serving the built bundle: wrangler + workerd start + module load (local only)',
    ]);
    rows.push([
      'GET /health, warm',
      round(service.healthWarmMs),
      'ms',
      'median of 20: the floor of a request through wrangler dev',
    ]);
    rows.push([
      'first 20k upload after start (cold)',
      round(service.coldUploadMs, 0),
      'ms',
      'rules commentary; code not yet optimised by V8',
    ]);
    rows.push([
      'uploads 2-6 (warming)',
      round(service.warmUploadMs, 0),
      'ms',
      'median of the next 5 from one client; steady state is the 1-client row below',
    ]);
    rows.push([
      'JSON answer to one upload',
      round(service.responseBytes / 1024),
      'KiB',
      'the PDF is stored in R2, not returned',
    ]);
  }
  return formatTable({ columns: ['Worker', 'value', 'unit', 'what it is'], rows });
}

function serviceTable(service: ServiceBench): string {
  return formatTable({
    columns: ['commentary', 'clients', 'requests', 'errors', 'p50 ms', 'p99 ms', 'req/s', 'seconds'],
    rows: service.series.map((s) => [
      s.commentary,
      s.concurrency,
      s.requests,
      s.errors === 0 ? 0 : `${s.errors} ${JSON.stringify(s.errorKinds)}`,
      round(s.p50Ms, 0),
      round(s.p99Ms, 0),
      round(s.requestsPerSecond, 2),
      round(s.elapsedMs / 1000),
    ]),
  });
}

function cliTable(cli: CliTimings): string {
  const ms = (xs: number[]) => xs.map((x) => round(x, 0)).join(', ');
  const rows: Array<[string, number | null, string, string]> = [
    [
      'whole pipeline, marginal per 20k words',
      round(cli.marginalMsPer20k),
      'ms',
      `(median ${cli.bigWords / 1000}k - median ${cli.smallWords / 1000}k) per 20k words: ` +
        'decode to JSON file, rules commentary',
    ],
    [`${cli.smallWords / 1000}k words, one process`, null, 'ms', ms(cli.smallMs)],
    [`${cli.bigWords / 1000}k words, one process`, null, 'ms', ms(cli.bigMs)],
    [
      'VADER alone, marginal per 20k words',
      round(cli.vaderMarginalMsPer20k),
      'ms',
      `the same utterances, scoring loop only, fresh processes in turns with the above: ` +
        `${cli.smallWords / 1000}k ${ms(cli.vaderSmallMs)}; ${cli.bigWords / 1000}k ${ms(cli.vaderBigMs)}`,
    ],
    [
      "VADER with the command line's Node settings, marginal per 20k words",
      round(cli.vaderTunedMarginalMsPer20k),
      'ms',
      `cross-check, not the budget: the same child started with ${cli.vaderTunedSettings}`,
    ],
    [`start on a two-line file, ${cli.command}`, round(cli.startDirectMs, 0), 'ms', `median of ${cli.processes}`],
    [
      'start on a two-line file, npm run analyse',
      round(cli.startNpmMs, 0),
      'ms',
      `median of ${cli.processes}; npm adds its own start`,
    ],
    [
      `${cli.smallWords / 1000}k words, npm run analyse`,
      round(cli.meetingNpmMs, 0),
      'ms',
      `median of ${cli.processes} (${ms(cli.smallNpmMs)}); JSON to a file, rules commentary`,
    ],
  ];
  return formatTable({
    columns: ['command line (dist/cli, fresh processes in turns)', 'value', 'unit', 'what it is'],
    rows,
  });
}

function progressTable(batch: ProgressBatch): string {
  const row = (run: BatchRun) => [
    run.meetings,
    round(run.wallMs, 0),
    round(run.peakHeapMB),
    round(run.liveHeapMB),
    run.fullGcs,
    `${Math.round(run.gcShare * 100)}%`,
  ];
  return [
    `progress command line (${batch.command} FOLDER --json FILE --commentary rules, one process): ` +
      `synthetic weekly meetings of ${batch.wordsEach / 1000}k words (${round(batch.inputMB)} MB of WebVTT for ` +
      `${batch.long.meetings}), median of ${batch.longWallMs.length} processes; progress JSON ${round(batch.outputKiB)} KiB`,
    formatTable({
      columns: ['meetings', 'wall ms', 'peak heap MB', 'live heap MB', 'full GCs', 'GC time'],
      rows: [row(batch.short), row(batch.long)],
    }),
    `${batch.long.meetings} meetings, every process: ${batch.longWallMs.map((x) => round(x, 0)).join(', ')} ms. ` +
      'Peak: the largest used heap before a collection (garbage included); live: the largest a full collection kept.',
    ...(batch.heldHeapMB ? [heldLine(batch.heldHeapMB)] : []),
  ].join('\n');
}

/** The heap held after 0, 10, 20, ... meetings and as the last is read, each right after a forced full collection. */
function heldLine(held: number[]): string {
  const at = [...held.keys()].filter((k) => k % 10 === 0 || k === held.length - 1);
  return (
    'Heap held (one more process, a full collection forced as each meeting is read), after k meetings: ' +
    at.map((k) => `${k}: ${round(held[k]!)} MB`).join(', ')
  );
}

/**
 * The whole report as text.
 *
 * @example
 * console.log(formatBenchReport(run)); // 'machine: 2 x Intel(R) Xeon(R) ...\n\nstage  meeting ...'
 */
export function formatBenchReport(run: BenchRun): string {
  const parts = [
    `machine: ${run.machine}${run.quick ? ' (--quick: fewer runs, shorter load series)' : ''}`,
    ...stageTables(run),
    heapLine(run.heap),
  ];
  if (run.cli) parts.push(cliTable(run.cli));
  if (run.progress) parts.push(progressTable(run.progress));
  if (run.bundle || run.startup || run.service) parts.push(workerTable(run));
  if (run.service) {
    parts.push(
      `service: wrangler dev on 127.0.0.1 serving the built bundle above, synchronous POST /v1/analyses of the 20k-word meeting (WebVTT, ${round(run.service.requestBodyKiB)} KiB), closed loop: each client sends its next upload when the answer has arrived; one API key per client (the per-key rate limit is not measured); errors = non-201 or network error\n${serviceTable(run.service)}`,
    );
    parts.push(
      `wrangler dev restarted the Worker ${run.service.workerRestarts} time(s) during the run${run.service.devServerIncidents.length > 0 ? `; what it said about errors and restarts:\n  ${run.service.devServerIncidents.join('\n  ')}` : ''}`,
    );
    parts.push(
      "note: wrangler dev runs the Worker in one workerd isolate, which runs one request's JavaScript at a time: concurrent CPU-bound uploads queue, so p50 grows with the clients while req/s levels off (what 4 clients gain over 1 is the overlap of I/O waits with computation). That is the local server, not the deployed service, which runs many isolates.",
    );
  }
  if (run.skipped.length > 0) parts.push(`not run: ${run.skipped.join('; ')}`);
  parts.push(
    `budget (issues 7 and 15)\n${formatTable({ columns: ['criterion', 'target', 'measured', 'status'], rows: run.budget.map((b) => [b.criterion, b.target, b.measured, b.status]) })}`,
  );
  return `${parts.join('\n\n')}\n`;
}
