/**
 * The Worker bundle exactly as `wrangler deploy` would upload it, built with `--dry-run` into a
 * temporary directory: wrangler's own "Total Upload: X KiB / gzip: Y KiB" line, and the same
 * measured here from the file (zlib gzip at level 9), so a change in wrangler's output format
 * cannot silently drop the number.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');

export interface WorkerBundle {
  /** wrangler's "Total Upload" figures (null when the line was not found). */
  wranglerRawKiB: number | null;
  wranglerGzipKiB: number | null;
  /** The built module measured here. */
  rawKiB: number;
  gzipKiB: number;
  /** Path of the built module, for the start-up probe; removed by `dispose()`. */
  modulePath: string;
  dispose(): void;
}

/**
 * Reads wrangler's size line.
 *
 * @example
 * parseTotalUpload('Total Upload: 2180.09 KiB / gzip: 745.41 KiB') // => { rawKiB: 2180.09, gzipKiB: 745.41 }
 * parseTotalUpload('nothing here') // => null
 */
export function parseTotalUpload(output: string): { rawKiB: number; gzipKiB: number } | null {
  const match = /Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(output);
  return match ? { rawKiB: Number(match[1]), gzipKiB: Number(match[2]) } : null;
}

/**
 * Builds the Worker with `wrangler deploy --dry-run --outdir <tmp>` and measures it.
 *
 * @example
 * const bundle = await buildWorkerBundle();
 * console.log(bundle.gzipKiB); // e.g. 745.4
 * bundle.dispose();
 */
export async function buildWorkerBundle(): Promise<WorkerBundle> {
  const outDir = mkdtempSync(join(tmpdir(), 'meeting-analyser-bundle-'));
  const { stdout, stderr } = await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/wrangler'),
    ['deploy', '--dry-run', '--outdir', outDir],
    {
      cwd: ROOT,
      timeout: 120_000,
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        NO_COLOR: '1',
        WRANGLER_LOG_PATH: join(outDir, 'logs'),
        CI: '1',
      },
    },
  );
  const modulePath = join(outDir, 'index.js');
  const bytes = readFileSync(modulePath);
  const reported = parseTotalUpload(`${stdout}\n${stderr}`);
  return {
    wranglerRawKiB: reported?.rawKiB ?? null,
    wranglerGzipKiB: reported?.gzipKiB ?? null,
    rawKiB: bytes.length / 1024,
    gzipKiB: gzipSync(bytes, { level: 9 }).length / 1024,
    modulePath,
    dispose: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
