/**
 * How both command lines (src/cli.ts, src/cli-progress.ts) end on an error: one line on stderr and an exit
 * code, 2 for bad input or bad arguments, 1 for anything unexpected.
 */
import { TranscriptError } from './parse/errors';
import { InputLimitError } from './pipeline/input-bounds';

/**
 * Bad arguments, or a file that cannot be read: exit 2 with the usage line.
 *
 * @example
 * throw new UsageError('no transcript file given');
 */
export class UsageError extends Error {}

/**
 * Writes the one error line for `err` (naming `file` when known) and returns the exit code.
 *
 * @example
 * return reportCliError(err, 'notes.txt', USAGE); // stderr: "error: notes.txt:3: ...", returns 2
 */
export function reportCliError(err: unknown, file: string | undefined, usage: string): number {
  if (err instanceof TranscriptError) {
    process.stderr.write(`error: ${err.describe(file)}\n`);
    return 2;
  }
  if (err instanceof InputLimitError) {
    // An input past a limit (too many speakers or attendees): the same message the API gives.
    process.stderr.write(`error: ${file}: ${err.message}\n`);
    return 2;
  }
  if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`error: ${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  process.stderr.write(
    `error: unexpected failure${file ? ` in ${file}` : ''}: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  return 1;
}
