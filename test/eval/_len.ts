import { join } from 'node:path';
import { tokenize } from '../../analyzers/nlp/tokenize';
import { readVaderGroundTruth, VADER_SETS, readMeld, MELD_DEV } from './sentiment-data';
for (const s of VADER_SETS) { const l = readVaderGroundTruth(join('/work/shared/corpus/sentiment', s.file)).map((x) => tokenize(x.text).length).sort((a, b) => a - b); console.log(s.name, 'median', l[l.length >> 1], 'p95', l[Math.floor(l.length * 0.95)], 'p99', l[Math.floor(l.length * 0.99)], 'max', l[l.length - 1], '>40', l.filter((x) => x > 40).length); }
const m = readMeld(join('/work/shared/corpus/sentiment', MELD_DEV)).map((x) => tokenize(x.text).length).sort((a, b) => a - b); console.log('meld p99', m[Math.floor(m.length * 0.99)], 'max', m[m.length - 1]);
