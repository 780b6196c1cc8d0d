/**
 * CORS from CORS_ORIGINS: none by default; listed origins (or "*") get the headers, preflights
 * included, before authentication.
 */
import { describe, expect, it } from 'vitest';
import { callApp } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

const preflight = (origin: string): RequestInit => ({
  method: 'OPTIONS',
  headers: {
    Origin: origin,
    'Access-Control-Request-Method': 'POST',
    'Access-Control-Request-Headers': 'authorization, content-type',
  },
});

describe('CORS', () => {
  it('sends no CORS headers when CORS_ORIGINS is empty (same origin only)', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { headers: { Origin: 'https://tool.example' } },
      { CORS_ORIGINS: '' },
    );
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers the preflight for a listed origin, without a key', async () => {
    const res = await callApp({}, null, '/v1/analyses', preflight('https://tool.example'), {
      CORS_ORIGINS: 'https://tool.example, https://other.example',
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://tool.example');
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it('gives a listed origin the header on real responses, errors included, and exposes Location', async () => {
    const res = await callApp(
      {},
      null,
      '/v1/analyses',
      { headers: { Origin: 'https://tool.example' } },
      { CORS_ORIGINS: 'https://tool.example' },
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://tool.example');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('Location');
  });

  it('does not allow an origin that is not listed', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { headers: { Origin: 'https://evil.example' } },
      { CORS_ORIGINS: 'https://tool.example' },
    );
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('allows any origin with "*"', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      { headers: { Origin: 'https://any.example' } },
      { CORS_ORIGINS: '*' },
    );
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
