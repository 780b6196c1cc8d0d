/**
 * A small, hand-written ReportInput: eight utterances by four people (Latin with a diaeresis,
 * Cyrillic, Greek and Chinese names) with numbers chosen by hand, so that tests can say exactly
 * which strings the PDF must contain.
 */
import { runAnalyzers } from '../../../analyzers/index';
import type { SentimentResult } from '../../../analyzers/sentiment/index';
import type { TurnTakingResult } from '../../../analyzers/turn-taking/index';
import type { Commentary } from '../../../src/model/commentary';
import type { Transcript } from '../../../src/model/transcript';
import type { ReportInput } from '../../../reports/report-input';
import { makeTranscript } from '../../helpers/make-transcript';

export const TITLE = 'Release sync — Zoë & Дмитрий';
export const GENERATED_AT = new Date('2025-03-03T10:00:00Z');

/** The speakers as normalize() numbers them: in order of first appearance. */
export const ZOE = 's1';
export const DMITRY = 's2';
export const PANAGIOTIS = 's3';
export const LI_NA = 's4';

type SpeakerNumbers = Pick<
  TurnTakingResult['speakers'][number],
  | 'speakerId'
  | 'name'
  | 'talkShare'
  | 'talkTimeMs'
  | 'words'
  | 'turns'
  | 'longestTurnMs'
  | 'longestTurnWords'
  | 'questions'
  | 'interruptionsMade'
  | 'interruptionsReceived'
>;

/**
 * A complete TurnTakingResult around the numbers a test cares about; everything else neutral.
 *
 * @example
 * turnTakingOf([{ speakerId: 's1', name: 'Ana', talkShare: 1, ... }], { gini: 0, switchesPerMinute: 0 })
 */
export function turnTakingOf(
  speakers: SpeakerNumbers[],
  meeting: {
    gini: number;
    switchesPerMinute: number | null;
    interruptions?: TurnTakingResult['interruptions']['events'];
  },
): TurnTakingResult {
  const events = meeting.interruptions ?? [];
  return {
    basis: 'time',
    durationMs: 55_000,
    totalWords: speakers.reduce((sum, s) => sum + s.words, 0),
    totalTalkTimeMs: speakers.reduce((sum, s) => sum + (s.talkTimeMs ?? 0), 0),
    speakers: speakers.map((s) => ({
      ...s,
      transcriptTurns: s.turns,
      meanTurnMs: null,
      medianTurnMs: null,
      meanTurnWords: null,
      medianTurnWords: null,
      longestTurn: null,
      medianGapBeforeSpeakingMs: null,
      gapsMeasured: 0,
      openQuestions: 0,
      closedQuestions: s.questions,
      questionUtteranceIds: [],
      questionsAnswered: 0,
      answersGiven: 0,
      backchannels: 0,
      backchannelUtteranceIds: [],
    })),
    gini: meeting.gini,
    giniMax: (speakers.length - 1) / speakers.length,
    turnEntropy: null,
    participantsCounted: speakers.length,
    attendees: { matched: [], silent: [], unresolved: [] },
    switches: 0,
    switchesPerMinute: meeting.switchesPerMinute,
    switchesPer100Words: null,
    floorTurns: 0,
    longSilences: null,
    overlaps: null,
    interruptions: {
      basis: 'time',
      count: events.length,
      confident: events.filter((e) => e.confidence !== 'low').length,
      possible: events.filter((e) => e.confidence === 'low').length,
      events,
      matrix: { speakerIds: [], counts: [], pairs: [], omittedSpeakers: 0 },
    },
    questions: { total: 0, open: 0, closed: 0, answered: 0, items: [] },
    shareOfVoice: { basis: 'time', parts: [] },
    monologues: { thresholdMs: 60_000, thresholdWords: 150, items: [] },
    thresholds: { interruptionWindowMs: 500 },
    notes: [],
  };
}

/**
 * A SentimentResult with hand-picked utterance scores (others 0), per-speaker means, ten course
 * parts by time, and the given moments.
 *
 * @example
 * sentimentOf(t, { u2: [-0.4, ['worried']] }, { positive: [], negative: ['u2'] })
 */
