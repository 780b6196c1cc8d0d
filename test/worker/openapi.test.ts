/**
 * /openapi.json (built from the zod schemas) and /docs (plain HTML, no scripts).
 */
import { describe, expect, it } from 'vitest';
import { call, createAnalysis } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  components: {
    schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    securitySchemes: Record<string, unknown>;
  };
}

describe('GET /openapi.json', () => {
  it('describes every route, each operation with an id and responses', async () => {
    const res = await call(null, '/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => method !== 'parameters')
        .map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    expect(operations.sort()).toEqual(
      [
        'DELETE /v1/analyses/{id} deleteAnalysis',
        'GET /health health',
        'GET /v1/analyses listAnalyses',
        'GET /v1/analyses/{id} getAnalysis',
        'GET /v1/analyses/{id}/report.pdf getReport',
        'GET /v1/analyses/{id}/transcript getTranscript',
        'GET /v1/jobs/{id} getJob',
        'DELETE /v1/jobs/{id} deleteJob',
        'POST /v1/analyses createAnalysis',
        'GET /v1/series listSeries',
        'GET /v1/series/{id} getSeries',
        'GET /v1/series/{id}/report.pdf getSeriesReport',
        'GET /v1/people listPeople',
        'GET /v1/people/{id} getPerson',
        'PATCH /v1/people/{id} renamePerson',
        'DELETE /v1/people/{id} deletePerson',
        'GET /v1/people/{id}/report.pdf getPersonReport',
        'POST /v1/people/{id}/merge mergePeople',
        'POST /v1/people/{id}/merge/{mergeId}/undo undoMerge',
      ].sort(),
    );
    expect(Object.keys(doc.paths['/v1/analyses']!.post!.responses!).sort()).toEqual([
      '201',
      '202',
      '400',
      '401',
      '413',
      '415',
      '422',
      '429',
      '503',
      '504',
    ]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it("takes the schemas from the code's zod schemas: the Analysis has the fields a real response has", async () => {
    const doc = (await (await call(null, '/openapi.json')).json()) as Doc;
    const schema = doc.components.schemas.Analysis!;
    const real = await createAnalysis(
      KEY_ALPHA,
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n',
      'text/vtt',
    );
    for (const field of Object.keys(real)) expect(Object.keys(schema.properties ?? {})).toContain(field);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'links', 'transcript', 'commentary']));
    expect(doc.components.schemas.Job!.properties).toHaveProperty('progress');
    expect(doc.components.schemas.Error!.required).toEqual(['error']);
  });

  it('lists the upload options as query parameters, generated from the options schema', async () => {
    const doc = (await (await call(null, '/openapi.json')).json()) as Doc & {
      paths: Record<string, Record<string, { parameters: Array<{ name: string; schema: { enum?: string[] } }> }>>;
    };
    const params = doc.paths['/v1/analyses']!.post!.parameters;
    expect(params.map((p) => p.name)).toEqual([
      'Prefer',
      'title',
      'attendees',
      'commentary',
      'callbackUrl',
      'keepTranscript',
      'series',
      'meetingDate',
    ]);
    expect(params.find((p) => p.name === 'commentary')!.schema.enum).toEqual(['none', 'rules', 'llm']);
  });
});

describe('GET /docs', () => {
  it('is a static HTML page listing every operation, with no scripts and a strict CSP', async () => {
    const res = await call(null, '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!127)/i);
    for (const heading of [
      'POST /v1/analyses',
      'GET /v1/analyses/{id}/report.pdf',
      'DELETE /v1/analyses/{id}',
      'GET /v1/jobs/{id}',
      'GET /health',
    ]) {
      expect(html).toContain(`>${heading}</h2>`);
    }
  });
});

describe('GET /docs/methodology', () => {
  it('serves the full methodology the PDF appendix points to: every analyser, its validation, limits', async () => {
    const res = await call(null, '/docs/methodology');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    // One section per analyser, and the parts the compact PDF appendix leaves out.
    for (const heading of ['Turn-taking', 'Inclusivity', 'Listening', 'Non-inclusive language'])
      expect(html).toMatch(new RegExp(`<h[23]>${heading}</h[23]>`));
    expect(html).toMatch(/<h3>Validation \(<code>npm run eval<\/code>/);
    expect(html).toMatch(/<h3>Limitations<\/h3>/);
    expect(html).toMatch(/<h3>Thresholds \(<code>analyzers\/turn-taking\/thresholds\.ts<\/code>\)<\/h3>/);
  });
});
