/**
 * The worker-thread side of helpers/isolated.ts: runs ingest() (and, when asked, the pipeline and
 * the PDF renderer) on one input and posts back a summary. A thread, so that the test can stop an
 * input that never finishes: a synchronous hang cannot be interrupted from the same thread.
 */
import { parentPort } from 'node:worker_threads';
import { llmConfigFromEnv } from '../../../src/commentary/config';
import { describeError } from '../../../src/http/errors';
import { InputLimitError } from '../../../src/pipeline/input-bounds';
import { Analysis } from '../../../analyzers/analysis';
import { TranscriptError } from '../../../src/parse/errors';
import { ingest } from '../../../src/parse/index';
import { analyzeUpload } from '../../../src/pipeline/analyze';
import { renderAnalysisPdf } from '../../../src/pipeline/report';
import type { IsolatedJob, IsolatedResult } from './isolated';

parentPort!.on('message', async (job: IsolatedJob) => {
  parentPort!.postMessage(await run(job));
});

async function run(job: IsolatedJob): Promise<IsolatedResult> {
  const started = performance.now();
  try {
    const transcript = ingest(job.bytes, job.hints);
    const result: IsolatedResult = {
      id: job.id,
      outcome: 'transcript',
      format: transcript.format,
      speakers: transcript.speakers.length,
      utterances: transcript.utterances.length,
      wordCount: transcript.wordCount,
    };
    if (job.stage === 'ingest') return { ...result, elapsedMs: performance.now() - started };
    // As the API and the CLI do it: the title defaults to the file name.
    const analysis = await analyzeUpload(job.bytes, job.hints, {
      ...job.options,
      commentary: 'rules',
      llm: llmConfigFromEnv({}),
      now: new Date('2025-03-04T10:00:00Z'),
    });
    Analysis.parse(analysis);
    result.findings = analysis.findings.length;
    result.jsonBytes = JSON.stringify(analysis).length;
    result.title = analysis.meeting.title;
    result.longestName = [...analysis.transcript.speakers.map((s) => s.name), ...analysis.meeting.attendees].reduce(
      (max, n) => Math.max(max, n.length),
      0,
    );
    result.analysedMs = performance.now() - started;
    if (job.stage === 'pdf') result.pdfBytes = (await renderAnalysisPdf(analysis)).length;
    return { ...result, elapsedMs: performance.now() - started };
  } catch (err) {
    if (err instanceof TranscriptError)
      return {
        id: job.id,
        outcome: 'transcript-error',
        code: err.code,
        line: err.line,
        message: err.message.slice(0, 300),
      };
    if (err instanceof InputLimitError) {
      const { status, code, message, details } = describeError(err);
      return { id: job.id, outcome: 'rejected', status, code, message: message.slice(0, 300), details };
    }
    return {
      id: job.id,
      outcome: 'crash',
      message: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}`.slice(0, 2000) : String(err),
    };
  }
}
