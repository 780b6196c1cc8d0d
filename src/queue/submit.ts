/**
 * Submitting an async job: the upload and the job record go to R2, then a message to the JOBS
 * queue. If the message cannot be sent, the stored job is removed again and the caller gets 503.
 */
import { AppError } from '../http/errors';
import type { UploadOptions } from '../http/upload-options';
import type { JobStore, StoredUpload } from '../storage/job-store';
import { newId } from '../storage/ids';
import { newJob, type JobRecord } from './job';
import type { JobMessage } from './message';

/** Seconds to wait before retrying when the queue is unavailable. */
const QUEUE_RETRY_AFTER_SECONDS = 5;

/** @example await submitJob({ owner: owner.id, upload, options, jobs, queue: env.JOBS, now: new Date() }) */
export interface SubmitRequest {
  owner: string;
  upload: StoredUpload;
  options: UploadOptions;
  jobs: JobStore;
  queue: Queue | undefined;
  now: Date;
}

/**
 * Stores and enqueues a job; returns it (status `queued`).
 *
 * @example
 * const job = await submitJob({ owner: owner.id, upload, options, jobs, queue: env.JOBS, now: new Date() });
 * // job.status === 'queued'; GET /v1/jobs/<job.id> follows it
 */
export async function submitJob(request: SubmitRequest): Promise<JobRecord> {
  if (!request.queue) {
    throw new AppError(
      503,
      'queue-not-configured',
      'async analyses need the JOBS queue binding, which this deployment lacks; send the request without "Prefer: respond-async"',
    );
  }
  const job = newJob({
    id: newId(),
    owner: request.owner,
    analysisId: newId(),
    options: request.options,
    upload: {
      fileName: request.upload.fileName,
      contentType: request.upload.contentType,
      bytes: request.upload.bytes.length,
    },
    now: request.now,
  });
  await request.jobs.create(job, request.upload);
  const message: JobMessage = { jobId: job.id, owner: request.owner };
  try {
    await request.queue.send(message, { contentType: 'json' });
  } catch (err) {
    console.error('queue: could not enqueue a job:', err instanceof Error ? err.message : String(err));
    await request.jobs.delete(job.id).catch(() => undefined);
    throw new AppError(
      503,
      'queue-unavailable',
      `the job could not be queued; nothing was kept, retry in ${QUEUE_RETRY_AFTER_SECONDS} seconds`,
      { retryAfterSeconds: QUEUE_RETRY_AFTER_SECONDS },
      {
        'Retry-After': String(QUEUE_RETRY_AFTER_SECONDS),
      },
    );
  }
  return job;
}
