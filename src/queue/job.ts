/**
 * An async analysis job (`Prefer: respond-async`) and its life:
 *   queued -> running -> complete | failed
 * A transient failure sends it back to `queued` for the Queue's retry; a job the Queue gives up on
 * is marked `failed` by the dead-letter consumer; and a job whose record has not moved for
 * STALE_AFTER_MS is shown as `failed` even if nothing could record that, so no job stays `running`.
 */
import * as z from 'zod';
import { jobLinks } from '../http/links';
import { UploadOptions } from '../http/upload-options';

/** @example JOB_STATUSES.includes(view.status) // => true */
export const JOB_STATUSES = ['queued', 'running', 'complete', 'failed'] as const;
/** Where a running job is, in order. @example JOB_STAGES.indexOf('rendering') // => 3 */
export const JOB_STAGES = ['queued', 'reading', 'analysing', 'rendering', 'storing', 'done'] as const;

/** How long a job may sit without progress before it is reported as failed. @example STALE_AFTER_MS / 60_000 // => 30 */
export const STALE_AFTER_MS = 30 * 60_000;

/** @example JobError.parse({ code: 'unknown-format', message: 'could not recognise ...', details: null }) */
export const JobError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type JobError = z.infer<typeof JobError>;

/**
 * What is stored in jobs/<owner>/<id>/job.json.
 *
 * @example
 * JobRecord.parse(await (await bucket.get(jobKeys(owner, id).json))!.json());
 */
export const JobRecord = z.object({
  id: z.string(),
  owner: z.string(),
  /** Chosen at submission, so a retried message writes the same analysis, never a second one. */
  analysisId: z.string(),
  status: z.enum(JOB_STATUSES),
  stage: z.enum(JOB_STAGES),
  percent: z.number().int().min(0).max(100),
  createdAt: z.string(),
  updatedAt: z.string(),
  attempts: z.number().int().nonnegative(),
  error: JobError.nullable(),
  /** The last transient failure, kept for the reason a dead-lettered job gives. */
  lastError: z.string().nullable(),
  options: UploadOptions,
  upload: z.object({ fileName: z.string().nullable(), contentType: z.string(), bytes: z.number().int().nonnegative() }),
  callback: z.object({ at: z.string(), status: z.number().int().nullable(), error: z.string().nullable() }).nullable(),
});
export type JobRecord = z.infer<typeof JobRecord>;

/**
 * What `GET /v1/jobs/:id` returns.
 *
 * @example
 * JobView.parse({ id, status: 'queued', progress: { stage: 'queued', percent: 0 }, createdAt, updatedAt, attempts: 0, error: null, links: { self: `/v1/jobs/${id}` } });
 */
export const JobView = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.object({ stage: z.enum(JOB_STAGES), percent: z.number().int().min(0).max(100) }),
  createdAt: z.string(),
  updatedAt: z.string(),
  attempts: z.number().int().nonnegative(),
  error: JobError.nullable().describe('Why the job failed; null unless status is failed'),
  links: z.object({ self: z.string(), analysis: z.string().optional(), report: z.string().optional() }),
});
export type JobView = z.infer<typeof JobView>;

const PERCENT: Record<(typeof JOB_STAGES)[number], number> = {
  queued: 0,
  reading: 10,
  analysing: 30,
  rendering: 70,
  storing: 90,
  done: 100,
};

/**
 * A new job, queued.
 *
 * @example
 * newJob({ id, owner: owner.id, analysisId, options, upload: { fileName: 'a.vtt', contentType: 'text/vtt', bytes: 812 }, now: new Date() }).status // => 'queued'
 */
export function newJob(init: {
  id: string;
  owner: string;
  analysisId: string;
  options: UploadOptions;
  upload: JobRecord['upload'];
  now: Date;
}): JobRecord {
  const { now, ...identity } = init;
  const at = now.toISOString();
  return {
    ...identity,
    status: 'queued',
    stage: 'queued',
    percent: 0,
    createdAt: at,
    updatedAt: at,
    attempts: 0,
    error: null,
    lastError: null,
    callback: null,
  };
}

/**
 * The job moved to a stage of its work (running).
 *
 * @example
 * atStage(job, 'analysing', new Date()) // => { ...job, status: 'running', stage: 'analysing', percent: 30 }
 */
export function atStage(
  job: JobRecord,
  stage: 'reading' | 'analysing' | 'rendering' | 'storing',
  now: Date,
): JobRecord {
  return { ...job, status: 'running', stage, percent: PERCENT[stage], updatedAt: now.toISOString() };
}

/**
 * @example
 * completed(job, new Date()).status // => 'complete'
 */
export function completed(job: JobRecord, now: Date): JobRecord {
  return { ...job, status: 'complete', stage: 'done', percent: 100, error: null, updatedAt: now.toISOString() };
}

/**
 * @example
 * failed(job, { code: 'unknown-format', message: 'could not recognise...', details: null }, new Date()).status // => 'failed'
 */
export function failed(job: JobRecord, error: JobError, now: Date): JobRecord {
  return { ...job, status: 'failed', error, updatedAt: now.toISOString() };
}

/**
 * Back in the queue after a transient failure; the Queue delivers it again.
 *
 * @example
 * requeued(job, 'storage-unavailable: could not store the analysis', new Date()) // => { ...job, status: 'queued', lastError: '...' }
 */
export function requeued(job: JobRecord, reason: string, now: Date): JobRecord {
  return { ...job, status: 'queued', stage: 'queued', percent: 0, lastError: reason, updatedAt: now.toISOString() };
}

/**
 * The public view of a job; a job that has not moved for STALE_AFTER_MS shows as failed.
 *
 * @example
 * jobView(job, new Date()) // => { id, status: 'queued', progress: { stage: 'queued', percent: 0 }, ..., links: { self: '/v1/jobs/<id>' } }
 */
export function jobView(job: JobRecord, now: Date): JobView {
  const stalled =
    (job.status === 'queued' || job.status === 'running') && now.getTime() - Date.parse(job.updatedAt) > STALE_AFTER_MS;
  const status = stalled ? 'failed' : job.status;
  const error: JobError | null = stalled
    ? {
        code: 'job-stalled',
        message: `the job made no progress for ${STALE_AFTER_MS / 60_000} minutes${job.lastError ? ` (last error: ${job.lastError})` : ''}; submit the file again`,
        details: null,
      }
    : job.error;
  return {
    id: job.id,
    status,
    progress: { stage: job.stage, percent: job.percent },
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    attempts: job.attempts,
    error,
    links: jobLinks(job.id, status === 'complete' ? job.analysisId : null),
  };
}
