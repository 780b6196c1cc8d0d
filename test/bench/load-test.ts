/**
 * A small closed-loop load generator on Node's fetch (no autocannon here): `concurrency` clients,
 * each sending its next request as soon as the previous answer is fully read, until the time is
 * up or the client has sent its share. Latency is measured per request, body included.
 */

export interface LoadOptions {
  /** Builds client `client`'s request: URL and init (body, headers). */
  request: (client: number) => { url: string; init: RequestInit };
  /** The status a successful answer has; anything else (or a network error) is an error. */
  expectStatus: number;
  concurrency: number;
  /** No new request starts after this long. */
  durationMs: number;
  /** No client sends more than this many (keeps each client under the per-key rate limit). */
  maxRequestsPerClient: number;
  /** A request taking longer is aborted and counted as an error. */
  requestTimeoutMs?: number;
}

export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  /** Error kinds and how often, e.g. { 'HTTP 429': 3, 'TimeoutError': 1 }. */
  errorKinds: Record<string, number>;
  /** The start of the first answer (or error message) of each kind, to say what went wrong. */
  errorSamples: Record<string, string>;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  requestsPerSecond: number;
  elapsedMs: number;
}

/**
 * The q-quantile of sorted values (nearest rank).
 *
 * @example
 * quantile([10, 20, 30, 40], 0.5) // => 20
 * quantile([10, 20, 30, 40], 0.99) // => 40
 */
export function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Runs the load and summarises it. Latencies of failed requests are left out of p50/p99.
 *
 * @example
 * const r = await runLoad({ request: () => ({ url: base + '/health', init: {} }), expectStatus: 200, concurrency: 4, durationMs: 5_000, maxRequestsPerClient: 100 });
 * // r.p50Ms, r.p99Ms, r.requestsPerSecond, r.errors
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const errorSamples: Record<string, string> = {};
  const countError = (kind: string, sample: string) => {
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    errorSamples[kind] ??= sample.slice(0, 300);
  };
  let requests = 0;
  const start = performance.now();
  const deadline = start + options.durationMs;

  const client = async (id: number): Promise<void> => {
    for (let sent = 0; sent < options.maxRequestsPerClient && performance.now() < deadline; sent++) {
      const { url, init } = options.request(id);
      const t0 = performance.now();
      requests++;
      try {
        const res = await fetch(url, { ...init, signal: AbortSignal.timeout(options.requestTimeoutMs ?? 120_000) });
        const body = await res.arrayBuffer();
        if (res.status === options.expectStatus) latencies.push(performance.now() - t0);
        else countError(`HTTP ${res.status}`, new TextDecoder().decode(body.slice(0, 300)));
      } catch (err) {
        countError((err as Error).name || 'network error', String((err as Error).message));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => client(i)));

  const elapsedMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    concurrency: options.concurrency,
    requests,
    errors: requests - latencies.length,
    errorKinds,
    errorSamples,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? null,
    requestsPerSecond: latencies.length / (elapsedMs / 1000),
    elapsedMs,
  };
}
