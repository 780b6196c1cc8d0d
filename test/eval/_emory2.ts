import { join } from 'node:path';
import { scoreText } from '../../analyzers/sentiment/score-utterance';
import { vaderCompound } from './sentiment-baselines';
import { readEmoryNlp, EMORYNLP_DEV } from './sentiment-data';
const emory = readEmoryNlp(join('/work/shared/corpus/sentiment', EMORYNLP_DEV));
const cls = (x: number) => (x > 0 ? 'positive' : x < 0 ? 'negative' : 'neutral');
let oursRight = 0, vaderRight = 0;
const lines: string[] = [];
for (const e of emory) { const o = scoreText(e.text); const v = vaderCompound(e.text); const co = cls(o.score), cv = cls(v); if (co === cv) continue; if (co === e.label) oursRight++; else if (cv === e.label) { vaderRight++; lines.push(`${e.label} ours=${co}(${o.score}) vader=${cv}(${v}) ${e.text.slice(0, 90)} | ${o.contributions.map((c) => `${c.word}=${c.value}[${c.rules.join(',')}]`).join(' ')} ${o.neutralised.join(',')}`); } }
console.log({ oursRight, vaderRight }); console.log(lines.join('\n'));
