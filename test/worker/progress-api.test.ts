/**
 * Progress across meetings through the API, end to end in workerd with local R2 and D1: three uploads
 * in a series -> series JSON; merge and undo; delete a person everywhere; another key sees nothing.
 */
import { describe, expect, inject, it } from 'vitest';
import week1 from '../../fixtures/progress/GMT20261005-150000_Recording.transcript.vtt?base64';
import week2 from '../../fixtures/progress/2026-10-12-platform-weekly.txt?base64';
import week4 from '../../fixtures/progress/2026-10-26_platform-weekly.srt?base64';
import { PeopleList, SeriesList } from '../../src/http/progress-schemas';
import { ProgressDocument } from '../../src/progress/schema';
import { bytesOf, call, callApp, createAnalysis } from './helpers/api';
import { KEY_ALPHA, KEY_BRAVO } from './helpers/test-keys';

const json = { 'Content-Type': 'application/json' };

async function upload(key: string, base64: string | Uint8Array, contentType: string, query: string) {
  return createAnalysis(key, typeof base64 === 'string' ? bytesOf(base64) : base64, contentType, query);
}

async function seriesOf(key: string): Promise<ProgressDocument> {
  const list = SeriesList.parse(await (await call(key, '/v1/series')).json());
  const platform = list.items.find((s) => s.name === 'Platform weekly')!;
  return ProgressDocument.parse(await (await call(key, platform.links.self)).json());
}

async function peopleOf(key: string) {
  return PeopleList.parse(await (await call(key, '/v1/people')).json()).items;
}

