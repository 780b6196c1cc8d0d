/**
 * V8 settings for a command line's one short run, set by the launchers before the bundle is compiled.
 *
 * A run analyses one meeting once, so much of it runs before TurboFan's optimised code arrives: on a
 * 250k-word meeting TurboFan compiled about 300 functions, and the first pass over the meeting took about
 * twice as long as a third pass in the same process. Without inlining each compile is smaller, so optimised
 * code arrives sooner; on this 2-core machine that made the whole command line about 10% cheaper per word
 * (250k words: 0.91 s against 0.97 s, 20k: 0.25 s against 0.24 s, medians of 10 runs taken in turns).
 * The other half of the same finding, one V8 worker thread (`--v8-pool-size=1`), is a Node option that
 * cannot be set once Node runs: it is in package.json's `analyse` and `progress` scripts.
 *
 * Set here rather than on the command line so that the build's training run and every later run share V8's
 * flags, which V8's code cache must match (code-cache.ts).
 */
import { setFlagsFromString } from 'node:v8';

/** The flags, and why each one. */
export const COMMAND_LINE_V8_FLAGS: ReadonlyArray<{ flag: string; why: string }> = [
  { flag: '--no-turbo-inlining', why: 'smaller TurboFan compiles: optimised code arrives within a short run' },
];

/**
 * Sets the flags; call before compiling the bundle.
 *
 * @example
 * setCommandLineV8Flags();
 * await runWithCodeCache(new URL('./cli.cjs', import.meta.url), process.argv.slice(2));
 */
export function setCommandLineV8Flags(): void {
  for (const { flag } of COMMAND_LINE_V8_FLAGS) setFlagsFromString(flag);
}