export function sentimentOf(
  t: Transcript,
  scores: Record<string, [number, string[]]>,
  moments: { positive: string[]; negative: string[] },
): SentimentResult {
  const utterances = t.utterances.map((u) => {
    const [score, evidence] = scores[u.id] ?? [0, []];
    return { utteranceId: u.id, speakerId: u.speakerId, score, evidence, contributions: [], neutralised: [] };
  });
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const std = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  const speakers = t.speakers.map((s) => {
    const own = utterances.filter((u) => u.speakerId === s.id).map((u) => u.score);
    return {
      speakerId: s.id,
      utterances: own.length,
      mean: mean(own),
      std: std(own),
      positive: own.filter((x) => x > 0).length,
      negative: own.filter((x) => x < 0).length,
      neutral: own.filter((x) => x === 0).length,
      positiveUtteranceIds: [],
      negativeUtteranceIds: [],
      mostPositiveUtteranceId: null,
      mostNegativeUtteranceId: null,
      course: [],
    };
  });
  const end = t.durationMs ?? 1;
  const course = Array.from({ length: 10 }, (_, k) => {
    const inPart = utterances.filter((u) => {
      const start = t.utterances.find((x) => x.id === u.utteranceId)!.startMs ?? 0;
      return start >= (k * end) / 10 && (start < ((k + 1) * end) / 10 || k === 9);
    });
    return {
      index: k + 1,
      startMs: Math.round((k * end) / 10),
      endMs: Math.round(((k + 1) * end) / 10),
      startWord: null,
      endWord: null,
      mean: inPart.length ? mean(inPart.map((u) => u.score)) : null,
      utteranceIds: inPart.map((u) => u.utteranceId),
    };
  });
  const moment = (id: string) => {
    const u = utterances.find((x) => x.utteranceId === id)!;
    return {
      utteranceId: id,
      speakerId: u.speakerId,
      score: u.score,
      quote: t.utterances.find((x) => x.id === id)!.text,
    };
  };
  const all = utterances.map((u) => u.score);
  return {
    basis: 'time',
    method: 'hand-made for tests',
    thresholds: { positive: 0.05, negative: -0.05, moment: 0.3, tensionTurns: 3, tensionTurnScore: -0.2 },
    utterances,
    speakers,
    meeting: {
      mean: mean(all),
      std: std(all),
      positive: all.filter((x) => x > 0).length,
      negative: all.filter((x) => x < 0).length,
      neutral: all.filter((x) => x === 0).length,
    },
    course,
    moments: { mostPositive: moments.positive.map(moment), mostNegative: moments.negative.map(moment) },
    tension: [],
    politeness: { speakers: [], markers: [] },
    empathy: { speakers: [], markers: [] },
  };
}

/**
 * @example
 * const input = handMadeInput();
 * input.analysis.transcript.speakers.map((s) => s.name) // => ['Zoë Martin', 'Дмитрий Иванов', 'Παναγιώτης Γεωργίου', '李娜']
 */
