/**
 * Helpers for async-job tests: follow a job until it ends, read the callback receiver, drive the
 * queue consumer directly with a batch (cloudflare:test's createMessageBatch / getQueueResult).
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { inject } from 'vitest';
import { handleQueueBatch, type QueueDeps } from '../../../src/queue/consumer';
import { newJob, type JobRecord, type JobView } from '../../../src/queue/job';
import { JobStore } from '../../../src/storage/job-store';
import { newId } from '../../../src/storage/ids';
import { reportsBucket } from '../../../src/storage/bucket';
import { call, utf8 } from './api';

const POLLS = 200;
const POLL_MS = 50;

/** Polls GET /v1/jobs/:id until the job is complete or failed (bounded; no timing is asserted). @example (await waitForJob(KEY_ALPHA, view.links.self)).status // => 'complete' */
export async function waitForJob(key: string, self: string): Promise<JobView> {
  for (let i = 0; i < POLLS; i++) {
    const view = (await (await call(key, self)).json()) as JobView;
    if (view.status === 'complete' || view.status === 'failed') return view;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`job ${self} did not end after ${POLLS} polls`);
}

/** A fresh callback URL on the receiver, and a reader for what it received. @example const hook = callbackHook(); ...; (await hook.received())[0].body.event // => 'job.complete' */
export function callbackHook(kind: 'hooks' | 'fail' = 'hooks'): {
  url: string;
  received(minimum?: number): Promise<Array<{ headers: Record<string, string>; body: any }>>;
} {
  const name = `t-${newId()}`;
  const base = inject('callbackReceiverUrl');
  return {
    url: `${base}/${kind}/${name}`,
    async received(minimum = 1) {
      for (let i = 0; i < POLLS; i++) {
        const calls = (await (await fetch(`${base}/hooks/${name}`)).json()) as Array<{
          headers: Record<string, string>;
          body: any;
        }>;
        if (calls.length >= minimum) return calls;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      return [];
    },
  };
}

/** Stores a queued job for `owner` WITHOUT sending a message, so only the test's own batch runs it. @example const job = await storeQueuedJob(owner, vtt) */
export async function storeQueuedJob(
  owner: string,
  text: string,
  options: Partial<JobRecord['options']> = {},
): Promise<JobRecord> {
  const job = newJob({
    id: newId(),
    owner,
    analysisId: newId(),
    options: { attendees: [], commentary: 'rules', keepTranscript: false, ...options },
    upload: { fileName: 'standup.vtt', contentType: 'text/vtt', bytes: utf8(text).length },
    now: new Date(),
  });
  await new JobStore(env.REPORTS, owner).create(job, {
    bytes: utf8(text),
    fileName: 'standup.vtt',
    contentType: 'text/vtt',
  });
  return job;
}

/** Runs the consumer on a one-message batch (the pool's own MessageBatch) and returns how the message was settled. @example await runBatch('meeting-analyser-jobs', { jobId, owner }, 1) // => { retried: false, acked: true } */
export async function runBatch(
  queue: string,
  body: unknown,
  attempts: number,
  deps: Partial<QueueDeps> = {},
): Promise<{ retried: boolean; acked: boolean }> {
  const batch = createMessageBatch(queue, [{ id: 'msg-1', timestamp: new Date(), attempts, body }]);
  const ctx = createExecutionContext();
  await handleQueueBatch(batch, env, { bucket: reportsBucket, now: () => new Date(), ...deps });
  // getQueueResult reports acks and retries (not the retry delay: see recordingBatch).
  const result = (await getQueueResult(batch, ctx)) as {
    explicitAcks: string[];
    retryMessages: Array<{ msgId: string }>;
  };
  return {
    retried: result.retryMessages.some((m) => m.msgId === 'msg-1'),
    acked: result.explicitAcks.includes('msg-1'),
  };
}

/** A hand-made one-message batch that records the retry delay the consumer asks for. @example const { batch, settled } = recordingBatch(queue, body, 3); await handleQueueBatch(batch, env, deps); settled.retryDelaySeconds // => 20 */
export function recordingBatch(
  queue: string,
  body: unknown,
  attempts: number,
): { batch: MessageBatch<unknown>; settled: { acked: boolean; retryDelaySeconds: number | null } } {
  const settled = { acked: false, retryDelaySeconds: null as number | null };
  const message = {
    id: 'msg-1',
    timestamp: new Date(),
    body,
    attempts,
    ack: () => void (settled.acked = true),
    retry: (options?: QueueRetryOptions) => void (settled.retryDelaySeconds = options?.delaySeconds ?? 0),
  };
  const batch = {
    queue,
    messages: [message],
    ackAll: () => message.ack(),
    retryAll: (o?: QueueRetryOptions) => message.retry(o),
  };
  return { batch: batch as unknown as MessageBatch<unknown>, settled };
}

/** The stored job record, read straight from R2. @example (await storedJob(owner, job.id))?.status // => 'queued' */
export async function storedJob(owner: string, jobId: string): Promise<JobRecord | null> {
  return new JobStore(env.REPORTS, owner).get(jobId);
}
