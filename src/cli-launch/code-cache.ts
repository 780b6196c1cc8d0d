/**
 * Starts a bundled command line with V8's code cache: Node 20 compiles every start's JavaScript anew
 * (it has no module compile cache), and compiling the ~2 MB bundle and the functions a run calls is a
 * large part of a short run. The bundle is a CommonJS file run through `vm.Script`, which accepts the
 * code V8 compiled on an earlier run (`cachedData`). A cache that is missing or that V8 refuses (another
 * Node or V8 version, another bundle) is only slower: the run compiles as usual and then writes a new cache
 * beside the bundle, best effort (a read-only folder keeps running without one). `npm run build` writes
 * it by running each command line once.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';

/** What a bundled command line exports: its `main`, which returns the exit code. */
interface CommandLine {
  main(argv: string[]): Promise<number>;
}

/**
 * Runs `main(argv)` of the CommonJS bundle at `bundleUrl`, from its code cache (`<bundle>.cache`) when V8
 * accepts it; writes the cache after the run when there was none or V8 refused it.
 *
 * @example
 * process.exitCode = await runWithCodeCache(new URL('./cli.cjs', import.meta.url), process.argv.slice(2));
 */
export async function runWithCodeCache(bundleUrl: URL, argv: string[]): Promise<number> {
  const file = fileURLToPath(bundleUrl);
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // not built yet: this run writes it
  }
  // The same wrapper Node puts around a CommonJS module, so the bundle sees require, module and __filename.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, {
    filename: file,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as CommandLine };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  const code = await module.exports.main(argv);
  if (cachedData === undefined || script.cachedDataRejected) writeCache(cacheFile, script);
  return code;
}

/** After the run, so the functions it compiled are in the cache too; renamed into place whole. */
function writeCache(cacheFile: string, script: Script): void {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // A folder we may not write to: the next run compiles again, nothing else changes.
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing to remove, or nothing we may remove: the answer is written already.
    }
  }
}
