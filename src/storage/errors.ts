/**
 * Storage failures as API errors. R2 being unavailable is temporary: the caller gets 503 with
 * Retry-After and may simply send the same request again. R2 refusing what we asked it to store
 * (metadata too large, an invalid key) is not: the same request fails the same way, so it answers
 * 4xx with the reason and no Retry-After.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../http/errors';

/**
 * R2 errors no retry can fix, by the numeric code R2 puts at the end of its message, e.g.
 * "put: Your metadata headers exceed the maximum allowed metadata size. (10012)" (seen from the
 * local R2 of wrangler 4.86.0; codes: developers.cloudflare.com/r2/api/error-codes/).
 */
export const PERMANENT_R2_ERRORS: ReadonlyArray<{
  r2Code: number;
  status: ContentfulStatusCode;
  reason: string;
  note: string;
}> = [
  {
    r2Code: 10012,
    status: 413,
    reason: 'a value stored with the upload (such as its file name) is larger than storage accepts; shorten it',
    note: 'MetadataTooLarge: object metadata has a size limit (reproduced with a 3,000-character value)',
  },
  {
    r2Code: 10020,
    status: 400,
    reason: 'the storage key built from the request is not valid',
    note: 'InvalidObjectName: keys are at most 1,024 bytes (reproduced with 1,100)',
  },
];

/** Seconds a client should wait before retrying after a storage failure. @example { 'Retry-After': String(STORAGE_RETRY_AFTER_SECONDS) } */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/**
 * The error for a failed R2 operation. The cause is logged (by the caller), never returned.
 *
 * @example
 * throw storageUnavailable('store the report');
 * // => 503 { error: { code: 'storage-unavailable', message: 'could not store the report ...', details: { operation: 'store the report', retryAfterSeconds: 5 } } }
 */
export function storageUnavailable(operation: string): AppError {
  return new AppError(
    503,
    'storage-unavailable',
    `could not ${operation}: storage is temporarily unavailable; nothing was kept, retry in ${STORAGE_RETRY_AFTER_SECONDS} seconds`,
    { operation, retryAfterSeconds: STORAGE_RETRY_AFTER_SECONDS },
    { 'Retry-After': String(STORAGE_RETRY_AFTER_SECONDS) },
  );
}

/**
 * Runs one R2 call; any failure becomes `storageUnavailable(operation)` after logging its cause.
 *
 * @example
 * const obj = await guarded('read the analysis', () => bucket.get(key));
 */
export async function guarded<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof AppError) throw err;
    console.error(`storage: could not ${operation}:`, err instanceof Error ? err.message : String(err));
    throw storageError(operation, err);
  }
}

/**
 * The API error for a failed R2 call: 4xx `storage-rejected` with the reason when R2 refused the
 * request itself (PERMANENT_R2_ERRORS), 503 `storage-unavailable` otherwise.
 *
 * @example
 * storageError('queue the analysis', new Error('put: Your metadata headers exceed the maximum allowed metadata size. (10012)'))
 * // => AppError(413, 'storage-rejected', 'could not queue the analysis: a value stored with the upload ...', { operation, r2Code: 10012 })
 * storageError('read the job', new Error('network connection lost')) // => storageUnavailable('read the job')
 */
export function storageError(operation: string, err: unknown): AppError {
  const code = Number(/\((\d{5})\)\s*$/.exec(err instanceof Error ? err.message : String(err))?.[1]);
  const permanent = PERMANENT_R2_ERRORS.find((e) => e.r2Code === code);
  if (!permanent) return storageUnavailable(operation);
  const message = `could not ${operation}: ${permanent.reason}; sending the same request again would fail the same way`;
  return new AppError(permanent.status, 'storage-rejected', message, { operation, r2Code: permanent.r2Code });
}
