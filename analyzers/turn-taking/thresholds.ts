/**
 * Every threshold turn-taking uses, in one place, with where it comes from. The values are
 * echoed in the result (`thresholds`) so that a number can always be read with its definition.
 * analyzers/turn-taking/README.md explains each one.
 *
 * @example
 * TURN_TAKING_THRESHOLDS.longSilenceMs // => 5000
 */
export const TURN_TAKING_THRESHOLDS = {
  /**
   * Interruption: the speaker who held the floor stops within this long after the newcomer's onset.
   * Schegloff (2000) finds overlap resolved within one or two beats (~ a syllable each); 1.5 s
   * is a generous window for transcripts whose utterance ends are only approximate.
   */
  interruptionStopWindowMs: 1500,
  /**
   * An overlap shorter than this at the end of an utterance that is not cut off is a terminal
   * overlap (the newcomer anticipated the end: Jefferson 1984, Schegloff 2000), counted as cooperative.
   */
  terminalOverlapMs: 500,
  /**
   * When the floor holder's words end cut off (a dash, a dangling "the"), or in speech-to-text captions
   * (coarse cue times), the holder may stop this long after the newcomer's onset and still count as
   * stopped. The fixtures' takeovers behind a "Yeah." cue and in captions stop 1.8-2.6 s after onset.
   */
  cutoffStopWindowMs: 3000,
  /**
   * Captions (timed, unpunctuated): cue overlaps up to this long at a change of speaker are how caption
   * tools time cues (0.5-1 s at every change of speaker in exported Zoom/Teams captions), not interruptions.
   */
  captionOverlapToleranceMs: 1000,
  /** A timed transcript with fewer than this share of utterances closed by '.', '?' or '!' is read as captions. */
  captionPunctuatedShareMax: 0.2,
  /** Onsets closer than this are simultaneous starts (nobody was holding the floor yet). */
  simultaneousStartMs: 250,
  /** A speaker's utterances with gaps up to this form one stretch of speech (caption cues split mid-sentence). */
  stretchJoinMs: 500,
  /** With timings, a cut-off counts as an interruption when the next speaker starts within this after it. */
  cutoffFollowMs: 500,
  /**
   * Cutting in as a habit: at least this many interruptions seen in the timings (confidence medium or above) ...
   * One overlap can be a completion or eager agreement as well as a takeover (timed overlaps agree with
   * annotators' "interrupted" marks about 0.58 of the time), so only a repeated pattern is raised.
   */
  interrupterMinCount: 2,
  /** ... and at least this many times anyone else's: where everyone overlaps, it is the room's style. */
  interrupterLead: 2,
  /** A gap in which nobody speaks, at least this long, is a long silence (conversational gaps are ~0-200 ms: Stivers et al. 2009). */
  longSilenceMs: 5000,
  /**
   * A silence in which nobody speaks, at least this long, ends a stretch of talk for the long-monologue test and the
   * turn lengths: the floor lapsed (a lapse: Sacks, Schegloff & Jefferson 1974). A minute is twelve long silences; a
   * speaker pausing between slides does not stop that long (a host letting people in for 7.4 minutes did: reviews
   * r18, r22, r32).
   */
  floorLapseMs: 60_000,
  /** A floor turn longer than this (timed) is a long monologue: two minutes, about 300 words at 150 words a minute. */
  monologueMs: 120_000,
  /** A floor turn longer than this (untimed) is a long monologue. */
  monologueWords: 300,
  /** An answer is the first utterance by someone else among the next this-many utterances ... */
  answerWindowUtterances: 4,
  /** ... and (timed) starting within this long after the question ends. */
  answerWindowMs: 10_000,
  /** An "answer" that starts more than this before the question ends is talk over the question, not an answer. */
  answerOverlapToleranceMs: 1000,
  /** Share of voice is reported in this many equal parts of the meeting. */
  parts: 10,
  /**
   * The who-interrupts-whom matrix has a row and a column for at most this many people (those most
   * involved in interruptions); `matrix.pairs` lists every pair. A matrix over every speaker grew
   * with the square of the speakers: 5,000 one-line speakers made 64 MB of JSON from 79 KB.
   */
  matrixMaxSpeakers: 30,
} as const;

export type TurnTakingThresholds = typeof TURN_TAKING_THRESHOLDS;

/**
 * Reading bands for the Gini of talk: the one home of what a Gini means, with the words every reader prints.
 * Read by the PDF (gauge, cover, headlines, conventions), the rule-based commentary ("Talk was shared
 * <shared> ...") and so the page, which shows the commentary. A convention of this tool, not a published
 * standard: they split the range where a reader's impression changes (see the PDF's methodology appendix).
 * `uneven` says whether the band reads as a problem (the commentary then names who had most of the talk).
 *
 * @example
 * GINI_BANDS[1] // => { upTo: 0.35, name: 'fairly even', shared: 'fairly evenly', ... } for 0.20 < Gini <= 0.35
 */
export const GINI_BANDS = [
  { upTo: 0.2, name: 'even', shared: 'evenly', uneven: false, meaning: 'talk was spread evenly' },
  { upTo: 0.35, name: 'fairly even', shared: 'fairly evenly', uneven: false, meaning: 'talk was fairly evenly spread' },
  { upTo: 0.5, name: 'uneven', shared: 'unevenly', uneven: true, meaning: 'a few people did most of the talking' },
  {
    upTo: 1,
    name: 'very uneven',
    shared: 'very unevenly',
    uneven: true,
    meaning: 'one or two people dominated the talk',
  },
] as const;

/**
 * The band a Gini value falls in.
 *
 * @example
 * giniBand(0.31).name // => 'fairly even'
 */
export function giniBand(gini: number): (typeof GINI_BANDS)[number] {
  // Banded as printed (two decimals), so "Gini 0.35" never reads 'uneven' next to a 0.20-0.35 'fairly even' band.
  const shown = Math.round(gini * 100) / 100;
  return GINI_BANDS.find((b) => shown <= b.upTo) ?? GINI_BANDS[GINI_BANDS.length - 1]!;
}

/**
 * Whether a meeting's interruptions belong in its summary (the report's cover tile and headlines, the commentary's
 * meeting items): not when all there is are possible ones, cut-offs read from the text with no timings or reclaim to
 * confirm them. Checked against the timed truth of the same meetings, about a third of those were interruptions
 * (`npm run eval`: precision 0.37), and a coach found the 18 "possible interruptions" on a cover to be mostly set-up
 * chatter and back-channels (review r31). They are still counted, with that caveat, in the report's participation
 * section and in the JSON; beside confirmed ones the summary counts them too.
 *
 * @example
 * interruptionsInSummary({ confident: 0, possible: 18 }) // => false
 * interruptionsInSummary({ confident: 1, possible: 4 }) // => true ("1 interruption, and 4 possible")
 * interruptionsInSummary({ confident: 0, possible: 0 }) // => true ("no interruptions were found")
 */
export function interruptionsInSummary(i: { confident: number; possible: number }): boolean {
  return !(i.confident === 0 && i.possible > 0);
}
