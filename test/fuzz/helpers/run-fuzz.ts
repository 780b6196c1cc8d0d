/**
 * One way to run a fuzzing property: fast-check with a number of runs and a time budget, a seed
 * that is printed on failure (and can be fixed with FUZZ_SEED to replay), and a tally of how many
 * inputs each suite really ran. FUZZ_SCALE=10 runs ten times as many inputs, for a longer session.
 */
import fc from 'fast-check';

/** Multiplies every suite's number of runs (default 1: the CI budget). */
const SCALE = Number(process.env.FUZZ_SCALE ?? '1') > 0 ? Number(process.env.FUZZ_SCALE ?? '1') : 1;
/** Replays a failure: `FUZZ_SEED=123 npx vitest run --project node test/fuzz`. */
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** @example { runs: 500, timeLimitMs: 12_000 } */
export interface FuzzBudget {
  /** Inputs to generate (before FUZZ_SCALE). */
  runs: number;
  /** Stop generating after this long: a safety net so a slow machine cannot stall CI. */
  timeLimitMs: number;
}

/** @example { name: 'webvtt parser', runs: 500, ms: 210, interrupted: false } */
export interface FuzzTally {
  name: string;
  runs: number;
  ms: number;
  interrupted: boolean;
}

/**
 * Runs the property over generated inputs; throws fast-check's report (seed, counterexample,
 * shrunk) when it fails. Returns how many inputs ran and for how long.
 *
 * @example
 * const tally = runFuzz('webvtt text', webvttText, (text) => checkTextParser(webvtt, text), { runs: 800, timeLimitMs: 8000 });
 * // tally.runs === 800 unless the time limit cut it short
 */
export function runFuzz<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
  budget: FuzzBudget,
): FuzzTally {
  const started = performance.now();
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      check(value);
    }),
    parameters(budget),
  );
  return settle(name, details, started, budget);
}

/**
 * runFuzz for an async check (the pipeline, the PDF renderer).
 *
 * @example
 * const tally = await runFuzzAsync('pipeline', transcripts, async (t) => { Analysis.parse(await analyzeTranscript(t, options)); }, { runs: 600, timeLimitMs: 20_000 });
 */
export async function runFuzzAsync<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Promise<void>,
  budget: FuzzBudget,
): Promise<FuzzTally> {
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      await check(value);
    }),
    parameters(budget),
  );
  return settle(name, details, started, budget);
}

function parameters(budget: FuzzBudget): fc.Parameters<unknown> {
  return {
    numRuns: Math.round(budget.runs * SCALE),
    interruptAfterTimeLimit: budget.timeLimitMs * SCALE,
    markInterruptAsFailure: false,
    seed: SEED,
  };
}

function settle(name: string, details: fc.RunDetails<unknown>, started: number, budget: FuzzBudget): FuzzTally {
  const tally: FuzzTally = {
    name,
    runs: details.numRuns,
    ms: Math.round(performance.now() - started),
    interrupted: details.interrupted,
  };
  if (details.failed) {
    const why = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `fuzz "${name}" failed after ${details.numRuns} input(s): ${why}\n${fc.defaultReportMessage(details) ?? ''}`,
    );
  }
  if (details.interrupted)
    console.warn(`fuzz "${name}": time limit reached after ${details.numRuns} of ${budget.runs * SCALE} inputs`);
  return tally;
}

/**
 * Prints what a fuzz file ran, one line per suite and a total.
 *
 * @example
 * afterAll(() => reportTallies('parsers', tallies));
 * // fuzz parsers: 6,000 inputs in 21.3 s (webvtt text 800 in 2.1 s, ...)
 */
export function reportTallies(file: string, tallies: readonly FuzzTally[]): void {
  const runs = tallies.reduce((n, t) => n + t.runs, 0);
  const ms = tallies.reduce((n, t) => n + t.ms, 0);
  const each = tallies
    .map((t) => `${t.name} ${t.runs}${t.interrupted ? ' (time limit)' : ''} in ${(t.ms / 1000).toFixed(1)} s`)
    .join('; ');
  console.log(`fuzz ${file}: ${runs} inputs in ${(ms / 1000).toFixed(1)} s (${each})`);
}

/**
 * Counts what the inputs led to (parsed as which format, or which error), so a run shows that the
 * generators reach the parsers' success paths and not only their first error.
 *
 * @example
 * const outcomes = new OutcomeCounter();
 * outcomes.add('ok webvtt'); outcomes.add('no-speech'); outcomes.add('ok webvtt');
 * outcomes.summary() // => 'ok webvtt 67%, no-speech 33%'
 */
export class OutcomeCounter {
  private readonly counts = new Map<string, number>();

  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }

  summary(): string {
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${Math.round((100 * n) / total)}%`)
      .join(', ');
  }
}
