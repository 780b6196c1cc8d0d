/**
 * Starts the real service with `wrangler dev` on a free loopback port for the end-to-end tests,
 * with its R2 state in a fresh temporary directory, and stops it again. Only the process group
 * this helper started is ever signalled.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface DevServer {
  baseUrl: string;
  /** Everything wrangler printed, for the failure message when something goes wrong. */
  output(): string;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  /** Extra `--var NAME:value` pairs (e.g. API_KEY_HASHES for a test key). */
  vars?: Record<string, string>;
  /** How long to wait for /health (wrangler's first bundle takes a few seconds). */
  startTimeoutMs?: number;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A port the OS says is free right now.
 *
 * @example
 * const port = await freePort(); // e.g. 41873
 */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Applies the D1 migrations (migrations/) to the local database under `stateDir`, as `npm start` does:
 * `wrangler dev` alone does not, and an upload is indexed in D1.
 *
 * @example
 * applyLocalMigrations(stateDir); // then wrangler dev --persist-to stateDir
 */
export function applyLocalMigrations(stateDir: string): void {
  execFileSync(
    join(ROOT, 'node_modules/.bin/wrangler'),
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', stateDir],
    {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        NO_COLOR: '1',
        WRANGLER_LOG_PATH: join(stateDir, 'logs'),
        CI: '1',
      },
    },
  );
}

/**
 * Runs `wrangler dev` and resolves once GET /health answers 200.
 *
 * @example
 * const server = await startDevServer();
 * await fetch(server.baseUrl + '/health'); // 200
 * await server.stop();
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const stateDir = mkdtempSync(join(tmpdir(), 'meeting-analyser-e2e-'));
  applyLocalMigrations(stateDir);
  const vars = Object.entries(options.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`]);
  const args = [
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    stateDir,
    '--show-interactive-dev-session=false',
    '--log-level',
    'warn',
    ...vars,
  ];
  let log = '';
  // detached: wrangler runs workerd as a child; its own process group lets stop() end both.
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/wrangler'), args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No network: no telemetry, and no download of the `Request.cf` sample (miniflare's placeholder is fine).
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      NO_COLOR: '1',
      WRANGLER_LOG_PATH: join(stateDir, 'logs'),
      CI: '1',
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      signalGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid !== undefined && signalGroup(child.pid, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(stateDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) break;
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) return { baseUrl, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer ${baseUrl}/health (exit code ${String(exitCode)}). Its output:\n${log}`);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
