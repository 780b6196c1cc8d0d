/**
 * Helpers for calling the Worker in tests: through SELF (the real entry point with the bindings
 * of wrangler.toml + vitest.config.ts), or through a createApp() with injected parts.
 */
import { SELF, createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { createApp } from '../../../src/app';
import type { AppDeps } from '../../../src/http/app-env';
import { ownerForKeyHash } from '../../../src/auth/owner';
import { sha256Hex } from '../../../src/auth/sha256';
import { bearer } from './test-keys';

/** @example await SELF.fetch(`${BASE}/health`) */
export const BASE = 'http://localhost';

/** Decodes a `?base64` fixture import. @example bytesOf(zoomStandup) // => Uint8Array starting 'WEBVTT' */
export function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Text as bytes. @example utf8('Zoë').length // => 4 */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * A request through the Worker's real fetch handler, with the key's Authorization header.
 *
 * @example
 * const res = await call(KEY_ALPHA, '/v1/analyses', { method: 'POST', body, headers: { 'Content-Type': 'text/vtt' } });
 */
export function call(key: string | null, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (key) for (const [k, v] of Object.entries(bearer(key))) headers.set(k, v);
  return SELF.fetch(`${BASE}${path}`, { ...init, headers });
}

/**
 * A request through createApp(overrides) with the test bindings (plus `extraEnv`).
 *
 * @example
 * const res = await callApp({ bucket: () => failing }, KEY_ALPHA, '/v1/analyses', { method: 'POST', ... });
 */
export async function callApp(
  overrides: Partial<AppDeps>,
  key: string | null,
  path: string,
  init: RequestInit = {},
  extraEnv: Record<string, unknown> = {},
  base = BASE,
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (key) for (const [k, v] of Object.entries(bearer(key))) headers.set(k, v);
  const app = createApp(overrides);
  return app.fetch(
    new Request(`${base}${path}`, { ...init, headers }),
    { ...env, ...extraEnv } as Env,
    createExecutionContext(),
  );
}

/** POSTs a raw transcript body and expects 201; returns the parsed body. @example const { id, links } = await createAnalysis(KEY_ALPHA, vtt, 'text/vtt', '?title=Sync') */
export async function createAnalysis(
  key: string,
  body: Uint8Array | string,
  contentType: string,
  query = '',
): Promise<Record<string, unknown> & { id: string; links: { self: string; report: string; transcript?: string } }> {
  const res = await call(key, `/v1/analyses${query}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': contentType },
  });
  if (res.status !== 201) throw new Error(`expected 201, got ${res.status}: ${await res.text()}`);
  return (await res.json()) as never;
}

/** The storage owner id of a test key (how the Worker files its analyses). @example await storedKeys(`analyses/${await ownerOf(KEY_ALPHA)}/`) */
export async function ownerOf(key: string): Promise<string> {
  return (await ownerForKeyHash(await sha256Hex(key))).id;
}

/** Keys of every R2 object under a prefix in the test bucket. @example await storedKeys(`analyses/${owner}/${id}/`) // => ['.../analysis.json', '.../report.pdf'] */
export async function storedKeys(prefix: string): Promise<string[]> {
  const listed = await env.REPORTS.list({ prefix });
  return listed.objects.map((o) => o.key).sort();
}

/** Checks the error shape every failure must have, and returns the body. @example const body = await expectError(res, 413, 'payload-too-large') */
export async function expectError(
  res: Response,
  status: number,
  code: string,
): Promise<{ error: { code: string; message: string; details: Record<string, unknown> | null } }> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as {
    error: { code: string; message: string; details: Record<string, unknown> | null };
  };
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message']);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  // No stack traces or source paths leak out.
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|node_modules/);
  return body;
}
