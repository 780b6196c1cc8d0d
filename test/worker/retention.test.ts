/**
 * Retention (RETENTION_DAYS): an analysis past its expiry answers 410 once, is deleted then, and
 * answers 404 afterwards; expired ones drop out of the list. The clock is injected.
 */
import { describe, expect, it } from 'vitest';
import { callApp, expectError, ownerOf, storedKeys } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

const SMALL_VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n';
const DAY = 86_400_000;
const T0 = new Date('2026-11-21T10:00:00Z');
const at = (ms: number) => ({ now: () => new Date(T0.getTime() + ms) });

async function createAt(
  ms: number,
  extraEnv: Record<string, unknown> = {},
): Promise<{ id: string; meeting: { analysedAt: string } }> {
  const res = await callApp(
    at(ms),
    KEY_ALPHA,
    '/v1/analyses?title=Retention',
    { method: 'POST', body: SMALL_VTT, headers: { 'Content-Type': 'text/vtt' } },
    extraEnv,
  );
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; meeting: { analysedAt: string } };
}

describe('retention', () => {
  it('keeps an analysis for RETENTION_DAYS (30 by default), then answers 410 once and deletes it', async () => {
    const { id, meeting } = await createAt(0);
    expect(meeting.analysedAt).toBe('2026-11-21T10:00:00.000Z');
    const list = (await (await callApp(at(0), KEY_ALPHA, '/v1/analyses?limit=100')).json()) as {
      items: Array<{ id: string; expiresAt: string }>;
    };
    // 21 November + 30 days = 21 December, same time.
    expect(list.items.find((i) => i.id === id)?.expiresAt).toBe('2026-12-21T10:00:00.000Z');

    expect((await callApp(at(30 * DAY - 1), KEY_ALPHA, `/v1/analyses/${id}`)).status).toBe(200);
    const gone = await expectError(
      await callApp(at(30 * DAY), KEY_ALPHA, `/v1/analyses/${id}/report.pdf`),
      410,
      'expired',
    );
    expect(gone.error.details).toEqual({ id, expiredAt: '2026-12-21T10:00:00.000Z' });
    expect(await storedKeys(`analyses/${await ownerOf(KEY_ALPHA)}/${id}/`)).toEqual([]);
    await expectError(await callApp(at(30 * DAY), KEY_ALPHA, `/v1/analyses/${id}`), 404, 'not-found');
  });

  it('drops expired analyses from the list (and deletes them)', async () => {
    const { id } = await createAt(0, { RETENTION_DAYS: '1' });
    const list = (await (await callApp(at(2 * DAY), KEY_ALPHA, '/v1/analyses?limit=100')).json()) as {
      items: Array<{ id: string }>;
    };
    expect(list.items.map((i) => i.id)).not.toContain(id);
    expect(await storedKeys(`analyses/${await ownerOf(KEY_ALPHA)}/${id}/`)).toEqual([]);
  });

  it('RETENTION_DAYS=0 keeps analyses until deleted', async () => {
    const { id } = await createAt(0, { RETENTION_DAYS: '0' });
    expect((await callApp(at(3650 * DAY), KEY_ALPHA, `/v1/analyses/${id}`)).status).toBe(200);
    expect((await callApp(at(0), KEY_ALPHA, `/v1/analyses/${id}`, { method: 'DELETE' })).status).toBe(204);
  });
});
