/**
 * The progress document from real analyses of small hand-made meetings: numbers read from the
 * Analysis, people aligned with meetings, late joiners and silent invitees, date order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import type { Analysis } from '../../analyzers/analysis';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { buildProgress } from '../../src/progress/build-progress';
import { ProgressDocument } from '../../src/progress/schema';
import { makeTranscript, type Line } from '../helpers/make-transcript';

const words = (n: number, word = 'plan') => Array.from({ length: n }, () => word).join(' ') + '.';

async function analyse(lines: Line[], attendees: string[] = [], title = 'Weekly sync'): Promise<Analysis> {
  return analyzeTranscript(makeTranscript(lines), { attendees, commentary: 'none', llm: llmConfigFromEnv({}), title });
}

let doc: ProgressDocument;

beforeAll(async () => {
  // Week 2 (given first): Ana 12 words, Ben 4, Chen 8; Dana invited, silent. N = 4 people.
  const week2 = await analyse(
    [
      ['Ana Lima', words(6)],
      ['Okafor, Ben', words(4)],
      ['Chen Wei', words(8)],
      ['Ana Lima', words(6)],
    ],
    ['Ana Lima', 'Ben Okafor', 'Chen Wei', 'Dana Silva'],
  );
  // Week 1: Ana and Ben, plus a voice the recorder could not name.
  const week1 = await analyse([
    ['ANA LIMA', words(10)],
    ['Ben Okafor', words(10)],
    ['SPEAKER_01', words(5)],
  ]);
  // Week 3: everyone, Dana speaks for the first time.
  const week3 = await analyse([
    ['Dr. Ana Lima', words(5)],
    ['Ben Okafor', words(5)],
    ['Chen Wei', words(5)],
    ['Dana Silva', words(5)],
  ]);
  doc = buildProgress('Weekly sync', [
    { id: 'w2', analysis: week2, date: '2026-11-09', dateSource: 'file', source: 'w2.txt' },
    { id: 'w1', analysis: week1, date: '2026-11-02', dateSource: 'file-name', source: 'w1.txt' },
    { id: 'w3', analysis: week3, date: '2026-11-16', dateSource: 'given', source: 'w3.txt' },
  ]);
});

describe('buildProgress', () => {
  it('orders meetings by date and counts their people with silent invitees', () => {
    expect(() => ProgressDocument.parse(doc)).not.toThrow();
    expect(doc.series.meetings.map((m) => [m.id, m.date, m.people])).toEqual([
      ['w1', '2026-11-02', 3],
      ['w2', '2026-11-09', 4],
      ['w3', '2026-11-16', 4],
    ]);
    expect(doc.notes[0]).toMatch(/1 taken from the file's name; 1 written in the transcript; 1 given by the caller/);
  });

  it('aligns each person with the meetings, null where absent', () => {
    const byId = new Map(doc.people.map((p) => [p.id, p]));
    expect(byId.get('ana-lima')!.meetings.map((m) => m?.speakerId ?? null)).toEqual(['s1', 's1', 's1']);
    expect(byId.get('chen-wei')!.meetings.map((m) => m === null)).toEqual([true, false, false]);
    const dana = byId.get('dana-silva')!;
    expect(dana.meetings.map((m) => (m === null ? 'absent' : m.spoke ? 'spoke' : 'silent'))).toEqual([
      'absent',
      'silent',
      'spoke',
    ]);
    const anonymous = doc.people.filter((p) => p.anonymous);
    expect(anonymous.map((p) => p.name)).toEqual(['SPEAKER_01']);
    expect(doc.notes.some((n) => n.includes('SPEAKER_01 in w1'))).toBe(true);
  });

  it('reads talk shares from the analysis and scales the fair share by everyone invited', () => {
    const w2 = (id: string) => doc.people.find((p) => p.id === id)!.meetings[1]!;
    // 24 words: Ana 12 (0.5), Ben 4, Chen 8; 4 people invited, so an equal share is 0.25.
    expect(w2('ana-lima').talkShare).toBeCloseTo(0.5, 3);
    expect(w2('ana-lima').fairShareRatio).toBeCloseTo(2, 2);
    expect(w2('ben-okafor').fairShareRatio).toBeCloseTo(0.667, 2);
    expect(w2('chen-wei').fairShareRatio).toBeCloseTo(1.333, 2);
    expect(w2('dana-silva')).toMatchObject({
      talkShare: 0,
      fairShareRatio: 0,
      spoke: false,
      speakerId: null,
      hedgesPer100Words: null,
    });
    // No timings: no rates per hour.
    expect(w2('ana-lima').interruptionsMadePerHour).toBeNull();
  });

  it('gives team numbers per meeting, Gini normalised for the group size', () => {
    const [w1, w2, w3] = doc.team.meetings;
    expect(w2!.silentInvitees).toBe(1);
    expect(w1!.silentInvitees).toBe(0);
    expect(w3!.gini).toBe(0);
    expect(w3!.giniNormalized).toBe(0);
    // Gini of [0, 4, 8, 12] = 2 x (0 + 8 + 24 + 48) / (4 x 24) - 5/4 = 0.4167; its maximum for 4 people is 0.75.
    expect(w2!.gini).toBeCloseTo(0.4167, 3);
    expect(w2!.giniNormalized).toBeCloseTo(0.556, 3);
    expect(doc.notes.some((n) => n.startsWith('3 of 3 meeting(s) have no timings'))).toBe(true);
  });

  it('reports trends only where three meetings have the number', () => {
    const ana = doc.trends.find((t) => t.personId === 'ana-lima' && t.metric === 'fairShareRatio')!;
    expect(ana.enough).toBe(true);
    expect(ana.meetings).toBe(3);
    // Ana: 10/25 x 3 = 1.2, then 2, then 1: no line through those.
    expect(ana.from).toBeCloseTo(1.2, 2);
    expect(ana.to).toBeCloseTo(1, 2);
    const chen = doc.trends.find((t) => t.personId === 'chen-wei' && t.metric === 'fairShareRatio')!;
    expect(chen.enough).toBe(false);
    expect(chen.note).toContain('not enough data');
    const perHour = doc.trends.find((t) => t.personId === 'ana-lima' && t.metric === 'interruptionsMadePerHour')!;
    expect(perHour.meetings).toBe(0);
    expect(doc.trends.some((t) => t.personId !== null && doc.people.find((p) => p.id === t.personId)?.anonymous)).toBe(
      false,
    );
  });

  it('carries reference lines with their source and caveat', () => {
    const fair = doc.references.find((r) => r.metric === 'fairShareRatio')!;
    expect(fair.value).toBe(1);
    expect(fair.caveat).toMatch(/not a target/);
  });
});
