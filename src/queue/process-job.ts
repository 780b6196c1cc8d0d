/**
 * The queue consumer's work for one job: read the upload, run createAnalysis (which stores the
 * analysis and PDF), mark the job complete. An error in the upload itself fails the job for good;
 * any other error puts it back in the queue for a retry (the caller calls message.retry()).
 */
import type { ServiceConfig } from '../http/config';
import { AppError, describeError } from '../http/errors';
import { createAnalysis } from '../pipeline/create-analysis';
import { TranscriptError } from '../parse/errors';
import { eraseAnalysis } from '../storage/erase';
import { StorageError } from '../storage/errors';
import type { JobStore } from '../storage/job-store';
import { finishJob, type FinishContext } from './finish-job';
import { atStage, completed, failed, requeued, type JobRecord } from './job';

/** @example const context: ProcessContext = { env, bucket, config, jobs, now: () => new Date(), allowPrivateCallback: false }; */
export interface ProcessContext extends FinishContext {
  env: Env;
  bucket: R2Bucket;
  config: ServiceConfig;
  jobs: JobStore;
}

/**
 * Runs one job to its end. Throws only when the job should be retried.
 *
 * @example
 * await processJob(jobId, message.attempts, { env, bucket, config, jobs, now: () => new Date(), allowPrivateCallback: false });
 */
export async function processJob(jobId: string, attempt: number, context: ProcessContext): Promise<JobRecord | null> {
  const { jobs, now } = context;
  const job = await jobs.get(jobId);
  if (!job) return null; // deleted, or never ours: nothing to do
  if (job.status === 'complete' || job.status === 'failed') return job; // a duplicate delivery

  let current = atStage({ ...job, attempts: attempt }, 'reading', now());
  if (!(await jobs.put(current))) return null; // deleted meanwhile
  const upload = await jobs.readUpload(jobId);
  if (!upload) {
    return finishJob(
      failed(
        current,
        {
          code: 'upload-missing',
          message: 'the uploaded file of this job is no longer stored; submit it again',
          details: null,
        },
        now(),
      ),
      context,
    );
  }
  // Thrown from a progress update when the owner deleted the job while it ran: stop, store nothing.
  const deleted = new Error('the job was deleted while it ran');
  let made: Awaited<ReturnType<typeof createAnalysis>>['meta'];
  try {
    ({ meta: made } = await createAnalysis({
      id: job.analysisId,
      jobId: job.id,
      owner: job.owner,
      upload,
      options: job.options,
      env: context.env,
      bucket: context.bucket,
      config: context.config,
      now,
      onStage: async (stage) => {
        current = atStage(current, stage, now());
        if (!(await jobs.put(current))) throw deleted;
      },
    }));
  } catch (err) {
    if (err === deleted) return null;
    if (isPermanent(err)) {
      const { code, message, details } = describeError(err);
      return finishJob(failed(current, { code, message, details }, now()), context);
    }
    const { code, message } = describeError(err);
    await jobs.put(requeued(current, `${code}: ${message}`, now())).catch(() => undefined);
    throw err;
  }
  const done = completed(current, now());
  if (!(await jobs.put(done))) {
    // Deleted between storing the analysis and now: the analysis goes with it.
    const target = { analysisId: made.id, jobId: job.id, commentaryCacheKey: made.commentaryCacheKey };
    await eraseAnalysis(context.bucket, job.owner, target, (context.env as Partial<Env>).DB ?? null);
    return null;
  }
  return finishJob(done, context);
}

/** Errors in the upload or its options: trying again gives the same answer. */
function isPermanent(err: unknown): boolean {
  return (
    err instanceof TranscriptError ||
    (err instanceof AppError && err.status < 500) ||
    (err instanceof StorageError && err.permanent)
  );
}
