/**
 * One owner's async jobs in R2: the job record and the upload waiting for the queue consumer.
 * Like AnalysisStore, a store is made for one owner (the consumer makes one from the message).
 */
import { JobRecord } from '../queue/job';
import { deletePrefix } from './delete-prefix';
import { guarded, storageError } from './errors';
import { isId } from './ids';
import { jobKeys } from './keys';

/** @example const upload: StoredUpload = { bytes, fileName: 'standup.vtt', contentType: 'text/vtt' }; */
export interface StoredUpload {
  bytes: Uint8Array;
  fileName: string | null;
  contentType: string;
}

/**
 * @example
 * const jobs = new JobStore(env.REPORTS, owner.id);
 * await jobs.create(job, upload);
 * (await jobs.get(job.id))?.status // => 'queued'
 */
export class JobStore {
  constructor(
    private readonly bucket: R2Bucket,
    private readonly owner: string,
  ) {}

  /** Stores the upload and then the job; if either fails, neither is kept (503). */
  async create(job: JobRecord, upload: StoredUpload): Promise<void> {
    const keys = jobKeys(this.owner, job.id);
    try {
      await this.bucket.put(keys.upload, upload.bytes, {
        httpMetadata: { contentType: upload.contentType || 'application/octet-stream' },
        customMetadata: { fileName: upload.fileName ?? '' },
      });
      await this.bucket.put(keys.json, JSON.stringify(job), { httpMetadata: { contentType: 'application/json' } });
    } catch (err) {
      console.error('storage: could not store a job:', err instanceof Error ? err.message : String(err));
      await this.bucket.delete([keys.upload, keys.json]).catch(() => undefined);
      throw storageError('queue the analysis', err);
    }
  }

  /** The job, or null when this owner has none with that id. */
  async get(jobId: string): Promise<JobRecord | null> {
    if (!isId(jobId)) return null;
    const object = await guarded('read the job', () => this.bucket.get(jobKeys(this.owner, jobId).json));
    if (!object) return null;
    const parsed = JobRecord.safeParse(await guarded('read the job', () => object.json()));
    return parsed.success ? parsed.data : null;
  }

  /**
   * Writes the job's new state, unless the job has been deleted meanwhile (then false: a running
   * job must not bring back a record its owner deleted).
   */
  async put(job: JobRecord): Promise<boolean> {
    const key = jobKeys(this.owner, job.id).json;
    if (!(await guarded('read the job', () => this.bucket.head(key)))) return false;
    const options = { httpMetadata: { contentType: 'application/json' } };
    await guarded('record the job state', () => this.bucket.put(key, JSON.stringify(job), options));
    return true;
  }

  /** The waiting upload, or null once it has been processed. */
  async readUpload(jobId: string): Promise<StoredUpload | null> {
    const object = await guarded('read the upload', () => this.bucket.get(jobKeys(this.owner, jobId).upload));
    if (!object) return null;
    const bytes = new Uint8Array(await guarded('read the upload', () => object.arrayBuffer()));
    return {
      bytes,
      fileName: object.customMetadata?.fileName || null,
      contentType: object.httpMetadata?.contentType ?? '',
    };
  }

  /** Removes the upload once the analysis is stored (the transcript is not kept by default). */
  async deleteUpload(jobId: string): Promise<void> {
    await guarded('remove the processed upload', () => this.bucket.delete(jobKeys(this.owner, jobId).upload));
  }

  /** Removes the job entirely (used when the job could not be queued). */
  async delete(jobId: string): Promise<void> {
    await deletePrefix(this.bucket, jobKeys(this.owner, jobId).prefix);
  }
}
