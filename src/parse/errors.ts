/**
 * The one error type of ingestion. Every parser failure is a TranscriptError with a code that
 * says what was wrong and, for line-based formats, the 1-based line where it was found.
 * The API maps the code to an HTTP status; the CLI prints `error: FILE:LINE: message`.
 */

export const TRANSCRIPT_ERROR_CODES = [
  'empty-input',
  'binary-input',
  'unknown-format',
  'malformed-timestamp',
  'malformed-json',
  'invalid-structure',
  'invalid-docx',
  'no-speech',
  'too-large',
] as const;
export type TranscriptErrorCode = (typeof TRANSCRIPT_ERROR_CODES)[number];

/**
 * A typed ingestion error.
 *
 * @example
 * throw new TranscriptError('malformed-timestamp', 'cue timing "00:01 --> 00:0x" is not a timestamp', { line: 7 });
 * // err.toString() => 'malformed-timestamp at line 7: cue timing "00:01 --> 00:0x" is not a timestamp'
 */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
  readonly code: TranscriptErrorCode;
  /** 1-based line in the source text, when the problem has one. */
  readonly line: number | null;
  readonly details: Record<string, unknown> | null;

  constructor(
    code: TranscriptErrorCode,
    message: string,
    where: { line?: number | null; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.code = code;
    this.line = where.line ?? null;
    this.details = where.details ?? null;
  }

  /** `file.vtt:12: message`, or `file.vtt: message` without a line. */
  describe(fileName?: string): string {
    const place = [fileName, this.line === null ? null : String(this.line)]
      .filter((p) => p !== null && p !== undefined)
      .join(':');
    return place ? `${place}: ${this.message}` : this.message;
  }

  override toString(): string {
    return this.line === null ? `${this.code}: ${this.message}` : `${this.code} at line ${this.line}: ${this.message}`;
  }
}
