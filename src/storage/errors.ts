/**
 * Storage failures as API errors. R2 being unavailable is temporary: the caller gets 503 with
 * Retry-After and may simply send the same request again.
 */
import { AppError } from '../http/errors';

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
    throw storageUnavailable(operation);
  }
}
