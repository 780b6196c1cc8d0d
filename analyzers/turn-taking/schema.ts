/**
 * The `turnTaking` section of the Analysis JSON. Field names in the contract (basis, gini,
 * switchesPerMinute, speakers[].speakerId/talkShare/talkTimeMs/words/turns/longestTurnMs/questions/
 * interruptionsMade/interruptionsReceived) are fixed; everything else may be added to, never renamed.
 * analyzers/turn-taking/README.md defines every field.
 */
import * as z from 'zod';

const Count = z.number().int().nonnegative();
const Ms = z.number().int();
const Share = z.number().min(0).max(1);

/** A floor turn, as evidence: which transcript turns and utterances it spans. */
export const FloorTurnRef = z.object({
  speakerId: z.string(),
  turnIds: z.array(z.string()),
  utteranceIds: z.array(z.string()),
  startMs: Ms.nullable(),
  durationMs: Ms.nullable(),
  words: Count,
});
export type FloorTurnRef = z.infer<typeof FloorTurnRef>;

export const SpeakerTurnTaking = z.object({
  speakerId: z.string(),
  name: z.string(),
  /** Share of all talk: of talk time (basis time) or of words (basis words). */
  talkShare: Share,
  /** Union of the speaker's utterance intervals; null without timings. */
  talkTimeMs: Ms.nonnegative().nullable(),
  words: Count,
  /** Floor turns (back-channel-only turns excluded, turns merged across others' back-channels). */
  turns: Count,
  /** Turns as the transcript has them (consecutive utterances of one speaker). */
  transcriptTurns: Count,
  meanTurnMs: z.number().nonnegative().nullable(),
  medianTurnMs: z.number().nonnegative().nullable(),
  longestTurnMs: Ms.nonnegative().nullable(),
  meanTurnWords: z.number().nonnegative().nullable(),
  medianTurnWords: z.number().nonnegative().nullable(),
  longestTurnWords: Count,
  /** The longest floor turn (by time when timed, by words otherwise), with its utterances. */
  longestTurn: FloorTurnRef.nullable(),
  /** Median floor-transfer offset when this speaker took the floor (negative = started in overlap); null without timings. */
  medianGapBeforeSpeakingMs: z.number().nullable(),
  gapsMeasured: Count,
  /** Utterances with at least one question. */
  questions: Count,
  openQuestions: Count,
  closedQuestions: Count,
  questionUtteranceIds: z.array(z.string()),
  /** This speaker's questions that someone answered. */
  questionsAnswered: Count,
  /** Others' questions this speaker answered. */
  answersGiven: Count,
  interruptionsMade: Count,
  interruptionsReceived: Count,
  /** Utterances that are only a back-channel ("mm-hmm", "yeah"). */
  backchannels: Count,
  backchannelUtteranceIds: z.array(z.string()),
});
export type SpeakerTurnTaking = z.infer<typeof SpeakerTurnTaking>;

export const OverlapEventOut = z.object({
  type: z.enum(['simultaneous-start', 'backchannel', 'cooperative', 'interruption']),
  utteranceId: z.string(),
  speakerId: z.string(),
  targetUtteranceId: z.string(),
  targetSpeakerId: z.string(),
  startMs: Ms.nonnegative(),
  overlapMs: Ms,
});

export const InterruptionOut = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  targetUtteranceId: z.string(),
  targetSpeakerId: z.string(),
  startMs: Ms.nonnegative().nullable(),
  basis: z.enum(['overlap', 'cutoff']),
  ruleId: z.string(),
  /** The first words of the interrupting utterance, verbatim. */
  quote: z.string(),
  /** The interrupted utterance's cut-off marker ("--", "{disfmarker}", ...), when it has one. */
  cutoff: z.string().nullable(),
  overlapMs: Ms.nullable(),
  /**
   * `high`: the speaker reclaimed the floor ("let me finish"); `medium`: a timed overlap, or a timed strong
   * cut-off taken over at once (seen, but one instance can be a completion or eager agreement); `low`: read
   * from a cut-off in the text only: a possible interruption.
   */
  confidence: z.enum(['low', 'medium', 'high']),
});

export const QuestionOut = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  type: z.enum(['open', 'closed']),
  ruleId: z.string(),
  quote: z.string(),
  answerUtteranceId: z.string().nullable(),
  answererId: z.string().nullable(),
  latencyMs: Ms.nullable(),
});

