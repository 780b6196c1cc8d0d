/**
 * `npm run bench`: one command, one report. Medians after a warm-up for every stage at 1k, 20k and
 * 200k words, peers on the same text, the heap under 128 MB, the Worker bundle and its start-up,
 * the service under load in `wrangler dev`, the built command lines (issue 15: analyse on one meeting,
 * progress over 50), and the budget.
 * Prints the report and
 * writes it to test/bench/results/latest.txt and latest.json, with the machine it ran on.
 *
 *   npm run bench                     # the full run, about 2.5 minutes on a 2-core machine
 *   npm run bench -- --quick          # fewer runs, no 200k timings, 5 s load series (about 1 minute)
 *   npm run bench -- --skip-service   # no wrangler dev: in-process stages, heap, bundle only
 *
 * When the service misses its budget, profile-upload.ts and cpu-profile-summary.ts show where the
 * time goes. Timings are printed, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from '../eval/corpus';
import { formatBenchReport, type BenchRun } from './bench-report';
import { checkBudget } from './budget';
import { timeCliPipeline } from './cli-timings';
import { probeHeapUnder128MB } from './heap-limit';
import { benchMeeting } from './meetings';
import { timeProgressBatch } from './progress-batch';
import { measureModuleStartup } from './module-startup';
import { benchService } from './service-bench';
import { timeAllStages, type StageRow } from './stage-timings';
import { buildWorkerBundle } from './worker-bundle';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const SKIP_SERVICE = args.has('--skip-service');
const SIZES = QUICK ? [1_000, 20_000] : [1_000, 20_000, 200_000];
const SERVICE = {
  concurrencies: [1, 4, 8],
  seriesMs: QUICK ? 5_000 : 15_000,
  commentaryModes: ['rules', 'none'] as Array<'rules' | 'none'>,
};

/** 1, 5 and 15-minute load averages: other work on the machine inflates every timing. */
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function machine(loadAtStart: string): string {
  return `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadAtStart} at start, ${load()} at end`;
}

/** 200k / 20k time per stage: 10 means the cost grows linearly with the words. */
function linearity(rows: StageRow[]): Record<string, number | null> {
  const at = (stage: string, words: number) => rows.find((r) => r.stage === stage && r.words === words)?.medianMs;
  return Object.fromEntries(
    [...new Set(rows.map((r) => r.stage))].map((stage) => {
      const [a, b] = [at(stage, 20_000), at(stage, 200_000)];
      return [stage, a && b ? Math.round((b / a) * 100) / 100 : null];
    }),
  );
}

/** Runs a part that needs tools outside this process; a failure is reported, not fatal. */
async function attempt<T>(what: string, skipped: string[], fn: () => Promise<T> | T): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    skipped.push(
      `${what} failed: ${String((err as Error).message)
        .split('\n')[0]!
        .slice(0, 300)}`,
    );
    return null;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = load();
  const skipped: string[] = [];
  const meetings = SIZES.map((n) => benchMeeting(n, CORPUS_DIR));
  if (meetings[0]!.source === 'synthetic')
    console.log(`note: ../shared/corpus is absent (${CORPUS_DIR}); benchmarking synthetic meetings`);

  console.log('timing every stage and peer, each in a fresh process ...');
  const stages: StageRow[] = timeAllStages(meetings, { quick: QUICK, log: console.log });
  console.log('the command line (npm run build, then dist/cli on 20k and 250k words, and a two-line file) ...');
  const cli = await attempt('command line timings', skipped, () => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: join(import.meta.dirname, '../..'), stdio: 'inherit' });
    const [small, big] = [20_000, 250_000].map((n) => benchMeeting(n, CORPUS_DIR));
    return timeCliPipeline(small!, big!, QUICK ? 3 : 5);
  });
  console.log('the progress command line (dist/cli/cli-progress.js) over 10 and 50 meetings of 10k words ...');
  const progress = await attempt('progress command line', skipped, () =>
    timeProgressBatch({ meetings: 50, shortMeetings: 10, words: 10_000, processes: QUICK ? 1 : 3 }),
  );
  console.log('heap probe (200k words, 128 MB) ...');
  const heap = probeHeapUnder128MB(200_000);

  console.log('building the Worker bundle (wrangler deploy --dry-run) ...');
  const built = await attempt('wrangler deploy --dry-run', skipped, buildWorkerBundle);
  const startup = built
    ? await attempt('module start-up probe', skipped, () => measureModuleStartup(built.modulePath, QUICK ? 3 : 5))
    : null;
  const bundle = built
    ? {
        wranglerRawKiB: built.wranglerRawKiB,
        wranglerGzipKiB: built.wranglerGzipKiB,
        rawKiB: built.rawKiB,
        gzipKiB: built.gzipKiB,
      }
    : null;

  let service = null;
  if (SKIP_SERVICE) skipped.push('service under load (--skip-service)');
  else if (!built) skipped.push('service under load (needs the built bundle)');
  else {
    console.log(
      `service under load: wrangler dev, ${SERVICE.commentaryModes.length} x ${SERVICE.concurrencies.length} series of ${SERVICE.seriesMs / 1000} s ...`,
    );
    const vtt = meetings.find((m) => m.words === 20_000)!.vtt;
    service = await attempt('service bench (wrangler dev)', skipped, () =>
      benchService({ modulePath: built.modulePath, vtt, ...SERVICE }),
    );
  }
  built?.dispose();

  const budget = checkBudget({
    stages,
    heap,
    bundleGzipKiB: bundle ? (bundle.wranglerGzipKiB ?? bundle.gzipKiB) : null,
    service,
    cli,
    progress,
  });
  const run: BenchRun = {
    machine: machine(loadAtStart),
    quick: QUICK,
    stages,
    ratios: linearity(stages),
    heap,
    bundle,
    startup,
    service,
    cli,
    progress,
    budget,
    skipped,
  };
  const report = formatBenchReport(run);
  console.log(`\n${report}\n(bench took ${Math.round((performance.now() - started) / 1000)} s)`);

  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), ...run }, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.txt'), report);
}

await main();
