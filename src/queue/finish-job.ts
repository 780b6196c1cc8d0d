/**
 * The last steps of every job, however it ended: record the final state, drop the waiting upload,
 * call the callback URL.
 */
import type { JobStore } from '../storage/job-store';
import { deliverCallback } from './callback';
import { checkCallbackUrl } from './callback-url';
import { jobView, type JobRecord } from './job';

/** @example const context: FinishContext = { jobs, now: () => new Date(), allowPrivateCallback: false }; */
export interface FinishContext {
  jobs: JobStore;
  now: () => Date;
  /** Whether the callback may go to private addresses (not in production). */
  allowPrivateCallback: boolean;
  fetcher?: typeof fetch;
}

/**
 * Saves a complete or failed job, removes its upload and notifies the callback.
 *
 * @example
 * await finishJob(completed(job, new Date()), { jobs, now: () => new Date(), allowPrivateCallback: false });
 */
export async function finishJob(job: JobRecord, context: FinishContext): Promise<JobRecord> {
  if (!(await context.jobs.put(job))) return job; // deleted by its owner: nothing to record or call
  // The upload is not kept: after an analysis it lives on only if keepTranscript asked for it.
  await context.jobs
    .deleteUpload(job.id)
    .catch(() => console.error('queue: could not remove a processed upload; the lifecycle rule will'));
  const url = job.options.callbackUrl;
  if (!url) return job;
  try {
    checkCallbackUrl(url, { allowPrivate: context.allowPrivateCallback });
  } catch {
    return job; // checked at submission; a policy change since then just skips the call
  }
  const outcome = await deliverCallback(url, jobView(job, context.now()), context.now(), context.fetcher);
  const notified = { ...job, callback: outcome };
  await context.jobs.put(notified).catch(() => undefined);
  return notified;
}
