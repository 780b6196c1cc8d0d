/**
 * Deletes every object under a prefix (one analysis or one job: a handful of objects).
 */
import { guarded } from './errors';

/**
 * Deletes all objects under `prefix`; returns how many there were.
 *
 * @example
 * await deletePrefix(bucket, 'analyses/3f9a.../k3v9.../') // => 2 (analysis.json and report.pdf)
 */
export async function deletePrefix(bucket: R2Bucket, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor: string | undefined;
  do {
    const page = await guarded('list stored objects', () => bucket.list({ prefix, cursor }));
    const keys = page.objects.map((o) => o.key);
    if (keys.length > 0) await guarded('delete stored objects', () => bucket.delete(keys));
    deleted += keys.length;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return deleted;
}
