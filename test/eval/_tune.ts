// Scratch: tuning-split metrics only (odd ids of the VADER sets, EmoryNLP dev).
import { join } from 'node:path';
import { scoreText } from '../../analyzers/sentiment/score-utterance';
import { readEmoryNlp, readVaderGroundTruth, VADER_SETS, EMORYNLP_DEV } from './sentiment-data';
import { macroF1, pearson } from './sentiment-metrics';
import { SCORING } from '../../analyzers/data/sentiment-rules';
const EXPERIMENT = {};
const dir = '/work/shared/corpus/sentiment';
const sets = VADER_SETS.map((s) => readVaderGroundTruth(join(dir, s.file)).filter((x) => x.id % 2 === 1));
const emory = readEmoryNlp(join(dir, EMORYNLP_DEV));
function run(label: string) {
  const rs = sets.map((set) => pearson(set.map((s) => scoreText(s.text).score), set.map((s) => s.rating)));
  const es = emory.map((s) => scoreText(s.text).score);
  let best = 0;
  for (const b of [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
    const f = macroF1(emory.map((e) => e.label), es.map((x) => (x > b ? 'positive' : x < -b ? 'negative' : 'neutral')));
    if (f > best) best = f;
  }
  console.log(label.padEnd(40), rs.map((r) => r.toFixed(4)).join(' '), best.toFixed(4));
}
const variants: Record<string, () => void> = JSON.parse('{}');
const exp = EXPERIMENT as Record<string, unknown>;
const sc = SCORING as unknown as Record<string, unknown>;
run('baseline');
for (const arg of process.argv.slice(2)) {
  const [k, v] = arg.split('=');
  const target = k! in exp ? exp : sc;
  const old = target[k!];
  target[k!] = JSON.parse(v!);
  run(arg);
  target[k!] = old;
}
