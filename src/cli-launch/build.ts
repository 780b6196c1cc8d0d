/**
 * `npm run build` (also `prepare`, so `npm ci` leaves the command lines ready): bundles both command lines
 * into dist/cli/ from a clean folder (esbuild leaves old chunks behind otherwise), then runs each once on
 * a fixture so that V8's code cache is written beside its bundle (code-cache.ts).
 *
 *   dist/cli/cli.js, cli-progress.js        the launchers `npm run analyse` / `npm run progress` run
 *   dist/cli/cli.cjs, cli-progress.cjs      the command lines, one bundle each (from src/cli*.ts)
 *   dist/cli/cli.cjs.cache, ...             V8's compiled code for them, for this Node version
 *   dist/cli/package.json                   {"type": "commonjs"}: Node starts the launchers without its ESM loader
 *
 * Everything is CommonJS: code from V8's cache can only run as a script (Node 20 takes no cache for an ES
 * module), and a CommonJS launcher spares the ES module loader's start.
 *
 *   tsx src/cli-launch/build.ts [--outdir=DIR]     (default dist/cli)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
/** A run of each command line whose compiled code goes into its cache: an ordinary meeting, rules only. */
const TRAINING_RUNS: Array<{ launcher: string; args: string[] }> = [
  { launcher: 'cli.js', args: ['fixtures/webvtt/zoom-standup.vtt'] },
  { launcher: 'cli-progress.js', args: ['fixtures/progress'] },
];

const shared: BuildOptions = {
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  // Strict, as the ES modules of the sources are; import.meta.url is the bundle's own URL, as in the sources
  // (the "run directly?" check reads it).
  banner: { js: '"use strict";\nconst import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': 'import_meta_url' },
};

/**
 * Builds both command lines into `outdir` and writes their code caches.
 *
 * @example
 * await buildCommandLines('dist/cli'); // dist/cli/cli.js runs like `tsx src/cli.ts`
 */
export async function buildCommandLines(outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
  await build({
    ...shared,
    entryPoints: { cli: 'src/cli.ts', 'cli-progress': 'src/cli-progress.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
  });
  await build({
    ...shared,
    entryPoints: { cli: 'src/cli-launch/analyse.ts', 'cli-progress': 'src/cli-launch/progress.ts' },
    outdir,
  });
  const scratch = mkdtempSync(join(tmpdir(), 'cli-build-'));
  try {
    for (const { launcher, args } of TRAINING_RUNS) {
      const output = join(scratch, 'out.json');
      const run = spawnSync(
        process.execPath,
        [join(outdir, launcher), ...args, '--json', output, '--commentary', 'rules'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, ANTHROPIC_API_KEY: '' },
        },
      );
      if (run.status !== 0) throw new Error(`${launcher} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
      const cache = join(outdir, launcher.replace(/\.js$/, '.cjs.cache'));
      if (!existsSync(cache)) throw new Error(`${launcher} wrote no code cache (${cache})`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/cli' } } });
await buildCommandLines(resolve(ROOT, values.outdir));
