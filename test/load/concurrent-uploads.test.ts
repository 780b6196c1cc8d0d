/**
 * A bounded load test against the real service (`wrangler dev` on a free loopback port, R2 and the
 * Queue emulated in a temporary directory): 50 uploads of mixed real transcripts at once, under two
 * API keys, then the same 50 one after another. Checked: no errors; every concurrent result equals
 * its sequential twin (the analysis JSON without id, links and analysedAt); no cross-talk (each key
 * lists exactly its own analyses, and cannot read the other's).
 *
 * Runs in CI (about a minute on the 2-core machine, most of it analysing and rendering 100
 * reports). LOAD_UPLOADS=200 runs a bigger batch locally. No timing is asserted; the time taken is
 * printed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../e2e/helpers/wrangler-dev';
import { CORPUS_DIR } from '../eval/corpus';
import { corpusUploads, fixtureUploads, mixedUploads, type UploadFile } from './uploads';

const UPLOADS = Number(process.env.LOAD_UPLOADS ?? '50');
/** Per request: generous, since 50 CPU-bound analyses share one workerd isolate on 2 cores. */
const REQUEST_TIMEOUT_MS = 180_000;
const KEYS = {
  alpha: `ma_load_${randomBytes(16).toString('hex')}`,
  bravo: `ma_load_${randomBytes(16).toString('hex')}`,
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const fixtures = fixtureUploads();
const corpus = corpusUploads();
if (!corpus) console.log(`test/load: the corpus is absent (looked in ${CORPUS_DIR}): uploading our fixtures only`);
const uploads = mixedUploads([fixtures, corpus ?? []], UPLOADS);
/** Alternate keys, so that both are busy at the same time. */
const keyFor = (i: number) => (i % 2 === 0 ? KEYS.alpha : KEYS.bravo);

interface Result {
  status: number;
  body: Record<string, unknown> & { id?: string };
}

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer({
    vars: {
      // Keys required, as in production (ENVIRONMENT=test only also allows callbacks to 127.0.0.1).
      ENVIRONMENT: 'test',
      API_KEY_HASHES: `${sha256(KEYS.alpha)},${sha256(KEYS.bravo)}`,
    },
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
}, 30_000);

async function send(file: UploadFile, key: string): Promise<Result> {
  const res = await fetch(`${server.baseUrl}/v1/analyses`, {
    method: 'POST',
    body: file.bytes,
    headers: {
      Authorization: `Bearer ${key}`,
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  let body: Result['body'];
  try {
    body = JSON.parse(text) as Result['body'];
  } catch {
    body = { unparsed: text.slice(0, 500) };
  }
  return { status: res.status, body };
}

/** What must not depend on when or how often the file was analysed. */
function comparable(body: Result['body']): unknown {
  const { id: _id, links: _links, ...rest } = body;
  const meeting = rest.meeting as Record<string, unknown>;
  return { ...rest, meeting: { ...meeting, analysedAt: '(time)' } };
}

async function listAll(key: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await fetch(`${server.baseUrl}/v1/analyses?limit=100${query}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: Array<{ id: string }>; cursor: string | null };
    ids.push(...page.items.map((item) => item.id));
    cursor = page.cursor;
  } while (cursor);
  return ids.sort();
}

describe(`${UPLOADS} concurrent uploads against wrangler dev`, () => {
  const concurrent: Result[] = [];
  const sequential: Result[] = [];

  it(
    `all succeed at once (${uploads.length} uploads: ${new Set(uploads.map((u) => u.name)).size} different files, two keys)`,
    async () => {
      const started = performance.now();
      concurrent.push(...(await Promise.all(uploads.map((file, i) => send(file, keyFor(i))))));
      console.log(
        `test/load: ${uploads.length} concurrent uploads in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const failures = concurrent
        .map((r, i) => ({ file: uploads[i]!.name, status: r.status, error: r.body.error }))
        .filter((r) => r.status !== 201);
      expect(failures, `${JSON.stringify(failures, null, 1)}\n${server.output()}`).toEqual([]);
    },
    REQUEST_TIMEOUT_MS + 60_000,
  );

  it(
    'give the same analyses as the same uploads one after another',
    async () => {
      expect(concurrent).toHaveLength(uploads.length);
      const started = performance.now();
      for (const [i, file] of uploads.entries()) sequential.push(await send(file, keyFor(i)));
      console.log(
        `test/load: ${uploads.length} sequential uploads in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(sequential.map((r) => r.status)).toEqual(uploads.map(() => 201));
      uploads.forEach((file, i) => {
        expect(comparable(concurrent[i]!.body), file.name).toEqual(comparable(sequential[i]!.body));
      });
    },
    2 * REQUEST_TIMEOUT_MS,
  );

  it('keep the two keys apart: each lists exactly its own analyses and cannot read the other key’s', async () => {
    expect(sequential).toHaveLength(uploads.length);
    const idsOf = (key: string) =>
      [...concurrent, ...sequential]
        .filter((_, i) => keyFor(i % uploads.length) === key)
        .map((r) => r.body.id!)
        .sort();
    const mine = { alpha: idsOf(KEYS.alpha), bravo: idsOf(KEYS.bravo) };
    expect(new Set([...mine.alpha, ...mine.bravo]).size).toBe(2 * uploads.length);
    expect(await listAll(KEYS.alpha)).toEqual(mine.alpha);
    expect(await listAll(KEYS.bravo)).toEqual(mine.bravo);

    for (const [key, other] of [
      [KEYS.alpha, mine.bravo[0]!],
      [KEYS.bravo, mine.alpha[0]!],
    ] as const) {
      const res = await fetch(`${server.baseUrl}/v1/analyses/${other}`, {
        headers: { Authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(404);
    }
  }, 60_000);
});
