/**
 * `wrangler dev` serving an already-built Worker bundle (`--no-bundle`, with wrangler.toml's
 * bindings), on a free loopback port with its state in a fresh temporary directory.
 *
 * Why not test/e2e/helpers/wrangler-dev.ts: that one bundles from src/ and watches the sources,
 * so an edit anywhere in the Worker's imports during a bench run rebuilds and restarts the Worker,
 * and every upload in flight fails with 503 "Your worker restarted mid-request" (seen here while
 * another session edited analyzers/). Serving the bundle the size was measured on avoids that, and
 * the load test then measures exactly what `wrangler deploy` would upload.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyLocalMigrations, freePort, type DevServer } from '../e2e/helpers/wrangler-dev';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Starts `wrangler dev` on `modulePath` and resolves once GET /health answers 200. The state
 * directory must not be beside the bundle: wrangler watches the bundle's folder and would reload.
 *
 * @example
 * const server = await startFrozenDevServer(bundle.modulePath, { API_KEY_HASHES: hashes });
 * await fetch(`${server.baseUrl}/health`); // 200
 * await server.stop();
 */
export async function startFrozenDevServer(
  modulePath: string,
  vars: Record<string, string>,
  startTimeoutMs = 120_000,
): Promise<DevServer> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const stateDir = mkdtempSync(join(tmpdir(), 'meeting-analyser-bench-state-'));
  applyLocalMigrations(stateDir);
  const args = [
    'dev',
    modulePath,
    '--config',
    join(ROOT, 'wrangler.toml'),
    '--no-bundle',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    stateDir,
    '--show-interactive-dev-session=false',
    // debug: besides one line per request, workerd's own exceptions and "Reloading local server",
    // which say why an upload failed (wrangler answers any broken proxy connection with a 503).
    '--log-level',
    'debug',
    ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  let log = '';
  // detached: its own process group, so stop() ends wrangler and the workerd it started, nothing else.
  const child = spawn(join(ROOT, 'node_modules/.bin/wrangler'), args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      NO_COLOR: '1',
      WRANGLER_LOG_PATH: join(stateDir, 'logs'),
      CI: '1',
    },
  });
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((done) => child.once('exit', (code) => ((exitCode = code), done())));

  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  const stop = async (): Promise<void> => {
    if (exitCode === undefined) {
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(stateDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline && exitCode === undefined) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return { baseUrl, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(
    `wrangler dev did not answer ${baseUrl}/health (exit code ${String(exitCode)}). Its output:\n${log.slice(-3000)}`,
  );
}
