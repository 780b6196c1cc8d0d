/**
 * The service under load: `wrangler dev` on 127.0.0.1 serving the built bundle (free port, state in
 * a temporary directory, ENVIRONMENT=development, no network; see frozen-dev-server.ts) receiving synchronous 20k-word uploads from 1, 4 and 8
 * concurrent clients, once with rule-based commentary and once with none. Also the dev server's
 * start-up (spawn to the first 200 from /health) and the first upload after start (cold code)
 * against the warm median.
 *
 * Each simulated client has its own API key, as separate callers would: the 120-requests-a-minute
 * limit per key (the RATE_LIMITER binding, emulated by wrangler dev) is a policy, not a cost, and
 * must not turn into 429 "errors" here. Each client also stays under 100 requests per series.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DevServer } from '../e2e/helpers/wrangler-dev';
import { startFrozenDevServer } from './frozen-dev-server';
import { runLoad, type LoadResult } from './load-test';

export interface ServiceBenchOptions {
  /** The Worker as built by `wrangler deploy --dry-run` (worker-bundle.ts). */
  modulePath: string;
  /** The transcript uploaded (WebVTT). */
  vtt: Uint8Array;
  concurrencies: number[];
  /** Length of each series (one commentary mode at one concurrency). */
  seriesMs: number;
  commentaryModes: Array<'rules' | 'none'>;
}

export interface ServiceSeries extends LoadResult {
  commentary: 'rules' | 'none';
}

export interface ServiceBench {
  /** Spawn of `wrangler dev` to the first 200 from /health: wrangler + workerd start + module load (polled every 100 ms). */
  devServerReadyMs: number;
  /** GET /health once warm: the floor of any request through wrangler dev's proxy. */
  healthWarmMs: number;
  /** The first upload after start (rules commentary): code not yet optimised by V8. */
  coldUploadMs: number;
  /** Median of the next uploads from the same single client. */
  warmUploadMs: number;
  /** Size of the uploaded file. */
  requestBodyKiB: number;
  /** Bytes of the JSON answer to one upload (the PDF is stored, not returned). */
  responseBytes: number;
  series: ServiceSeries[];
  /** How often wrangler dev restarted the Worker during the run (each restart fails the uploads in flight). */
  workerRestarts: number;
  /** wrangler's lines about errors and restarts, when there were any (the first 20). */
  devServerIncidents: string[];
}

/**
 * What wrangler dev said about restarts and errors (request lines with a 2xx status are left out).
 *
 * @example
 * devServerIncidents('[wrangler:info] POST /v1/analyses 201 Created (180ms)\n⎔ Reloading local server...')
 * // => { restarts: 1, lines: ['⎔ Reloading local server...'] }
 */
export function devServerIncidents(log: string): { restarts: number; lines: string[] } {
  const lines = log.split('\n').map((l) => l.trim());
  const restarts = lines.filter((l) => l.includes('Reloading local server')).length;
  const incidents = lines.filter(
    // A 5xx is a status in a request line ("POST /v1/analyses 503 Service Unavailable"), not any number from 500
    // to 599: wrangler also prints its inspector's network events ("dataLength: 537,").
    (l) => /Reloading local server|error|exception|✘| 5\d\d [A-Z]/i.test(l) && !/ 2\d\d [A-Z]/.test(l),
  );
  return { restarts, lines: incidents.slice(0, 20) };
}

const MAX_REQUESTS_PER_CLIENT = 100;
const WARM_UPLOADS = 5;
/** More unreported uploads before the series: V8 is still optimising after the first few. */
const EXTRA_WARMUP_UPLOADS = 10;

/** A key and the hash the service is configured with. */
function makeKey(): { key: string; hash: string } {
  const key = `ma_bench_${randomBytes(16).toString('hex')}`;
  return { key, hash: createHash('sha256').update(key).digest('hex') };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Starts the service, measures it, and always stops it (its whole process group) again.
 *
 * @example
 * const service = await benchService({ modulePath: bundle.modulePath, vtt, concurrencies: [1, 4, 8], seriesMs: 15_000, commentaryModes: ['rules', 'none'] });
 * // service.series[0] => { commentary: 'rules', concurrency: 1, p50Ms: 180, p99Ms: 240, requestsPerSecond: 5.4, errors: 0, ... }
 */
export async function benchService(options: ServiceBenchOptions): Promise<ServiceBench> {
  const warmKey = makeKey();
  // One fresh key per client per series, so no key is reused across series.
  const seriesKeys = options.commentaryModes.map(() =>
    options.concurrencies.map((n) => Array.from({ length: n }, makeKey)),
  );
  const hashes = [warmKey, ...seriesKeys.flat(2)].map((k) => k.hash).join(',');

  const spawnedAt = performance.now();
  const server: DevServer = await startFrozenDevServer(options.modulePath, {
    ENVIRONMENT: 'development',
    API_KEY_HASHES: hashes,
  });
  const devServerReadyMs = performance.now() - spawnedAt;
  // Ctrl-C during the bench must not leave wrangler and workerd running.
  const onSignal = () => void server.stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const upload = (commentary: 'rules' | 'none', key: string) => ({
      url: `${server.baseUrl}/v1/analyses?commentary=${commentary}`,
      init: {
        method: 'POST',
        body: options.vtt,
        headers: {
          'Content-Type': 'text/vtt',
          'Content-Disposition': 'attachment; filename="bench.vtt"',
          Authorization: `Bearer ${key}`,
        },
      } satisfies RequestInit,
    });
    const timedUpload = async (commentary: 'rules' | 'none' = 'rules'): Promise<{ ms: number; bytes: number }> => {
      const { url, init } = upload(commentary, warmKey.key);
      const t0 = performance.now();
      const res = await fetch(url, init);
      const body = await res.arrayBuffer();
      if (res.status !== 201)
        throw new Error(
          `upload answered ${res.status}: ${new TextDecoder().decode(body).slice(0, 300)}\n${server.output().slice(-2000)}`,
        );
      return { ms: performance.now() - t0, bytes: body.byteLength };
    };

    const cold = await timedUpload();
    const warm: number[] = [];
    for (let i = 0; i < WARM_UPLOADS; i++) warm.push((await timedUpload()).ms);
    // Both modes, so the first series measured does not pay for the rest of the warm-up.
    for (let i = 0; i < EXTRA_WARMUP_UPLOADS; i++) await timedUpload(i % 2 === 0 ? 'none' : 'rules');
    const health: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await (await fetch(`${server.baseUrl}/health`)).arrayBuffer();
      health.push(performance.now() - t0);
    }

    const series: ServiceSeries[] = [];
    for (const [m, commentary] of options.commentaryModes.entries()) {
      for (const [c, concurrency] of options.concurrencies.entries()) {
        const keys = seriesKeys[m]![c]!;
        const result = await runLoad({
          request: (client) => upload(commentary, keys[client]!.key),
          expectStatus: 201,
          concurrency,
          durationMs: options.seriesMs,
          maxRequestsPerClient: MAX_REQUESTS_PER_CLIENT,
        });
        series.push({ commentary, ...result });
      }
    }
    const incidents = devServerIncidents(server.output());
    return {
      workerRestarts: incidents.restarts,
      devServerIncidents: incidents.lines,
      devServerReadyMs,
      healthWarmMs: median(health),
      coldUploadMs: cold.ms,
      warmUploadMs: median(warm),
      requestBodyKiB: options.vtt.length / 1024,
      responseBytes: cold.bytes,
      series,
    };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await server.stop();
  }
}
