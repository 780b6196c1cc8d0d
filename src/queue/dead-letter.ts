/**
 * The dead-letter path: a job whose message the Queue gave up on (every retry failed, or the
 * Worker was killed mid-job, e.g. by the CPU limit) ends `failed`, with the last reason known.
 */
import { finishJob, type FinishContext } from './finish-job';
import { failed, type JobRecord } from './job';

/**
 * Marks a dead-lettered job as failed (unless it had finished after all).
 *
 * @example
 * await failDeadLetteredJob(jobId, { jobs, now: () => new Date(), allowPrivateCallback: false });
 * // GET /v1/jobs/<jobId> => { status: 'failed', error: { code: 'job-failed', message: 'the job failed after 4 attempts: ...' } }
 */
export async function failDeadLetteredJob(jobId: string, context: FinishContext): Promise<JobRecord | null> {
  const job = await context.jobs.get(jobId);
  if (!job || job.status === 'complete' || job.status === 'failed') return job;
  const why = job.lastError ?? 'the worker stopped before finishing (time, CPU or memory limit)';
  const message = `the job failed after ${job.attempts} attempt${job.attempts === 1 ? '' : 's'}: ${why}`;
  return finishJob(
    failed(job, { code: 'job-failed', message, details: { attempts: job.attempts } }, context.now()),
    context,
  );
}
