/**
 * Every accuracy target `npm run eval` enforces, in one place. Each is a floor (or a ceiling) set
 * from a value measured on ../shared/corpus, with the margin stated: a change that costs more than
 * the margin fails the evaluation (exit code 1), and CI runs it. Timings are not targets here
 * (they belong to `npm run bench`, which has budgets).
 *
 * Measured with `npm run eval` on 2026-12-06 at main 93fa50c (Node 20.20, the corpus as it was
 * then). Margins: 0.02 on correlations, F1 and accuracies in [0, 1] (about twice the half-width
 * of the bootstrap intervals the sentiment section prints); counts that must stay exact have none.
 */

export interface Target {
  /** The measurement's key, as the evaluation section reports it. */
  metric: string;
  /** The `npm run eval` section that measures it (its name in run-eval.ts). */
  section: string;
  /** `min`: the value must be at least `limit`; `max`: at most. */
  bound: 'min' | 'max';
  limit: number;
  /** The value measured when the target was set. */
  measured: number;
  /** Why the limit sits where it does. */
  margin: string;
  /** What is measured, and where the target comes from. */
  what: string;
}

export const TARGETS: readonly Target[] = [
  // ─── ingestion ───────────────────────────────────────────────────────────────────────────
  {
    metric: 'ingestion.unexpected',
    section: 'ingestion',
    bound: 'max',
    limit: 0,
    measured: 0,
    margin: 'none: every corpus file must parse, warn or fail as test/eval/ingestion-eval.ts lists',
    what: 'corpus files with an unexpected result (a crash, a wrong number of people, a parse that should fail)',
  },
  // ─── turn-taking ─────────────────────────────────────────────────────────────────────────
  {
    metric: 'turnTaking.talkShare.maxDiffPoints',
    section: 'turn-taking',
    bound: 'max',
    limit: 1,
    measured: 0.38,
    margin: '+0.62 points (the issue-2 design target was 2 points)',
    what: 'largest |our talk share - word-time reference| over AMI and ICSI speakers, in percentage points',
  },
  {
    metric: 'turnTaking.questions.icsi.f1',
    section: 'turn-taking',
    bound: 'min',
    limit: 0.85,
    measured: 0.878,
    margin: '-0.028',
    what: 'question detection F1 against ICSI MRDA question tags (punctuated text)',
  },
  {
    metric: 'turnTaking.questions.ami.f1',
    section: 'turn-taking',
    bound: 'min',
    limit: 0.66,
    measured: 0.687,
    margin: '-0.027',
    what: 'question detection F1 against AMI elicit acts (punctuated text)',
  },
  {
    metric: 'turnTaking.questions.ami.perSpeakerCountError',
    section: 'turn-taking',
    bound: 'max',
    limit: 0.2,
    measured: 0.192,
    margin: '-0.008 (7 speakers, 2 meetings: thin; pooled error 0.180; over- and under-detection partly cancel)',
    what: 'per-speaker question count error on AMI, punctuation stripped: mean over speakers of |ours - elicit acts| / elicit acts (issue 11 target)',
  },
  {
    metric: 'turnTaking.interruptions.mrda.precision',
    section: 'turn-taking',
    bound: 'min',
    limit: 0.5,
    measured: 0.564,
    margin: '-0.064 (0.563 before issue 11; recall 0.342 -> 0.278: answers, hand-overs, completions excused)',
    what: 'interruptions (overlap + cut-off) matching ICSI Bed003 MRDA "%-" interrupted acts, precision',
  },
  {
    metric: 'turnTaking.interruptions.textOnlyPrecision',
    section: 'turn-taking',
    bound: 'min',
    limit: 0.25,
    measured: 0.362,
    margin: '-0.112; below the 0.8 the issue asks, so text-only interruptions stay confidence low ("possible")',
    what: 'text-only interruptions (timings stripped) also found by the timed detection on AMI ES2004a/b, ICSI Bed003',
  },
  // ─── sentiment (held-out splits: even ids of the VADER sets, MELD dev) ───────────────────
  {
    metric: 'sentiment.vaderTweets.heldOut.r',
    section: 'sentiment',
    bound: 'min',
    limit: 0.86,
    measured: 0.88,
    margin: '-0.02',
    what: 'Pearson r with the mean human rating, VADER tweets, held-out half',
  },
  {
    metric: 'sentiment.vaderMovies.heldOut.r',
    section: 'sentiment',
    bound: 'min',
    limit: 0.42,
    measured: 0.441,
    margin: '-0.021',
    what: 'Pearson r with the mean human rating, VADER movie reviews, held-out half',
  },
  {
    metric: 'sentiment.vaderTweets.heldOut.oursMinusVader',
    section: 'sentiment',
    bound: 'min',
    limit: 0,
    measured: 0.005,
    margin: '-0.005: issue 3 asks for at least VADER on every held-out set',
    what: "our r minus VADER's r, VADER tweets, held-out half",
  },
  {
    metric: 'sentiment.vaderMovies.heldOut.oursMinusVader',
    section: 'sentiment',
    bound: 'min',
    limit: 0.01,
    measured: 0.029,
    margin: '-0.019',
    what: "our r minus VADER's r, VADER movie reviews, held-out half",
  },
  {
    metric: 'sentiment.meld.f1',
    section: 'sentiment',
    bound: 'min',
    limit: 0.42,
    measured: 0.442,
    margin: '-0.022',
    what: '3-class macro-F1 on MELD dev, neutral band chosen on EmoryNLP dev',
  },
  {
    metric: 'sentiment.meld.oursMinusVader',
    section: 'sentiment',
    bound: 'min',
    limit: 0.02,
    measured: 0.05,
    margin: '-0.03 (the bootstrap interval was [0.032, 0.070])',
    what: "our MELD dev macro-F1 minus VADER's",
  },
  // ─── politeness (Stanford Politeness Corpus, Wikipedia requests) ─────────────────────────
  {
    metric: 'politeness.r',
    section: 'politeness',
    bound: 'min',
    limit: 0.35,
    measured: 0.373,
    margin: '-0.023',
    what: 'Pearson r between our marker count and the normalised human politeness score',
  },
  {
    metric: 'politeness.quartileAccuracy',
    section: 'politeness',
    bound: 'min',
    limit: 0.7,
    measured: 0.721,
    margin: '-0.021',
    what: 'accuracy of "polite if any marker" on the top vs bottom quartile',
  },
  {
    metric: 'politeness.kindsWithHigherScore',
    section: 'politeness',
    bound: 'min',
    limit: 5,
    measured: 5,
    margin: 'none: every marker kind must go with more polite requests',
    what: 'marker kinds whose requests humans rate more polite than those without',
  },
  // ─── inclusive language ──────────────────────────────────────────────────────────────────
  {
    metric: 'inclusiveLanguage.retext.accidentalMisses',
    section: 'inclusive-language',
    bound: 'max',
    limit: 0,
    measured: 0,
    margin: 'none: every retext-equality phrase we do not flag must be a documented choice',
    what: 'retext-equality phrases missed by accident',
  },
  {
    metric: 'inclusiveLanguage.retext.recall',
    section: 'inclusive-language',
    bound: 'min',
    limit: 0.33,
    measured: 0.347,
    margin: '-0.017 (about 15 of 916 phrases)',
    what: 'share of retext-equality phrases flagged in a neutral sentence',
  },
  {
    metric: 'inclusiveLanguage.retext.recallOnTargeted',
    section: 'inclusive-language',
    bound: 'min',
    limit: 0.95,
    measured: 1,
    margin: 'issue 11 target: -0.05 (about 16 of the 318 targeted phrases)',
    what: 'share of the retext-equality phrases we target (not deliberately or only-in-context skipped) that we flag',
  },
  {
    metric: 'inclusiveLanguage.meetings.flagsPer10k',
    section: 'inclusive-language',
    bound: 'max',
    limit: 5,
    measured: 2.545,
    margin: 'about twice the measured rate: a flood of false alarms fails',
    what: 'our flags per 10k words on the QMSum and ELITR meetings',
  },
  {
    metric: 'inclusiveLanguage.meetings.alsoFlaggedByAlex',
    section: 'inclusive-language',
    bound: 'min',
    limit: 0.9,
    measured: 1,
    margin: '-0.1 (3 of the 30 flags)',
    what: 'share of our meeting flags whose words alex (retext-equality) flags too',
  },
];

