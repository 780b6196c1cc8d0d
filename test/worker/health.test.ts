import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version';

describe('GET /health (in workerd)', () => {
  it('answers ok with the version', async () => {
    const res = await SELF.fetch('http://localhost/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: VERSION });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await SELF.fetch('http://localhost/nope');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('not-found');
  });
});
