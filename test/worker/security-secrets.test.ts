/**
 * Secrets are never returned or logged: the caller's API key and the Worker's ANTHROPIC_API_KEY
 * appear in no response body, no response header, no console line and no stored object, across
 * the paths that handle them: a Claude commentary (the key really is sent to the fake Anthropic
 * API), Claude failing, a wrong key, a misconfigured key list, an R2 outage and an async job.
 */
import { createMessageBatch } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, inject, it, vi, type MockInstance } from 'vitest';
import { handleQueueBatch } from '../../src/queue/consumer';
import { reportsBucket } from '../../src/storage/bucket';
import { callApp, ownerOf } from './helpers/api';
import { failingBucket } from './helpers/failing-bucket';
import { storeQueuedJob } from './helpers/jobs';
import { KEY_ALPHA } from './helpers/test-keys';

/** A key only this file uses, so that finding it anywhere can only come from this file's requests. */
const ANTHROPIC_KEY = `sk-ant-api03-${crypto.randomUUID().replaceAll('-', '')}`;
const SECRETS = [ANTHROPIC_KEY, KEY_ALPHA];
const VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nZoë: Shall we start? What do you think, Bo?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready. Thanks.\n';

const claude = (model: string) => ({
  ANTHROPIC_API_KEY: ANTHROPIC_KEY,
  ANTHROPIC_BASE_URL: inject('anthropicUrl'),
  ANTHROPIC_MODEL: model,
  ANTHROPIC_TIMEOUT_MS: '5000',
  ANTHROPIC_MAX_RETRIES: '0',
});
const upload = { method: 'POST', body: VTT, headers: { 'Content-Type': 'text/vtt' } };

let logged: MockInstance[] = [];
beforeEach(() => {
  logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
});
afterEach(() => {
  for (const spy of logged) spy.mockRestore();
});

/** Every console line written so far in this test, its arguments stringified. */
function consoleText(): string {
  return logged
    .flatMap((spy) =>
      spy.mock.calls.map((args) =>
        args
          .map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a)))
          .join(' '),
      ),
    )
    .join('\n');
}

