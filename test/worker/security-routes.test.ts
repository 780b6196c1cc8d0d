/**
 * Every route needs an API key in production, except the ones public by design: /health, the
 * upload page and its static assets, the progress page (/progress) and its assets, /openapi.json and
 * /docs. The routes are read from the app itself (Hono's `app.routes`), so a route added later is
 * checked without anyone listing it here; a new public route fails this test until it is added to
 * PUBLIC on purpose.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { newId } from '../../src/storage/ids';
import { callApp, expectError } from './helpers/api';
import { KEY_ALPHA, KEY_UNKNOWN } from './helpers/test-keys';

/** Public by design (DESIGN.md, issue 8): health, docs, and the page with its static assets. */
const PUBLIC = new Set([
  'GET /health',
  'GET /',
  'GET /openapi.json',
  'GET /docs',
  'GET /docs/methodology',
  'GET /page/app.js',
  'GET /page/app.css',
  'GET /page/icon.svg',
  'GET /progress',
  'GET /page/progress.js',
  'GET /page/progress.css',
]);

/** Production settings: keys configured (the test project's hashes), ENVIRONMENT production or unset. */
const PRODUCTION: Array<[string, Record<string, unknown>]> = [
  ['ENVIRONMENT=production', { ENVIRONMENT: 'production' }],
  ['ENVIRONMENT unset', { ENVIRONMENT: undefined }],
];

/** Every endpoint the app serves, as "METHOD /path"; middleware (method ALL on a wildcard) left out. */
function endpoints(): string[] {
  const all = createApp()
    .routes.filter((r) => !(r.method === 'ALL' && r.path.includes('*')))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(all)].sort();
}

/** A request for the endpoint, with a well-formed id where the path takes one. */
function requestFor(endpoint: string): { method: string; path: string; init: RequestInit } {
  const [method, pattern] = endpoint.split(' ') as [string, string];
  const path = pattern.replace(/:[a-zA-Z]+/g, () => newId());
  const init: RequestInit = { method };
  if (method === 'POST')
    Object.assign(init, {
      body: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nZoë: hi\n',
      headers: { 'Content-Type': 'text/vtt' },
    });
  return { method, path, init };
}

describe('routes read from the app', () => {
  it('include the API and the public pages (the enumeration sees real routes)', () => {
    const found = endpoints();
    expect(found).toContain('POST /v1/analyses');
    expect(found).toContain('GET /v1/jobs/:id');
    expect(found).toContain('GET /health');
    expect(found.length).toBeGreaterThanOrEqual(PUBLIC.size + 7);
  });

  it('each public-by-design route exists (the list cannot go stale; every other route is checked below)', () => {
    const found = endpoints();
    for (const p of PUBLIC) expect(found, p).toContain(p);
  });
});

describe.each(PRODUCTION)('in production (%s)', (_name, settings) => {
  it.each(endpoints())('%s: public by design, or 401 without a key', async (endpoint) => {
    const { path, init } = requestFor(endpoint);
    const res = await callApp({}, null, path, init, settings);
    if (PUBLIC.has(endpoint)) {
      expect(res.status, endpoint).toBe(200);
    } else {
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="meeting-analyser"');
      await expectError(res, 401, 'unauthorized');
    }
  });

  it.each(endpoints().filter((e) => !PUBLIC.has(e)))('%s: 401 with a key that is not configured', async (endpoint) => {
    const { path, init } = requestFor(endpoint);
    const headers = new Headers(init.headers);
    await expectError(await callApp({}, KEY_UNKNOWN, path, { ...init, headers }, settings), 401, 'unauthorized');
  });
});

describe('paths and methods the app does not serve, under /v1', () => {
  // Without a key nothing under /v1 answers anything but 401: not even whether a route exists.
  it.each([
    ['GET', '/v1/nothing-here'],
    ['GET', '/v1/'],
    ['PUT', '/v1/analyses'],
    ['PATCH', `/v1/analyses/${newId()}`],
    ['HEAD', `/v1/analyses/${newId()}/report.pdf`],
    ['POST', `/v1/jobs/${newId()}`],
    ['GET', '/v1/analyses/../jobs'],
  ])('%s %s -> 401 without a key', async (method, path) => {
    const res = await callApp({}, null, path, { method }, { ENVIRONMENT: 'production' });
    expect(res.status).toBe(401);
  });

  it('the same requests with a valid key are answered normally (404/405, not 401)', async () => {
    const res = await callApp({}, KEY_ALPHA, '/v1/nothing-here', {}, { ENVIRONMENT: 'production' });
    await expectError(res, 404, 'not-found');
  });
});