describe('progress API', () => {
  const ids: string[] = [];

  it('puts three uploads of one series in date order, with people matched across formats', async () => {
    // Uploaded out of order; week 1's date comes from meetingDate, week 2's from the file, week 4's from meetingDate.
    ids.push(
      (
        await upload(
          KEY_ALPHA,
          week4,
          'application/x-subrip',
          '?series=Platform%20weekly&meetingDate=2026-10-26&commentary=none&attendees=Tom%20Becker',
        )
      ).id,
    );
    ids.push(
      (
        await upload(
          KEY_ALPHA,
          week1,
          'text/vtt',
          '?series=platform%20WEEKLY&meetingDate=2026-10-05&commentary=none&attendees=Tom%20Becker',
        )
      ).id,
    );
    ids.push(
      (await upload(KEY_ALPHA, week2, 'text/plain', '?series=Platform%20weekly&commentary=none&attendees=Tom%20Becker'))
        .id,
    );

    const list = SeriesList.parse(await (await call(KEY_ALPHA, '/v1/series')).json());
    expect(list.items.map((s) => [s.name, s.meetings, s.firstDate, s.lastDate])).toEqual([
      ['Platform weekly', 3, '2026-10-05', '2026-10-26'],
    ]);
    const doc = await seriesOf(KEY_ALPHA);
    expect(doc.series.meetings.map((m) => [m.date, m.dateSource])).toEqual([
      ['2026-10-05', 'given'],
      ['2026-10-12', 'file'],
      ['2026-10-26', 'given'],
    ]);
    expect(doc.series.meetings.map((m) => m.id)).toEqual([ids[1], ids[2], ids[0]]);
    const maria = doc.people.find((p) => p.name === 'Maria Elena Lopez')!;
    expect(maria.aliases.sort()).toEqual(['Lopez, Maria Elena', 'MARIA ELENA LOPEZ']);
    expect(maria.meetings.map((m) => m!.interruptionsMade)).toEqual([3, 2, 1]);
    expect(doc.people.find((p) => p.name === 'Priya Nair')!.meetings.map((m) => m !== null)).toEqual([
      false,
      false,
      true,
    ]);
    expect(doc.people.find((p) => p.name === 'Tom Becker')!.meetings.map((m) => m?.spoke)).toEqual([
      false,
      false,
      false,
    ]);
    // 3, 2 and 1 interruptions in meetings of two minutes: reported, but too few to call a fall (trends.ts).
    const trend = doc.trends.find((t) => t.personId === maria.id && t.metric === 'interruptionsMadePerHour')!;
    expect(trend).toMatchObject({ meetings: 3, enough: true, direction: 'steady' });
    expect(trend.note).toContain('too few events');
  });

  it("serves the series report and a person's own report as PDF", async () => {
    const list = SeriesList.parse(await (await call(KEY_ALPHA, '/v1/series')).json());
    const res = await call(KEY_ALPHA, list.items[0]!.links.report);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    expect(res.headers.get('Content-Disposition')).toContain('progress-platform-weekly.pdf');
    expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    const chen = (await peopleOf(KEY_ALPHA)).find((p) => p.name === 'Chen Wei')!;
    const mine = await call(KEY_ALPHA, chen.links.report);
    expect(mine.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await mine.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    expect((await call(KEY_BRAVO, list.items[0]!.links.report)).status).toBe(404);
    expect((await call(KEY_BRAVO, chen.links.report)).status).toBe(404);
  });

  it("adds Claude's verified commentary on the trends when asked, and the rules' without a key", async () => {
    const list = SeriesList.parse(await (await call(KEY_ALPHA, '/v1/series')).json());
    const claude = {
      ANTHROPIC_API_KEY: 'worker-test-key',
      ANTHROPIC_BASE_URL: inject('anthropicUrl'),
      ANTHROPIC_MODEL: 'fake-valid#progress-worker',
      ANTHROPIC_TIMEOUT_MS: '5000',
    };
    const withClaude = await callApp({}, KEY_ALPHA, `${list.items[0]!.links.self}?commentary=llm`, {}, claude);
    expect(withClaude.status).toBe(200);
    const body = (await withClaude.json()) as {
      people: Array<{ id: string; meetings: Array<{ evidence: unknown[] } | null> }>;
      commentary: { source: string; people: Array<{ personId: string; comments: unknown[] }> };
    };
    expect(body.commentary).toMatchObject({
      source: 'claude',
      model: 'fake-valid#progress-worker',
      fallbackReason: null,
    });
    // Claude comments on a trend (someone seen in two meetings or more) or quotes a person's evidence; someone
    // seen once, with nothing found, gets no comment rather than an invented one.
    const present = (id: string) => body.people.find((p) => p.id === id)!.meetings.filter((m) => m !== null);
    const hasMaterial = (id: string) => present(id).length >= 2 || present(id).some((m) => m.evidence.length > 0);
    const commented = body.commentary.people.filter((p) => p.comments.length > 0).map((p) => p.personId);
    expect(commented.length).toBeGreaterThan(0);
    expect(commented.sort()).toEqual(
      body.people
        .map((p) => p.id)
        .filter(hasMaterial)
        .sort(),
    );
    // Without the parameter the JSON has no commentary (a Claude call on every read would cost).
    expect(await (await callApp({}, KEY_ALPHA, list.items[0]!.links.self, {}, claude)).json()).not.toHaveProperty(
      'commentary',
    );
    const rules = (await (await call(KEY_ALPHA, `${list.items[0]!.links.self}?commentary=llm`)).json()) as {
      commentary: { source: string; fallbackReason: string };
    };
    expect(rules.commentary).toMatchObject({ source: 'rules', fallbackReason: 'no ANTHROPIC_API_KEY is configured' });
    const pdf = await callApp({}, KEY_ALPHA, list.items[0]!.links.report, {}, claude);
    expect(pdf.status).toBe(200);
    const bad = await call(KEY_ALPHA, `${list.items[0]!.links.report}?commentary=always`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid-option');
  });

  it("shows a person's own progress", async () => {
    const people = await peopleOf(KEY_ALPHA);
    const chen = people.find((p) => p.name === 'Chen Wei')!;
    expect(chen.meetings).toBe(3);
    const doc = ProgressDocument.parse(await (await call(KEY_ALPHA, chen.links.self)).json());
    expect(doc.people.map((p) => p.name)).toEqual(['Chen Wei']);
    expect(doc.series.meetings).toHaveLength(3);
  });

  it('hides everything from another key (404, empty lists)', async () => {
    const doc = await seriesOf(KEY_ALPHA);
    const person = doc.people[0]!;
    expect(SeriesList.parse(await (await call(KEY_BRAVO, '/v1/series')).json()).items).toEqual([]);
    expect(await peopleOf(KEY_BRAVO)).toEqual([]);
    for (const [method, path, body] of [
      ['GET', `/v1/series/${doc.series.id}`, undefined],
      ['GET', `/v1/people/${person.id}`, undefined],
      ['PATCH', `/v1/people/${person.id}`, JSON.stringify({ name: 'Mallory' })],
      ['POST', `/v1/people/${person.id}/merge`, JSON.stringify({ personId: doc.people[1]!.id })],
      ['DELETE', `/v1/people/${person.id}`, undefined],
    ] as const) {
      const res = await call(KEY_BRAVO, path, { method, body, headers: json });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not-found');
    }
    expect((await seriesOf(KEY_ALPHA)).people.find((p) => p.id === person.id)!.name).toBe(person.name);
  });

  it('proposes a first-name-only label, merges it on request and undoes the merge', async () => {
    const text =
      'Platform weekly\nDate: 2 November 2026\n\nmaria: Quick one today. Chen, what do you think about the cutover?\nChen Wei: Ready when you are.\n';
    ids.push(
      (
        await upload(
          KEY_ALPHA,
          new TextEncoder().encode(text),
          'text/plain',
          '?series=Platform%20weekly&commentary=none',
        )
      ).id,
    );
    let doc = await seriesOf(KEY_ALPHA);
    const short = doc.people.find((p) => p.name === 'maria')!;
    const full = doc.people.find((p) => p.name === 'Maria Elena Lopez')!;
    expect(doc.proposedMerges).toEqual([
      { personIds: [short.id, full.id], reason: expect.stringContaining('only a first name') },
    ]);

    const merged = await call(KEY_ALPHA, `/v1/people/${full.id}/merge`, {
      method: 'POST',
      body: JSON.stringify({ personId: short.id }),
      headers: json,
    });
    expect(merged.status).toBe(201);
    const result = (await merged.json()) as { mergeId: string; links: { undo: string } };
    doc = await seriesOf(KEY_ALPHA);
    expect(doc.people.some((p) => p.id === short.id)).toBe(false);
    expect(doc.people.find((p) => p.id === full.id)!.meetings.every((m) => m !== null)).toBe(true);
    expect(doc.proposedMerges).toEqual([]);

    const again = await call(KEY_ALPHA, `/v1/people/${full.id}/merge`, {
      method: 'POST',
      body: JSON.stringify({ personId: doc.people.find((p) => p.name === 'Chen Wei')!.id }),
      headers: json,
    });
    expect(again.status).toBe(409);

    const undone = await call(KEY_ALPHA, result.links.undo, { method: 'POST' });
    expect(undone.status).toBe(200);
    doc = await seriesOf(KEY_ALPHA);
    expect(doc.people.find((p) => p.id === short.id)!.meetings.filter((m) => m !== null)).toHaveLength(1);
    expect(doc.people.find((p) => p.id === full.id)!.meetings.filter((m) => m !== null)).toHaveLength(3);
    expect((await call(KEY_ALPHA, result.links.undo, { method: 'POST' })).status).toBe(404);
  });

  it('refuses a meeting date that is not a calendar date', async () => {
    const res = await call(KEY_ALPHA, '/v1/analyses?series=Platform%20weekly&meetingDate=2026-13-45', {
      method: 'POST',
      body: bytesOf(week1),
      headers: { 'Content-Type': 'text/vtt' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid-option');
    expect(body.error.message).toContain('meetingDate');
  });

  it('answers 503 with Retry-After, not 500, when D1 fails', async () => {
    const broken = {
      prepare: () => {
        throw new Error('D1 is down');
      },
      batch: () => Promise.reject(new Error('D1 is down')),
    };
    const res = await callApp({}, KEY_ALPHA, '/v1/series', {}, { DB: broken });
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('5');
    const upload = await callApp(
      {},
      KEY_ALPHA,
      '/v1/analyses?series=X&commentary=none',
      { method: 'POST', body: bytesOf(week1), headers: { 'Content-Type': 'text/vtt' } },
      { DB: broken },
    );
    expect(upload.status).toBe(503);
    // Nothing half-written: the analysis stored in R2 before the index failed was removed again.
    const list = (await (await call(KEY_ALPHA, '/v1/analyses')).json()) as { items: Array<{ id: string }> };
    const series = SeriesList.parse(await (await call(KEY_ALPHA, '/v1/series')).json());
    expect(series.items.every((s) => s.name !== 'X')).toBe(true);
    expect(list.items.length).toBe(ids.length);
  });

  it('refuses a bad merge body with 400', async () => {
    const person = (await peopleOf(KEY_ALPHA))[0]!;
    const res = await call(KEY_ALPHA, `/v1/people/${person.id}/merge`, {
      method: 'POST',
      body: '{"who":1}',
      headers: json,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-body');
  });

  it('deletes a person from every stored analysis and from the index', async () => {
    const ben = (await peopleOf(KEY_ALPHA)).find((p) => p.name === 'Ben Okafor')!;
    const before = await (await call(KEY_ALPHA, `/v1/analyses/${ids[1]}`)).text();
    expect(before).toContain('Ben Okafor');
    expect(before).toContain('the query is almost');
    expect((await call(KEY_ALPHA, `/v1/people/${ben.id}`, { method: 'DELETE' })).status).toBe(204);
    for (const id of ids.slice(0, 3)) {
      const after = await (await call(KEY_ALPHA, `/v1/analyses/${id}`)).text();
      const at = after.search(/Ben Okafor|BEN OKAFOR/);
      expect(at, after.slice(Math.max(0, at - 300), at + 50)).toBe(-1);
      expect(after).not.toContain('the query is almost');
      expect((await call(KEY_ALPHA, `/v1/analyses/${id}/report.pdf`)).status).toBe(200);
    }
    expect((await peopleOf(KEY_ALPHA)).some((p) => p.id === ben.id)).toBe(false);
    expect((await call(KEY_ALPHA, `/v1/people/${ben.id}`)).status).toBe(404);
    expect((await seriesOf(KEY_ALPHA)).people.some((p) => p.id === ben.id)).toBe(false);
  });

  it('deleting an analysis removes its meeting from the series', async () => {
    expect((await call(KEY_ALPHA, `/v1/analyses/${ids[3]}`, { method: 'DELETE' })).status).toBe(204);
    const doc = await seriesOf(KEY_ALPHA);
    expect(doc.series.meetings.map((m) => m.id)).toEqual([ids[1], ids[2], ids[0]]);
    expect(doc.people.some((p) => p.name === 'maria')).toBe(false);
  });
});