/** Reads the whole response (bytes as Latin-1, so a PDF or any binary is searched too) and checks it. */
async function expectNoSecretIn(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const body = new TextDecoder('latin1').decode(bytes) + new TextDecoder().decode(bytes);
  const headers = [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  for (const secret of SECRETS) {
    expect(body.includes(secret), `a secret in the body of a ${res.status}`).toBe(false);
    expect(headers.includes(secret), `a secret in the headers of a ${res.status}`).toBe(false);
  }
  return new TextDecoder().decode(bytes);
}

function expectNoSecretLogged(): void {
  const text = consoleText();
  for (const secret of SECRETS) expect(text.includes(secret), 'a secret in a console line').toBe(false);
}

async function sentToAnthropic(model: string): Promise<Array<{ headers: Record<string, string> }>> {
  const all = (await (await fetch(`${inject('anthropicUrl')}/__requests`)).json()) as Array<{
    model: string;
    headers: Record<string, string>;
  }>;
  return all.filter((r) => r.model === model);
}

describe('secrets are never returned or logged', () => {
  it('a Claude commentary: the key goes to Anthropic and nowhere else', async () => {
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses?commentary=llm', upload, claude('fake-valid#secrets'));
    expect(res.status).toBe(201);
    const created = JSON.parse(await expectNoSecretIn(res)) as {
      links: { self: string; report: string };
      commentary: { source: string };
    };
    expect(created.commentary.source).toBe('claude');
    // Proof that the key was in play: the fake Anthropic API received it.
    const [request] = await sentToAnthropic('fake-valid#secrets');
    expect(JSON.stringify(request!.headers)).toContain(ANTHROPIC_KEY);

    for (const path of [created.links.self, created.links.report, '/v1/analyses?limit=100']) {
      await expectNoSecretIn(await callApp({}, KEY_ALPHA, path, {}, claude('fake-valid#secrets')));
    }
    await expectNoSecretIn(
      await callApp({}, KEY_ALPHA, created.links.self, { method: 'DELETE' }, claude('fake-valid#secrets')),
    );
    expectNoSecretLogged();
  });

  it('Claude failing (HTTP 500): the fallback reason names the failure, not the key', async () => {
    const res = await callApp({}, KEY_ALPHA, '/v1/analyses?commentary=llm', upload, claude('fake-500#secrets'));
    const body = JSON.parse(await expectNoSecretIn(res)) as { commentary: { source: string; fallbackReason: string } };
    expect(body.commentary.source).toBe('rules');
    expect(body.commentary.fallbackReason).toMatch(/500/);
    expectNoSecretLogged();
  });

  it('a wrong key is not echoed back', async () => {
    const wrong = `${KEY_ALPHA}-but-not-quite`;
    const res = await callApp({}, wrong, '/v1/analyses', {}, claude('fake-valid#secrets'));
    expect(res.status).toBe(401);
    const text = await expectNoSecretIn(res);
    expect(text).not.toContain(wrong);
    expect(consoleText()).not.toContain(wrong);
  });

  it('a misconfigured key list: 503 without the configured values', async () => {
    const res = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses',
      {},
      { ...claude('fake-valid#secrets'), API_KEY_HASHES: `not-a-hash,${ANTHROPIC_KEY}` },
    );
    expect(res.status).toBe(503);
    await expectNoSecretIn(res);
    expectNoSecretLogged();
  });

  it('an R2 outage while storing: the logged cause holds no secret', async () => {
    const bucket = failingBucket(env.REPORTS, { put: true });
    const res = await callApp(
      { bucket: () => bucket },
      KEY_ALPHA,
      '/v1/analyses?commentary=llm',
      upload,
      claude('fake-valid#secrets-outage'),
    );
    expect(res.status).toBe(503);
    await expectNoSecretIn(res);
    expect(consoleText()).toContain('simulated R2 outage'); // the cause is logged...
    expectNoSecretLogged(); // ...and nothing else of value
  });

  it('an async job run by the queue consumer with Claude: job, analysis and logs hold no secret', async () => {
    const owner = await ownerOf(KEY_ALPHA);
    const job = await storeQueuedJob(owner, VTT, { commentary: 'llm' });
    const batch = createMessageBatch('meeting-analyser-jobs', [
      { id: 'msg-1', timestamp: new Date(), attempts: 1, body: { jobId: job.id, owner } },
    ]);
    await handleQueueBatch(batch, { ...env, ...claude('fake-valid#secrets-job') } as Env, {
      bucket: reportsBucket,
      now: () => new Date(),
    });
    const view = JSON.parse(await expectNoSecretIn(await callApp({}, KEY_ALPHA, `/v1/jobs/${job.id}`))) as {
      status: string;
      links: { analysis: string };
    };
    expect(view.status).toBe('complete');
    await expectNoSecretIn(await callApp({}, KEY_ALPHA, view.links.analysis));
    expectNoSecretLogged();
  });

  it('nothing stored in R2 holds a secret (object keys, metadata, JSON bodies)', async () => {
    await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses?commentary=llm&keepTranscript=true',
      upload,
      claude('fake-valid#secrets-stored'),
    );
    let cursor: string | undefined;
    let objects = 0;
    do {
      const page = await env.REPORTS.list({ cursor, include: ['customMetadata', 'httpMetadata'] });
      for (const object of page.objects) {
        objects++;
        const described = JSON.stringify({ key: object.key, custom: object.customMetadata, http: object.httpMetadata });
        for (const secret of SECRETS) expect(described.includes(secret), object.key).toBe(false);
        if (object.key.endsWith('.json')) {
          const text = await (await env.REPORTS.get(object.key))!.text();
          for (const secret of SECRETS) expect(text.includes(secret), object.key).toBe(false);
        }
      }
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
    expect(objects).toBeGreaterThan(0);
  });
});
