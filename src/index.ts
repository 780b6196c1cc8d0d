/**
 * Worker entry point: HTTP requests go to the Hono app, queue batches (async jobs and their
 * dead-letter queue) to the job consumer.
 *
 * @example
 * // wrangler dev serves this module; `curl http://127.0.0.1:8787/health` answers {"status":"ok",...}
 */
import { createApp } from './app';
import { handleQueueBatch } from './queue/consumer';

const app = createApp();

/** @example await worker.fetch(new Request('http://127.0.0.1:8787/health'), env, ctx) */
export default {
  fetch: app.fetch,
  queue: (batch, env) => handleQueueBatch(batch, env),
} satisfies ExportedHandler<Env>;
