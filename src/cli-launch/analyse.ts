/**
 * `npm run analyse`: the launcher built to dist/cli/cli.js. It starts the bundled command line
 * (dist/cli/cli.cjs, from src/cli.ts) from V8's code cache; see code-cache.ts.
 */
import { runWithCodeCache } from './code-cache';
import { setCommandLineV8Flags } from './v8-flags';

setCommandLineV8Flags();

void runWithCodeCache(new URL('./cli.cjs', import.meta.url), process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
