/**
 * The one place an analysis is forgotten. An analysis and the async job that made it are one
 * thing to the user: deleting either (DELETE /v1/analyses/:id, DELETE /v1/jobs/:id, expiry) removes
 * the analysis JSON, PDF and kept transcript, the job record and its waiting upload, the cached
 * commentary, and the meeting's rows in the progress index (D1), so that no path to deletion can skip one.
 */
import { deletePrefix } from './delete-prefix';
import { guarded } from './errors';
import { analysisKeys, commentaryCacheKey, jobKeys } from './keys';
import { ProgressStore } from './progress-store';

/**
 * What to erase for one owner; any part may be unknown (null).
 *
 * @example
 * const target: EraseTarget = { analysisId: 'k3v9...', jobId: 'm1c2...', commentaryCacheKey: null };
 */
export interface EraseTarget {
  analysisId: string | null;
  jobId: string | null;
  /** The commentary-cache hash the analysis recorded (see r2-commentary-cache.ts). */
  commentaryCacheKey: string | null;
}

/**
 * Deletes everything stored for an analysis and its job; returns how many objects were found
 * under the analysis's and the job's prefixes (0: there was nothing to delete). `index` is the progress
 * database when the service has one: the meeting leaves it first, so a series never lists a meeting
 * whose analysis is gone (a failed R2 delete after it is retried by the caller).
 *
 * @example
 * await eraseAnalysis(env.REPORTS, owner.id, { analysisId: meta.id, jobId: meta.jobId, commentaryCacheKey: meta.commentaryCacheKey }, env.DB);
 * // => 3 (analysis.json, report.pdf, job.json)
 */
export async function eraseAnalysis(
  bucket: R2Bucket,
  owner: string,
  target: EraseTarget,
  index: D1Database | null = null,
): Promise<number> {
  if (index && target.analysisId) {
    const store = new ProgressStore(index, owner, () => new Date());
    const id = target.analysisId;
    await guarded('remove the meeting from the progress index', () => store.deleteMeeting(id));
  }
  if (target.commentaryCacheKey) {
    const key = commentaryCacheKey(owner, target.commentaryCacheKey);
    await guarded('delete the cached commentary', () => bucket.delete(key));
  }
  let deleted = 0;
  // The job first: once analysis.json is gone the analysis no longer exists, and a retried
  // deletion must still find the link to its job.
  if (target.jobId) deleted += await deletePrefix(bucket, jobKeys(owner, target.jobId).prefix);
  if (target.analysisId) deleted += await deletePrefix(bucket, analysisKeys(owner, target.analysisId).prefix);
  return deleted;
}
