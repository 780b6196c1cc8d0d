/**
 * The Worker's queue handler, for both queues in wrangler.toml: the jobs queue (run the job) and
 * its dead-letter queue (whose name ends in `-dlq`: mark the job failed).
 */
import { serviceConfig } from '../http/config';
import { reportsBucket, type BucketSource } from '../storage/bucket';
import { JobStore } from '../storage/job-store';
import { failDeadLetteredJob } from './dead-letter';
import { readJobMessage } from './message';
import { processJob } from './process-job';

/** @example await handleQueueBatch(batch, env, { bucket: () => failingBucket(env.REPORTS, { put: true }), now: () => new Date() }) */
export interface QueueDeps {
  bucket: BucketSource;
  now: () => Date;
  fetcher?: typeof fetch;
}

const DEFAULT_DEPS: QueueDeps = { bucket: reportsBucket, now: () => new Date() };

/**
 * Seconds before a failed message is delivered again: 5, 10, 20, ... up to a minute.
 *
 * @example
 * retryDelaySeconds(1) // => 5
 * retryDelaySeconds(3) // => 20
 */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(60, 5 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Handles a batch: each message is acknowledged when its job has ended (complete or failed) and
 * retried with backoff when it hit a temporary failure.
 *
 * @example
 * export default { fetch: app.fetch, queue: (batch, env) => handleQueueBatch(batch, env) } satisfies ExportedHandler<Env>;
 */
export async function handleQueueBatch(
  batch: MessageBatch<unknown>,
  env: Env,
  deps: QueueDeps = DEFAULT_DEPS,
): Promise<void> {
  const deadLetter = batch.queue.endsWith('-dlq');
  for (const message of batch.messages) {
    const body = readJobMessage(message.body);
    if (!body) {
      console.warn(`queue: dropped a message that is not a job (queue ${batch.queue})`);
      message.ack();
      continue;
    }
    try {
      const config = serviceConfig(env);
      const bucket = deps.bucket(env);
      const context = {
        env,
        bucket,
        config,
        jobs: new JobStore(bucket, body.owner),
        now: deps.now,
        allowPrivateCallback: config.environment !== 'production',
        fetcher: deps.fetcher,
      };
      if (deadLetter) await failDeadLetteredJob(body.jobId, context);
      else await processJob(body.jobId, message.attempts, context);
      message.ack();
    } catch (err) {
      console.error(
        `queue: job ${body.jobId} attempt ${message.attempts} failed; retrying:`,
        err instanceof Error ? err.message : String(err),
      );
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}
