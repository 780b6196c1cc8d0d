/**
 * Limits: upload size (declared and actual), transcript length, the per-key rate limit, and the
 * time limit helper.
 */
import { describe, expect, it } from 'vitest';
import { fixedWindowLimiter } from '../../src/http/rate-limit';
import { withTimeout } from '../../src/http/timeout';
import { call, callApp, expectError, utf8 } from './helpers/api';
import { KEY_ALPHA, KEY_BRAVO } from './helpers/test-keys';

const VTT_HEADER = 'WEBVTT\n\n';
/** A WebVTT body of exactly `size` bytes (one long cue). */
function vttOfSize(size: number): Uint8Array {
  const head = `${VTT_HEADER}00:00:01.000 --> 00:00:03.000\nAna: `;
  return utf8(head + 'a'.repeat(size - head.length));
}

describe('upload size (MAX_UPLOAD_BYTES)', () => {
  const limit = { MAX_UPLOAD_BYTES: '1000' };

  it('refuses a declared Content-Length over the limit with 413, stating the limit and the size', async () => {
    const headers = { 'Content-Type': 'text/vtt', 'Content-Length': '1001' };
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses', { method: 'POST', body: vttOfSize(1001), headers }, limit);
    const body = await expectError(res, 413, 'payload-too-large');
    expect(body.error.details).toEqual({ limitBytes: 1000, sizeBytes: 1001 });
    expect(body.error.message).toContain('1000 bytes');
  });

  it('accepts exactly the limit', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { method: 'POST', body: vttOfSize(1000), headers: { 'Content-Type': 'text/vtt' } },
      limit,
    );
    expect(res.status).toBe(201);
  });

  it('stops reading a streamed body (no Content-Length) once it passes the limit', async () => {
    let pulled = 0;
    const chunk = vttOfSize(400);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        // An endless upload: only the limit stops it.
        controller.enqueue(chunk);
      },
    });
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { method: 'POST', body: stream, headers: { 'Content-Type': 'text/vtt' } },
      limit,
    );
    const body = await expectError(res, 413, 'payload-too-large');
    expect(body.error.details).toEqual({ limitBytes: 1000 });
    // 400 + 400 + 400 bytes pass 1000 on the third chunk; reading stops there (plus what the stream buffered ahead).
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a multipart file over the limit', async () => {
    const form = new FormData();
    form.append('file', new File([vttOfSize(1500)], 'big.vtt'));
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses', { method: 'POST', body: form }, limit);
    await expectError(res, 413, 'payload-too-large');
  });

  it('the default limit is 10 MiB (stated in the 413)', async () => {
    const res = await call(KEY_ALPHA, '/v1/analyses', {
      method: 'POST',
      body: vttOfSize(10 * 1024 * 1024 + 1),
      headers: { 'Content-Type': 'text/vtt' },
    });
    const body = await expectError(res, 413, 'payload-too-large');
    expect(body.error.details?.limitBytes).toBe(10_485_760);
    expect(body.error.message).toContain('10 MiB');
  });
});

describe('transcript length (MAX_WORDS)', () => {
  // Cue texts: "Shall we start?" (3) + "Yes, ready." (2) + "Good, first item then." (4) = 9 words.
  const NINE_WORDS = `${VTT_HEADER}00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready.\n\n00:00:05.500 --> 00:00:08.000\nAna: Good, first item then.\n`;

  it('refuses a transcript over the limit with 413 and the count', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { method: 'POST', body: NINE_WORDS, headers: { 'Content-Type': 'text/vtt' } },
      { MAX_WORDS: '8' },
    );
    const body = await expectError(res, 413, 'transcript-too-long');
    expect(body.error.details).toEqual({ words: 9, limitWords: 8 });
  });

  it('accepts a transcript of exactly the limit', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { method: 'POST', body: NINE_WORDS, headers: { 'Content-Type': 'text/vtt' } },
      { MAX_WORDS: '9' },
    );
    expect(res.status).toBe(201);
  });
});

describe('rate limit per key', () => {
  it('answers 429 with Retry-After once a key is over its limit, and does not count other keys', async () => {
    let t = 1_000_000;
    const limiter = fixedWindowLimiter(2, () => t);
    const app = { rateLimiter: () => limiter };
    expect((await callApp(app, KEY_ALPHA, '/v1/analyses')).status).toBe(200);
    expect((await callApp(app, KEY_ALPHA, '/v1/analyses')).status).toBe(200);
    t += 15_000;
    const res = await callApp(app, KEY_ALPHA, '/v1/analyses');
    // The window opened at t0 and lasts 60 s; 15 s in, 45 s remain.
    expect(res.headers.get('Retry-After')).toBe('45');
    await expectError(res, 429, 'rate-limited');
    expect((await callApp(app, KEY_BRAVO, '/v1/analyses')).status).toBe(200);
    t += 45_000;
    expect((await callApp(app, KEY_ALPHA, '/v1/analyses')).status).toBe(200);
  });

  it('uses the RATE_LIMITER binding when it is bound (refusing when the binding says so)', async () => {
    const refusing = { limit: async () => ({ success: false }) };
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses', {}, { RATE_LIMITER: refusing });
    expect(res.headers.get('Retry-After')).toBe('60');
    await expectError(res, 429, 'rate-limited');
  });

  it('falls back to RATE_LIMIT_PER_MINUTE in memory without the binding', async () => {
    const extra = { RATE_LIMITER: undefined, RATE_LIMIT_PER_MINUTE: '3' };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await callApp({}, KEY_BRAVO, '/v1/analyses', {}, extra)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('time limit', () => {
  it('withTimeout rejects with 504 analysis-timeout when the work does not finish', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withTimeout(never, 5)).rejects.toMatchObject({ status: 504, code: 'analysis-timeout' });
  });

  it('withTimeout passes the result through when the work finishes', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000)).resolves.toBe(42);
  });
});

describe('configuration', () => {
  it('a malformed limit setting fails loudly instead of lifting the limit', async () => {
    const body = await expectError(
      await callApp({}, KEY_ALPHA, '/v1/analyses', {}, { MAX_UPLOAD_BYTES: '10MB' }),
      500,
      'configuration-error',
    );
    expect(body.error.details).toEqual({ setting: 'MAX_UPLOAD_BYTES' });
  });
});
