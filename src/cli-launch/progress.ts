/**
 * `npm run progress`: the launcher built to dist/cli/cli-progress.js. It starts the bundled progress
 * command line (dist/cli/cli-progress.cjs, from src/cli-progress.ts) from V8's code cache; see code-cache.ts.
 */
import { runWithCodeCache } from './code-cache';
import { setCommandLineV8Flags } from './v8-flags';

setCommandLineV8Flags();

void runWithCodeCache(new URL('./cli-progress.cjs', import.meta.url), process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
