/**
 * The Worker's start-up cost: the time to compile and evaluate the bundled module's top level
 * (what Cloudflare reports as "Worker Startup Time" and limits to 1 s). Measured in fresh Node
 * processes, one import each: Node runs the same V8 as workerd, and the bundle has no imports of
 * its own, so the number is the bundle's parse + global-scope cost without workerd's process start.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Printed by the child: milliseconds from just before `import()` to the module being evaluated. */
const PROBE =
  'const t = performance.now(); const m = await import(process.argv[1]); if (typeof m.default?.fetch !== "function") throw new Error("no fetch handler"); process.stdout.write(String(performance.now() - t));';

export interface ModuleStartup {
  medianMs: number;
  minMs: number;
  processes: number;
}

/**
 * Imports the built Worker module in `processes` fresh Node processes and returns the median time.
 *
 * @example
 * const startup = measureModuleStartup(bundle.modulePath, 5); // startup.medianMs, e.g. 280
 */
export function measureModuleStartup(modulePath: string, processes = 5): ModuleStartup {
  // The bundle is ESM in a .js file with no package.json around it: give it the .mjs extension.
  const esmPath = `${modulePath.replace(/\.js$/, '')}.startup-probe.mjs`;
  copyFileSync(modulePath, esmPath);
  const env = { ...process.env };
  delete env.NODE_COMPILE_CACHE; // every process must compile from scratch, as a new isolate does
  const times: number[] = [];
  for (let i = 0; i < processes; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(esmPath).href], {
      encoding: 'utf8',
      env,
      timeout: 30_000,
    });
    times.push(Number(out));
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, processes };
}
