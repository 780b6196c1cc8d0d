/**
 * The R2 bucket behind the service (binding REPORTS), with the one injection point tests use to
 * put a failing bucket in its place.
 */
import { StorageError } from './errors';

/** Picks the bucket for a request or a queue batch; tests pass one that fails on purpose. @example createApp({ bucket: (env) => failingBucket(env.REPORTS, { put: true }) }) */
export type BucketSource = (env: Env) => R2Bucket;

/**
 * The REPORTS binding, or a clear 503 when the Worker was deployed without it.
 *
 * @example
 * const bucket = reportsBucket(env); await bucket.head('analyses/...');
 */
export const reportsBucket: BucketSource = (env) => {
  const bucket = (env as Partial<Env>).REPORTS;
  if (!bucket) {
    throw new StorageError(
      'not-configured',
      'storage-not-configured',
      'this service has no storage: the R2 binding REPORTS is missing from wrangler.toml',
    );
  }
  return bucket;
};
