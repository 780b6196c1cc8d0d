/**
 * The tone analyser on small transcripts with every number worked out by hand.
 * Utterance scores: great 3.1 -> 3.1/sqrt(3.1^2+15) = 0.625; crashed / problem -1.7 -> -0.402;
 * thanks 1.9 -> 0.440; "Okay." alone is a discourse marker -> 0.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeSentiment, SentimentResult } from '../../../analyzers/sentiment/index';
import type { Transcript } from '../../../src/model/transcript';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

const MEETING: Line[] = [
  ['Ana', 'This is great.', 0, 2], // u1  0.625
  ['Ben', 'The demo crashed.', 2, 4], // u2 -0.402
  ['Ana', 'Okay.', 4, 5], // u3  0
  ['Ben', 'Thanks.', 5, 6], // u4  0.440
  ['Ana', 'We have a problem.', 6, 8], // u5 -0.402
];
const untimed = (lines: Line[]): Line[] => lines.map(([s, t]) => [s, t]);

describe('analyzeSentiment: per utterance and per person', () => {
  const { result, findings } = analyzeSentiment(prepare(makeTranscript(MEETING)));

  it('scores every utterance with its words', () => {
    expect(result.utterances.map((u) => u.score)).toEqual([0.625, -0.402, 0, 0.44, -0.402]);
    expect(result.utterances.map((u) => u.evidence)).toEqual([['great'], ['crashed'], [], ['Thanks'], ['problem']]);
    expect(result.utterances[0]!.contributions).toEqual([{ word: 'great', value: 3.1, rules: [] }]);
  });

  it('computes mean, spread and counts per person', () => {
    const [ana, ben] = result.speakers;
    // Ana [0.625, 0, -0.402]: mean 0.223/3 = 0.0743; deviations 0.5507, -0.0743, -0.4763 -> population std 0.4226
    expect(ana).toMatchObject({
      speakerId: 's1',
      utterances: 3,
      mean: 0.074,
      std: 0.423,
      positive: 1,
      negative: 1,
      neutral: 1,
    });
    expect(ana).toMatchObject({
      positiveUtteranceIds: ['u1'],
      negativeUtteranceIds: ['u5'],
      mostPositiveUtteranceId: 'u1',
      mostNegativeUtteranceId: 'u5',
    });
    // Ben [-0.402, 0.44]: mean 0.019, std 0.421
    expect(ben).toMatchObject({
      speakerId: 's2',
      utterances: 2,
      mean: 0.019,
      std: 0.421,
      positive: 1,
      negative: 1,
      neutral: 0,
    });
    // Meeting: (0.625 - 0.402 + 0 + 0.44 - 0.402) / 5 = 0.0522
    expect(result.meeting).toMatchObject({ mean: 0.052, positive: 2, negative: 2, neutral: 1 });
  });

  it('follows the course of the meeting in tenths of time', () => {
    // 0..8 s in tenths of 0.8 s; starts 0, 2, 4, 5, 6 s -> parts 1, 3, 6, 7, 8.
    expect(result.basis).toBe('time');
    expect(result.course.map((c) => c.mean)).toEqual([0.625, null, -0.402, null, null, 0, 0.44, -0.402, null, null]);
    expect(result.course[2]).toMatchObject({ index: 3, startMs: 1600, endMs: 2400, utteranceIds: ['u2'] });
    expect(result.speakers[0]!.course).toEqual([0.625, null, null, null, null, 0, null, -0.402, null, null]);
  });

  it('reports the most positive and negative moments as measurements with verbatim quotes, not as findings', () => {
    expect(result.moments.mostPositive.map((m) => [m.utteranceId, m.quote])).toEqual([
      ['u1', 'This is great.'],
      ['u4', 'Thanks.'],
    ]);
    const texts = new Map(makeTranscript(MEETING).utterances.map((u) => [u.id, u.text]));
    for (const m of result.moments.mostPositive) expect(texts.get(m.utteranceId)).toContain(m.quote);
    // "The demo crashed." and "We have a problem." name a topic with one negative word each: no moment.
    expect(result.moments.mostNegative).toEqual([]);
    // A score from the words is no verdict on a person (coaches found 24 of 58 positive moments debatable or wrong).
    expect(findings).toEqual([]);
  });

  it('matches its schema', () => {
    expect(SentimentResult.safeParse(result).success).toBe(true);
  });
});

describe('analyzeSentiment: negative moments', () => {
  it('needs two negative words or a remark aimed at the hearer, never one topic word', () => {
    const { result } = analyzeSentiment(
      prepare(
        makeTranscript([
          ['Ana', 'The remote gets lost a lot.', 0, 3],
          ['Ben', 'This is a terrible, awful mess.', 3, 6],
          ['Cy', 'Your plan is stupid.', 6, 8],
        ]),
      ),
    );
    expect(result.moments.mostNegative.map((m) => m.utteranceId).sort()).toEqual(['u2', 'u3']);
  });
});

describe('analyzeSentiment: without timings', () => {
  it('cuts the course by words and says so', () => {
    // Words 3, 3, 1, 1, 4 (12 in all, tenths of 1.2 words); first words at 0, 3, 6, 7, 8 -> parts 1, 3, 6, 6, 7.
    const { result } = analyzeSentiment(prepare(makeTranscript(untimed(MEETING))));
    expect(result.basis).toBe('words');
    expect(result.course.map((c) => c.mean)).toEqual([0.625, null, -0.402, null, null, 0.22, -0.402, null, null, null]);
    expect(result.course[5]).toMatchObject({ startMs: null, startWord: 6, endWord: 7, utteranceIds: ['u3', 'u4'] });
  });

  it('handles a transcript without utterances', () => {
    // normalize() refuses such files, but the analyser must not depend on that.
    const empty: Transcript = {
      ...makeTranscript([['Ana', 'Hi.']]),
      utterances: [],
      turns: [],
      events: [],
      wordCount: 0,
    };
    const { result, findings } = analyzeSentiment(prepare(empty));
    expect(result.utterances).toEqual([]);
    expect(result.meeting).toMatchObject({ mean: 0, positive: 0, negative: 0, neutral: 0 });
    expect(findings).toEqual([]);
    expect(SentimentResult.safeParse(result).success).toBe(true);
  });
});

describe('analyzeSentiment: tension', () => {
  // Turn scores: wrong -2.1 -> -0.477; "No, ... worse": no -1.2 + worse -2.1 = -3.3 -> -0.649;
  // unfair -2.1 -> -0.477; thanks + good = 3.8 -> positive; terrible -2.1 -> -0.477; useless -1.8 -> -0.421.
  const lines: Line[] = [
    ['Ana', 'This plan is wrong.'], // u1
    ['Ben', 'No, your plan is worse.'], // u2
    ['Ana', 'That is unfair.'], // u3
    ['Ben', 'Thanks, good point.'], // u4 breaks the run
    ['Cid', 'Terrible idea.'], // u5
    ['Ana', 'Useless.'], // u6
    ['Ben', 'Wrong again.'], // u7: a third person, so Cid-Ana-Ben is no two-person run
  ];
  const { result, findings } = analyzeSentiment(prepare(makeTranscript(lines)));

  it('finds three alternating negative turns between the same two people', () => {
    expect(result.tension).toEqual([
      {
        speakerIds: ['s1', 's2'],
        utteranceIds: ['u1', 'u2', 'u3'],
        turns: 3,
        turnScores: [-0.477, -0.649, -0.477],
        startMs: null,
      },
    ]);
  });

  it('reports it as a finding about the one who aimed the remark, quoted in their own words', () => {
    // Ben's "your plan is worse" is aimed at Ana; her "That is unfair." answers it (pushback).
    const tension = findings.filter((f) => f.kind === 'tension');
    expect(tension).toHaveLength(1);
    expect(tension[0]).toMatchObject({
      speakerId: 's2',
      targetSpeakerId: 's1',
      utteranceId: 'u2',
      quote: 'No, your plan is worse.',
      severity: 'medium',
    });
  });

  it('ignores runs broken by a third person or a positive turn', () => {
    const { result: calm } = analyzeSentiment(
      prepare(
        makeTranscript([
          ['Ana', 'This is wrong.'],
          ['Ben', 'That is wrong.'],
          ['Cid', 'Great.'],
          ['Ana', 'Wrong.'],
          ['Ben', 'Bad.'],
        ]),
      ),
    );
    expect(calm.tension).toEqual([]);
  });
});
