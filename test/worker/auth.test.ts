/**
 * Authentication and tenant isolation: every API route needs a configured key; each analysis
 * and job belongs to the key that made it; another key gets 404 (not 403) for it, and never
 * sees it listed. Without keys a deployed Worker refuses to run open.
 */
import { describe, expect, it } from 'vitest';
import { bytesOf, call, callApp, createAnalysis, expectError } from './helpers/api';
import { KEY_ALPHA, KEY_BRAVO, KEY_UNKNOWN } from './helpers/test-keys';
import zoomStandup from '../../fixtures/webvtt/zoom-standup.vtt?base64';

const SMALL_VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready.\n';
const ANY_ID = '0000000000000000000000000a';

/** Every API route, with a request that would succeed for the right key. */
const ROUTES: Array<[string, string, RequestInit?]> = [
  ['POST', '/v1/analyses', { body: SMALL_VTT, headers: { 'Content-Type': 'text/vtt' } }],
  ['GET', '/v1/analyses'],
  ['GET', `/v1/analyses/${ANY_ID}`],
  ['GET', `/v1/analyses/${ANY_ID}/report.pdf`],
  ['GET', `/v1/analyses/${ANY_ID}/transcript`],
  ['DELETE', `/v1/analyses/${ANY_ID}`],
  ['GET', `/v1/jobs/${ANY_ID}`],
];

describe('API keys', () => {
  it.each(ROUTES)('%s %s without a key answers 401 with a Bearer challenge', async (method, path, init) => {
    const res = await call(null, path, { ...init, method });
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="meeting-analyser"');
    await expectError(res, 401, 'unauthorized');
  });

  it.each(ROUTES)('%s %s with an unknown key answers 401', async (method, path, init) => {
    await expectError(await call(KEY_UNKNOWN, path, { ...init, method }), 401, 'unauthorized');
  });

  it('refuses other schemes and malformed headers', async () => {
    for (const authorization of [`Basic ${btoa('user:pass')}`, 'Bearer', `Bearer ${KEY_ALPHA} extra`, KEY_ALPHA]) {
      await expectError(
        await call(null, '/v1/analyses', { headers: { Authorization: authorization } }),
        401,
        'unauthorized',
      );
    }
  });

  it('lets /health, the page and its assets, /openapi.json and /docs through without a key', async () => {
    for (const path of ['/health', '/', '/page/app.js', '/page/app.css', '/openapi.json', '/docs'])
      expect((await call(null, path)).status, path).toBe(200);
  });

  it('accepts the key case-insensitively as to the scheme ("bearer")', async () => {
    const res = await call(null, '/v1/analyses', { headers: { Authorization: `bearer ${KEY_ALPHA}` } });
    expect(res.status).toBe(200);
  });
});

describe('tenant isolation between two keys', () => {
  it("gives another key 404 for an analysis's JSON, PDF and transcript, and DELETE does not remove it", async () => {
    const mine = await createAnalysis(KEY_ALPHA, bytesOf(zoomStandup), 'text/vtt', '?keepTranscript=true');
    for (const path of [mine.links.self, mine.links.report, mine.links.transcript!]) {
      const res = await call(KEY_BRAVO, path);
      const body = await expectError(res, 404, 'not-found');
      // The same answer as for an id that never existed: nothing says it exists.
      expect(body.error.message).toMatch(/^no (analysis|transcript)/);
    }
    await expectError(await call(KEY_BRAVO, mine.links.self, { method: 'DELETE' }), 404, 'not-found');
    expect((await call(KEY_ALPHA, mine.links.self)).status).toBe(200);
    expect((await call(KEY_ALPHA, mine.links.report)).status).toBe(200);
  });

  it("never lists another key's analyses", async () => {
    const alpha = await createAnalysis(KEY_ALPHA, SMALL_VTT, 'text/vtt', '?title=Alpha%20only');
    const bravo = await createAnalysis(KEY_BRAVO, SMALL_VTT, 'text/vtt', '?title=Bravo%20only');
    const list = async (key: string) =>
      ((await (await call(key, '/v1/analyses?limit=100')).json()) as { items: Array<{ id: string }> }).items.map(
        (i) => i.id,
      );
    const alphaIds = await list(KEY_ALPHA);
    const bravoIds = await list(KEY_BRAVO);
    expect(alphaIds).toContain(alpha.id);
    expect(alphaIds).not.toContain(bravo.id);
    expect(bravoIds).toContain(bravo.id);
    expect(bravoIds).not.toContain(alpha.id);
  });

  it('gives another key 404 for a job', async () => {
    const res = await call(KEY_ALPHA, '/v1/analyses', {
      method: 'POST',
      body: SMALL_VTT,
      headers: { 'Content-Type': 'text/vtt', Prefer: 'respond-async' },
    });
    expect(res.status).toBe(202);
    const job = (await res.json()) as { links: { self: string } };
    await expectError(await call(KEY_BRAVO, job.links.self), 404, 'not-found');
    expect((await call(KEY_ALPHA, job.links.self)).status).toBe(200);
  });
});

describe('when no keys are configured', () => {
  it('a production Worker refuses every API request with 503 auth-not-configured', async () => {
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses', {}, { ENVIRONMENT: 'production', API_KEY_HASHES: '' });
    await expectError(res, 503, 'auth-not-configured');
  });

  it('an unset ENVIRONMENT counts as production', async () => {
    await expectError(
      await callApp({}, null, '/v1/analyses', {}, { ENVIRONMENT: undefined, API_KEY_HASHES: undefined }),
      503,
      'auth-not-configured',
    );
  });

  it('local development (wrangler dev on 127.0.0.1) works without a key', async () => {
    const res = await callApp(
      {},
      null,
      '/v1/analyses',
      { method: 'POST', body: SMALL_VTT, headers: { 'Content-Type': 'text/vtt' } },
      { ENVIRONMENT: 'development', API_KEY_HASHES: '' },
      'http://127.0.0.1:8787',
    );
    expect(res.status).toBe(201);
  });

  it('ENVIRONMENT=development on a public host name (deployed by mistake) still refuses', async () => {
    const res = await callApp(
      {},
      null,
      '/v1/analyses',
      {},
      { ENVIRONMENT: 'development', API_KEY_HASHES: '' },
      'https://meeting-analyser.example.workers.dev',
    );
    await expectError(res, 503, 'auth-not-configured');
  });

  it('a malformed API_KEY_HASHES is a configuration error (503), not an open door', async () => {
    const body = await expectError(
      await callApp({}, KEY_ALPHA, '/v1/analyses', {}, { API_KEY_HASHES: 'not-a-hash' }),
      503,
      'auth-misconfigured',
    );
    expect(JSON.stringify(body)).not.toContain('not-a-hash');
  });
});
