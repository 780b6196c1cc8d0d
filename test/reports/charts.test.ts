import { describe, expect, it } from 'vitest';
import { niceCeil, ticks } from '../../reports/charts/chart-kit';
import { giniBand } from '../../analyzers/turn-taking/thresholds';
import { giniSentence } from '../../reports/charts/equality-gauge';
import { interruptionMatrix, MATRIX_MAX_PEOPLE } from '../../reports/charts/interruption-matrix';
import { MAX_LANES, timelineLanes, timelineStrips } from '../../reports/charts/swimlane-timeline';
import { metricName } from '../../reports/sections/coaching-cards';
import type { InterruptionView, PersonView } from '../../reports/model/report-model';

function person(id: string, index: number): PersonView {
  return {
    id,
    name: id,
    label: `P ${id}`,
    anonymous: false,
    index,
    talkShare: 0,
    talkTimeMs: null,
    words: 0,
    turns: 0,
    longestTurnMs: null,
    longestTurnWords: null,
    questions: 0,
    interruptionsMade: 0,
    interruptionsReceived: 0,
    participation: 'balanced',
    quietInContext: null,
    sentiment: null,
    invitationsGiven: null,
    invitationsReceived: null,
    creditGiven: null,
    creditReceived: null,
  };
}
const cut = (fromId: string, toId: string): InterruptionView => ({
  fromId,
  toId,
  utteranceId: null,
  startMs: null,
  quote: '',
});

describe('axis helpers', () => {
  it('rounds axis ends up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeil(0.37)).toBe(0.5);
    expect(niceCeil(0.25)).toBe(0.25);
    expect(niceCeil(130)).toBe(200);
    expect(niceCeil(0)).toBe(1);
  });
  it('places ticks at nice steps from 0 to the end', () => {
    expect(ticks(0.5, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(ticks(1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('equality gauge', () => {
  it('names the band and says what the most uneven value would be', () => {
    expect(giniBand(0.1).name).toBe('even');
    expect(giniBand(0.31).name).toBe('fairly even');
    expect(giniBand(0.45).name).toBe('uneven');
    expect(giniBand(0.8).name).toBe('very uneven');
    // 4 people: the most uneven split (one talks) has Gini (4 - 1) / 4 = 0.75.
    expect(giniSentence(0.31, 4)).toContain('with 4 people the most uneven possible is 0.75');
  });
});

describe('interruption matrix', () => {
  it('counts ordered pairs among the people involved, most involved first', () => {
    const people = ['a', 'b', 'c'].map(person);
    // a cut in on b twice, b on a once; c was never involved, so it gets no row.
    const m = interruptionMatrix([cut('a', 'b'), cut('a', 'b'), cut('b', 'a')], people);
    expect(m.labels).toEqual(['P a', 'P b']);
    expect(m.counts).toEqual([
      [0, 2],
      [1, 0],
    ]);
    expect(m.max).toBe(2);
  });

  it('pools everyone beyond the first eleven into "Others"', () => {
    const people = Array.from({ length: 20 }, (_, i) => person(`s${i}`, i));
    // s0 cuts in on each of the 19 others once: s0 is involved 19 times, each other person once.
    const m = interruptionMatrix(
      people.slice(1).map((p) => cut('s0', p.id)),
      people,
    );
    expect(m.labels).toHaveLength(MATRIX_MAX_PEOPLE);
    expect(m.labels[MATRIX_MAX_PEOPLE - 1]).toBe('Others (9)');
    // s0's row: one each for s1..s10, then the 9 pooled people together.
    expect(m.counts[0]).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9]);
  });
});

describe('timeline', () => {
  it('keeps meetings up to 84 minutes in one strip and cuts longer ones into hours', () => {
    const minutes = (m: number) => m * 60_000;
    expect(timelineStrips({ kind: 'time', start: 0, end: minutes(84) })).toHaveLength(1);
    expect(timelineStrips({ kind: 'time', start: 0, end: minutes(240) })).toEqual(
      [0, 1, 2, 3].map((h) => ({ from: minutes(60 * h), to: minutes(60 * (h + 1)) })),
    );
    // 2 h 03 min: the 3-minute remainder (under a tenth of an hour) joins the second strip.
    expect(timelineStrips({ kind: 'time', start: 0, end: minutes(123) })).toEqual([
      { from: 0, to: minutes(60) },
      { from: minutes(60), to: minutes(123) },
    ]);
    expect(timelineStrips({ kind: 'words', start: 0, end: 25_000 })).toHaveLength(3);
  });

  it('gives the quietest people one shared lane beyond sixteen', () => {
    const lanes = timelineLanes(Array.from({ length: 20 }, (_, i) => person(`s${i}`, i)));
    expect(lanes).toHaveLength(MAX_LANES);
    expect(lanes[MAX_LANES - 1]!.label).toBe('Others (5 people)');
    expect([...lanes[MAX_LANES - 1]!.speakerIds]).toEqual(['s15', 's16', 's17', 's18', 's19']);
  });
});

describe('metric names in coaching evidence', () => {
  it('reads a metric path as words', () => {
    expect(metricName('turnTaking.speakers.s2.talkShare')).toBe('talk share');
    expect(metricName('turnTaking.speakers.s2.longestTurnMs')).toBe('longest turn');
    expect(metricName('inclusivity.invitations.total')).toBe('invitations total');
  });
});
