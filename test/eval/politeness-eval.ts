/**
 * Politeness validation for `npm run eval`: our politeness markers on the Stanford Politeness
 * Corpus (Wikipedia requests, five human ratings each; Danescu-Niculescu-Mizil et al. 2013).
 * - per marker kind: mean human politeness (normalised score) of requests with and without it,
 *   as in the paper's Table 3;
 * - Pearson r between the number of markers and the human score;
 * - accuracy on the paper's binary setting (top vs bottom quartile) of the rule "polite when it
 *   has a marker" (the paper's trained classifiers are not run here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLITENESS_KINDS } from '../../analyzers/sentiment/data/politeness';
import { tokenize } from '../../analyzers/nlp/tokenize';
import { findMarkers } from '../../analyzers/sentiment/markers';
import type { EvalSection, EvalTable } from './report';
import { parseCsv } from './sentiment-data';
import { pearson } from './sentiment-metrics';

const TITLE = 'Politeness markers vs human politeness ratings (Stanford Politeness Corpus, Wikipedia)';
const FILE = 'other/stanford_politeness/wikipedia.annotated.csv';

/**
 * @example
 * const section = await runPolitenessEval('/work/shared/corpus');
 * console.log(formatSection(section));
 */
export async function runPolitenessEval(corpusDir: string): Promise<EvalSection> {
  const path = join(corpusDir, FILE);
  if (!existsSync(path)) return { title: TITLE, tables: [], notes: [`skipped: corpus absent (needs ${path})`] };
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const textCol = header?.indexOf('Request') ?? -1;
  const scoreCol = header?.indexOf('Normalized Score') ?? -1;
  const requests = rows
    .filter((r) => r.length > Math.max(textCol, scoreCol) && r[textCol])
    .map((r) => {
      const text = r[textCol]!;
      const kinds = findMarkers(text, tokenize(text))
        .filter((m) => m.family === 'politeness')
        .map((m) => m.kind);
      return { score: Number(r[scoreCol]), kinds };
    });

  const byKind: EvalTable = {
    columns: ['marker kind', 'requests with it', 'mean score with', 'mean score without', 'difference'],
    rows: [],
  };
  for (const kind of POLITENESS_KINDS) {
    const withIt = requests.filter((q) => q.kinds.includes(kind)).map((q) => q.score);
    const without = requests.filter((q) => !q.kinds.includes(kind)).map((q) => q.score);
    byKind.rows.push([kind, withIt.length, average(withIt), average(without), average(withIt) - average(without)]);
  }

  const counts = requests.map((q) => q.kinds.length);
  const r = pearson(
    counts,
    requests.map((q) => q.score),
  );
  const sorted = requests.map((q) => q.score).sort((a, b) => a - b);
  const low = sorted[Math.floor(sorted.length * 0.25)]!;
  const high = sorted[Math.floor(sorted.length * 0.75)]!;
  const extremes = requests.filter((q) => q.score <= low || q.score >= high);
  const correct = extremes.filter((q) => q.kinds.length > 0 === q.score >= high).length;
  const overall: EvalTable = {
    columns: ['measure', 'value'],
    rows: [
      ['requests', requests.length],
      ['Pearson r (marker count vs normalised score)', r],
      ['top/bottom quartile accuracy, rule "polite if any marker"', correct / extremes.length],
    ],
  };
  const positive = byKind.rows.filter((row) => (row[4] as number) > 0).length;
  return {
    title: TITLE,
    measurements: {
      'politeness.r': r,
      'politeness.quartileAccuracy': correct / extremes.length,
      'politeness.kindsWithHigherScore': positive,
    },
    tables: [byKind, overall],
    notes: [
      'Normalised score: the corpus z-scored mean of five ratings per request (higher = more polite).',
      `${positive} of ${POLITENESS_KINDS.length} marker kinds go with higher human politeness (the paper finds gratitude, greetings, apologies, counterfactual modals and "please" inside a sentence polite, and a sentence-initial "please" less so; we count both "please" positions).`,
      'Our markers are counts of a few surface strategies, not a trained model: they cannot see impolite strategies (direct questions, "you" openings), which the paper finds matter as much. The paper\'s trained classifiers (not run here) reach near-human accuracy on the quartile task; a marker count is a description, not a classifier.',
      'Requests are Wikipedia talk-page requests, not meeting talk: the direction of each marker is what carries over, the exact numbers do not.',
    ],
  };
}

function average(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