export function handMadeInput(): ReportInput {
  const transcript = makeTranscript([
    ['Zoë Martin', 'Good morning everyone, shall we start with the release plan?', 0, 6],
    ['Дмитрий Иванов', 'The migration is still slow on large accounts, I am worried.', 6.5, 14],
    ['Zoë Martin', 'What do you think, Παναγιώτης?', 14.2, 20],
    ['Παναγιώτης Γεωργίου', 'Great idea, we should ship on Friday and measure again.', 20.5, 30],
    ['李娜', 'I agree, the batches work well now.', 30.2, 36],
    ['Zoë Martin', 'So we split the migration into batches and--', 36.5, 45],
    ['Дмитрий Иванов', 'Sorry, one more thing about the rollback plan.', 44, 50],
    ['Zoë Martin', 'Thanks, that is a good point.', 50.5, 55],
  ]);
  // Hand-picked numbers (not computed): the tests look for exactly these in the PDF.
  const turnTaking = turnTakingOf(
    [
      {
        speakerId: ZOE,
        name: 'Zoë Martin',
        talkShare: 0.42,
        talkTimeMs: 23_000,
        words: 31,
        turns: 4,
        longestTurnMs: 8_500,
        longestTurnWords: 8,
        questions: 2,
        interruptionsMade: 0,
        interruptionsReceived: 1,
      },
      {
        speakerId: DMITRY,
        name: 'Дмитрий Иванов',
        talkShare: 0.31,
        talkTimeMs: 13_500,
        words: 19,
        turns: 2,
        longestTurnMs: 7_500,
        longestTurnWords: 11,
        questions: 0,
        interruptionsMade: 1,
        interruptionsReceived: 0,
      },
      {
        speakerId: PANAGIOTIS,
        name: 'Παναγιώτης Γεωργίου',
        talkShare: 0.17,
        talkTimeMs: 9_500,
        words: 10,
        turns: 1,
        longestTurnMs: 9_500,
        longestTurnWords: 10,
        questions: 0,
        interruptionsMade: 0,
        interruptionsReceived: 0,
      },
      {
        speakerId: LI_NA,
        name: '李娜',
        talkShare: 0.1,
        talkTimeMs: 5_800,
        words: 7,
        turns: 1,
        longestTurnMs: 5_800,
        longestTurnWords: 7,
        questions: 0,
        interruptionsMade: 0,
        interruptionsReceived: 0,
      },
    ],
    {
      gini: 0.27,
      switchesPerMinute: 7.6,
      interruptions: [
        {
          utteranceId: 'u7',
          speakerId: DMITRY,
          targetUtteranceId: 'u6',
          targetSpeakerId: ZOE,
          startMs: 44_000,
          basis: 'overlap',
          ruleId: 'overlap-stop',
          quote: 'Sorry, one more thing',
          cutoff: '--',
          overlapMs: 1_000,
          confidence: 'high',
        },
      ],
    },
  );
  const commentary: Commentary = {
    summary: [
      {
        text: 'Zoë opened with a clear agenda and invited Παναγιώτης by name.',
        utteranceIds: ['u3'],
        metrics: [],
        quotes: [{ utteranceId: 'u3', text: 'What do you think, Παναγιώτης?' }],
      },
      { text: 'Дмитрий raised the risk of slow migrations early.', utteranceIds: ['u2'], metrics: [], quotes: [] },
      {
        text: 'One interruption, when the rollback plan came up.',
        utteranceIds: ['u7'],
        metrics: ['turnTaking.interruptions.count'],
        quotes: [],
      },
    ],
    people: [
      {
        speakerId: ZOE,
        strengths: [
          {
            text: 'You handed the floor to a quieter colleague by name.',
            utteranceIds: ['u3'],
            metrics: [],
            quotes: [{ utteranceId: 'u3', text: 'What do you think, Παναγιώτης?' }],
          },
        ],
        actions: [
          {
            text: 'Pause after a summary so that others can add to it.',
            utteranceIds: ['u6'],
            metrics: ['turnTaking.speakers.s1.talkShare'],
            quotes: [{ utteranceId: 'u6', text: 'So we split the migration into batches' }],
          },
          {
            text: 'Ask 李娜 for her view on the batches before closing.',
            utteranceIds: ['u5'],
            metrics: [],
            quotes: [],
          },
        ],
      },
      {
        speakerId: LI_NA,
        strengths: [
          {
            text: 'Your short confirmation settled the batching question.',
            utteranceIds: ['u5'],
            metrics: [],
            quotes: [{ utteranceId: 'u5', text: 'the batches work well now' }],
          },
        ],
        actions: [],
      },
    ],
    source: 'claude',
    fallbackReason: null,
    model: 'claude-test',
    promptVersion: 'p1',
    dropped: { count: 1, items: [{ where: 'people[s2].actions[0]', reason: 'quote not found in u2' }] },
    usage: { inputTokens: 1200, outputTokens: 300 },
    cached: false,
    sent: { utterances: 8, utterancesTotal: 8, findings: 1, redactions: { email: 0 }, characters: 420 },
  };
  // Inclusivity and listening are the real analysers' (the tests do not look at their numbers).
  const measured = runAnalyzers(transcript);
  return {
    analysis: {
      schemaVersion: 1,
      generator: { name: 'meeting-analyser', version: '0.1.0' },
      meeting: { title: 'ignored: options.title wins', analysedAt: GENERATED_AT.toISOString(), attendees: [] },
      transcript,
      turnTaking,
      inclusivity: measured.inclusivity,
      listening: measured.listening,
      sentiment: sentimentOf(
        transcript,
        { u2: [-0.4, ['worried']], u4: [0.62, ['Great']], u5: [0.3, ['agree']], u8: [0.55, ['Thanks', 'good']] },
        { positive: ['u4', 'u8'], negative: ['u2'] },
      ),
      findings: [],
      commentary,
    },
    options: { title: TITLE, generatedAt: GENERATED_AT, meetingDate: '2025-03-01' },
  };
}
