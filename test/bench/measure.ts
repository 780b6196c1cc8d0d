/**
 * Timing helpers: warm up, repeat, report the median. Time is measured here and only here;
 * tests never assert on it.
 */

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

/**
 * Runs `fn` `warmup` times unmeasured, then until `runs` measurements or `budgetMs` elapsed.
 *
 * @example
 * const t = measure(() => JSON.parse(text)); // t.medianMs
 */
export function measure(fn: () => unknown, { warmup = 2, runs = 9, budgetMs = 20_000 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < runs && (times.length < 3 || performance.now() < deadline)) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, runs: times.length };
}

/** Same, for async work. */
export async function measureAsync(
  fn: () => Promise<unknown>,
  { warmup = 2, runs = 9, budgetMs = 20_000 } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < runs && (times.length < 3 || performance.now() < deadline)) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, runs: times.length };
}
