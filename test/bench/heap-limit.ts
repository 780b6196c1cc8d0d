/**
 * Runs heap-probe.ts in a child process whose old space is limited to 128 MB, the memory of a
 * Workers isolate (`wrangler dev` does not enforce it): the analysis either completes under the
 * limit or the child dies of heap exhaustion.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface HeapResult {
  words: number;
  completedUnder128MB: boolean;
  /** Largest used heap seen between stages (sampled, so a lower bound of the true peak). */
  peakSampledMB?: number;
  beforeMB?: number;
  analysisJsonMB?: number;
  heapLimitMB?: number;
  error?: string;
}

/**
 * Analyses a meeting of `words` words under the 128 MB limit.
 *
 * @example
 * const heap = probeHeapUnder128MB(200_000); // { words: 200000, completedUnder128MB: true, peakSampledMB: 81.2, ... }
 */
export function probeHeapUnder128MB(words: number): HeapResult {
  try {
    const out = execFileSync(
      process.execPath,
      [
        '--max-old-space-size=128',
        '--expose-gc',
        '--import',
        'tsx',
        join(import.meta.dirname, 'heap-probe.ts'),
        String(words),
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    return { ...(JSON.parse(out) as Omit<HeapResult, 'completedUnder128MB'>), completedUnder128MB: true };
  } catch (err) {
    return { words, completedUnder128MB: false, error: String((err as Error).message).slice(0, 200) };
  }
}
