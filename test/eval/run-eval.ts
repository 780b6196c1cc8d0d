/**
 * `npm run eval`: evaluation against real data in ../shared/corpus, printed as tables, then every
 * accuracy target of test/eval/targets.ts checked. Exit code 1 when a target is missed (or a
 * section crashed), so that CI stops an accuracy regression.
 *
 * Without the corpus it says so in one line and exits 0, unless REQUIRE_CORPUS=1 (CI on a machine
 * that has ../shared sets it), which makes a missing corpus a failure.
 * `npm run eval -- sentiment` runs one section and checks only its targets.
 */
import { CORPUS_DIR, corpusAvailable } from './corpus';
import { runInclusiveLanguageEval } from './inclusive-language-eval';
import { runIngestionEval } from './ingestion-eval';
import { formatSection, formatTable, type EvalSection } from './report';
import { runPolitenessEval } from './politeness-eval';
import { runSentimentEval } from './sentiment-eval';
import { checkTargets, TARGETS } from './targets';
import { runTurnTakingEval } from './turn-taking-eval';

/** Each evaluation, in the order printed. Analyser evaluations register here as they land. */
const EVALUATIONS: Array<{ name: string; run: (corpusDir: string) => Promise<EvalSection> }> = [
  { name: 'ingestion', run: runIngestionEval },
  { name: 'turn-taking', run: runTurnTakingEval },
  { name: 'sentiment', run: runSentimentEval },
  { name: 'politeness', run: runPolitenessEval },
  { name: 'inclusive-language', run: runInclusiveLanguageEval },
];

async function main(): Promise<number> {
  if (!corpusAvailable('npm run eval')) {
    if (process.env.REQUIRE_CORPUS === '1') {
      console.error(`eval: FAILED: REQUIRE_CORPUS=1 but the corpus is absent at ${CORPUS_DIR}`);
      return 1;
    }
    return 0;
  }
  const only = process.argv[2];
  if (only && !EVALUATIONS.some((e) => e.name === only)) {
    console.error(`eval: no section named "${only}" (sections: ${EVALUATIONS.map((e) => e.name).join(', ')})`);
    return 2;
  }
  const ran = new Set<string>();
  const measurements = new Map<string, number>();
  const crashed: string[] = [];
  for (const evaluation of EVALUATIONS) {
    if (only && evaluation.name !== only) continue;
    const started = performance.now();
    ran.add(evaluation.name);
    try {
      const section = await evaluation.run(CORPUS_DIR);
      process.stdout.write(formatSection(section));
      for (const [metric, value] of Object.entries(section.measurements ?? {})) measurements.set(metric, value);
    } catch (err) {
      crashed.push(evaluation.name);
      console.error(
        `eval: section ${evaluation.name} crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
    process.stdout.write(`(${evaluation.name}: ${Math.round(performance.now() - started)} ms)\n\n`);
  }

  const results = checkTargets(ran, measurements);
  const missed = results.filter((r) => !r.met);
  const rows = results.map(({ target, value, met }) => [
    target.metric,
    `${target.bound === 'min' ? '>=' : '<='} ${target.limit}`,
    value,
    target.measured,
    met ? 'met' : value === null ? 'MISSED (not measured)' : 'MISSED',
  ]);
  process.stdout.write(
    `## Targets (test/eval/targets.ts: ${TARGETS.length} in all, ${results.length} checked here)\n\n`,
  );
  process.stdout.write(`${formatTable({ columns: ['target', 'limit', 'now', 'when set', 'result'], rows })}\n\n`);
  for (const { target, value } of missed) {
    console.error(
      `eval: TARGET MISSED: ${target.metric} = ${value ?? 'not measured'}, limit ${target.bound === 'min' ? '>=' : '<='} ${target.limit} (${target.what}; set from ${target.measured}, margin ${target.margin})`,
    );
  }
  if (missed.length > 0 || crashed.length > 0) {
    console.error(
      `eval: FAILED: ${missed.length} target(s) missed${crashed.length > 0 ? `, section(s) crashed: ${crashed.join(', ')}` : ''}`,
    );
    return 1;
  }
  console.log(`eval: all ${results.length} target(s) met`);
  return 0;
}

process.exitCode = await main();
