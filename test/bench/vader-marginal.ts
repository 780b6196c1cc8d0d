/**
 * VADER alone on the same utterances as the command-line row (issue 15: "the whole pipeline >= 3x faster than
 * VADER alone on the same utterances, as marginal cost per 20k words between a ~20k and a ~250k-word
 * transcript"). Each meeting's utterance texts are scored by vader-sentiment in fresh Node processes taken in
 * turns; the child times only the scoring loop (not Node's start or reading the texts), and the difference of
 * the two medians per 20k words is VADER's marginal cost, measured the way the pipeline's is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingest } from '../../src/parse/index';
import type { BenchMeeting } from './meetings';

const REPO = resolve(import.meta.dirname, '../..');
const PER_WORDS = 20_000;

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

/** @example { smallMs: [98, 101, 97], bigMs: [1480, 1502, 1466], marginalMsPer20k: 119.4 } */
export interface VaderMarginal {
  smallMs: number[];
  bigMs: number[];
  /** (median big - median small) per 20k words, scoring loop only. */
  marginalMsPer20k: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The scoring loop's milliseconds in one fresh process. */
function scoreInChild(textsFile: string): number {
  const run = spawnSync('node', ['-e', CHILD, textsFile], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`VADER child exited ${run.status}: ${run.stderr}`);
  return Number(run.stdout.split(' ')[0]);
}

/**
 * Times VADER on the utterances of both meetings, `processes` fresh processes each, in turns.
 *
 * @example
 * timeVaderMarginal(benchMeeting(20_000, dir), benchMeeting(250_000, dir), 5).marginalMsPer20k // e.g. 119.4
 */
export function timeVaderMarginal(small: BenchMeeting, big: BenchMeeting, processes: number): VaderMarginal {
  const dir = mkdtempSync(join(tmpdir(), 'bench-vader-'));
  try {
    const textsOf = (m: BenchMeeting, name: string) => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(ingest(m.vtt, { fileName: `${name}.vtt` }).utterances.map((u) => u.text)));
      return file;
    };
    const [smallFile, bigFile] = [textsOf(small, 'small.json'), textsOf(big, 'big.json')];
    const smallMs: number[] = [];
    const bigMs: number[] = [];
    for (let i = 0; i < processes; i++) {
      smallMs.push(scoreInChild(smallFile));
      bigMs.push(scoreInChild(bigFile));
    }
    return {
      smallMs,
      bigMs,
      marginalMsPer20k: ((median(bigMs) - median(smallMs)) / (big.words - small.words)) * PER_WORDS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
