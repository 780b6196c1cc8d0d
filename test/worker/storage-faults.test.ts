/**
 * R2 failures through the real routes (a failing bucket injected with createApp({ bucket })):
 * 503 with Retry-After, nothing half-written, and the same request succeeds once R2 is back.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { callApp, createAnalysis, expectError, ownerOf, storedKeys } from './helpers/api';
import { failingBucket, type FailurePlan } from './helpers/failing-bucket';
import { KEY_ALPHA } from './helpers/test-keys';

const SMALL_VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready.\n';
const upload = { method: 'POST', body: SMALL_VTT, headers: { 'Content-Type': 'text/vtt' } };

const withOutage = (plan: FailurePlan) => {
  const bucket = failingBucket(env.REPORTS, plan);
  return { deps: { bucket: () => bucket }, bucket };
};

describe('R2 write failures on POST /v1/analyses', () => {
  it.each<[string, FailurePlan]>([
    ['the PDF write fails', { put: /report\.pdf$/ }],
    ['the analysis.json write fails (after the PDF was written)', { put: /analysis\.json$/ }],
    ['the transcript write fails (keepTranscript=true)', { put: /\/transcript$/ }],
  ])('%s: 503 with Retry-After, and nothing of the analysis is left', async (_name, plan) => {
    const owner = await ownerOf(KEY_ALPHA);
    const before = await storedKeys(`analyses/${owner}/`);
    const { deps, bucket } = withOutage(plan);
    const res = await callApp(deps, KEY_ALPHA, '/v1/analyses?keepTranscript=true', upload);
    expect(res.headers.get('Retry-After')).toBe('5');
    const body = await expectError(res, 503, 'storage-unavailable');
    expect(body.error.details).toEqual({ operation: 'store the analysis', retryAfterSeconds: 5 });
    expect(body.error.message).not.toContain('simulated'); // the cause is logged, not returned
    expect(bucket.calls.some((c) => c.startsWith('delete'))).toBe(true);
    expect(await storedKeys(`analyses/${owner}/`)).toEqual(before);

    // R2 is back: the same request succeeds.
    expect((await callApp({}, KEY_ALPHA, '/v1/analyses?keepTranscript=true', upload)).status).toBe(201);
  });

  it('a failed clean-up still leaves no visible analysis (analysis.json is written last)', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const { deps } = withOutage({ put: /analysis\.json$/, delete: true });
    await expectError(await callApp(deps, KEY_ALPHA, '/v1/analyses', upload), 503, 'storage-unavailable');
    const listed = await env.REPORTS.list({ prefix: `analyses/${owner}/` });
    const orphans = listed.objects.filter(
      (o) =>
        o.key.endsWith('/report.pdf') &&
        !listed.objects.some((j) => j.key === o.key.replace('report.pdf', 'analysis.json')),
    );
    expect(orphans.length).toBeGreaterThan(0);
    // The orphan PDF is not served: the report route checks analysis.json first.
    const id = orphans[0]!.key.split('/')[2]!;
    await expectError(await callApp({}, KEY_ALPHA, `/v1/analyses/${id}/report.pdf`), 404, 'not-found');
    await env.REPORTS.delete(orphans.map((o) => o.key));
  });
});

describe('R2 read failures', () => {
  it.each<[string, FailurePlan, (id: string) => string, RequestInit?]>([
    ['GET analysis', { get: true }, (id) => `/v1/analyses/${id}`],
    ['GET report.pdf', { head: true }, (id) => `/v1/analyses/${id}/report.pdf`],
    ['GET list', { list: true }, () => '/v1/analyses'],
    ['DELETE', { delete: true }, (id) => `/v1/analyses/${id}`, { method: 'DELETE' }],
    ['GET job', { get: true }, () => '/v1/jobs/0000000000000000000000000a'],
  ])('%s answers 503 with Retry-After', async (_name, plan, path, init) => {
    const created = await createAnalysis(KEY_ALPHA, SMALL_VTT, 'text/vtt');
    const { deps } = withOutage(plan);
    const res = await callApp(deps, KEY_ALPHA, path(created.id), init);
    expect(res.headers.get('Retry-After')).toBe('5');
    await expectError(res, 503, 'storage-unavailable');
    // Still there once R2 is back.
    expect((await callApp({}, KEY_ALPHA, `/v1/analyses/${created.id}`)).status).toBe(200);
  });
});

describe('a Worker deployed without the R2 binding', () => {
  it('answers 503 storage-not-configured instead of crashing', async () => {
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses', upload, { REPORTS: undefined });
    await expectError(res, 503, 'storage-not-configured');
  });
});

describe('a client that disconnects mid-upload', () => {
  it('answers 400 upload-incomplete and stores nothing', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const before = await storedKeys(`analyses/${owner}/`);
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode('WEBVTT\n\n00:00:01.000 --> '));
        } else {
          controller.error(new Error('client went away'));
        }
      },
    });
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses', {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'text/vtt' },
    });
    await expectError(res, 400, 'upload-incomplete');
    expect(await storedKeys(`analyses/${owner}/`)).toEqual(before);
  });
});
