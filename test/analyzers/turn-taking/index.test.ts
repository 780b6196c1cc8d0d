/**
 * Turn-taking on a small timed meeting, every number worked out by hand below.
 *
 *  u    who   start  end     text                                        words
 *  u1   Ana    0.0   4.0    Welcome everyone. Today we plan the launch.     7
 *  u2   Ben    2.0   2.5    Mm-hmm.                                         1  back-channel over Ana
 *  u3   Ana    4.2   6.0    First, the budget is fixed.                     5
 *  u4   Ben    6.3   8.0    Can we add a tester?                            5  closed question
 *  u5   Cleo   8.5  10.0    Yes, I can test it.                             5  answers u4
 *  u6   Ana   10.2  13.0    So the plan for the release is that we          9  (no final punctuation)
 *  u7   Ben   12.0  15.0    Sorry, what about the test servers?             6  interrupts u6; open question
 *  u8   Ana   15.2  16.5    They are ready.                                 3  answers u7
 *  u9   Cleo  16.0  17.5    Great, I will book them.                        5  terminal overlap (u8 is complete)
 *  u10  Ana   25.0  26.0    Anything else?                                  2  after 7.5 s of silence; closed question
 *  u11  Ben   26.4  28.0    No, that is all.                                4  answers u10
 *
 * Floor turns (Ben's "Mm-hmm" is no floor turn, so Ana's t1 and t3 merge):
 *  F1 Ana u1,u3 0-6 s (6000 ms, 12 w) | F2 Ben u4 (1700, 5) | F3 Cleo u5 (1500, 5) | F4 Ana u6 (2800, 9)
 *  F5 Ben u7 (3000, 6) | F6 Ana u8 (1300, 3) | F7 Cleo u9 (1500, 5) | F8 Ana u10 (1000, 2) | F9 Ben u11 (1600, 4)
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking, TurnTakingResult } from '../../../analyzers/turn-taking/index';
import { Finding } from '../../../src/model/finding';
import { makeTranscript } from '../../helpers/make-transcript';

const transcript = makeTranscript([
  ['Ana', 'Welcome everyone. Today we plan the launch.', 0, 4],
  ['Ben', 'Mm-hmm.', 2, 2.5],
  ['Ana', 'First, the budget is fixed.', 4.2, 6],
  ['Ben', 'Can we add a tester?', 6.3, 8],
  ['Cleo', 'Yes, I can test it.', 8.5, 10],
  ['Ana', 'So the plan for the release is that we', 10.2, 13],
  ['Ben', 'Sorry, what about the test servers?', 12, 15],
  ['Ana', 'They are ready.', 15.2, 16.5],
  ['Cleo', 'Great, I will book them.', 16, 17.5],
  ['Ana', 'Anything else?', 25, 26],
  ['Ben', 'No, that is all.', 26.4, 28],
]);
const { result, findings } = analyzeTurnTaking(prepare(transcript));
const [ana, ben, cleo] = result.speakers;

describe('turn-taking on a timed meeting', () => {
  it('validates against its schema and says its basis', () => {
    expect(() => TurnTakingResult.parse(result)).not.toThrow();
    expect(result.basis).toBe('time');
    expect(result.durationMs).toBe(28_000);
    expect(result.totalWords).toBe(52); // 7+1+5+5+5+9+6+3+5+2+4
  });

  it('measures talk time and share per speaker', () => {
    // Ana 4000+1800+2800+1300+1000 = 10900; Ben 500+1700+3000+1600 = 6800; Cleo 1500+1500 = 3000; total 20700.
    expect([ana!.talkTimeMs, ben!.talkTimeMs, cleo!.talkTimeMs]).toEqual([10_900, 6_800, 3_000]);
    expect(result.totalTalkTimeMs).toBe(20_700);
    expect(ana!.talkShare).toBeCloseTo(10_900 / 20_700, 4); // 0.5266
    expect(ben!.talkShare).toBeCloseTo(6_800 / 20_700, 4); // 0.3285
    expect(cleo!.talkShare).toBeCloseTo(3_000 / 20_700, 4); // 0.1449
    expect([ana!.words, ben!.words, cleo!.words]).toEqual([26, 16, 10]);
  });

  it('counts floor turns and their lengths', () => {
    // Ana: F1 6000/12, F4 2800/9, F6 1300/3, F8 1000/2.
    expect(ana).toMatchObject({
      turns: 4,
      transcriptTurns: 5,
      meanTurnMs: 2775,
      medianTurnMs: 2050,
      longestTurnMs: 6000,
    });
    expect(ana).toMatchObject({ meanTurnWords: 6.5, medianTurnWords: 6, longestTurnWords: 12 });
    expect(ana!.longestTurn).toEqual({
      speakerId: 's1',
      turnIds: ['t1', 't3'],
      utteranceIds: ['u1', 'u3'],
      startMs: 0,
      durationMs: 6000,
      words: 12,
    });
    // Ben: F2 1700/5, F5 3000/6, F9 1600/4; his "Mm-hmm" turn t2 is not a floor turn.
    expect(ben).toMatchObject({
      turns: 3,
      transcriptTurns: 4,
      meanTurnMs: 2100,
      medianTurnMs: 1700,
      longestTurnMs: 3000,
      longestTurnWords: 6,
    });
    expect(ben!.longestTurn?.utteranceIds).toEqual(['u7']);
    // Cleo: two turns of 1500 ms; the earlier one is reported as the longest on a tie.
    expect(cleo).toMatchObject({ turns: 2, medianTurnMs: 1500, longestTurnMs: 1500 });
    expect(cleo!.longestTurn?.utteranceIds).toEqual(['u5']);
  });

  it('measures switches per minute and per 100 words', () => {
    // 9 floor turns -> 8 switches in 28 s: 8 / (28000 / 60000) = 17.1429 per minute; 8 / 52 * 100 = 15.3846.
    expect(result.floorTurns).toBe(9);
    expect(result.switches).toBe(8);
    expect(result.switchesPerMinute).toBeCloseTo(17.1429, 4);
    expect(result.switchesPer100Words).toBeCloseTo(15.3846, 4);
  });

  it('measures the gap before speaking (floor-transfer offset)', () => {
    // Ana F4 10200-10000 = 200, F6 15200-15000 = 200, F8 25000-17500 = 7500 -> median 200.
    // Ben F2 6300-6000 = 300, F5 12000-13000 = -1000, F9 26400-26000 = 400 -> median 300.
    // Cleo F3 8500-8000 = 500, F7 16000-16500 = -500 -> median 0.
    expect([ana!.medianGapBeforeSpeakingMs, ben!.medianGapBeforeSpeakingMs, cleo!.medianGapBeforeSpeakingMs]).toEqual([
      200, 300, 0,
    ]);
    expect([ana!.gapsMeasured, ben!.gapsMeasured, cleo!.gapsMeasured]).toEqual([3, 3, 2]);
  });

  it('finds the long silence', () => {
    // Nobody speaks from the end of u9 (17.5 s) to the start of u10 (25 s).
    expect(result.longSilences).toEqual({
      thresholdMs: 5000,
      count: 1,
      totalMs: 7500,
      items: [{ startMs: 17_500, endMs: 25_000, durationMs: 7500, afterUtteranceId: 'u9', beforeUtteranceId: 'u10' }],
      unmeasured: 0,
    });
  });

  it('types the overlaps: a back-channel, an interruption, a terminal overlap', () => {
    expect(result.overlaps).toMatchObject({
      total: 3,
      backchannel: 1,
      interruption: 1,
      cooperative: 1,
      simultaneousStart: 0,
    });
    expect(result.overlaps!.events).toEqual([
      // Ana's stretch u1+u3 runs to 6.0 s; the back-channel lasts 2.0-2.5 s.
      {
        type: 'backchannel',
        utteranceId: 'u2',
        speakerId: 's2',
        targetUtteranceId: 'u1',
        targetSpeakerId: 's1',
        startMs: 2000,
        overlapMs: 500,
      },
      // Ana stops at 13.0 s, within 1.5 s of Ben's onset at 12.0 s, mid-sentence; overlap 1000 ms >= 500.
      {
        type: 'interruption',
        utteranceId: 'u7',
        speakerId: 's2',
        targetUtteranceId: 'u6',
        targetSpeakerId: 's1',
        startMs: 12_000,
        overlapMs: 1000,
      },
      // Ana finishes "They are ready." 500 ms into Cleo's turn: complete, so a terminal (cooperative) overlap.
      {
        type: 'cooperative',
        utteranceId: 'u9',
        speakerId: 's3',
        targetUtteranceId: 'u8',
        targetSpeakerId: 's1',
        startMs: 16_000,
        overlapMs: 500,
      },
    ]);
  });

  it('reports interruptions with the who-interrupts-whom matrix', () => {
    expect(result.interruptions.basis).toBe('time');
    expect(result.interruptions.events).toEqual([
      {
        utteranceId: 'u7',
        speakerId: 's2',
        targetUtteranceId: 'u6',
        targetSpeakerId: 's1',
        startMs: 12_000,
        basis: 'overlap',
        ruleId: 'interruption-overlap',
        quote: 'Sorry, what about the test servers',
        cutoff: null,
        overlapMs: 1000,
        // Seen in the timings, but one overlap is no verdict on Ben: an observation.
        confidence: 'medium',
      },
    ]);
    // A timed overlap is confirmed, not merely possible.
    expect([result.interruptions.confident, result.interruptions.possible]).toEqual([1, 0]);
    // Only Ben and Ana were involved: Cleo (s3) has no row.
    expect(result.interruptions.matrix).toEqual({
      speakerIds: ['s1', 's2'],
      counts: [
        [0, 0],
        [1, 0],
      ],
      pairs: [{ speakerId: 's2', targetSpeakerId: 's1', count: 1 }],
      omittedSpeakers: 0,
    });
    expect([
      ana!.interruptionsMade,
      ana!.interruptionsReceived,
      ben!.interruptionsMade,
      ben!.interruptionsReceived,
    ]).toEqual([0, 1, 1, 0]);
  });

  it('finds questions, their type and who answered them', () => {
    expect(result.questions).toMatchObject({ total: 3, open: 1, closed: 2, answered: 3 });
    expect(result.questions.items).toEqual([
      {
        utteranceId: 'u4',
        speakerId: 's2',
        type: 'closed',
        ruleId: 'inversion-modal',
        quote: 'Can we add a tester?',
        answerUtteranceId: 'u5',
        answererId: 's3',
        latencyMs: 500,
      },
      {
        utteranceId: 'u7',
        speakerId: 's2',
        type: 'open',
        ruleId: 'wh-what-about',
        quote: 'Sorry, what about the test servers?',
        answerUtteranceId: 'u8',
        answererId: 's1',
        latencyMs: 200,
      },
      {
        utteranceId: 'u10',
        speakerId: 's1',
        type: 'closed',
        ruleId: 'anything-else',
        quote: 'Anything else?',
        answerUtteranceId: 'u11',
        answererId: 's2',
        latencyMs: 400,
      },
    ]);
    expect(ben).toMatchObject({
      questions: 2,
      openQuestions: 1,
      closedQuestions: 1,
      questionUtteranceIds: ['u4', 'u7'],
      questionsAnswered: 2,
      answersGiven: 1,
    });
    expect(ana).toMatchObject({ questions: 1, closedQuestions: 1, answersGiven: 1 });
    expect(cleo).toMatchObject({ questions: 0, answersGiven: 1 });
  });

  it('counts back-channels per speaker', () => {
    expect(ben).toMatchObject({ backchannels: 1, backchannelUtteranceIds: ['u2'] });
    expect(ana!.backchannels).toBe(0);
  });

  it('measures equality: Gini of talk time and normalised turn entropy', () => {
    // Talk [10900, 6800, 3000]: pairwise |differences| 4100 + 7900 + 3800 = 15800, counted twice = 31600;
    // Gini = 31600 / (2 * 3^2 * 6900) = 0.2544 (mean 6900).
    expect(result.gini).toBeCloseTo(31_600 / (2 * 9 * 6_900), 4);
    expect(result.giniMax).toBeCloseTo(2 / 3, 4);
    // Floor turns [4, 3, 2] of 9: H = -(4/9 ln 4/9 + 3/9 ln 3/9 + 2/9 ln 2/9) = 1.0609; / ln 3 = 0.9656.
    const h = -[4, 3, 2].reduce((s, c) => s + (c / 9) * Math.log(c / 9), 0);
    expect(result.turnEntropy).toBeCloseTo(h / Math.log(3), 4);
    expect(result.participantsCounted).toBe(3);
  });

  it('reports share of voice per tenth of the meeting', () => {
    const parts = result.shareOfVoice.parts;
    expect(result.shareOfVoice.basis).toBe('time');
    expect(parts).toHaveLength(10);
    // Tenths of 28 s are 2.8 s. Part 1 (0-2.8 s): Ana 2800 ms, Ben's back-channel 500 ms.
    expect(parts[0]).toMatchObject({ index: 1, startMs: 0, endMs: 2800, amount: 3300 });
    expect(parts[0]!.shares.s1).toBeCloseTo(2800 / 3300, 4);
    expect(parts[0]!.shares.s2).toBeCloseTo(500 / 3300, 4);
    // Part 7 (16.8-19.6 s): only Cleo (16.8-17.5 s). Part 8 (19.6-22.4 s): silence.
    expect(parts[6]).toMatchObject({ amount: 700, shares: { s3: 1 } });
    expect(parts[7]).toMatchObject({ amount: 0, shares: {} });
    // Part 10 (25.2-28 s): Ana 800 ms, Ben 1600 ms.
    expect(parts[9]!.shares.s1).toBeCloseTo(800 / 2400, 4);
    expect(parts[9]!.shares.s2).toBeCloseTo(1600 / 2400, 4);
  });

  it('reports the interruption as a finding quoting the interrupter verbatim', () => {
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(() => Finding.parse(f)).not.toThrow();
    expect(f).toMatchObject({
      id: 'turn-taking:interruption-overlap:u7',
      analyzer: 'turn-taking',
      kind: 'interruption',
      speakerId: 's2',
      utteranceId: 'u7',
      startMs: 12_000,
      quote: 'Sorry, what about the test servers',
      targetSpeakerId: 's1',
    });
    expect(transcript.utterances[6]!.text).toContain(f!.quote);
  });
});

describe('cutting in as a habit', () => {
  // Each pair: the first speaker stops mid-sentence 1 s after the second comes in.
  const cutIn = (holder: string, newcomer: string, at: number): Array<[string, string, number, number]> => [
    [holder, 'The budget for the venue covers the catering and the', at, at + 6],
    [newcomer, 'Sorry, the catering has its own budget line this year.', at + 5, at + 10],
  ];
  const patterns = (lines: Array<[string, string, number, number]>) =>
    analyzeTurnTaking(prepare(makeTranscript(lines))).findings.filter((f) => f.ruleId === 'interruption-pattern');

  it('raises someone who cut in twice while nobody else did, at medium severity, once', () => {
    const found = patterns([...cutIn('Ana', 'Ben', 0), ...cutIn('Cy', 'Ben', 20)]);
    expect(found.map((f) => [f.speakerId, f.severity, f.confidence])).toEqual([['s2', 'medium', 'medium']]);
    expect(found[0]!.note).toMatch(/2 times/);
  });

  it('leaves single overlaps as observations', () => {
    const f = analyzeTurnTaking(prepare(makeTranscript(cutIn('Ana', 'Ben', 0)))).findings;
    expect(f.filter((x) => x.kind === 'interruption').map((x) => [x.ruleId, x.severity])).toEqual([
      ['interruption-overlap-cutoff-dangling-the', 'info'],
    ]);
  });

  it('raises nobody where everyone cuts in alike (the room’s style)', () => {
    expect(
      patterns([
        ...cutIn('Ana', 'Ben', 0),
        ...cutIn('Ben', 'Ana', 20),
        ...cutIn('Ana', 'Ben', 40),
        ...cutIn('Ben', 'Ana', 60),
      ]),
    ).toEqual([]);
  });
});

describe('a long turn that ends with a question', () => {
  const talk = 'The first work package builds the data set and the second one tests it with partners. '.repeat(20);
  const notes = (ending: string) =>
    analyzeTurnTaking(
      prepare(
        makeTranscript([
          ['Ota', `${talk}${ending}`],
          ['Petra', 'Yes, that works for us.'],
        ]),
      ),
    )
      .findings.filter((f) => f.kind === 'long-monologue')
      .map((f) => f.note);

  it('says it handed over with a question, not "without handing over"', () => {
    expect(notes('Does this make sense?')).toEqual([expect.stringMatching(/then handed over with a question/)]);
  });

  it('states only the length when it ends otherwise: a hand-over need not be a question (review r17)', () => {
    for (const ending of ['That is all for now.', 'Your time starts now.']) {
      expect(notes(ending)).toEqual([
        expect.stringMatching(/^Ota held the floor for \d+ words \(threshold: \d+ words\)\.$/),
      ]);
    }
  });
});
