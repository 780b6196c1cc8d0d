/**
 * Sentiment validation for `npm run eval`: our tone scorer, VADER (vader-sentiment) and natural's
 * AFINN analyser on the same sentences.
 * - Pearson r with the mean human ratings of the VADER ground truth (tweets, movie-review snippets);
 * - 3-class macro-F1 on MELD dev, with each scorer's neutral band chosen on EmoryNLP dev (another
 *   Friends annotation), never on MELD's labels.
 *
 * Honest-comparison rules (see analyzers/docs/tone.md): our design choices were checked on the
 * odd-numbered sentences of the VADER sets and on EmoryNLP only; the even-numbered sentences and MELD
 * are held out, and are reported separately.
 */
import { join } from 'node:path';
import { scoreText } from '../../analyzers/sentiment/score-utterance';
import type { EvalSection, EvalTable } from './report';
import { naturalAfinn, vaderCompound } from './sentiment-baselines';
import {
  EMORYNLP_DEV,
  MELD_DEV,
  readEmoryNlp,
  readMeld,
  readVaderGroundTruth,
  sentimentCorpusPresent,
  VADER_SETS,
  type LabelledSentence,
  type Polarity,
  type RatedSentence,
} from './sentiment-data';
import { bootstrapInterval, macroF1, pearson, pick } from './sentiment-metrics';

export interface Scorer {
  name: string;
  score: (text: string) => number;
}

/**
 * The three scorers compared, in table order.
 *
 * @example
 * SCORERS.map((s) => s.score('not bad')) // => [0.307, 0.431, 1.5]
 */
export const SCORERS: readonly Scorer[] = [
  { name: 'ours', score: (t) => scoreText(t).score },
  { name: 'vader-sentiment', score: vaderCompound },
  { name: 'natural AFINN', score: naturalAfinn },
];

const TITLE = 'Sentiment: tone scorer vs VADER and natural AFINN';

/**
 * Runs the sentiment comparison over `corpusDir` (the shared corpus root).
 *
 * @example
 * const section = await runSentimentEval('/work/shared/corpus');
 * console.log(formatSection(section));
 */
export async function runSentimentEval(corpusDir: string): Promise<EvalSection> {
  const dir = join(corpusDir, 'sentiment');
  if (!sentimentCorpusPresent(dir)) {
    return { title: TITLE, tables: [], notes: [`skipped: corpus absent (needs ${dir}/vader and ${dir}/meld)`] };
  }
  const notes: string[] = [];
  const verdicts: string[] = [];
  const losses: string[] = [];
  let met = true;
  const measurements: Record<string, number> = {};

  // --- Pearson r on the VADER ground truth.
  const correlation: EvalTable = {
    columns: ['set', 'split', 'n', 'ours', 'vader', 'natural', 'ours - vader', '95% CI of the difference'],
    rows: [],
  };
  const timing = new Map<string, number>(SCORERS.map((s) => [s.name, 0]));
  let timedWords = 0;
  for (const set of VADER_SETS) {
    const sentences = readVaderGroundTruth(join(dir, set.file));
    timedWords += sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    const scores = SCORERS.map((scorer) => {
      const started = performance.now();
      const values = sentences.map((s) => scorer.score(s.text));
      timing.set(scorer.name, timing.get(scorer.name)! + performance.now() - started);
      return values;
    });
    for (const [split, keep] of SPLITS) {
      const idx = sentences.flatMap((s, i) => (keep(s) ? [i] : []));
      const gold = idx.map((i) => sentences[i]!.rating);
      const rs = scores.map((values) => pearson(pick(values, idx), gold));
      const ours = pick(scores[0]!, idx);
      const vader = pick(scores[1]!, idx);
      const ci = bootstrapInterval(
        idx.length,
        (b) => pearson(pick(ours, b), pick(gold, b)) - pearson(pick(vader, b), pick(gold, b)),
      );
      correlation.rows.push([set.name, split, idx.length, ...rs, rs[0]! - rs[1]!, interval(ci)]);
      if (split === HELD_OUT) {
        measurements[`sentiment.${set.key}.heldOut.r`] = rs[0]!;
        measurements[`sentiment.${set.key}.heldOut.oursMinusVader`] = rs[0]! - rs[1]!;
        if (!(rs[0]! > rs[1]!)) met = false;
        verdicts.push(verdict(set.name, rs[0]! - rs[1]!, ci));
      }
    }
    losses.push(...largestLosses(set.name, sentences, scores[0]!, scores[1]!));
  }

  // --- 3-class macro-F1 on MELD dev, thresholds from EmoryNLP dev.
  const emory = readEmoryNlp(join(dir, EMORYNLP_DEV));
  const meld = readMeld(join(dir, MELD_DEV));
  const classes: EvalTable = {
    columns: ['scorer', 'neutral band |score| <=', 'chosen on', 'EmoryNLP F1', 'MELD dev F1'],
    rows: [],
  };
  const meldF1 = new Map<string, number>();
  const meldPredictions = new Map<string, Polarity[]>();
  for (const scorer of SCORERS) {
    const emoryScores = emory.map((s) => scorer.score(s.text));
    const meldScores = meld.map((s) => scorer.score(s.text));
    const band = bestBand(emoryScores, emory);
    const f1 = f1At(meldScores, meld, band);
    meldF1.set(scorer.name, f1);
    meldPredictions.set(
      scorer.name,
      meldScores.map((s) => classify(s, band)),
    );
    classes.rows.push([scorer.name, band, 'EmoryNLP dev', f1At(emoryScores, emory, band), f1]);
    if (scorer.name === 'vader-sentiment') {
      // VADER's documented rule: compound >= 0.05 positive, <= -0.05 negative.
      classes.rows.push([
        `${scorer.name} (documented)`,
        0.05,
        'VADER README',
        f1At(emoryScores, emory, 0.05),
        f1At(meldScores, meld, 0.05),
      ]);
    }
  }
  const meldGold = meld.map((s) => s.label);
  const oursPred = meldPredictions.get('ours')!;
  const vaderPred = meldPredictions.get('vader-sentiment')!;
  const meldDiff = meldF1.get('ours')! - meldF1.get('vader-sentiment')!;
  const meldCi = bootstrapInterval(
    meld.length,
    (b) => macroF1(pick(meldGold, b), pick(oursPred, b)) - macroF1(pick(meldGold, b), pick(vaderPred, b)),
  );
  classes.rows.push(['ours - vader (bands from EmoryNLP)', null, null, null, meldDiff]);
  classes.rows.push(['95% CI of that difference', null, null, null, interval(meldCi)]);
  measurements['sentiment.meld.f1'] = meldF1.get('ours')!;
  measurements['sentiment.meld.oursMinusVader'] = meldDiff;
  if (!(meldDiff > 0)) met = false;
  verdicts.push(verdict('MELD dev macro-F1', meldDiff, meldCi));

  const speed: EvalTable = {
    columns: ['scorer', 'ms per 10k words (one cold pass over the VADER sets; budgets are in npm run bench)'],
    rows: [],
  };
  for (const [name, ms] of timing) speed.rows.push([name, (ms / timedWords) * 10_000]);

  notes.unshift(
    'Pearson r between each score and the mean human rating (-4..+4); MELD: macro-F1 over positive/neutral/negative.',
    'Design choices were checked only on the odd-id sentences and on EmoryNLP dev; even ids and MELD are held out (the target is judged there).',
    'Caveat: the VADER lexicon was rated by the same crowd-work process as the VADER ground truth, and we use that lexicon too; the VADER sets favour VADER-like scorers.',
    `Target (issue 3: better than VADER on every set, held-out, point estimates): ${met ? 'MET' : 'NOT MET'}.`,
    ...verdicts,
    'EmoryNLP dev is tuning data (bands only); there we trail VADER and natural slightly, mostly because "Yeah." / "Okay." are neutral for us (meeting back-channels) and often Joyful/Peaceful for its annotators.',
    'Largest losses to VADER on the tuning split (for error analysis, see analyzers/docs/tone.md):',
    ...losses,
  );
  return { title: TITLE, tables: [correlation, classes, speed], notes, targetsMet: met, measurements };
}

