/**
 * Claude commentary from inside workerd: the real @anthropic-ai/sdk in the Worker reaches the fake
 * Anthropic API on 127.0.0.1 through ANTHROPIC_BASE_URL; without a key the rules answer.
 */
import { describe, expect, inject, it } from 'vitest';
import zoomStandup from '../../fixtures/webvtt/zoom-standup.vtt?base64';
import { bytesOf, callApp } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

const post = (query: string, extraEnv: Record<string, unknown>) =>
  callApp(
    {},
    KEY_ALPHA,
    `/v1/analyses${query}`,
    { method: 'POST', body: bytesOf(zoomStandup), headers: { 'Content-Type': 'text/vtt' } },
    extraEnv,
  );

const claude = (model: string) => ({
  ANTHROPIC_API_KEY: 'worker-test-key',
  ANTHROPIC_BASE_URL: inject('anthropicUrl'),
  ANTHROPIC_MODEL: model,
  ANTHROPIC_TIMEOUT_MS: '5000',
});

async function requestsFor(
  model: string,
): Promise<Array<{ model: string; user: string; headers: Record<string, string> }>> {
  const all = (await (await fetch(`${inject('anthropicUrl')}/__requests`)).json()) as Array<{
    model: string;
    user: string;
    headers: Record<string, string>;
  }>;
  return all.filter((r) => r.model === model);
}

describe('commentary in the Worker', () => {
  it('uses Claude by default when a key is configured, with verified items and token counts', async () => {
    const res = await post('', claude('fake-valid#worker'));
    expect(res.status).toBe(201);
    const { commentary } = (await res.json()) as { commentary: Record<string, any> };
    expect(commentary).toMatchObject({
      source: 'claude',
      model: 'fake-valid#worker',
      fallbackReason: null,
      usage: { inputTokens: 1200, outputTokens: 340 },
      cached: false,
    });
    const [request] = await requestsFor('fake-valid#worker');
    expect(request!.headers.authorization).toBe('Bearer worker-test-key');
    expect(request!.user).toContain('<transcript_excerpts');
  });

  it('falls back to the rules with the reason when the API is overloaded', async () => {
    const res = await post('?commentary=llm', claude('fake-529#worker'));
    const { commentary } = (await res.json()) as { commentary: Record<string, any> };
    expect(commentary.source).toBe('rules');
    expect(commentary.fallbackReason).toMatch(/HTTP 529 \(overloaded\)/);
    expect(commentary.summary.length).toBeGreaterThan(0);
  });

  it('drops a made-up quote and counts it', async () => {
    const { commentary } = (await (await post('?commentary=llm', claude('fake-made-up-quote#worker'))).json()) as {
      commentary: Record<string, any>;
    };
    expect(commentary.source).toBe('claude');
    expect(commentary.dropped.count).toBe(1);
    expect(JSON.stringify(commentary.people)).not.toContain('fire everyone');
  });

  it('serves a second identical upload from the commentary cache, paying once', async () => {
    await post('?commentary=llm', claude('fake-valid#worker-cache'));
    const second = (await (await post('?commentary=llm', claude('fake-valid#worker-cache'))).json()) as {
      commentary: { cached: boolean };
    };
    expect(second.commentary.cached).toBe(true);
    expect(await requestsFor('fake-valid#worker-cache')).toHaveLength(1);
  });

  it('gives rule-based commentary without a key, whatever was asked', async () => {
    const { commentary } = (await (await post('?commentary=llm', {})).json()) as { commentary: Record<string, any> };
    expect(commentary).toMatchObject({ source: 'rules', fallbackReason: 'no ANTHROPIC_API_KEY is configured' });
  });
});
