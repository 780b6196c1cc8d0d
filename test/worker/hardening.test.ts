/**
 * Issue 16, "Hardening, round two", through the real Worker in workerd with the pool's R2 and
 * Queues: what the security review reproduced, each as a test that failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import teamsDocx from '../../fixtures/docx/teams-sync.docx?base64';
import whisperJson from '../../fixtures/json/whisper-segments.json?base64';
import { DOCX_CONTENT_TYPE } from '../../src/http/upload';
import { bytesOf, call, callApp, expectError, utf8 } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

const SMALL_VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready.\n';

/** A multipart upload of one file with the type and name the client claims. */
function multipart(bytes: Uint8Array, fileName: string, type: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new File([bytes], fileName, { type }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

async function keptTranscript(form: FormData): Promise<Response> {
  const res = await call(KEY_ALPHA, '/v1/analyses', { method: 'POST', body: form });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  const body = JSON.parse(text) as { links: { transcript: string } };
  return call(KEY_ALPHA, body.links.transcript);
}

describe('kept transcripts are served with a type we choose (case 6)', () => {
  it.each([
    { name: 'WebVTT labelled text/html', bytes: utf8(SMALL_VTT), fileName: 'standup.vtt', claimed: 'text/html', expected: 'text/plain; charset=utf-8', extension: /\.vtt"$/ },
    { name: 'WebVTT labelled image/svg+xml', bytes: utf8(SMALL_VTT), fileName: 'standup.svg', claimed: 'image/svg+xml', expected: 'text/plain; charset=utf-8', extension: /\.vtt"$/ },
    { name: 'Whisper JSON labelled text/html', bytes: bytesOf(whisperJson), fileName: 'w.html', claimed: 'text/html', expected: 'application/json', extension: /\.json"$/ },
    { name: 'a Word document labelled text/html', bytes: bytesOf(teamsDocx), fileName: 'sync.html', claimed: 'text/html', expected: DOCX_CONTENT_TYPE, extension: /\.docx"$/ },
  ])('$name -> $expected, sandboxed', async ({ bytes, fileName, claimed, expected, extension }) => {
    const res = await keptTranscript(multipart(bytes, fileName, claimed, { keepTranscript: 'true', commentary: 'none' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(expected);
    expect(res.headers.get('Content-Security-Policy')).toBe('sandbox');
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="transcript-[0-9a-z]{26}/);
    expect(res.headers.get('Content-Disposition')).toMatch(extension);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it('a Latin-1 text file is served as windows-1252, not mislabelled UTF-8', async () => {
    const latin1 = Uint8Array.from([...'Zo\u00eb: Bonjour \u00e0 tous.\nBo: Salut.\n'].map((ch) => ch.charCodeAt(0)));
    const res = await keptTranscript(multipart(latin1, 'notes.txt', 'text/plain', { keepTranscript: 'true', commentary: 'none' }));
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=windows-1252');
  });
});

describe('keyless development refuses cross-site writes (case 7)', () => {
  const DEV = { ENVIRONMENT: 'development', API_KEY_HASHES: '' };
  const LOCAL = 'http://127.0.0.1:8787';
  const post = (headers: Record<string, string>, extraEnv: Record<string, unknown> = {}) =>
    callApp({}, null, '/v1/analyses?commentary=none', { method: 'POST', body: SMALL_VTT, headers: { 'Content-Type': 'text/plain', ...headers } }, { ...DEV, ...extraEnv }, LOCAL);

  it.each([
    ['a form post from another site (Sec-Fetch-Site and Origin)', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site alone', { 'Sec-Fetch-Site': 'cross-site' }],
    ['another local service (same-site, other port)', { 'Sec-Fetch-Site': 'same-site', Origin: 'http://127.0.0.1:3000' }],
    ['an Origin that is not the service (no Sec-Fetch-Site, older browser)', { Origin: 'https://evil.example' }],
    ['an opaque origin (sandboxed frame, file://)', { Origin: 'null' }],
  ])('%s -> 403 cross-site-request', async (_name, headers) => {
    const body = await expectError(await post(headers), 403, 'cross-site-request');
    expect(body.error.message).toMatch(/keyless development/);
  });

  it('a DELETE from another site is refused too', async () => {
    const res = await callApp({}, null, '/v1/analyses/0000000000000000000000000a', { method: 'DELETE', headers: { 'Sec-Fetch-Site': 'cross-site' } }, DEV, LOCAL);
    await expectError(res, 403, 'cross-site-request');
  });

  it.each([
    ['the upload page itself (same origin)', { 'Sec-Fetch-Site': 'same-origin', Origin: LOCAL }],
    ['curl or a script (no browser headers)', {}],
    ['a request the user typed (Sec-Fetch-Site: none)', { 'Sec-Fetch-Site': 'none' }],
  ])('%s -> 201', async (_name, headers) => {
    expect((await post(headers)).status).toBe(201);
  });

  it('an origin listed in CORS_ORIGINS may write (the operator asked for it)', async () => {
    expect((await post({ 'Sec-Fetch-Site': 'cross-site', Origin: 'https://tool.example' }, { CORS_ORIGINS: 'https://tool.example' })).status).toBe(201);
  });

  it('reads stay open: a cross-site GET of the list is not a write', async () => {
    const res = await callApp({}, null, '/v1/analyses', { headers: { 'Sec-Fetch-Site': 'cross-site' } }, DEV, LOCAL);
    expect(res.status).toBe(200);
  });
});
