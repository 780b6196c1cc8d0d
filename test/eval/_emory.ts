import { join } from 'node:path';
import { scoreText } from '../../analyzers/sentiment/score-utterance';
import { vaderCompound } from './sentiment-baselines';
import { readEmoryNlp, EMORYNLP_DEV } from './sentiment-data';
const emory = readEmoryNlp(join('/work/shared/corpus/sentiment', EMORYNLP_DEV));
const b = Number(process.argv[2] ?? 0.05);
const cls = (x: number) => (x > b ? 'positive' : x < -b ? 'negative' : 'neutral');
const conf: Record<string, number> = {};
for (const e of emory) { const o = scoreText(e.text); const k = `${e.label}->${cls(o.score)}`; conf[k] = (conf[k] ?? 0) + 1; }
console.log(conf);
const want = process.argv[3];
if (want) for (const e of emory) { const o = scoreText(e.text); if (`${e.label}->${cls(o.score)}` === want) console.log(o.score.toFixed(2), vaderCompound(e.text).toFixed(2), e.text.slice(0, 100), '|', o.contributions.map((c) => `${c.word}=${c.value}`).join(' ')); }
