/**
 * The HTTP status of each transcript error code: read by src/http/errors.ts (responses) and the upload
 * page's script (failed jobs that give only the code). Types only from hono and parse: nothing bundled.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { TranscriptErrorCode } from '../parse/errors';

/**
 * HTTP status for each ingestion error: the input was understood as a request but cannot be used.
 *
 * @example
 * TRANSCRIPT_STATUS['no-speech'] // => 422
 */
export const TRANSCRIPT_STATUS: Record<TranscriptErrorCode, ContentfulStatusCode> = {
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
