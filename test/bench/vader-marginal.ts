/**
 * VADER alone on the same utterances as the command-line row (issue 15: "the whole pipeline >= 3x faster than
 * VADER alone on the same utterances, as marginal cost per 20k words between a ~20k and a ~250k-word
 * transcript ... in one run"). Each meeting's utterance texts are scored by vader-sentiment in a fresh Node
 * process; the child times only its scoring loop (not Node's start, not reading the texts), so that VADER's
 * marginal cost is measured the way the pipeline's is, taken in turns with the command line's processes
 * (cli-timings.ts). The in-process VADER row (stage-timings.ts) is warm, at 20k words only.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingest } from '../../src/parse/index';
import type { BenchMeeting } from './meetings';

const REPO = resolve(import.meta.dirname, '../..');

/** The child: score every text with VADER's compound score and print the milliseconds the loop took. */
const CHILD = `
const { readFileSync } = require('node:fs');
const vader = require('vader-sentiment');
const texts = JSON.parse(readFileSync(process.argv[1], 'utf8'));
const started = performance.now();
let sum = 0;
for (const t of texts) sum += vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
process.stdout.write(String(performance.now() - started) + ' ' + sum);
`;

/**
 * Writes a meeting's utterance texts (as the pipeline parses them) to `file` as JSON, for the child.
 *
 * @example
 * writeVaderTexts(benchMeeting(20_000, dir), '/tmp/bench/small-texts.json');
 */
export function writeVaderTexts(meeting: BenchMeeting, file: string): void {
  const texts = ingest(meeting.vtt, { fileName: 'bench.vtt' }).utterances.map((u) => u.text);
  writeFileSync(file, JSON.stringify(texts));
}

/**
 * Milliseconds VADER's scoring loop took over the texts in `file`, in one fresh process, started with
 * `nodeOptions` (none: as a VADER user runs it; the command line's own settings for the cross-check).
 *
 * @example
 * timeVaderInChild('/tmp/bench/small-texts.json') // e.g. 101.3
 * timeVaderInChild('/tmp/bench/small-texts.json', ['--v8-pool-size=1', '--no-turbo-inlining']) // e.g. 99.8
 */
export function timeVaderInChild(file: string, nodeOptions: readonly string[] = []): number {
  const run = spawnSync('node', [...nodeOptions, '-e', CHILD, file], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`VADER child exited ${run.status}: ${run.stderr}`);
  return Number(run.stdout.split(' ')[0]);
}
