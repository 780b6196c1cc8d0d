/**
 * The progress index in D1 (workerd, real local D1 with the repo's migrations): meetings indexed from
 * real analyses, people matched by person key, placeholders never matched, every query scoped by owner,
 * batches that leave nothing half-written, deletion, merge and undo.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import type { Analysis } from '../../analyzers/analysis';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { ProgressStore } from '../../src/storage/progress-store';
import { makeTranscript, type Line } from '../helpers/make-transcript';

const now = () => new Date('2026-11-20T10:00:00Z');
const words = (n: number) => `${Array.from({ length: n }, () => 'plan').join(' ')}.`;
const analyse = (lines: Line[], attendees: string[] = []): Promise<Analysis> =>
  analyzeTranscript(makeTranscript(lines), {
    attendees,
    commentary: 'none',
    llm: llmConfigFromEnv({}),
    title: 'Weekly sync',
  });

let week1: Analysis;
let week2: Analysis;
let week3: Analysis;

beforeAll(async () => {
  // Tom is invited to week 1 and says nothing (an invitee counts as silent only when no speaker is a placeholder).
  week1 = await analyse(
    [
      ['Lopez, Maria Elena', words(30)],
      ['Ben Okafor', words(10)],
    ],
    ['Tom Becker'],
  );
  week2 = await analyse([
    ['MARÍA ELENA LÓPEZ', words(20)],
    ['Ben Okafor', words(20)],
    ['SPEAKER_01', words(5)],
  ]);
  week3 = await analyse([
    ['Maria Elena Lopez', words(10)],
    ['Ben Okafor', words(20)],
    ['maria', words(5)],
    ['SPEAKER_01', words(5)],
  ]);
});

/** A store for a fresh owner (tests share one database; owners keep them apart). */
function storeFor(owner: string): ProgressStore {
  return new ProgressStore(env.DB, owner, now);
}

async function seed(owner: string): Promise<ProgressStore> {
  const store = storeFor(owner);
  await store.indexMeeting(`${owner}-w2`, week2, {
    seriesName: 'Weekly sync',
    date: '2026-11-09',
    dateSource: 'given',
  });
  await store.indexMeeting(`${owner}-w1`, week1, {
    seriesName: 'weekly  SYNC',
    date: '2026-11-02',
    dateSource: 'file',
  });
  await store.indexMeeting(`${owner}-w3`, week3, {
    seriesName: 'Weekly sync',
    date: '2026-11-16',
    dateSource: 'upload',
  });
  return store;
}

