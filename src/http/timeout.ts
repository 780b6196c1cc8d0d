/**
 * A wall-clock limit on awaited work (the LLM call, storage). CPU-bound work cannot be
 * interrupted in a Worker; the platform's CPU limit covers that.
 */
import { AppError } from './errors';

/**
 * Resolves like `work`, or rejects with 504 `analysis-timeout` after `ms` milliseconds.
 *
 * @example
 * const result = await withTimeout(produceAnalysis(request), 60_000);
 */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError(
            504,
            'analysis-timeout',
            `the analysis took longer than ${Math.round(ms / 1000)} seconds; send it again with the header "Prefer: respond-async" to run it as a job`,
            {
              timeoutMs: ms,
            },
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
