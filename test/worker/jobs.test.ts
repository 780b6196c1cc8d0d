/**
 * Async analyses (`Prefer: respond-async`) end to end: the route stores the upload and a job and
 * enqueues it; the pool's Queue delivers it to the Worker's queue handler; the job goes queued ->
 * running -> complete | failed; the callback URL receives the result. Then the consumer is driven
 * directly for the fault paths: R2 outage (retry), dead-letter (failed with a reason).
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import zoomStandup from '../../fixtures/webvtt/zoom-standup.vtt?base64';
import { JobView, jobView, newJob, STALE_AFTER_MS } from '../../src/queue/job';
import { handleQueueBatch, retryDelaySeconds } from '../../src/queue/consumer';
import { bytesOf, call, callApp, expectError, ownerOf, storedKeys } from './helpers/api';
import { failingBucket } from './helpers/failing-bucket';
import { callbackHook, recordingBatch, runBatch, storedJob, storeQueuedJob, waitForJob } from './helpers/jobs';
import { KEY_ALPHA } from './helpers/test-keys';

const SMALL_VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready.\n';
const JOBS_QUEUE = 'meeting-analyser-jobs';
const DEAD_LETTERS = 'meeting-analyser-jobs-dlq';

async function submit(body: BodyInit, contentType: string, query = ''): Promise<{ res: Response; view: JobView }> {
  const res = await call(KEY_ALPHA, `/v1/analyses${query}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': contentType, Prefer: 'respond-async' },
  });
  return { res, view: (await res.clone().json()) as JobView };
}

describe('POST /v1/analyses with Prefer: respond-async', () => {
  it('answers 202 with a queued job, then the queue consumer completes it and calls back', async () => {
    const hook = callbackHook();
    const { res, view } = await submit(
      bytesOf(zoomStandup),
      'text/vtt',
      `?title=Daily%20standup&callbackUrl=${encodeURIComponent(hook.url)}`,
    );
    expect(res.status).toBe(202);
    expect(res.headers.get('Location')).toBe(`/v1/jobs/${view.id}`);
    expect(res.headers.get('Preference-Applied')).toBe('respond-async');
    expect(JobView.parse(view)).toEqual(view);
    expect(view).toMatchObject({
      status: 'queued',
      progress: { stage: 'queued', percent: 0 },
      attempts: 0,
      error: null,
      links: { self: `/v1/jobs/${view.id}` },
    });

    const done = await waitForJob(KEY_ALPHA, view.links.self);
    expect(done.status).toBe('complete');
    expect(done.progress).toEqual({ stage: 'done', percent: 100 });
    expect(done.attempts).toBe(1);
    expect(done.links.analysis).toMatch(/^\/v1\/analyses\/[0-9a-z]{26}$/);
    expect(done.links.report).toBe(`${done.links.analysis}/report.pdf`);

    const analysis = (await (await call(KEY_ALPHA, done.links.analysis!)).json()) as {
      meeting: { title: string };
      transcript: { format: string };
    };
    expect(analysis.meeting.title).toBe('Daily standup');
    expect(analysis.transcript.format).toBe('webvtt');
    const pdf = await call(KEY_ALPHA, done.links.report!);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="daily-standup-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );

    // The upload is not kept once the analysis exists.
    const owner = await ownerOf(KEY_ALPHA);
    expect(await storedKeys(`jobs/${owner}/${view.id}/`)).toEqual([`jobs/${owner}/${view.id}/job.json`]);

    const calls = await hook.received();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    expect(calls[0]!.body).toMatchObject({
      event: 'job.complete',
      job: { id: view.id, status: 'complete', links: { analysis: done.links.analysis } },
    });
  });

  it('ends failed with the reason when the file cannot be read, and calls back with job.failed', async () => {
    const hook = callbackHook();
    const { res, view } = await submit(
      'a.wav 1 0.5 0.3 hello\na.wav 1 0.8 0.4 world\na.wav 1 1.2 0.3 again\n',
      'text/plain',
      `?callbackUrl=${encodeURIComponent(hook.url)}`,
    );
    expect(res.status).toBe(202);
    const done = await waitForJob(KEY_ALPHA, view.links.self);
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe('unknown-format');
    expect(done.error?.message).toContain('could not recognise the transcript format');
    expect(done.links.analysis).toBeUndefined();
    expect((await hook.received())[0]!.body).toMatchObject({
      event: 'job.failed',
      job: { status: 'failed', error: { code: 'unknown-format' } },
    });
  });

  it('completes the job even when the callback endpoint answers 500', async () => {
    const hook = callbackHook('fail');
    const { view } = await submit(SMALL_VTT, 'text/vtt', `?callbackUrl=${encodeURIComponent(hook.url)}`);
    const done = await waitForJob(KEY_ALPHA, view.links.self);
    expect(done.status).toBe('complete');
    const owner = await ownerOf(KEY_ALPHA);
    // The outcome is recorded on the job (not shown in the public view).
    let record = await storedJob(owner, view.id);
    for (let i = 0; i < 100 && !record?.callback; i++) {
      await new Promise((r) => setTimeout(r, 50));
      record = await storedJob(owner, view.id);
    }
    expect(record?.callback).toMatchObject({ status: 500, error: 'the callback answered HTTP 500' });
  });

  it('keeps the empty-body, content-type and option checks synchronous', async () => {
    await expectError((await submit('', 'text/vtt')).res, 400, 'empty-body');
    await expectError((await submit(SMALL_VTT, 'image/png')).res, 415, 'unsupported-media-type');
    await expectError((await submit(SMALL_VTT, 'text/vtt', '?commentary=loud')).res, 400, 'invalid-option');
  });

  it('refuses a callback to a private address in production, and allows 127.0.0.1 (the receiver) in tests', async () => {
    const init = { method: 'POST', body: SMALL_VTT, headers: { 'Content-Type': 'text/vtt', Prefer: 'respond-async' } };
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://10.0.0.8/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/x',
      'http://localhost/x',
    ]) {
      const res = await callApp({}, KEY_ALPHA, `/v1/analyses?callbackUrl=${encodeURIComponent(url)}`, init, {
        ENVIRONMENT: 'production',
      });
      await expectError(res, 400, 'invalid-callback-url');
    }
    const hook = callbackHook();
    const res = await callApp({}, KEY_ALPHA, `/v1/analyses?callbackUrl=${encodeURIComponent(hook.url)}`, init);
    expect(res.status).toBe(202);
    expect(await hook.received()).toHaveLength(1);
  });

  it('answers 503 queue-not-configured without the JOBS binding', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { method: 'POST', body: SMALL_VTT, headers: { 'Content-Type': 'text/vtt', Prefer: 'respond-async' } },
      { JOBS: undefined },
    );
    await expectError(res, 503, 'queue-not-configured');
  });

  it('answers 503 with Retry-After and keeps nothing when the queue refuses the message', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const before = await storedKeys(`jobs/${owner}/`);
    const brokenQueue = { send: () => Promise.reject(new Error('simulated queue outage')) };
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { method: 'POST', body: SMALL_VTT, headers: { 'Content-Type': 'text/vtt', Prefer: 'respond-async' } },
      { JOBS: brokenQueue },
    );
    expect(res.headers.get('Retry-After')).toBe('5');
    await expectError(res, 503, 'queue-unavailable');
    expect(await storedKeys(`jobs/${owner}/`)).toEqual(before);
  });
});

describe('GET /v1/jobs/:id', () => {
  it('answers 404 for an unknown or malformed id', async () => {
    await expectError(await call(KEY_ALPHA, '/v1/jobs/0000000000000000000000000a'), 404, 'not-found');
    await expectError(await call(KEY_ALPHA, '/v1/jobs/nope'), 404, 'not-found');
  });
});

describe('queue consumer faults', () => {
  it('retries (with backoff) a job whose analysis could not be stored, leaving no half-written analysis; the retry completes it', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, SMALL_VTT);
    const outage = failingBucket(env.REPORTS, { put: /analysis\.json$/ });

    const first = await runBatch(JOBS_QUEUE, { jobId: job.id, owner }, 1, { bucket: () => outage });
    expect(first).toEqual({ retried: true, acked: false });
    const requeued = await storedJob(owner, job.id);
    expect(requeued).toMatchObject({ status: 'queued', attempts: 1 });
    expect(requeued?.lastError).toMatch(/^storage-unavailable: could not store the analysis/);
    expect(await storedKeys(`analyses/${owner}/${job.analysisId}/`)).toEqual([]);

    const second = await runBatch(JOBS_QUEUE, { jobId: job.id, owner }, 2);
    expect(second).toEqual({ retried: false, acked: true });
    const done = await storedJob(owner, job.id);
    expect(done).toMatchObject({ status: 'complete', attempts: 2 });
    // The analysis id was chosen at submission: the retry wrote that one, not a second analysis.
    expect(await storedKeys(`analyses/${owner}/${job.analysisId}/`)).toEqual([
      `analyses/${owner}/${job.analysisId}/analysis.json`,
      `analyses/${owner}/${job.analysisId}/report.pdf`,
    ]);
  });

  it('retries when even the job record cannot be read', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, SMALL_VTT);
    const outage = failingBucket(env.REPORTS, { get: true });
    expect((await runBatch(JOBS_QUEUE, { jobId: job.id, owner }, 1, { bucket: () => outage })).retried).toBe(true);
  });

  it('the dead-letter queue ends a job that kept failing as failed, with the last reason and attempts', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, SMALL_VTT);
    const outage = failingBucket(env.REPORTS, { put: /analysis\.json$/ });
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await runBatch(JOBS_QUEUE, { jobId: job.id, owner }, attempt, { bucket: () => outage })).retried).toBe(
        true,
      );
    }
    expect((await runBatch(DEAD_LETTERS, { jobId: job.id, owner }, 1)).acked).toBe(true);
    const record = await storedJob(owner, job.id);
    expect(record?.status).toBe('failed');
    expect(record?.error?.code).toBe('job-failed');
    expect(record?.error?.message).toMatch(
      /^the job failed after 4 attempts: storage-unavailable: could not store the analysis/,
    );
    // Visible through the API, and the waiting upload is gone.
    const view = (await (await call(KEY_ALPHA, `/v1/jobs/${job.id}`)).json()) as JobView;
    expect(view.status).toBe('failed');
    expect(await storedKeys(`jobs/${owner}/${job.id}/`)).toEqual([`jobs/${owner}/${job.id}/job.json`]);
  });

  it('a dead-lettered job that was killed mid-run (no recorded error) fails with the limit as the reason', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, SMALL_VTT);
    await runBatch(DEAD_LETTERS, { jobId: job.id, owner }, 1);
    expect((await storedJob(owner, job.id))?.error?.message).toBe(
      'the job failed after 0 attempts: the worker stopped before finishing (time, CPU or memory limit)',
    );
  });

  it('a dead letter for a job that completed after all changes nothing', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, SMALL_VTT);
    await runBatch(JOBS_QUEUE, { jobId: job.id, owner }, 1);
    await runBatch(DEAD_LETTERS, { jobId: job.id, owner }, 1);
    expect((await storedJob(owner, job.id))?.status).toBe('complete');
  });

  it('a redelivered message for a finished job is acknowledged without running it again', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, SMALL_VTT);
    await runBatch(JOBS_QUEUE, { jobId: job.id, owner }, 1);
    const spy = failingBucket(env.REPORTS, {});
    expect((await runBatch(JOBS_QUEUE, { jobId: job.id, owner }, 2, { bucket: () => spy })).acked).toBe(true);
    expect(spy.calls.filter((c) => c.startsWith('put'))).toEqual([]);
  });

  it('acknowledges and drops a message that is not a job', async () => {
    expect(await runBatch(JOBS_QUEUE, 'hello', 1)).toEqual({ retried: false, acked: true });
  });

  it('backs off 5, 10, 20, 40, then 60 seconds', () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelaySeconds)).toEqual([5, 10, 20, 40, 60, 60]);
  });

  it('asks the Queue for that delay when retrying (third attempt: 20 s)', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, SMALL_VTT);
    const { batch, settled } = recordingBatch(JOBS_QUEUE, { jobId: job.id, owner }, 3);
    await handleQueueBatch(batch, env, {
      bucket: () => failingBucket(env.REPORTS, { put: true }),
      now: () => new Date(),
    });
    expect(settled).toEqual({ acked: false, retryDelaySeconds: 20 });
  });
});

describe('a job that stopped moving', () => {
  it(`shows as failed (job-stalled) once it has not changed for ${STALE_AFTER_MS / 60_000} minutes`, () => {
    const job = {
      ...newJob({
        id: 'j',
        owner: 'o',
        analysisId: 'a',
        options: { attendees: [], commentary: 'rules', keepTranscript: false },
        upload: { fileName: null, contentType: 'text/vtt', bytes: 1 },
        now: new Date('2026-11-21T10:00:00Z'),
      }),
      status: 'running' as const,
    };
    expect(jobView(job, new Date('2026-11-21T10:29:00Z')).status).toBe('running');
    const stale = jobView(job, new Date('2026-11-21T10:31:00Z'));
    expect(stale.status).toBe('failed');
    expect(stale.error?.code).toBe('job-stalled');
  });
});