/**
 * The limit of one target, for a section that prints its own verdict.
 *
 * @example
 * targetLimit('turnTaking.talkShare.maxDiffPoints') // => 1
 */
export function targetLimit(metric: string): number {
  const target = TARGETS.find((t) => t.metric === metric);
  if (!target) throw new Error(`no target named ${metric}`);
  return target.limit;
}

/** One target's outcome in a run. */
export interface TargetResult {
  target: Target;
  /** null when the section ran but did not report the measurement. */
  value: number | null;
  met: boolean;
}

/**
 * Checks the targets of the sections that ran against their measurements. A target whose
 * section ran but reported no value is missed (a part of the corpus is missing, or a bug).
 *
 * @example
 * checkTargets(new Set(['politeness']), new Map([['politeness.r', 0.2]])).filter((r) => !r.met).map((r) => r.target.metric)
 * // => ['politeness.r', 'politeness.quartileAccuracy', 'politeness.kindsWithHigherScore']
 */
export function checkTargets(
  sectionsRun: ReadonlySet<string>,
  measurements: ReadonlyMap<string, number>,
): TargetResult[] {
  return TARGETS.filter((t) => sectionsRun.has(t.section)).map((target) => {
    const value = measurements.get(target.metric);
    if (value === undefined || !Number.isFinite(value)) return { target, value: null, met: false };
    return { target, value, met: target.bound === 'min' ? value >= target.limit : value <= target.limit };
  });
}