export const TurnTakingResult = z.object({
  basis: z.enum(['time', 'words']),
  durationMs: Ms.nonnegative().nullable(),
  totalWords: Count,
  totalTalkTimeMs: Ms.nonnegative().nullable(),
  speakers: z.array(SpeakerTurnTaking),
  /** Gini coefficient of talk (time or words) over named speakers plus silent invitees (unattributed talk left out). */
  gini: Share,
  /** The largest Gini possible with this many people: (n - 1) / n. */
  giniMax: Share,
  /** Normalised Shannon entropy of floor-turn counts (1 = equal); null with fewer than two people. */
  turnEntropy: Share.nullable(),
  /** People counted in gini and turnEntropy: named speakers plus silent invitees ("Unknown speaker" is nobody). */
  participantsCounted: Count,
  attendees: z.object({
    matched: z.array(z.object({ name: z.string(), speakerId: z.string() })),
    /** Invited, never spoke: counted as zeros. */
    silent: z.array(z.object({ name: z.string() })),
    /** Not found while some speakers are anonymous: not counted. */
    unresolved: z.array(z.object({ name: z.string() })),
  }),
  /** Changes of floor holder (consecutive floor turns). */
  switches: Count,
  switchesPerMinute: z.number().nonnegative().nullable(),
  switchesPer100Words: z.number().nonnegative().nullable(),
  floorTurns: Count,
  longSilences: z
    .object({
      thresholdMs: Ms,
      count: Count,
      totalMs: Ms.nonnegative(),
      items: z.array(
        z.object({
          startMs: Ms,
          endMs: Ms,
          durationMs: Ms,
          afterUtteranceId: z.string(),
          beforeUtteranceId: z.string(),
        }),
      ),
      /**
       * Gaps of at least the threshold that open after an estimated end time (the source gave start times only):
       * not measured, so not counted as silences. 0 when every end is the source's own; absent in older analyses.
       */
      unmeasured: Count.optional(),
    })
    .nullable(),
  /** Overlaps typed from timings; null without timings. */
  overlaps: z
    .object({
      total: Count,
      simultaneousStart: Count,
      backchannel: Count,
      cooperative: Count,
      interruption: Count,
      events: z.array(OverlapEventOut),
    })
    .nullable(),
  interruptions: z.object({
    /** `time`: overlaps typed from timings plus cut-offs followed by a quick start; `text`: cut-off utterances only. */
    basis: z.enum(['time', 'text']),
    count: Count,
    /** Interruptions seen in the timings or reclaimed (confidence medium or high): `count` = `confident` + `possible`. */
    confident: Count,
    /** Possible interruptions (confidence low: a cut-off in the text, not confirmed by timings); never coached on. */
    possible: Count,
    events: z.array(InterruptionOut),
    /**
     * counts[i][j]: how often speakerIds[i] interrupted speakerIds[j]. speakerIds are the people who
     * interrupted or were interrupted (at most `thresholds.matrixMaxSpeakers`, the most involved, in
     * transcript order); `pairs` lists every pair with a count, so the JSON grows with the
     * interruptions, never with the square of the speakers.
     */
    matrix: z.object({
      speakerIds: z.array(z.string()),
      counts: z.array(z.array(Count)),
      pairs: z.array(z.object({ speakerId: z.string(), targetSpeakerId: z.string(), count: Count.min(1) })),
      /** People involved in interruptions who have no row (past the cap): their counts are in `pairs`. */
      omittedSpeakers: Count,
    }),
  }),
  questions: z.object({
    total: Count,
    open: Count,
    closed: Count,
    answered: Count,
    items: z.array(QuestionOut),
  }),
  shareOfVoice: z.object({
    basis: z.enum(['time', 'words']),
    parts: z.array(
      z.object({
        index: z.number().int().positive(),
        startMs: Ms.nullable(),
        endMs: Ms.nullable(),
        startWord: Count.nullable(),
        endWord: Count.nullable(),
        amount: z.number().nonnegative(),
        shares: z.record(z.string(), Share),
      }),
    ),
  }),
  monologues: z.object({ thresholdMs: Ms, thresholdWords: Count, items: z.array(FloorTurnRef) }),
  /** The thresholds used, so that every number can be read with its definition. */
  thresholds: z.record(z.string(), z.number()),
  /** What the numbers rest on, in words (basis, missing timings, unresolved attendees). */
  notes: z.array(z.string()),
});
export type TurnTakingResult = z.infer<typeof TurnTakingResult>;