const HELD_OUT = 'held-out (even ids)';

function interval(ci: { low: number; high: number }): string {
  return `[${ci.low.toFixed(3)}, ${ci.high.toFixed(3)}]`;
}

/** One line per set: the difference and whether the bootstrap interval excludes zero. */
function verdict(set: string, diff: number, ci: { low: number; high: number }): string {
  const clear =
    ci.low > 0
      ? 'better than VADER (interval above 0)'
      : ci.high < 0
        ? 'WORSE than VADER (interval below 0)'
        : 'not distinguishable from VADER (interval contains 0)';
  return `${set}: ours - vader = ${diff >= 0 ? '+' : ''}${diff.toFixed(3)}, 95% CI ${interval(ci)}: ${clear}.`;
}

const SPLITS: ReadonlyArray<[string, (s: RatedSentence) => boolean]> = [
  ['all', () => true],
  ['tuning (odd ids)', (s) => s.id % 2 === 1],
  [HELD_OUT, (s) => s.id % 2 === 0],
];

function classify(score: number, band: number): Polarity {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
}

function f1At(scores: readonly number[], data: readonly LabelledSentence[], band: number): number {
  return macroF1(
    data.map((d) => d.label),
    scores.map((s) => classify(s, band)),
  );
}

/** The symmetric neutral band with the best macro-F1 on the given (tuning) data. */
function bestBand(scores: readonly number[], data: readonly LabelledSentence[]): number {
  const candidates = [0, ...new Set(scores.map((s) => Math.abs(s)))].sort((a, b) => a - b);
  let best = 0;
  let bestF1 = -1;
  for (const band of candidates) {
    const f1 = f1At(scores, data, band);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = band;
    }
  }
  return best;
}

/** The tuning-split sentences where VADER is much closer to the human mean than we are. */
function largestLosses(
  set: string,
  sentences: readonly RatedSentence[],
  ours: readonly number[],
  vader: readonly number[],
): string[] {
  const scaled = (x: number) => x * 4; // scores (-1..1) against ratings (-4..4), roughly
  const losses = sentences
    .map((s, i) => ({
      s,
      ours: ours[i]!,
      vader: vader[i]!,
      loss: Math.abs(scaled(ours[i]!) - s.rating) - Math.abs(scaled(vader[i]!) - s.rating),
    }))
    .filter((x) => x.s.id % 2 === 1)
    .sort((a, b) => b.loss - a.loss)
    .slice(0, 3);
  return losses.map(
    (x) =>
      `${set}, tuning id ${x.s.id}: human ${x.s.rating.toFixed(2)}, ours ${x.ours.toFixed(2)}, vader ${x.vader.toFixed(2)}: "${x.s.text.slice(0, 90)}"`,
  );
}
