/**
 * Turn-taking without timings (unpunctuated speech-to-text style), worked out by hand.
 *
 *  u   who   text                                                  words
 *  u1  Ana   so the plan is to ship on friday and then we test the   13  ends on "the": cut off
 *  u2  Ben   wait can we move the review to next week                 9  interrupts Ana (text); closed question
 *  u3  Ana   yeah                                                     1  answers u2: a turn, not a back-channel
 *  u4  Cleo  I think we should keep friday what do you think         10  open question (ending)
 *  u5  Ana   I was going to--                                         4  cut off ("--"); answers u4
 *  u6  Ben   Friday works for me, right                               5  interrupts Ana (text); tag question
 *  u7  Ana   Okay, then Friday it is.                                 5  answers u6
 *
 * Words: Ana 13+1+4+5 = 23, Ben 9+5 = 14, Cleo 10; total 47.
 * Floor turns (u3 answers a question, so it is one): Ana u1 (13) | Ben u2 (9) | Ana u3 (1) | Cleo u4 (10) | Ana u5 (4)
 * | Ben u6 (5) | Ana u7 (5).
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking, TurnTakingResult } from '../../../analyzers/turn-taking/index';
import { makeTranscript } from '../../helpers/make-transcript';

const transcript = makeTranscript([
  ['Ana', 'so the plan is to ship on friday and then we test the'],
  ['Ben', 'wait can we move the review to next week'],
  ['Ana', 'yeah'],
  ['Cleo', 'I think we should keep friday what do you think'],
  ['Ana', 'I was going to--'],
  ['Ben', 'Friday works for me, right'],
  ['Ana', 'Okay, then Friday it is.'],
]);
const { result, findings } = analyzeTurnTaking(prepare(transcript));
const [ana, ben, cleo] = result.speakers;

describe('turn-taking without timings', () => {
  it('uses words as its basis and leaves time-only metrics empty', () => {
    expect(() => TurnTakingResult.parse(result)).not.toThrow();
    expect(result).toMatchObject({
      basis: 'words',
      durationMs: null,
      totalTalkTimeMs: null,
      switchesPerMinute: null,
      longSilences: null,
      overlaps: null,
    });
    expect(ana).toMatchObject({
      talkTimeMs: null,
      meanTurnMs: null,
      medianTurnMs: null,
      longestTurnMs: null,
      medianGapBeforeSpeakingMs: null,
      gapsMeasured: 0,
    });
    expect(result.notes[0]).toMatch(/No timings/);
  });

  it('measures shares by words', () => {
    expect(result.totalWords).toBe(47);
    expect([ana!.words, ben!.words, cleo!.words]).toEqual([23, 14, 10]);
    expect(ana!.talkShare).toBeCloseTo(23 / 47, 4); // 0.4894
    expect(ben!.talkShare).toBeCloseTo(14 / 47, 4); // 0.2979
    expect(cleo!.talkShare).toBeCloseTo(10 / 47, 4); // 0.2128
  });

  it('counts floor turns in words and switches per 100 words', () => {
    // Ana: 13, 1, 4, 5 -> mean 23/4, median 4.5, longest 13 (u1).
    expect(ana).toMatchObject({ turns: 4, transcriptTurns: 4, medianTurnWords: 4.5, longestTurnWords: 13 });
    expect(ana!.meanTurnWords).toBeCloseTo(23 / 4, 4);
    expect(ana!.longestTurn).toEqual({
      speakerId: 's1',
      turnIds: ['t1'],
      utteranceIds: ['u1'],
      startMs: null,
      durationMs: null,
      words: 13,
    });
    expect(ben).toMatchObject({ turns: 2, meanTurnWords: 7, medianTurnWords: 7, longestTurnWords: 9 });
    // 7 floor turns -> 6 switches; 6 / 47 * 100 = 12.766.
    expect(result.switches).toBe(6);
    expect(result.switchesPer100Words).toBeCloseTo(12.766, 3);
  });

  it('reads interruptions from cut-off text, labelled as text-based', () => {
    expect(result.interruptions.basis).toBe('text');
    expect(result.interruptions.events.map((e) => [e.utteranceId, e.targetUtteranceId, e.ruleId, e.cutoff])).toEqual([
      ['u2', 'u1', 'interruption-cutoff-dangling-the', 'the'],
      ['u6', 'u5', 'interruption-cutoff-double-hyphen', '--'],
    ]);
    expect(result.interruptions.matrix.speakerIds).toEqual(['s1', 's2']);
    expect(result.interruptions.matrix.counts).toEqual([
      [0, 0],
      [2, 0],
    ]);
    expect([ben!.interruptionsMade, ana!.interruptionsReceived]).toEqual([2, 2]);
  });

  it('finds unpunctuated questions and who answered them', () => {
    expect(
      result.questions.items.map((q) => [
        q.utteranceId,
        q.type,
        q.ruleId,
        q.answerUtteranceId,
        q.answererId,
        q.latencyMs,
      ]),
    ).toEqual([
      ['u2', 'closed', 'inversion-modal', 'u3', 's1', null],
      ['u4', 'open', 'ending-what-do-you-think', 'u5', 's1', null],
      ['u6', 'closed', 'tag-right', 'u7', 's1', null],
    ]);
    expect(ana!.answersGiven).toBe(3);
    expect(cleo).toMatchObject({ questions: 1, openQuestions: 1 });
  });

  it('measures equality from words and turns', () => {
    // Words [23, 14, 10]: pairwise 9 + 13 + 4 = 26, twice = 52; Gini = 52 / (2 * 9 * 47/3) = 0.1844.
    expect(result.gini).toBeCloseTo(52 / (2 * 9 * (47 / 3)), 4);
    // Floor turns [4, 2, 1] of 7: H = -(4/7 ln 4/7 + 2/7 ln 2/7 + 1/7 ln 1/7) = 0.9557; / ln 3 = 0.8699.
    const h = -[4, 2, 1].reduce((s, c) => s + (c / 7) * Math.log(c / 7), 0);
    expect(result.turnEntropy).toBeCloseTo(h / Math.log(3), 4);
  });

  it('reports share of voice per tenth of the words', () => {
    // Tenths of 47 words are 4.7 words. Part 1 (words 0-4.7) is all Ana's u1.
    const parts = result.shareOfVoice.parts;
    expect(result.shareOfVoice.basis).toBe('words');
    expect(parts[0]).toMatchObject({ index: 1, startWord: 0, endWord: 5, startMs: null, shares: { s1: 1 } });
    // Part 3 (9.4-14.1): Ana's u1 runs to word 13 (3.6 words), Ben's u2 from 13 (1.1 words).
    expect(parts[2]!.shares.s1).toBeCloseTo(3.6 / 4.7, 4);
    expect(parts[2]!.shares.s2).toBeCloseTo(1.1 / 4.7, 4);
    // Part 10 (42.3-47): Ana's u7 (words 42-47).
    expect(parts[9]!.shares).toEqual({ s1: 1 });
  });

  it('keeps each possible interruption as an event with its cut-off, and names nobody in a finding', () => {
    // From the text alone an answer, a completion and a takeover look the same: counted, not attributed.
    expect(result.interruptions.events.map((e) => [e.ruleId, e.speakerId, e.confidence])).toEqual([
      ['interruption-cutoff-dangling-the', 's2', 'low'],
      ['interruption-cutoff-double-hyphen', 's2', 'low'],
    ]);
    expect(findings.filter((f) => f.kind === 'interruption')).toEqual([]);
  });
});

describe('a question broken off and asked again (review r37, AMI ES2005a)', () => {
  const questionsOf = (lines: Array<[string, string]>) =>
    analyzeTurnTaking(prepare(makeTranscript(lines))).result.questions.items.map((q) => q.quote);

  it('counts "Uh, what do we think a" and its restart two lines on as one question, the whole one', () => {
    expect(
      questionsOf([
        ['Ida', 'Uh, what do we think a'],
        ['Bo', "We're"],
        ['Ida', 'What do we think a good size would be for this?'],
        ['Bo', 'Small enough for one hand.'],
      ]),
    ).toEqual(['What do we think a good size would be for this?']);
  });

  it('counts two questions of the same kind that are not a restart as two', () => {
    expect(
      questionsOf([
        ['Ida', 'Do you have the numbers'],
        ['Bo', 'Yes.'],
        ['Ida', 'Do you have the slides?'],
        ['Bo', 'Not yet.'],
      ]),
    ).toEqual(['Do you have the numbers', 'Do you have the slides?']);
  });
});
