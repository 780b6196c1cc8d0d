/**
 * The service's one error type and the one place errors become HTTP responses:
 * `{ "error": { "code", "message", "details" } }`, the right status, never a stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { TranscriptError } from '../parse/errors';
import { InputLimitError } from '../pipeline/input-bounds';
import { TranscriptTooLongError } from '../pipeline/word-limit';
import { StorageError, type StorageFailure } from '../storage/errors';
import { TRANSCRIPT_STATUS } from './transcript-status';

/**
 * An error the API reports to its caller.
 *
 * @example
 * throw new AppError(413, 'payload-too-large', 'the upload is 12 MB; the limit is 10 MB', { limitBytes: 10_485_760 });
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The status each storage failure answers with (src/storage/errors.ts says what each means). */
const STORAGE_STATUS: Record<StorageFailure, ContentfulStatusCode> = {
  unavailable: 503,
  'not-configured': 503,
  'too-large': 413,
  invalid: 400,
  'not-found': 404,
  expired: 410,
  conflict: 409,
};

/** An error as the API reports it, whether in a response or in a failed job. @example const { status, code } = describeError(err); */
export interface ErrorDescription {
  status: ContentfulStatusCode;
  code: string;
  message: string;
  details: Record<string, unknown> | null;
  headers: Record<string, string>;
}

/**
 * What the caller is told about any thrown value. Unknown errors are logged and described
 * without any detail of their own (no message, no stack).
 *
 * @example
 * describeError(new TranscriptError('no-speech', 'no cue has any text', { line: 3 }))
 * // => { status: 422, code: 'no-speech', message: '3: no cue has any text', details: { line: 3 }, headers: {} }
 */
export function describeError(err: unknown): ErrorDescription {
  if (err instanceof AppError) {
    return { status: err.status, code: err.code, message: err.message, details: err.details, headers: err.headers };
  }
  if (err instanceof TranscriptError) {
    return {
      status: TRANSCRIPT_STATUS[err.code],
      code: err.code,
      message: err.describe(),
      details: { ...(err.details ?? {}), line: err.line },
      headers: {},
    };
  }
  if (err instanceof TranscriptTooLongError) {
    return {
      status: 413,
      code: 'transcript-too-long',
      message: err.message,
      details: { words: err.words, limitWords: err.limitWords },
      headers: {},
    };
  }
  if (err instanceof StorageError) {
    const retry: Record<string, string> =
      err.failure === 'unavailable' ? { 'Retry-After': String(err.details?.retryAfterSeconds ?? 5) } : {};
    return {
      status: STORAGE_STATUS[err.failure],
      code: err.code,
      message: err.message,
      details: err.details,
      headers: retry,
    };
  }
  if (err instanceof InputLimitError) {
    return { status: 422, code: err.code, message: err.message, details: err.details, headers: {} };
  }
  if (err instanceof HTTPException) {
    return {
      status: err.status as ContentfulStatusCode,
      code: 'http-error',
      message: err.message,
      details: null,
      headers: {},
    };
  }
  console.error('unhandled error', err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  return {
    status: 500,
    code: 'internal-error',
    message: 'something went wrong on our side; the request was not processed',
    details: null,
    headers: {},
  };
}

/**
 * Turns any thrown value into the JSON error response. Unknown errors are logged and become a 500 without details.
 *
 * @example
 * app.onError((err, c) => toErrorResponse(err, c));
 * // throw new AppError(415, 'unsupported-media-type', '...') => 415 { "error": { "code": "unsupported-media-type", ... } }
 */
export function toErrorResponse(err: unknown, c: Context): Response {
  const { status, code, message, details, headers } = describeError(err);
  return c.json({ error: { code, message, details } }, status, headers);
}
