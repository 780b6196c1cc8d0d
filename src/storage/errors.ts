/**
 * Storage's own error type. R2 or D1 being unavailable is temporary: src/http/errors.ts answers 503 with
 * Retry-After and the caller may simply send the same request again. R2 refusing what we asked it to store
 * (metadata too large, an invalid key) is not: the same request fails the same way, so it answers 4xx
 * with the reason and no Retry-After. Storage never builds HTTP responses itself.
 */

/**
 * What went wrong, as the API tells its caller (src/http/errors.ts maps each to a status):
 * unavailable 503, not-configured 503, too-large 413, invalid 400, not-found 404, expired 410, conflict 409.
 */
export type StorageFailure =
  'unavailable' | 'not-configured' | 'too-large' | 'invalid' | 'not-found' | 'expired' | 'conflict';

/**
 * A storage failure with the code and message the caller is shown.
 *
 * @example
 * throw new StorageError('not-found', 'not-found', 'no analysis with id k3v9...', { id: 'k3v9...' });
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly failure: StorageFailure,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
  }

  /** True when sending the same request again cannot succeed (everything but an outage). */
  get permanent(): boolean {
    return this.failure !== 'unavailable';
  }
}

/**
 * R2 errors no retry can fix, by the numeric code R2 puts at the end of its message, e.g.
 * "put: Your metadata headers exceed the maximum allowed metadata size. (10012)" (seen from the
 * local R2 of wrangler 4.86.0; codes: developers.cloudflare.com/r2/api/error-codes/).
 */
export const PERMANENT_R2_ERRORS: ReadonlyArray<{
  r2Code: number;
  failure: StorageFailure;
  reason: string;
  note: string;
}> = [
  {
    r2Code: 10012,
    failure: 'too-large',
    reason: 'a value stored with the upload (such as its file name) is larger than storage accepts; shorten it',
    note: 'MetadataTooLarge: object metadata has a size limit (reproduced with a 3,000-character value)',
  },
  {
    r2Code: 10020,
    failure: 'invalid',
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
export function storageUnavailable(operation: string, what = 'storage'): StorageError {
  return new StorageError(
    'unavailable',
    'storage-unavailable',
    `could not ${operation}: ${what} is temporarily unavailable; nothing was kept, retry in ${STORAGE_RETRY_AFTER_SECONDS} seconds`,
    { operation, retryAfterSeconds: STORAGE_RETRY_AFTER_SECONDS },
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
    if (err instanceof StorageError) throw err;
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
 * // => StorageError('too-large', 'storage-rejected', 'could not queue the analysis: a value stored with the upload ...', { operation, r2Code: 10012 })
 * storageError('read the job', new Error('network connection lost')) // => storageUnavailable('read the job')
 */
export function storageError(operation: string, err: unknown): StorageError {
  const code = Number(/\((\d{5})\)\s*$/.exec(err instanceof Error ? err.message : String(err))?.[1]);
  const permanent = PERMANENT_R2_ERRORS.find((e) => e.r2Code === code);
  if (!permanent) return storageUnavailable(operation);
  const message = `could not ${operation}: ${permanent.reason}; sending the same request again would fail the same way`;
  return new StorageError(permanent.failure, 'storage-rejected', message, { operation, r2Code: permanent.r2Code });
}
