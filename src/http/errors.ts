/**
 * The service's one error type and the one place errors become HTTP responses:
 * `{ "error": { "code", "message", "details" } }`, the right status, never a stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { TranscriptError, type TranscriptErrorCode } from '../parse/errors';

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

/** HTTP status for each ingestion error: the input was understood as a request but cannot be used. */
const TRANSCRIPT_STATUS: Record<TranscriptErrorCode, ContentfulStatusCode> = {
  'empty-input': 400,
  'binary-input': 415,
  'unknown-format': 415,
  'malformed-timestamp': 422,
  'malformed-json': 422,
  'invalid-structure': 422,
  'invalid-docx': 422,
  'no-speech': 422,
  'too-large': 413,
};

/** Turns any thrown value into the JSON error response. Unknown errors are logged and become a 500 without details. */
export function toErrorResponse(err: unknown, c: Context): Response {
  if (err instanceof AppError) {
    return c.json({ error: { code: err.code, message: err.message, details: err.details } }, err.status, err.headers);
  }
  if (err instanceof TranscriptError) {
    const details = { ...(err.details ?? {}), line: err.line };
    return c.json({ error: { code: err.code, message: err.describe(), details } }, TRANSCRIPT_STATUS[err.code]);
  }
  if (err instanceof HTTPException) {
    return c.json({ error: { code: 'http-error', message: err.message, details: null } }, err.status as ContentfulStatusCode);
  }
  console.error('unhandled error', err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  return c.json({ error: { code: 'internal-error', message: 'something went wrong on our side; the request was not processed', details: null } }, 500);
}