describe('ProgressStore (D1)', () => {
  it('indexes meetings into one series, in date order, with people matched across files', async () => {
    const store = await seed('owner-a');
    const series = await store.listSeries();
    expect(series).toEqual([
      { id: expect.any(String), name: 'Weekly sync', meetings: 3, firstDate: '2026-11-02', lastDate: '2026-11-16' },
    ]);
    const doc = (await store.seriesDocument(series[0]!.id))!;
    expect(doc.series.meetings.map((m) => m.id)).toEqual(['owner-a-w1', 'owner-a-w2', 'owner-a-w3']);
    const maria = doc.people.find((p) => p.name === 'Maria Elena Lopez')!;
    expect(maria.meetings.every((m) => m !== null)).toBe(true);
    expect(maria.aliases.sort()).toEqual(['Lopez, Maria Elena', 'MARÍA ELENA LÓPEZ']);
    // Week 1 by words: Maria 30 of 40 words, 3 people counted (2 speakers + Tom): 0.75 x 3.
    expect(maria.meetings[0]!.fairShareRatio).toBeCloseTo(2.25, 2);
    const tom = doc.people.find((p) => p.name === 'Tom Becker')!;
    expect(tom.meetings.map((m) => (m === null ? null : m.spoke))).toEqual([false, null, null]);
    expect(doc.team.meetings.map((t) => t.silentInvitees)).toEqual([1, 0, 0]);
  });

  it('never matches placeholder labels across meetings, and proposes the first-name-only label', async () => {
    const store = storeFor('owner-a');
    const doc = (await store.seriesDocument((await store.listSeries())[0]!.id))!;
    const placeholders = doc.people.filter((p) => p.anonymous);
    expect(placeholders).toHaveLength(2);
    expect(placeholders.map((p) => p.meetings.filter((m) => m !== null).length)).toEqual([1, 1]);
    // "maria" spoke beside Maria Elena Lopez in week 3, so no proposal to merge them.
    expect(doc.proposedMerges).toEqual([]);
    const people = await store.listPeople();
    expect(people.filter((p) => !p.anonymous).map((p) => [p.name, p.meetings])).toEqual([
      ['Ben Okafor', 3],
      ['maria', 1],
      ['Maria Elena Lopez', 3],
      ['Tom Becker', 1],
    ]);
  });

  it('scopes every query by owner', async () => {
    const other = storeFor('owner-b');
    const mine = storeFor('owner-a');
    const seriesId = (await mine.listSeries())[0]!.id;
    const personId = (await mine.listPeople())[0]!.id;
    expect(await other.listSeries()).toEqual([]);
    expect(await other.listPeople()).toEqual([]);
    expect(await other.seriesDocument(seriesId)).toBeNull();
    expect(await other.personDocument(personId)).toBeNull();
    expect(await other.appearances(personId)).toBeNull();
    expect(await other.rename(personId, 'Mallory')).toBe(false);
    await expect(other.merge(personId, personId)).rejects.toMatchObject({
      failure: 'conflict',
      code: 'merge-conflict',
    });
    await other.deletePerson(personId);
    await other.deleteMeeting('owner-a-w1');
    expect((await mine.personDocument(personId))!.series.meetings.length).toBeGreaterThan(0);
    expect((await mine.seriesDocument(seriesId))!.series.meetings).toHaveLength(3);
  });

  it('writes a meeting in one batch: a failing write leaves nothing behind', async () => {
    const store = storeFor('owner-c');
    await store.indexMeeting('c-w1', week1, { seriesName: null, date: '2026-11-02', dateSource: 'given' });
    const before = await store.listPeople();
    // The same meeting id again: the meeting row conflicts, so the new people must not appear either.
    await expect(
      store.indexMeeting('c-w1', week3, { seriesName: 'Other', date: '2026-11-16', dateSource: 'given' }),
    ).rejects.toThrow();
    expect(await store.listPeople()).toEqual(before);
    expect(await store.listSeries()).toEqual([]);
  });

  it('deleting a meeting removes its rows and the people only it had', async () => {
    const store = await seed('owner-d');
    await store.deleteMeeting('owner-d-w3');
    const people = await store.listPeople();
    expect(people.some((p) => p.name === 'maria')).toBe(false);
    expect(people.find((p) => p.name === 'Ben Okafor')!.meetings).toBe(2);
    const doc = (await store.seriesDocument((await store.listSeries())[0]!.id))!;
    expect(doc.series.meetings.map((m) => m.id)).toEqual(['owner-d-w1', 'owner-d-w2']);
  });

  it('merges two people on request, refuses a merge within one meeting, and undoes a merge', async () => {
    const store = await seed('owner-e');
    const people = await store.listPeople();
    const id = (name: string) => people.find((p) => p.name === name)!.id;
    await expect(store.merge(id('Maria Elena Lopez'), id('maria'))).rejects.toMatchObject({
      failure: 'conflict',
      code: 'merge-conflict',
    });
    await expect(store.merge(id('Ben Okafor'), 'no-such-person')).rejects.toMatchObject({
      failure: 'not-found',
      code: 'not-found',
    });

    const [p1, p2] = people.filter((p) => p.anonymous);
    const mergeId = await store.merge(p1!.id, p2!.id);
    expect((await store.personDocument(p1!.id))!.series.meetings).toHaveLength(2);
    expect(await store.personDocument(p2!.id)).toBeNull();

    expect(await store.undoMerge(p1!.id, mergeId)).toBe(p2!.id);
    expect((await store.personDocument(p1!.id))!.series.meetings).toHaveLength(1);
    expect((await store.personDocument(p2!.id))!.series.meetings).toHaveLength(1);
    await expect(store.undoMerge(p1!.id, mergeId)).rejects.toMatchObject({ failure: 'not-found', code: 'not-found' });
  });

  it('deletes a person everywhere in the index', async () => {
    const store = await seed('owner-f');
    const ben = (await store.listPeople()).find((p) => p.name === 'Ben Okafor')!;
    expect(await store.appearances(ben.id)).toHaveLength(3);
    await store.deletePerson(ben.id);
    expect(await store.personDocument(ben.id)).toBeNull();
    const doc = (await store.seriesDocument((await store.listSeries())[0]!.id))!;
    expect(doc.people.some((p) => p.name === 'Ben Okafor' || p.aliases.includes('Ben Okafor'))).toBe(false);
    // A new upload naming Ben makes a new person: the old aliases went with him.
    await store.indexMeeting('owner-f-w4', week3, {
      seriesName: 'Weekly sync',
      date: '2026-11-23',
      dateSource: 'given',
    });
    const again = (await store.listPeople()).find((p) => p.name === 'Ben Okafor')!;
    expect(again.id).not.toBe(ben.id);
    expect(again.meetings).toBe(1);
  });
});
