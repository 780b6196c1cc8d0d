/**
 * The synchronous API end to end inside workerd, with the pool's R2: create from real fixtures
 * (raw bodies and multipart), read back, download the PDF, list, delete.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import zoomStandup from '../../fixtures/webvtt/zoom-standup.vtt?base64';
import retroSrt from '../../fixtures/srt/retro-named.srt?base64';
import teamsDocx from '../../fixtures/docx/teams-sync.docx?base64';
import whisperJson from '../../fixtures/json/whisper-segments.json?base64';
import standupTxt from '../../fixtures/plain/standup-bracketed.txt?base64';
import { AnalysisResponse } from '../../src/http/api-schemas';
import { DOCX_CONTENT_TYPE } from '../../src/http/upload';
import { bytesOf, call, createAnalysis, expectError, ownerOf, storedKeys, utf8 } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

/** Two speakers, three cues, 9 words: worked out by hand below. */
const SMALL_VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready.\n\n00:00:05.500 --> 00:00:08.000\nAna: Good, first item then.\n';

describe('POST /v1/analyses (synchronous)', () => {
  it('answers 201 with the analysis, its id and links, for a raw WebVTT body (Zoom fixture)', async () => {
    const res = await call(KEY_ALPHA, '/v1/analyses', {
      method: 'POST',
      body: bytesOf(zoomStandup),
      headers: { 'Content-Type': 'text/vtt' },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, any>;
    expect(body.id).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
    expect(res.headers.get('Location')).toBe(`/v1/analyses/${body.id}`);
    expect(body.links).toEqual({ self: `/v1/analyses/${body.id}`, report: `/v1/analyses/${body.id}/report.pdf` });
    // The contract: the analysis fields at the top level, id first and links last.
    expect(Object.keys(body)[0]).toBe('id');
    expect(Object.keys(body).at(-1)).toBe('links');
    expect(body.transcript.format).toBe('webvtt');
    expect(body.transcript.speakers.map((s: { name: string }) => s.name)).toEqual([
      'Zoë Martin',
      'Łukasz Nowak',
      'Παναγιώτης Γεωργίου',
      'Дмитрий Иванов',
      'Unknown speaker',
    ]);
    expect(body.commentary.source).toBe('rules');
    expect(AnalysisResponse.safeParse(body).success).toBe(true);
  });

  it('reads options from the query string: title, attendees (comma-separated and repeated), commentary', async () => {
    const body = await createAnalysis(
      KEY_ALPHA,
      SMALL_VTT,
      'text/vtt',
      '?title=Weekly%20sync&attendees=Ana,Bo&attendees=Cy&commentary=none',
    );
    const meeting = body.meeting as { title: string; attendees: string[] };
    expect(meeting.title).toBe('Weekly sync');
    expect(meeting.attendees).toEqual(['Ana', 'Bo', 'Cy']);
    expect((body.commentary as { source: string }).source).toBe('none');
    const transcript = body.transcript as { utterances: Array<{ text: string }>; speakers: Array<{ name: string }> };
    expect(transcript.speakers.map((s) => s.name)).toEqual(['Ana', 'Bo']);
    expect(transcript.utterances.map((u) => u.text)).toEqual([
      'Shall we start?',
      'Yes, ready.',
      'Good, first item then.',
    ]);
  });

  it('accepts a multipart upload with options as fields; the title defaults to the file name', async () => {
    const form = new FormData();
    form.append('file', new File([bytesOf(retroSrt)], 'sprint_retro.srt', { type: 'application/x-subrip' }));
    form.append('attendees', 'Aisha Khan, Tomás Ruiz');
    const res = await call(KEY_ALPHA, '/v1/analyses', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, any>;
    expect(body.transcript.format).toBe('srt');
    expect(body.meeting.title).toBe('sprint retro');
    expect(body.meeting.attendees).toEqual(['Aisha Khan', 'Tomás Ruiz']);
  });

  it.each([
    ['a Teams DOCX', teamsDocx, DOCX_CONTENT_TYPE, 'docx'],
    ['Whisper JSON', whisperJson, 'application/json', 'whisper-json'],
    ['bracketed plain text', standupTxt, 'text/plain', 'plain'],
  ])('analyses %s sent as a raw body', async (_name, fixture, contentType, format) => {
    const body = await createAnalysis(KEY_ALPHA, bytesOf(fixture), contentType);
    expect((body.transcript as { format: string }).format).toBe(format);
  });

  it('takes the title from Content-Disposition on a raw body', async () => {
    const res = await call(KEY_ALPHA, '/v1/analyses', {
      method: 'POST',
      body: SMALL_VTT,
      headers: { 'Content-Type': 'text/vtt', 'Content-Disposition': 'attachment; filename="design-review.vtt"' },
    });
    expect(((await res.json()) as { meeting: { title: string } }).meeting.title).toBe('design review');
  });

  it('stores the JSON and the PDF, and not the transcript unless asked', async () => {
    const body = await createAnalysis(KEY_ALPHA, SMALL_VTT, 'text/vtt');
    const owner = await ownerOf(KEY_ALPHA);
    expect(await storedKeys(`analyses/${owner}/${body.id}/`)).toEqual([
      `analyses/${owner}/${body.id}/analysis.json`,
      `analyses/${owner}/${body.id}/report.pdf`,
    ]);
    await expectError(await call(KEY_ALPHA, `/v1/analyses/${body.id}/transcript`), 404, 'not-found');
  });

  it('keeps the transcript with keepTranscript=true and serves it back as a download', async () => {
    const body = await createAnalysis(KEY_ALPHA, SMALL_VTT, 'text/vtt', '?keepTranscript=true');
    expect(body.links.transcript).toBe(`/v1/analyses/${body.id}/transcript`);
    const res = await call(KEY_ALPHA, body.links.transcript!);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment;/);
    expect(await res.text()).toBe(SMALL_VTT);
  });
});

describe('GET /v1/analyses/:id and report.pdf', () => {
  it('returns exactly the JSON the 201 returned', async () => {
    const created = await call(KEY_ALPHA, '/v1/analyses?title=Weekly%20sync', {
      method: 'POST',
      body: SMALL_VTT,
      headers: { 'Content-Type': 'text/vtt' },
    });
    const createdText = await created.text();
    const { id } = JSON.parse(createdText) as { id: string };
    const res = await call(KEY_ALPHA, `/v1/analyses/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.text()).toBe(createdText);
  });

  it('serves the PDF with a file name from the title and date', async () => {
    const body = await createAnalysis(
      KEY_ALPHA,
      SMALL_VTT,
      'text/vtt',
      '?title=Weekly%20Sync%3A%20Zo%C3%AB%20%26%20Ana',
    );
    const res = await call(KEY_ALPHA, body.links.report);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    const day = (body.meeting as { analysedAt: string }).analysedAt.slice(0, 10);
    // "Weekly Sync: Zoë & Ana" -> accents dropped, punctuation to dashes.
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="weekly-sync-zoe-ana-${day}.pdf"`);
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(Number(res.headers.get('Content-Length'))).toBe(pdf.length);
  });

  it('answers 404 for an id that does not exist or is not an id at all', async () => {
    await expectError(await call(KEY_ALPHA, '/v1/analyses/0000000000000000000000000a'), 404, 'not-found');
    await expectError(await call(KEY_ALPHA, '/v1/analyses/..%2F..%2Fjobs'), 404, 'not-found');
    await expectError(await call(KEY_ALPHA, '/v1/analyses/0000000000000000000000000a/report.pdf'), 404, 'not-found');
  });
});

describe('GET /v1/analyses (list)', () => {
  it("lists the caller's analyses with ids, titles and dates, paging with a cursor", async () => {
    const made = [];
    for (const title of ['List one', 'List two', 'List three'])
      made.push(await createAnalysis(KEY_ALPHA, SMALL_VTT, 'text/vtt', `?title=${encodeURIComponent(title)}`));
    const seen = new Map<string, { title: string; createdAt: string }>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call(KEY_ALPHA, `/v1/analyses?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as {
        items: Array<{ id: string; title: string; createdAt: string }>;
        cursor: string | null;
      };
      expect(page.items.length).toBeLessThanOrEqual(2);
      for (const item of page.items) seen.set(item.id, item);
      cursor = page.cursor;
      pages += 1;
    } while (cursor && pages < 100);
    for (const m of made) {
      expect(seen.get(m.id)?.title).toBe((m.meeting as { title: string }).title);
      expect(seen.get(m.id)?.createdAt).toBe((m.meeting as { analysedAt: string }).analysedAt);
    }
  });

  it('refuses a limit outside 1..100', async () => {
    await expectError(await call(KEY_ALPHA, '/v1/analyses?limit=0'), 400, 'invalid-option');
    await expectError(await call(KEY_ALPHA, '/v1/analyses?limit=101'), 400, 'invalid-option');
  });
});

describe('DELETE /v1/analyses/:id', () => {
  it('removes everything stored for the analysis (JSON, PDF, kept transcript), then answers 404', async () => {
    const body = await createAnalysis(KEY_ALPHA, SMALL_VTT, 'text/vtt', '?keepTranscript=true');
    const owner = await ownerOf(KEY_ALPHA);
    expect(await storedKeys(`analyses/${owner}/${body.id}/`)).toHaveLength(3);

    const res = await call(KEY_ALPHA, `/v1/analyses/${body.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await storedKeys(`analyses/${owner}/${body.id}/`)).toEqual([]);
    await expectError(await call(KEY_ALPHA, `/v1/analyses/${body.id}`), 404, 'not-found');
    await expectError(await call(KEY_ALPHA, body.links.report), 404, 'not-found');
    await expectError(await call(KEY_ALPHA, `/v1/analyses/${body.id}`, { method: 'DELETE' }), 404, 'not-found');
  });

  it('also removes the cached LLM commentary the analysis recorded', async () => {
    const body = await createAnalysis(KEY_ALPHA, SMALL_VTT, 'text/vtt');
    const owner = await ownerOf(KEY_ALPHA);
    // Simulate an analysis made with commentary=llm: its cache entry is named in its metadata.
    const hash = 'a'.repeat(64);
    const json = await env.REPORTS.get(`analyses/${owner}/${body.id}/analysis.json`);
    await env.REPORTS.put(`analyses/${owner}/${body.id}/analysis.json`, await json!.text(), {
      customMetadata: { ...json!.customMetadata, commentaryCacheKey: hash },
    });
    await env.REPORTS.put(`commentary-cache/${owner}/${hash}.json`, '{}');

    expect((await call(KEY_ALPHA, `/v1/analyses/${body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await env.REPORTS.head(`commentary-cache/${owner}/${hash}.json`)).toBeNull();
  });
});

describe('responses', () => {
  it('carry no-store and nosniff on every /v1 answer, errors included', async () => {
    const res = await call(null, '/v1/analyses');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('keep utf8 helpers honest', () => {
    expect(utf8('Zoë').length).toBe(4);
  });
});
