/**
 * `npm run eval`: evaluation against real data in ../shared/corpus, printed as tables.
 * Exits 0 when the corpus is absent (saying so); prints, never hides, targets that were missed.
 */
import { CORPUS_DIR, corpusAvailable } from './corpus';
import { runInclusiveLanguageEval } from './inclusive-language-eval';
import { runIngestionEval } from './ingestion-eval';
import { formatSection, type EvalSection } from './report';
import { runPolitenessEval } from './politeness-eval';
import { runSentimentEval } from './sentiment-eval';
import { runTurnTakingEval } from './turn-taking-eval';

/** Each evaluation, in the order printed. Analyser evaluations register here as they land. */
const EVALUATIONS: Array<{ name: string; run: (corpusDir: string) => Promise<EvalSection> }> = [
  { name: 'ingestion', run: runIngestionEval },
  { name: 'turn-taking', run: runTurnTakingEval },
  { name: 'sentiment', run: runSentimentEval },
  { name: 'politeness', run: runPolitenessEval },
  { name: 'inclusive-language', run: runInclusiveLanguageEval },
];

async function main(): Promise<void> {
  if (!corpusAvailable('npm run eval')) return;
  const only = process.argv[2];
  for (const evaluation of EVALUATIONS) {
    if (only && evaluation.name !== only) continue;
    const started = performance.now();
    const section = await evaluation.run(CORPUS_DIR);
    process.stdout.write(formatSection(section));
    process.stdout.write(`(${evaluation.name}: ${Math.round(performance.now() - started)} ms${section.targetsMet === false ? '; TARGET MISSED' : ''})\n\n`);
  }
}

await main();
