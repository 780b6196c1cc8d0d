/**
 * Runs ingest() (and optionally the pipeline) on one input in a worker thread with a deadline: an
 * input that hangs the parser fails its test after the deadline instead of stalling the run. The
 * worker (helpers/isolated-worker.ts) is TypeScript, loaded through tsx; one is reused until a
 * deadline passes, then replaced.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FormatHints } from '../../../src/parse/index';

/**
 * Worker threads ignore `--import tsx`: the thread starts as plain JavaScript and loads the
 * TypeScript through tsx's API. require.resolve finds the API's CommonJS build; its ES module
 * build (the one that registers tsx's loader correctly from a worker) sits beside it as .mjs.
 */
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const WORKER_FILE = new URL('./isolated-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_FILE)}, ${JSON.stringify(WORKER_FILE)}));`;

/** @example { id: 1, bytes, hints: { fileName: 'a.vtt' }, stage: 'ingest' } */
export interface IsolatedJob {
  id: number;
  bytes: Uint8Array;
  hints: FormatHints;
  /** How far to go: parse only, parse and analyse, or also render the PDF. */
  stage: 'ingest' | 'analyse' | 'pdf';
  /** The upload's options, as the API and the CLI pass them to the pipeline. */
  options?: { title?: string; attendees?: string[] };
}

/** What came back: a Transcript (summarised), a TranscriptError, or any other exception (a bug). @example { id: 3, outcome: 'transcript-error', code: 'no-speech', line: 1, message: '...' } */
export type IsolatedResult =
  | {
      id: number;
      outcome: 'transcript';
      format: string;
      speakers: number;
      utterances: number;
      wordCount: number;
      findings?: number;
      pdfBytes?: number;
      jsonBytes?: number;
      title?: string;
      longestName?: number;
      /** Milliseconds the asked-for stages took inside the worker (for ratio checks, never compared with a budget). */
      elapsedMs?: number;
      /** Milliseconds until the analysis was done (parsing included); the rest of elapsedMs is the PDF. */
      analysedMs?: number;
    }
  | { id: number; outcome: 'transcript-error'; code: string; line: number | null; message: string }
  /** An input past a limit (src/model/limits.ts): the pipeline's InputLimitError, as the API would answer it. */
  | {
      id: number;
      outcome: 'rejected';
      status: number;
      code: string;
      message: string;
      details: Record<string, unknown> | null;
    }
  | { id: number; outcome: 'crash'; message: string };

/**
 * A reusable worker with a per-input deadline.
 *
 * @example
 * const runner = new IsolatedRunner();
 * const result = await runner.run(bytes, {}, 'ingest', 10_000); // rejects after 10 s if it hangs
 * await runner.close();
 */
export class IsolatedRunner {
  private worker: Worker | null = null;
  private nextId = 1;

  async run(
    bytes: Uint8Array,
    hints: FormatHints,
    stage: IsolatedJob['stage'],
    deadlineMs: number,
    options?: IsolatedJob['options'],
  ): Promise<IsolatedResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<IsolatedResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        // A hung thread cannot be asked to stop: end it, and start a fresh one for the next input.
        void worker.terminate();
        this.worker = null;
        reject(
          new Error(`did not finish within ${deadlineMs / 1000} s (stage: ${stage}): a hang or a super-linear path`),
        );
      }, deadlineMs);
      const onMessage = (result: IsolatedResult) => {
        if (result.id !== id) return;
        cleanup();
        resolve(result);
      };
      const onError = (err: Error) => {
        cleanup();
        this.worker = null;
        reject(err);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      const job: IsolatedJob = { id, bytes, hints, stage, options };
      worker.postMessage(job);
    });
  }

  /**
   * Starts the worker now, so that its start-up (tsx compiling the sources) is not charged to the
   * first input's deadline.
   */
  async warmUp(): Promise<void> {
    await this.run(new TextEncoder().encode('Ana: hi\nBo: hello\n'), {}, 'pdf', 120_000);
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    this.worker ??= new Worker(BOOTSTRAP, { eval: true });
    return this.worker;
  }
}
